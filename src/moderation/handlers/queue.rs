//! `GET /manage/c/{slug}/moderation`: the queue of free-text answers with filters, and
//! `POST` on it: decisions on one answer or many (the selected ones, or all matching).
use actix_web::{HttpResponse, get, http::header, post, web};
use askama::Template;
use askama_web::WebTemplate;
use sea_orm::EntityTrait;
use serde::Deserialize;

use super::{
    FilterParams, PER_PAGE, decision_label, flag_label, moderated, question_label,
    safeguarding_role,
};
use crate::{
    accounts::{Actor, Role, admin as accounts_admin, repo as accounts_repo},
    consultations::Consultation,
    db,
    error::AppError,
    i18n::{Arg, Locale},
    moderation::{
        Decision, Flag,
        domain::id_ranges,
        repo::{self, Counts, QueueGroup},
        retention, safeguarding,
    },
    state::AppState,
};

/// An answer as the queue shows it.
pub struct ItemView {
    pub id: i32,
    /// "Answer 12"
    pub heading: String,
    pub question: String,
    /// The text, cut after [`EXCERPT_CHARS`] characters.
    pub text: String,
    pub cut: bool,
    pub lang: String,
    pub age_band: String,
    pub status_label: String,
    pub flags: Vec<(String, String)>,
    pub safeguarding: Option<String>,
    pub safeguarding_open: bool,
    pub quote: Option<String>,
    /// Decisions offered on the queue (all but the current one; approving flagged answers
    /// happens on the answer's own page).
    pub offered: Vec<(String, String)>,
    /// How many answers say the same (this one included); a decision applies to all.
    pub count: usize,
    /// "Sent 7 times: a decision applies to all 7" (empty for a single answer).
    pub count_label: String,
    /// The other answers of the group, each with its own page (id, "Answer 12").
    pub others: Vec<(i32, String)>,
}

const EXCERPT_CHARS: usize = 600;

impl ItemView {
    pub fn new(group: QueueGroup, c: &Consultation, l: &Locale) -> Self {
        let QueueGroup { item, ids } = group;
        let count = ids.len();
        let cut = item.text.chars().count() > EXCERPT_CHARS;
        let text = if cut {
            item.text.chars().take(EXCERPT_CHARS).collect()
        } else {
            item.text.clone()
        };
        let offered = [
            Decision::Approved,
            Decision::Unpublished,
            Decision::Hidden,
            Decision::Pending,
        ]
        .into_iter()
        .filter(|d| *d != item.status)
        .filter(|d| *d != Decision::Approved || item.flags.is_empty())
        .filter(|d| *d != Decision::Approved || !item.question_key.starts_with('_'))
        .map(|d| {
            (
                d.as_str().to_owned(),
                l.t(&format!("mod-action-{}", d.as_str())),
            )
        })
        .collect();
        Self {
            id: item.id,
            heading: l.t_count("mod-answer-n", i64::from(item.id)),
            question: question_label(c, &item.question_key, l),
            text,
            cut,
            lang: item.language.clone(),
            age_band: item.age_band.clone().unwrap_or_default(),
            status_label: decision_label(l, item.status),
            flags: item
                .flags
                .iter()
                .map(|f| (f.as_str().to_owned(), flag_label(l, *f)))
                .collect(),
            safeguarding_open: item.safeguarding.is_some_and(|s| s.is_open()),
            safeguarding: item
                .safeguarding
                .map(|s| l.t(&format!("mod-sg-{}", s.as_str()))),
            quote: item.quote,
            offered,
            count,
            count_label: if count > 1 {
                l.t_count("mod-group-count", i64::try_from(count).unwrap_or(i64::MAX))
            } else {
                String::new()
            },
            others: ids
                .iter()
                .skip(1)
                .map(|id| (*id, l.t_count("mod-answer-n", i64::from(*id))))
                .collect(),
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "moderation/queue.html")]
pub struct QueuePage {
    pub l: Locale,
    pub actor: Actor,
    /// The consultation's header and tabs (the queue is its "Moderation" tab).
    pub frame: crate::consultations::handlers::frame::EditorFrame,
    pub slug: String,
    pub title: String,
    pub filter_query: String,
    pub question_value: String,
    pub language_value: String,
    pub flag_value: String,
    pub status_value: String,
    pub q_value: String,
    pub duplicates: bool,
    pub questions: Vec<(String, String)>,
    pub languages: Vec<(String, String)>,
    pub flags: Vec<(String, String)>,
    pub statuses: Vec<(String, String)>,
    pub items: Vec<ItemView>,
    pub page: u64,
    pub pages: u64,
    /// "12 waiting · 30 approved · …"
    pub summary: String,
    pub results_heading: String,
    pub safeguarding_open: Option<String>,
    /// This adult is the group's lead.
    pub is_lead: bool,
    pub has_lead: bool,
    /// For an administrator while the group has no lead: its facilitators (account id and
    /// name), each with a button naming them lead.
    pub lead_candidates: Option<Vec<(i32, String)>>,
    pub deletion: Option<String>,
    pub done: Option<String>,
    pub bulk_all_label: String,
}

#[derive(Deserialize)]
pub struct DoneParams {
    done: Option<String>,
    changed: Option<u64>,
    skipped: Option<u64>,
    /// `named`: an administrator has just named the group's safeguarding lead.
    lead: Option<String>,
}

#[get("/manage/c/{slug}/moderation")]
pub async fn show_queue(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    params: web::Query<FilterParams>,
    done: web::Query<DoneParams>,
) -> Result<HttpResponse, AppError> {
    let c = moderated(&state, &slug, &actor).await?;
    let role = safeguarding_role(&state, &actor, c.group_id()).await?;
    let params = params.into_inner();
    let filter = params.filter(role.acts);
    let (items, total, page, pages) = queue_page(&state, &c, &filter, params.page()).await?;
    let counts = repo::counts(&state.db, c.id()).await?;
    let lead_candidates = if !role.has_lead && actor.is_admin() {
        Some(facilitators(&state, c.group_id()).await?)
    } else {
        None
    };
    let done = done_message(&l, &done.into_inner());
    let here = format!("/manage/c/{}/moderation", c.slug());
    let frame = crate::consultations::handlers::frame::frame_of(
        &state,
        &actor,
        &l,
        &c,
        "moderation",
        &here,
    )
    .await?;
    let page = QueuePage {
        frame,
        slug: c.slug().to_owned(),
        title: c.definition.title(l.code()).to_owned(),
        filter_query: params.query(),
        question_value: FilterParams::clean(params.question.as_ref()).unwrap_or_default(),
        language_value: FilterParams::clean(params.language.as_ref()).unwrap_or_default(),
        flag_value: params
            .flag()
            .map(|f| f.as_str().to_owned())
            .unwrap_or_default(),
        status_value: params.status().map_or("all", Decision::as_str).to_owned(),
        q_value: FilterParams::clean(params.q.as_ref()).unwrap_or_default(),
        duplicates: params.duplicates(),
        questions: question_choices(&c, &l),
        languages: c
            .definition
            .languages
            .iter()
            .map(|code| (code.clone(), Locale::new(code).native_name()))
            .collect(),
        flags: Flag::ALL
            .into_iter()
            .map(|f| (f.as_str().to_owned(), flag_label(&l, f)))
            .collect(),
        statuses: status_choices(&l),
        items: items
            .into_iter()
            .map(|i| ItemView::new(i, &c, &l))
            .collect(),
        pages,
        page,
        summary: summary(&l, &counts),
        results_heading: l.t_count("mod-results", count(total)),
        bulk_all_label: l.t_count("mod-bulk-all", count(total)),
        safeguarding_open: (counts.safeguarding_open > 0)
            .then(|| l.t_count("mod-sg-open", count(counts.safeguarding_open))),
        is_lead: role.has_lead && role.acts,
        has_lead: role.has_lead,
        lead_candidates,
        deletion: deletion_text(&c, &l),
        done,
        actor,
        l,
    };
    crate::web::no_store_page(actix_web::http::StatusCode::OK, &page)
}

/// The queue's groups on a page (the last one when decisions moved answers out of the view
/// since), with how many answers match in all, the page shown and the number of pages.
async fn queue_page(
    state: &AppState,
    c: &Consultation,
    filter: &repo::QueueFilter,
    mut page: u64,
) -> Result<(Vec<QueueGroup>, u64, u64, u64), AppError> {
    let (mut items, groups, total) =
        repo::grouped_queue(&state.db, c.id(), filter, page, PER_PAGE).await?;
    let pages = groups.div_ceil(PER_PAGE).max(1);
    if page > pages {
        // Decisions moved answers out of this view: show its last page instead.
        page = pages;
        items = repo::grouped_queue(&state.db, c.id(), filter, page, PER_PAGE)
            .await?
            .0;
    }
    Ok((items, total, page, pages))
}

/// The questions a moderator can filter on: the text ones, and the gender description when
/// it is asked.
fn question_choices(c: &Consultation, l: &Locale) -> Vec<(String, String)> {
    c.definition
        .questions()
        .filter(|(_, q)| q.kind.is_text())
        .map(|(_, q)| (q.key.clone(), question_label(c, &q.key, l)))
        .chain(c.definition.settings.ask_gender.then(|| {
            (
                "_gender_description".to_owned(),
                l.t("mod-gender-description"),
            )
        }))
        .collect()
}

/// The decisions to filter on, and "all".
fn status_choices(l: &Locale) -> Vec<(String, String)> {
    Decision::ALL
        .into_iter()
        .map(|d| (d.as_str().to_owned(), decision_label(l, d)))
        .chain([("all".to_owned(), l.t("mod-status-all"))])
        .collect()
}

/// "Answers will be deleted on …", when the consultation has a deletion date.
fn deletion_text(c: &Consultation, l: &Locale) -> Option<String> {
    retention::deletion_date(c).map(|d| {
        l.t_args(
            "mod-deletion-date",
            &[("date", Arg::Str(&d.format("%Y-%m-%d").to_string()))],
        )
    })
}

fn count(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn summary(l: &Locale, counts: &Counts) -> String {
    [
        (Decision::Pending, counts.pending),
        (Decision::Approved, counts.approved),
        (Decision::Unpublished, counts.unpublished),
        (Decision::Hidden, counts.hidden),
    ]
    .into_iter()
    .map(|(d, n)| format!("{}: {n}", decision_label(l, d)))
    .collect::<Vec<_>>()
    .join(" · ")
}

/// The group's facilitators (who may be named lead), by name.
async fn facilitators(state: &AppState, group_id: i32) -> Result<Vec<(i32, String)>, AppError> {
    Ok(accounts_repo::members_of(&state.db, group_id)
        .await?
        .into_iter()
        .filter(|m| Role::parse(&m.membership.role) == Some(Role::Facilitator))
        .map(|m| {
            let name = if m.account.display_name.trim().is_empty() {
                m.account.email.clone()
            } else {
                m.account.display_name.clone()
            };
            (m.account.id, name)
        })
        .collect())
}

fn done_message(l: &Locale, done: &DoneParams) -> Option<String> {
    if done.lead.as_deref() == Some("named") {
        return Some(l.t("mod-lead-named"));
    }
    let decision = done.done.as_deref().and_then(Decision::parse)?;
    let changed = done.changed.unwrap_or(0);
    let mut text = l.t_args(
        &format!("mod-done-{}", decision.as_str()),
        &[("count", Arg::Num(changed as f64))],
    );
    let skipped = done.skipped.unwrap_or(0);
    if skipped > 0 {
        text.push(' ');
        text.push_str(&l.t_count("mod-done-skipped", i64::try_from(skipped).unwrap_or(0)));
    }
    Some(text)
}

/// A posted decision: one answer (`one = "{id}:{decision}"`) or many (`action` applied to
/// the checked `ids`, or with `scope = all` to every answer matching the filter).
struct Posted {
    csrf: String,
    params: FilterParams,
    one: Option<(i32, Decision)>,
    action: Option<Decision>,
    all_matching: bool,
    /// Every answer shown on the page (`scope = page`), without ticking each.
    whole_page: bool,
    ids: Vec<i32>,
    page_ids: Vec<i32>,
    /// From an answer's own page: the decision is on that answer, not on its duplicates.
    alone: bool,
}

impl Posted {
    fn parse(pairs: Vec<(String, String)>) -> Self {
        let mut posted = Posted {
            csrf: String::new(),
            params: FilterParams::default(),
            one: None,
            action: None,
            all_matching: false,
            whole_page: false,
            ids: Vec::new(),
            page_ids: Vec::new(),
            alone: false,
        };
        for (name, value) in pairs {
            match name.as_str() {
                "csrf" => posted.csrf = value,
                "question" => posted.params.question = Some(value),
                "language" => posted.params.language = Some(value),
                "flag" => posted.params.flag = Some(value),
                "status" => posted.params.status = Some(value),
                "q" => posted.params.q = Some(value),
                "duplicates" => posted.params.duplicates = Some(value),
                "page" => posted.params.page = value.parse().ok(),
                "ids" => posted.ids.extend(value.parse::<i32>().ok()),
                "action" => posted.action = Decision::parse(&value),
                "page_ids" => posted.page_ids.extend(value.parse::<i32>().ok()),
                "alone" => posted.alone = value == "true",
                "scope" => {
                    posted.all_matching = value == "all";
                    posted.whole_page = value == "page";
                }
                "one" => {
                    posted.one = value
                        .split_once(':')
                        .and_then(|(id, d)| Some((id.parse().ok()?, Decision::parse(d)?)));
                }
                _ => {}
            }
        }
        posted
    }
}

#[post("/manage/c/{slug}/moderation")]
pub async fn decide(
    actor: Actor,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let posted = Posted::parse(form.into_inner());
    actor.check_csrf(&posted.csrf)?;
    let c = moderated(&state, &slug, &actor).await?;
    // The queue shows duplicates once: a decision on the one shown is a decision on all.
    let shown = posted.params.filter(false);
    let (ids, decision, bulk) = match (posted.one, posted.action) {
        (Some((id, decision)), _) if posted.alone => (vec![id], decision, false),
        (Some((id, decision)), _) => {
            let ids = repo::with_duplicates(&state.db, c.id(), &shown, &[id]).await?;
            let bulk = ids.len() > 1;
            (ids, decision, bulk)
        }
        (None, Some(decision)) if posted.all_matching => {
            let filter = posted.params.filter(false);
            (
                repo::matching_ids(&state.db, c.id(), &filter).await?,
                decision,
                true,
            )
        }
        (None, Some(decision)) if posted.whole_page => (
            repo::with_duplicates(&state.db, c.id(), &shown, &posted.page_ids).await?,
            decision,
            true,
        ),
        (None, Some(decision)) => (
            repo::with_duplicates(&state.db, c.id(), &shown, &posted.ids).await?,
            decision,
            true,
        ),
        (None, None) => {
            return Err(AppError::BadRequest("Choose a decision.".into()));
        }
    };
    let outcome = apply(&state, &actor, &c, &ids, decision, bulk, None).await?;
    let params = posted.params;
    let location = format!(
        "/manage/c/{}/moderation?{}&page={}&done={}&changed={}&skipped={}",
        c.slug(),
        params.query(),
        params.page(),
        decision.as_str(),
        outcome.changed.len(),
        outcome.skipped.len()
    );
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish())
}

/// A facilitator's choice of one approved answer as a public quote.
#[derive(Clone, Copy, Debug)]
pub struct QuoteChoice<'a> {
    /// The text to quote (the answer's own, or a redaction of it).
    pub text: &'a str,
    /// The text differs from the answer (the audit log says so).
    pub edited: bool,
}

/// Applies a decision in one write transaction and writes the audit log: one entry per
/// answer for a single decision, one entry listing the ids for a bulk decision. Never the
/// text. With `quote`, the one answer is also chosen as a public quote (never in bulk).
///
/// # Errors
/// A database error.
pub async fn apply(
    state: &AppState,
    actor: &Actor,
    c: &Consultation,
    ids: &[i32],
    decision: Decision,
    bulk: bool,
    quote: Option<QuoteChoice<'_>>,
) -> Result<repo::Outcome, AppError> {
    let txn = db::begin_write(&state.db).await?;
    let outcome = repo::decide(&txn, c.id(), ids, decision, bulk, quote.map(|q| q.text)).await?;
    if !outcome.changed.is_empty() {
        crate::moderation::statements::sync(&txn, c.id()).await?;
    }
    if !outcome.changed.is_empty() {
        let (target, details) = if bulk {
            (
                format!("consultation:{}", c.slug()),
                format!(
                    "bulk {} {}: {}",
                    decision.as_str(),
                    outcome.changed.len(),
                    id_ranges(&outcome.changed)
                ),
            )
        } else {
            (
                format!(
                    "answer:{}",
                    outcome.changed.first().copied().unwrap_or_default()
                ),
                match quote {
                    Some(QuoteChoice { edited: true, .. }) => {
                        format!("{} (quote edited)", decision.as_str())
                    }
                    Some(_) => format!("{} (quoted)", decision.as_str()),
                    None => decision.as_str().to_owned(),
                },
            )
        };
        accounts_repo::audit(
            &txn,
            Some(actor.id()),
            Some(c.group_id()),
            "moderation_decision",
            &target,
            &details,
        )
        .await?;
    }
    txn.commit().await?;
    if !outcome.changed.is_empty() {
        // A projector showing this consultation's texts must follow the decision.
        state.consultation_changed(c.id());
    }
    tracing::info!(
        consultation = c.id(),
        decision = decision.as_str(),
        changed = outcome.changed.len(),
        skipped = outcome.skipped.len(),
        "moderation decision"
    );
    Ok(outcome)
}

#[derive(Deserialize)]
pub struct NameLeadInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    account_id: String,
}

/// An administrator names one of the group's facilitators its safeguarding lead, from the
/// queue of a consultation whose group has none (one click, no detour through the
/// administration pages). Audited as `safeguarding_lead_set`, as on those pages.
#[post("/manage/c/{slug}/moderation/lead")]
pub async fn name_lead(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    form: web::Form<NameLeadInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    actor.require_admin()?;
    let c = moderated(&state, &slug, &actor).await?;
    let candidates = facilitators(&state, c.group_id()).await?;
    let Some(account_id) = form
        .account_id
        .trim()
        .parse::<i32>()
        .ok()
        .filter(|id| candidates.iter().any(|(candidate, _)| candidate == id))
    else {
        return Err(AppError::BadRequest(l.t("mod-name-lead-not-facilitator")));
    };
    let group = crate::entities::work_group::Entity::find_by_id(c.group_id())
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let txn = db::begin_write(&state.db).await?;
    accounts_admin::change_member(
        &l,
        &txn,
        &actor,
        &group,
        account_id,
        Role::Facilitator,
        true,
    )
    .await?;
    txn.commit().await?;
    // The new lead hears of what is waiting at once, not at the next alert.
    safeguarding::forget_last_alert(&state.db, c.id()).await?;
    safeguarding::alert(&state, &c).await?;
    Ok(HttpResponse::SeeOther()
        .insert_header((
            header::LOCATION,
            format!("/manage/c/{}/moderation?lead=named", c.slug()),
        ))
        .finish())
}

/// Stops using an answer as a public quote (it stays approved for the analysis), with its
/// audit entry. Returns whether it was a quote.
///
/// # Errors
/// A database error.
pub async fn unquote(
    state: &AppState,
    actor: &Actor,
    c: &Consultation,
    id: i32,
) -> Result<bool, AppError> {
    let txn = db::begin_write(&state.db).await?;
    let was = repo::unquote(&txn, c.id(), id).await?;
    if was {
        accounts_repo::audit(
            &txn,
            Some(actor.id()),
            Some(c.group_id()),
            "moderation_decision",
            &format!("answer:{id}"),
            "unquoted",
        )
        .await?;
    }
    txn.commit().await?;
    if was {
        state.consultation_changed(c.id());
    }
    Ok(was)
}
