//! Queries of the moderation queue, decisions, quotes and safeguarding records. They take any
//! connection so they work inside a transaction; writes that matter go through a caller's
//! `crate::db::begin_write` transaction.
use std::collections::{HashMap, HashSet};

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, Order,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
    sea_query::{Expr, ExprTrait, Func, LikeExpr, Query},
};
use serde::Serialize;
use utoipa::ToSchema;

use super::{
    Flag,
    assess::{flags_column, parse_flags},
    domain::{self, Decision, Refusal, SafeguardingState, SafeguardingStatus, Subject},
};
use crate::entities::{account, answer, membership, quote, response, safeguarding_action};

/// Which answers the queue shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueueFilter {
    /// One question (its key).
    pub question: Option<String>,
    /// Answers given in one language.
    pub language: Option<String>,
    pub flag: Option<Flag>,
    /// One moderation status; `None` shows every status.
    pub status: Option<Decision>,
    /// Answers whose text contains this (case-insensitive).
    pub search: Option<String>,
    /// Only texts sent more than once in the consultation (mass submissions).
    pub duplicates: bool,
    /// Possible disclosures awaiting the lead first (the view of who acts on them), before
    /// the other flagged answers, which always come before the rest.
    pub safeguarding_first: bool,
}

/// One free-text answer in the queue.
#[derive(Clone, Debug)]
pub struct QueueItem {
    pub id: i32,
    pub question_key: String,
    /// The scrubbed text as the young person wrote it.
    pub text: String,
    pub status: Decision,
    pub flags: Vec<Flag>,
    pub safeguarding: Option<SafeguardingState>,
    /// The language the young person answered in.
    pub language: String,
    pub age_band: Option<String>,
    /// The text that will be quoted, when approved (possibly edited by a facilitator).
    pub quote: Option<String>,
}

/// How many free-text answers are in each status.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct Counts {
    pub pending: u64,
    pub approved: u64,
    pub unpublished: u64,
    pub hidden: u64,
    /// Possible disclosures the safeguarding lead has not closed yet.
    pub safeguarding_open: u64,
}

impl Counts {
    pub fn total(&self) -> u64 {
        self.pending + self.approved + self.unpublished + self.hidden
    }
}

/// Free-text answers of a consultation (rows that go through moderation).
fn text_answers(consultation_id: i32) -> Condition {
    Condition::all()
        .add(answer::Column::ConsultationId.eq(consultation_id))
        .add(answer::Column::ModerationStatus.is_not_null())
        .add(answer::Column::TextValue.is_not_null())
}

fn contains_flag(flag: Flag) -> Expr {
    Expr::col(answer::Column::Flags).like(format!("%{}%", flag.as_str()))
}

/// Possible disclosures the lead has not closed: not reviewed, or in progress.
fn safeguarding_open() -> Condition {
    Condition::all().add(contains_flag(Flag::Disclosure)).add(
        Condition::any()
            .add(answer::Column::SafeguardingStatus.is_null())
            .add(answer::Column::SafeguardingStatus.eq(SafeguardingStatus::InProgress.as_str())),
    )
}

fn escape_like(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            c => vec![c],
        })
        .collect()
}

fn condition(consultation_id: i32, filter: &QueueFilter) -> Condition {
    let mut cond = text_answers(consultation_id);
    if let Some(question) = &filter.question {
        cond = cond.add(answer::Column::QuestionKey.eq(question.as_str()));
    }
    if let Some(language) = &filter.language {
        cond = cond.add(
            answer::Column::ResponseId.in_subquery(
                Query::select()
                    .column(response::Column::Id)
                    .from(response::Entity)
                    .and_where(response::Column::ConsultationId.eq(consultation_id))
                    .and_where(response::Column::Language.eq(language.as_str()))
                    .to_owned(),
            ),
        );
    }
    if let Some(flag) = filter.flag {
        cond = cond.add(contains_flag(flag));
    }
    if let Some(status) = filter.status {
        cond = cond.add(answer::Column::ModerationStatus.eq(status.as_str()));
    }
    if let Some(search) = filter
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        let pattern = format!("%{}%", escape_like(&search.to_lowercase()));
        cond = cond.add(
            Expr::expr(Func::lower(Expr::col(answer::Column::TextValue)))
                .like(LikeExpr::new(pattern).escape('\\')),
        );
    }
    if filter.duplicates {
        cond = cond.add(
            answer::Column::TextValue.in_subquery(
                Query::select()
                    .column(answer::Column::TextValue)
                    .from(answer::Entity)
                    .and_where(answer::Column::ConsultationId.eq(consultation_id))
                    .and_where(answer::Column::TextValue.is_not_null())
                    .group_by_col(answer::Column::TextValue)
                    .and_having(Expr::col(answer::Column::Id).count().gt(1))
                    .to_owned(),
            ),
        );
    }
    cond
}

/// One answer of the queue standing for the group of answers that say the same thing (see
/// [`domain::group_duplicates`]); its flags are those of every member, so that a flagged
/// answer is never hidden among unflagged ones.
#[derive(Clone, Debug)]
pub struct QueueGroup {
    pub item: QueueItem,
    /// Every member's id, the shown answer's first.
    pub ids: Vec<i32>,
}

/// The queue's order: possible disclosures awaiting the lead first (when asked), then the
/// other flagged answers, then the rest, oldest first within each.
fn in_queue_order(
    mut query: sea_orm::Select<answer::Entity>,
    filter: &QueueFilter,
) -> sea_orm::Select<answer::Entity> {
    if filter.safeguarding_first {
        // Possible disclosures not reviewed yet, then those in progress, then the rest.
        query = query.order_by(
            Expr::cust(
                "CASE WHEN flags LIKE '%disclosure%' AND safeguarding_status IS NULL THEN 0 \
                 WHEN flags LIKE '%disclosure%' AND safeguarding_status = 'in_progress' THEN 1 \
                 ELSE 2 END",
            ),
            Order::Asc,
        );
    }
    query
        .order_by(
            Expr::cust("CASE WHEN flags IS NOT NULL AND flags <> '' THEN 0 ELSE 1 END"),
            Order::Asc,
        )
        .order_by_asc(answer::Column::Id)
}

/// The groups of duplicate answers matching the filter, in queue order, as member ids.
/// Grouping needs the normalised text, which the database cannot compute: the matching
/// answers' ids, questions, statuses and texts are read and grouped here.
async fn matching_groups(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    filter: &QueueFilter,
) -> Result<Vec<Vec<i32>>, DbErr> {
    let rows: Vec<(i32, String, Option<String>, Option<String>)> = in_queue_order(
        answer::Entity::find()
            .select_only()
            .column(answer::Column::Id)
            .column(answer::Column::QuestionKey)
            .column(answer::Column::ModerationStatus)
            .column(answer::Column::TextValue)
            .filter(condition(consultation_id, filter)),
        filter,
    )
    .into_tuple()
    .all(db)
    .await?;
    Ok(domain::group_duplicates(rows.iter().map(
        |(id, question, status, text)| {
            (
                *id,
                question.as_str(),
                status
                    .as_deref()
                    .and_then(Decision::parse)
                    .unwrap_or(Decision::Pending),
                text.as_deref().unwrap_or_default(),
            )
        },
    )))
}

/// One page of the queue (pages count from 1) with duplicates grouped, how many groups and
/// how many answers match in all.
///
/// # Errors
/// A database error.
pub async fn grouped_queue(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    filter: &QueueFilter,
    page: u64,
    per_page: u64,
) -> Result<(Vec<QueueGroup>, u64, u64), DbErr> {
    let groups = matching_groups(db, consultation_id, filter).await?;
    let answers = groups.iter().map(Vec::len).sum::<usize>() as u64;
    let total = groups.len() as u64;
    // Any page number may come from a link: past the last group there is nothing to load.
    let skip =
        usize::try_from(page.saturating_sub(1).saturating_mul(per_page)).unwrap_or(usize::MAX);
    let take = usize::try_from(per_page).unwrap_or(usize::MAX);
    let shown: Vec<Vec<i32>> = groups.into_iter().skip(skip).take(take).collect();
    if shown.is_empty() {
        return Ok((Vec::new(), total, answers));
    }
    let member_ids: Vec<i32> = shown.iter().flatten().copied().collect();
    let mut rows = Vec::new();
    for chunk in member_ids.chunks(500) {
        rows.extend(
            answer::Entity::find()
                .filter(answer::Column::Id.is_in(chunk.to_vec()))
                .all(db)
                .await?,
        );
    }
    let flags: HashMap<i32, Vec<Flag>> = rows
        .iter()
        .map(|r| (r.id, parse_flags(r.flags.as_deref())))
        .collect();
    let open: HashMap<i32, SafeguardingState> = rows
        .iter()
        .filter_map(|r| {
            let state = SafeguardingState::of(&flags[&r.id], r.safeguarding_status.as_deref())?;
            state.is_open().then_some((r.id, state))
        })
        .collect();
    let firsts: Vec<i32> = shown.iter().map(|g| g[0]).collect();
    rows.retain(|r| firsts.contains(&r.id));
    let mut items: HashMap<i32, QueueItem> = items(db, rows)
        .await?
        .into_iter()
        .map(|i| (i.id, i))
        .collect();
    Ok((
        shown
            .into_iter()
            .filter_map(|ids| {
                let mut item = items.remove(&ids[0])?;
                let mut all: Vec<Flag> = ids
                    .iter()
                    .filter_map(|id| flags.get(id))
                    .flatten()
                    .copied()
                    .collect();
                all.sort();
                all.dedup();
                item.flags = all;
                // A possible disclosure still waiting for the lead shows on the group.
                if !item.safeguarding.is_some_and(SafeguardingState::is_open)
                    && let Some(state) = ids.iter().find_map(|id| open.get(id))
                {
                    item.safeguarding = Some(*state);
                }
                Some(QueueGroup { item, ids })
            })
            .collect(),
        total,
        answers,
    ))
}

/// One page of the queue, one answer at a time (pages count from 1), and how many answers
/// match in all.
///
/// # Errors
/// A database error.
pub async fn queue(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    filter: &QueueFilter,
    page: u64,
    per_page: u64,
) -> Result<(Vec<QueueItem>, u64), DbErr> {
    let cond = condition(consultation_id, filter);
    let total = answer::Entity::find()
        .filter(cond.clone())
        .count(db)
        .await?;
    // Any page number may come from a link: past the last answer there is nothing to load
    // (and no offset too large for the database to take).
    let offset = page.saturating_sub(1).saturating_mul(per_page);
    if offset >= total {
        return Ok((Vec::new(), total));
    }
    let rows = in_queue_order(answer::Entity::find().filter(cond), filter)
        .offset(offset)
        .limit(per_page)
        .all(db)
        .await?;
    Ok((items(db, rows).await?, total))
}

/// The ids of every answer in the groups (of answers matching the filter) that `ids`
/// belong to: a decision on one answer of the queue is a decision on its duplicates.
///
/// # Errors
/// A database error.
pub async fn with_duplicates(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    filter: &QueueFilter,
    ids: &[i32],
) -> Result<Vec<i32>, DbErr> {
    let wanted: HashSet<i32> = ids.iter().copied().collect();
    let mut out: Vec<i32> = Vec::new();
    for group in matching_groups(db, consultation_id, filter).await? {
        if group.iter().any(|id| wanted.contains(id)) {
            out.extend(group);
        }
    }
    // An answer no longer matching the filter is still decided on (and refused if gone).
    let found: HashSet<i32> = out.iter().copied().collect();
    out.extend(ids.iter().filter(|id| !found.contains(id)));
    Ok(out)
}

/// Ids of every answer matching the filter (for "apply to all matching"), in queue order.
///
/// # Errors
/// A database error.
pub async fn matching_ids(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    filter: &QueueFilter,
) -> Result<Vec<i32>, DbErr> {
    answer::Entity::find()
        .select_only()
        .column(answer::Column::Id)
        .filter(condition(consultation_id, filter))
        .order_by_asc(answer::Column::Id)
        .into_tuple()
        .all(db)
        .await
}

/// One free-text answer of the consultation.
///
/// # Errors
/// A database error.
pub async fn find_item(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    answer_id: i32,
) -> Result<Option<QueueItem>, DbErr> {
    let row = answer::Entity::find_by_id(answer_id)
        .filter(text_answers(consultation_id))
        .one(db)
        .await?;
    Ok(items(db, row.into_iter().collect()).await?.pop())
}

/// Adds what the rows do not carry: the response's language and age band, and the quote.
async fn items(
    db: &impl ConnectionTrait,
    rows: Vec<answer::Model>,
) -> Result<Vec<QueueItem>, DbErr> {
    let response_ids: Vec<i32> = rows.iter().map(|r| r.response_id).collect();
    let answer_ids: Vec<i32> = rows.iter().map(|r| r.id).collect();
    let responses: HashMap<i32, (String, Option<String>)> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .column(response::Column::Language)
        .column(response::Column::AgeBand)
        .filter(response::Column::Id.is_in(response_ids))
        .into_tuple::<(i32, String, Option<String>)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, lang, band)| (id, (lang, band)))
        .collect();
    let quotes: HashMap<i32, String> = quote::Entity::find()
        .filter(quote::Column::AnswerId.is_in(answer_ids))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|q| q.answer_id.map(|id| (id, q.text)))
        .collect();
    Ok(rows
        .into_iter()
        .map(|row| {
            let flags = parse_flags(row.flags.as_deref());
            let (language, age_band) = responses.get(&row.response_id).cloned().unwrap_or_default();
            QueueItem {
                id: row.id,
                safeguarding: SafeguardingState::of(&flags, row.safeguarding_status.as_deref()),
                status: row
                    .moderation_status
                    .as_deref()
                    .and_then(Decision::parse)
                    .unwrap_or(Decision::Pending),
                quote: quotes.get(&row.id).cloned(),
                question_key: row.question_key,
                text: row.text_value.unwrap_or_default(),
                flags,
                language,
                age_band,
            }
        })
        .collect())
}

/// How many free-text answers of the consultation are in each status.
///
/// # Errors
/// A database error.
pub async fn counts(db: &impl ConnectionTrait, consultation_id: i32) -> Result<Counts, DbErr> {
    let rows: Vec<(Option<String>, i64)> = answer::Entity::find()
        .select_only()
        .column(answer::Column::ModerationStatus)
        .column_as(answer::Column::Id.count(), "n")
        .filter(text_answers(consultation_id))
        .group_by(answer::Column::ModerationStatus)
        .into_tuple()
        .all(db)
        .await?;
    let mut counts = Counts::default();
    for (status, n) in rows {
        let n = u64::try_from(n).unwrap_or(0);
        match status.as_deref().and_then(Decision::parse) {
            Some(Decision::Pending) => counts.pending += n,
            Some(Decision::Approved) => counts.approved += n,
            Some(Decision::Unpublished) => counts.unpublished += n,
            Some(Decision::Hidden) => counts.hidden += n,
            None => {}
        }
    }
    counts.safeguarding_open = answer::Entity::find()
        .filter(text_answers(consultation_id))
        .filter(safeguarding_open())
        .count(db)
        .await?;
    Ok(counts)
}

/// Free-text answers still waiting for a decision (publishing lists them as a precondition).
///
/// # Errors
/// A database error.
pub async fn pending_count(db: &impl ConnectionTrait, consultation_id: i32) -> Result<u64, DbErr> {
    answer::Entity::find()
        .filter(text_answers(consultation_id))
        .filter(answer::Column::ModerationStatus.eq(Decision::Pending.as_str()))
        .count(db)
        .await
}

/// Possible disclosures of a consultation that the lead has not closed.
///
/// # Errors
/// A database error.
pub async fn safeguarding_open_count(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<u64, DbErr> {
    answer::Entity::find()
        .filter(text_answers(consultation_id))
        .filter(safeguarding_open())
        .count(db)
        .await
}

/// Possible disclosures of the consultation still waiting for an outcome (not reviewed, or
/// in progress), as (answer id, response id): the retention purge keeps them.
///
/// # Errors
/// A database error.
pub async fn open_disclosures(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<Vec<(i32, i32)>, DbErr> {
    answer::Entity::find()
        .select_only()
        .column(answer::Column::Id)
        .column(answer::Column::ResponseId)
        .filter(text_answers(consultation_id))
        .filter(safeguarding_open())
        .order_by_asc(answer::Column::Id)
        .into_tuple()
        .all(db)
        .await
}

/// Whether any free-text answer of the responses with these submission ids (one young
/// person's answers during a live session) is flagged as a possible disclosure.
///
/// # Errors
/// A database error.
pub async fn any_disclosure_among(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    submission_ids: Vec<String>,
) -> Result<bool, DbErr> {
    if submission_ids.is_empty() {
        return Ok(false);
    }
    let found = answer::Entity::find()
        .select_only()
        .column(answer::Column::Id)
        .filter(text_answers(consultation_id))
        .filter(contains_flag(Flag::Disclosure))
        .filter(
            answer::Column::ResponseId.in_subquery(
                Query::select()
                    .column(response::Column::Id)
                    .from(response::Entity)
                    .and_where(response::Column::ConsultationId.eq(consultation_id))
                    .and_where(response::Column::SubmissionId.is_in(submission_ids))
                    .to_owned(),
            ),
        )
        .into_tuple::<i32>()
        .one(db)
        .await?;
    Ok(found.is_some())
}

/// What a decision did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub changed: Vec<i32>,
    pub skipped: Vec<(i32, Refusal)>,
}

/// Applies `decision` to the answers `ids` of the consultation (the rules in
/// [`domain::check`] decide which may change) and returns what changed. Approving counts an
/// answer in the analysis; it never makes a quote. `quote` is the separate decision to use
/// one approved answer as a public quote, with this text (its own, or a facilitator's
/// redaction; [`domain::check_quote`] decides whether it may); bulk decisions never quote.
/// Any status but approved takes a quote back.
///
/// # Errors
/// A database error.
pub async fn decide(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    ids: &[i32],
    decision: Decision,
    bulk: bool,
    quote: Option<&str>,
) -> Result<Outcome, DbErr> {
    let quote = quote.filter(|_| !bulk && decision == Decision::Approved && ids.len() == 1);
    let mut outcome = Outcome::default();
    for chunk in ids.chunks(500) {
        let rows = answer::Entity::find()
            .filter(text_answers(consultation_id))
            .filter(answer::Column::Id.is_in(chunk.to_vec()))
            .all(db)
            .await?;
        let mut allowed = Vec::new();
        for id in chunk {
            let Some(row) = rows.iter().find(|r| r.id == *id) else {
                outcome.skipped.push((*id, Refusal::Gone));
                continue;
            };
            let flags = parse_flags(row.flags.as_deref());
            let subject = Subject {
                question_key: &row.question_key,
                flags: &flags,
                safeguarding: SafeguardingState::of(&flags, row.safeguarding_status.as_deref()),
            };
            let checked = match quote {
                Some(text) => domain::check_quote(subject, text),
                None => domain::check(subject, decision, bulk),
            };
            match checked {
                Ok(()) => allowed.push(row),
                Err(refusal) => outcome.skipped.push((*id, refusal)),
            }
        }
        if allowed.is_empty() {
            continue;
        }
        let allowed_ids: Vec<i32> = allowed.iter().map(|r| r.id).collect();
        answer::Entity::update_many()
            .col_expr(
                answer::Column::ModerationStatus,
                Expr::value(decision.as_str()),
            )
            .filter(answer::Column::Id.is_in(allowed_ids.clone()))
            .exec(db)
            .await?;
        if decision != Decision::Approved || quote.is_some() {
            quote::Entity::delete_many()
                .filter(quote::Column::AnswerId.is_in(allowed_ids.clone()))
                .exec(db)
                .await?;
        }
        if let Some(text) = quote {
            insert_quotes(db, consultation_id, &allowed, text).await?;
        }
        outcome.changed.extend(allowed_ids);
    }
    Ok(outcome)
}

async fn insert_quotes(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    rows: &[&answer::Model],
    text: &str,
) -> Result<(), DbErr> {
    let response_ids: Vec<i32> = rows.iter().map(|r| r.response_id).collect();
    let bands: HashMap<i32, (String, Option<String>)> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .column(response::Column::Language)
        .column(response::Column::AgeBand)
        .filter(response::Column::Id.is_in(response_ids))
        .into_tuple::<(i32, String, Option<String>)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(id, lang, band)| (id, (lang, band)))
        .collect();
    let models: Vec<quote::ActiveModel> = rows
        .iter()
        .map(|row| {
            let (language, age_band) = bands.get(&row.response_id).cloned().unwrap_or_default();
            quote::ActiveModel {
                consultation_id: Set(consultation_id),
                answer_id: Set(Some(row.id)),
                question_key: Set(row.question_key.clone()),
                language: Set(language),
                age_band: Set(age_band),
                text: Set(text.to_owned()),
                ..Default::default()
            }
        })
        .collect();
    quote::Entity::insert_many(models)
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Stops using an answer as a public quote (it stays approved for the analysis). Returns
/// whether it was one.
///
/// # Errors
/// A database error.
pub async fn unquote(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    answer_id: i32,
) -> Result<bool, DbErr> {
    Ok(quote::Entity::delete_many()
        .filter(quote::Column::ConsultationId.eq(consultation_id))
        .filter(quote::Column::AnswerId.eq(answer_id))
        .exec(db)
        .await?
        .rows_affected
        > 0)
}

/// Chosen quotes of a consultation: question, language, age band and text only. They
/// outlive the raw answers (retention) and go with an answer that is withdrawn.
///
/// # Errors
/// A database error.
pub async fn quotes(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<Vec<quote::Model>, DbErr> {
    quote::Entity::find()
        .filter(quote::Column::ConsultationId.eq(consultation_id))
        .order_by_asc(quote::Column::QuestionKey)
        .order_by_asc(quote::Column::Id)
        .all(db)
        .await
}

/// The quotes of one question, oldest first (approved answers with their possibly redacted
/// text, and quotes kept after the raw answers were deleted, with `answer_id` NULL).
///
/// # Errors
/// A database error.
pub async fn quotes_of_question(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    question_key: &str,
) -> Result<Vec<quote::Model>, DbErr> {
    quote::Entity::find()
        .filter(quote::Column::ConsultationId.eq(consultation_id))
        .filter(quote::Column::QuestionKey.eq(question_key))
        .order_by_asc(quote::Column::Id)
        .all(db)
        .await
}

/// Records what the safeguarding lead did about an answer: a new row of
/// `safeguarding_action` and the answer's latest status.
///
/// # Errors
/// A database error.
pub async fn record_safeguarding(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    answer_id: i32,
    account_id: i32,
    status: SafeguardingStatus,
    note: &str,
) -> Result<safeguarding_action::Model, DbErr> {
    let action = safeguarding_action::ActiveModel {
        consultation_id: Set(consultation_id),
        answer_id: Set(Some(answer_id)),
        status: Set(status.as_str().to_owned()),
        note: Set(note.to_owned()),
        account_id: Set(Some(account_id)),
        at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    answer::Entity::update_many()
        .col_expr(
            answer::Column::SafeguardingStatus,
            Expr::value(status.as_str()),
        )
        .filter(answer::Column::Id.eq(answer_id))
        .exec(db)
        .await?;
    Ok(action)
}

/// Puts an answer in front of the safeguarding lead (a facilitator read a disclosure the
/// patterns missed, or disagrees with a closed review): adds the disclosure flag and opens
/// the review again. Returns whether anything changed.
///
/// # Errors
/// A database error.
pub async fn refer(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    item: &QueueItem,
) -> Result<bool, DbErr> {
    if item.safeguarding == Some(SafeguardingState::AwaitingReview) {
        return Ok(false);
    }
    let mut flags = item.flags.clone();
    if !flags.contains(&Flag::Disclosure) {
        flags.push(Flag::Disclosure);
        flags.sort();
    }
    answer::Entity::update_many()
        .col_expr(answer::Column::Flags, Expr::value(flags_column(&flags)))
        .col_expr(
            answer::Column::SafeguardingStatus,
            Expr::value(Option::<String>::None),
        )
        .filter(answer::Column::Id.eq(item.id))
        .exec(db)
        .await?;
    // A disclosure is not quoted before the lead has looked at it again.
    if item.status == Decision::Approved {
        decide(
            db,
            consultation_id,
            &[item.id],
            Decision::Pending,
            false,
            None,
        )
        .await?;
        // An added statement waiting again is no longer shown.
        super::statements::sync(db, consultation_id).await?;
    }
    Ok(true)
}

/// A step the safeguarding lead recorded, with who recorded it.
#[derive(Clone, Debug)]
pub struct ActionRecord {
    pub action: safeguarding_action::Model,
    /// The adult's display name (empty when the account was deleted).
    pub by: String,
}

/// What the safeguarding lead recorded about an answer, oldest first.
///
/// # Errors
/// A database error.
pub async fn actions_for(
    db: &impl ConnectionTrait,
    answer_id: i32,
) -> Result<Vec<ActionRecord>, DbErr> {
    let actions = safeguarding_action::Entity::find()
        .filter(safeguarding_action::Column::AnswerId.eq(answer_id))
        .order_by_asc(safeguarding_action::Column::Id)
        .all(db)
        .await?;
    let account_ids: Vec<i32> = actions.iter().filter_map(|a| a.account_id).collect();
    let names: HashMap<i32, String> = account::Entity::find()
        .filter(account::Column::Id.is_in(account_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.display_name))
        .collect();
    Ok(actions
        .into_iter()
        .map(|action| ActionRecord {
            by: action
                .account_id
                .and_then(|id| names.get(&id).cloned())
                .unwrap_or_default(),
            action,
        })
        .collect())
}

/// The group's safeguarding leads (facilitators with the lead flag).
///
/// # Errors
/// A database error.
pub async fn leads(db: &impl ConnectionTrait, group_id: i32) -> Result<Vec<account::Model>, DbErr> {
    let ids: Vec<i32> = membership::Entity::find()
        .select_only()
        .column(membership::Column::AccountId)
        .filter(membership::Column::GroupId.eq(group_id))
        .filter(membership::Column::SafeguardingLead.eq(true))
        .filter(membership::Column::Role.eq("facilitator"))
        .into_tuple()
        .all(db)
        .await?;
    account::Entity::find()
        .filter(account::Column::Id.is_in(ids))
        .order_by_asc(account::Column::Id)
        .all(db)
        .await
}

/// The group's facilitators (told of possible disclosures while the group has no lead).
///
/// # Errors
/// A database error.
pub async fn facilitators(
    db: &impl ConnectionTrait,
    group_id: i32,
) -> Result<Vec<account::Model>, DbErr> {
    let ids: Vec<i32> = membership::Entity::find()
        .select_only()
        .column(membership::Column::AccountId)
        .filter(membership::Column::GroupId.eq(group_id))
        .filter(membership::Column::Role.eq("facilitator"))
        .into_tuple()
        .all(db)
        .await?;
    account::Entity::find()
        .filter(account::Column::Id.is_in(ids))
        .order_by_asc(account::Column::Id)
        .all(db)
        .await
}

/// Administrators, who are told when a group has no safeguarding lead.
///
/// # Errors
/// A database error.
pub async fn administrators(db: &impl ConnectionTrait) -> Result<Vec<account::Model>, DbErr> {
    account::Entity::find()
        .filter(account::Column::IsAdmin.eq(true))
        .order_by_asc(account::Column::Id)
        .all(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_wildcards_in_a_search_are_taken_literally() {
        assert_eq!(escape_like("100%_a\\b"), "100\\%\\_a\\\\b");
    }
}
