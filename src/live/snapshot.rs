//! The state of a session as every screen shows it, read from the database in a handful of
//! queries: the session's version and current question, each question's state and count of
//! answers, the moderation status of incoming text, the votes on statements, and — for a
//! revealed question — its results (for a `statements` question, each statement's votes and
//! the opinion map's analysis of the session's votes). One snapshot is computed per change
//! and shared by every open screen.
use std::{
    collections::{BTreeMap, HashMap},
    sync::{Arc, Mutex},
};

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QuerySelect,
    sea_query::{Expr, ExprTrait, Func, Query},
};

use super::{
    domain::{QuestionState, RUNNING},
    repo,
};
use crate::{
    aggregation::{
        opinion::{self, Analysis},
        opinion_query,
    },
    consultations::{
        Consultation,
        definition::{Question, QuestionKind},
        repo::{self as repo_c, DefinitionCache},
    },
    entities::{answer, live_answer, live_session},
    moderation::Decision,
};

/// One question of the session.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionSnapshot {
    pub key: String,
    pub state: QuestionState,
    pub revealed: bool,
    pub answers: u64,
    /// Text answers: shown (waiting for a moderator with no flag, or kept unpublished), held
    /// by a flag, approved, rejected (hidden by a moderator).
    pub text: Option<TextStatus>,
    /// A `statements` question: the votes cast on its statements (agree, disagree, pass).
    pub votes: Option<u64>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextStatus {
    pub shown: u64,
    pub held: u64,
    pub approved: u64,
    pub rejected: u64,
}

/// The results of the current question, when revealed.
#[derive(Clone, Debug, PartialEq)]
pub enum Results {
    /// Option code → answers choosing it (choices, scales, ratings, rankings' first places).
    Options(Vec<(String, u64)>),
    /// Texts that pass the moderation rules, with their language.
    Texts(Vec<(String, String)>),
    /// Numbers answered.
    Numbers(Vec<f64>),
    /// A `statements` question's votes in the session.
    Statements(StatementResults),
}

/// The votes on one statement.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StatementTally {
    pub code: String,
    pub agree: u64,
    pub disagree: u64,
    pub pass: u64,
}

impl StatementTally {
    pub fn votes(&self) -> u64 {
        self.agree + self.disagree + self.pass
    }
}

/// A `statements` question's results: every statement's votes (in the definition's order)
/// and the opinion map's analysis of the same votes, with the statements' codes as texts
/// (each screen writes them in its language) and nothing about who is where.
#[derive(Clone, Debug, PartialEq)]
pub struct StatementResults {
    pub tallies: Vec<StatementTally>,
    pub analysis: Analysis,
}

#[derive(Debug)]
pub struct Snapshot {
    pub session_id: i32,
    pub consultation: Arc<Consultation>,
    pub consultation_id: i32,
    pub running: bool,
    /// Grows with every change of state the facilitator makes: the SSE event id.
    pub version: i64,
    pub current: Option<String>,
    pub questions: Vec<QuestionSnapshot>,
    /// Young people who answered at least one question of the session (one response each).
    pub people: u64,
    /// Of the current question, when it is revealed.
    pub results: Option<Results>,
    /// Rendered presenter fragments and event payloads by language, made on first use.
    pub rendered: Mutex<HashMap<String, String>>,
}

impl Snapshot {
    pub fn question(&self, key: &str) -> Option<&QuestionSnapshot> {
        self.questions.iter().find(|q| q.key == key)
    }

    pub fn current_question(&self) -> Option<&QuestionSnapshot> {
        self.current.as_deref().and_then(|k| self.question(k))
    }

    /// Whether anything a screen shows differs.
    pub fn same_as(&self, other: &Self) -> bool {
        self.version == other.version
            && self.running == other.running
            && self.questions == other.questions
            && self.people == other.people
            && self.results == other.results
    }

    /// The answers of every question (for the control page's counts).
    pub fn total_answers(&self) -> u64 {
        self.questions.iter().map(|q| q.answers).sum()
    }
}

/// Reads the snapshot of a session.
///
/// # Errors
/// A database error; `Ok(None)` when the session or its consultation is gone.
pub async fn load(db: &impl ConnectionTrait, session_id: i32) -> anyhow::Result<Option<Snapshot>> {
    load_with(db, session_id, None).await
}

/// [`load`] with the consultation's definition from `definitions` while it is current: the
/// hub reloads a session's snapshot after every burst of answers.
///
/// # Errors
/// As [`load`].
pub async fn load_with(
    db: &impl ConnectionTrait,
    session_id: i32,
    definitions: Option<&DefinitionCache>,
) -> anyhow::Result<Option<Snapshot>> {
    let Some(session) = live_session::Entity::find_by_id(session_id).one(db).await? else {
        return Ok(None);
    };
    let c = match definitions {
        Some(cache) => repo_c::find_by_id_cached(db, session.consultation_id, cache).await?,
        None => repo_c::find_by_id(db, session.consultation_id).await?,
    };
    let Some(c) = c else {
        return Ok(None);
    };
    let rows = repo::questions(db, session_id).await?;
    let counts: BTreeMap<String, u64> = live_answer::Entity::find()
        .filter(live_answer::Column::SessionId.eq(session_id))
        .select_only()
        .column(live_answer::Column::QuestionKey)
        .column_as(
            Expr::expr(Func::count(Expr::col(live_answer::Column::Id))),
            "n",
        )
        .group_by(live_answer::Column::QuestionKey)
        .into_tuple::<(String, i64)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(k, n)| (k, u64::try_from(n).unwrap_or(0)))
        .collect();
    let people = live_answer::Entity::find()
        .filter(live_answer::Column::SessionId.eq(session_id))
        .select_only()
        .column_as(
            Expr::expr(Func::count_distinct(Expr::col(
                live_answer::Column::ResponseId,
            ))),
            "n",
        )
        .into_tuple::<i64>()
        .one(db)
        .await?
        .map_or(0, |n| u64::try_from(n).unwrap_or(0));
    let text_keys: Vec<String> = rows
        .iter()
        .filter(|r| {
            c.definition
                .question(&r.question_key)
                .is_some_and(|q| q.kind.is_text())
        })
        .map(|r| r.question_key.clone())
        .collect();
    let text_status = if text_keys.is_empty() {
        BTreeMap::new()
    } else {
        moderation_counts(db, session_id, &text_keys).await?
    };
    let statement_keys: Vec<String> = rows
        .iter()
        .filter(|r| {
            c.definition
                .question(&r.question_key)
                .is_some_and(|q| q.kind == QuestionKind::Statements)
        })
        .map(|r| r.question_key.clone())
        .collect();
    let votes = if statement_keys.is_empty() {
        BTreeMap::new()
    } else {
        vote_counts(db, session_id, &statement_keys).await?
    };
    let questions = rows
        .iter()
        .map(|r| QuestionSnapshot {
            key: r.question_key.clone(),
            state: QuestionState::parse(&r.state),
            revealed: r.revealed,
            answers: counts.get(&r.question_key).copied().unwrap_or(0),
            text: text_keys.contains(&r.question_key).then(|| {
                text_status
                    .get(&r.question_key)
                    .copied()
                    .unwrap_or_default()
            }),
            votes: statement_keys
                .contains(&r.question_key)
                .then(|| votes.get(&r.question_key).copied().unwrap_or(0)),
        })
        .collect::<Vec<_>>();
    let current = session.current_question.clone();
    let revealed = current
        .as_deref()
        .and_then(|k| questions.iter().find(|q| q.key == k))
        .filter(|q| q.revealed);
    let results = match revealed {
        Some(q) => results(db, session_id, &c, &q.key).await?,
        None => None,
    };
    Ok(Some(Snapshot {
        session_id,
        consultation_id: c.id(),
        consultation: Arc::new(c),
        running: session.status == RUNNING,
        version: session.version,
        current,
        questions,
        people,
        results,
        rendered: Mutex::new(HashMap::new()),
    }))
}

/// A subquery: the responses of the session.
fn session_responses(session_id: i32) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(live_answer::Column::ResponseId)
        .from(live_answer::Entity)
        .and_where(live_answer::Column::SessionId.eq(session_id))
        .to_owned()
}

/// Votes cast in the session per `statements` question (one answer row per vote).
async fn vote_counts(
    db: &impl ConnectionTrait,
    session_id: i32,
    keys: &[String],
) -> Result<BTreeMap<String, u64>, DbErr> {
    Ok(answer::Entity::find()
        .filter(answer::Column::ResponseId.in_subquery(session_responses(session_id)))
        .filter(answer::Column::QuestionKey.is_in(keys.iter().cloned()))
        .filter(answer::Column::OptionCode.is_not_null())
        .select_only()
        .column(answer::Column::QuestionKey)
        .column_as(Expr::expr(Func::count(Expr::col(answer::Column::Id))), "n")
        .group_by(answer::Column::QuestionKey)
        .into_tuple::<(String, i64)>()
        .all(db)
        .await?
        .into_iter()
        .map(|(k, n)| (k, u64::try_from(n).unwrap_or(0)))
        .collect())
}

/// A subquery: the responses answering `key` in the session.
fn responses_of(session_id: i32, key: &str) -> sea_orm::sea_query::SelectStatement {
    Query::select()
        .column(live_answer::Column::ResponseId)
        .from(live_answer::Entity)
        .and_where(live_answer::Column::SessionId.eq(session_id))
        .and_where(live_answer::Column::QuestionKey.eq(key))
        .to_owned()
}

async fn moderation_counts(
    db: &impl ConnectionTrait,
    session_id: i32,
    keys: &[String],
) -> Result<BTreeMap<String, TextStatus>, DbErr> {
    let rows: Vec<(String, Option<String>, bool, i64)> = answer::Entity::find()
        .filter(answer::Column::ResponseId.in_subquery(session_responses(session_id)))
        .filter(answer::Column::QuestionKey.is_in(keys.iter().cloned()))
        .filter(answer::Column::TextValue.is_not_null())
        .select_only()
        .column(answer::Column::QuestionKey)
        .column(answer::Column::ModerationStatus)
        .column_as(Expr::col(answer::Column::Flags).is_not_null(), "flagged")
        .column_as(Expr::expr(Func::count(Expr::col(answer::Column::Id))), "n")
        .group_by(answer::Column::QuestionKey)
        .group_by(answer::Column::ModerationStatus)
        .group_by(Expr::col(answer::Column::Flags).is_not_null())
        .into_tuple()
        .all(db)
        .await?;
    let mut out: BTreeMap<String, TextStatus> = BTreeMap::new();
    for (key, status, flagged, n) in rows {
        let n = u64::try_from(n).unwrap_or(0);
        let entry = out.entry(key).or_default();
        match status.as_deref().and_then(Decision::parse) {
            Some(Decision::Approved) => entry.approved += n,
            Some(Decision::Hidden) => entry.rejected += n,
            Some(Decision::Unpublished) => entry.shown += n,
            _ if flagged => entry.held += n,
            _ => entry.shown += n,
        }
    }
    Ok(out)
}

/// The results of one question of the session.
async fn results(
    db: &impl ConnectionTrait,
    session_id: i32,
    c: &Consultation,
    key: &str,
) -> anyhow::Result<Option<Results>> {
    let Some(q) = c.definition.question(key) else {
        return Ok(None);
    };
    let base = answer::Entity::find()
        .filter(answer::Column::ResponseId.in_subquery(responses_of(session_id, key)))
        .filter(answer::Column::QuestionKey.eq(key));
    Ok(Some(match q.kind {
        QuestionKind::ShortText | QuestionKind::LongText => {
            // The word cloud reads texts without a flag that no moderator hid (approved,
            // kept unpublished, or waiting): a hidden text leaves at the next update.
            let texts: Vec<(i32, Option<String>)> = base
                .filter(answer::Column::Flags.is_null())
                .filter(
                    sea_orm::Condition::any()
                        .add(answer::Column::ModerationStatus.is_null())
                        .add(answer::Column::ModerationStatus.ne(Decision::Hidden.as_str())),
                )
                .select_only()
                .column(answer::Column::ResponseId)
                .column(answer::Column::TextValue)
                .into_tuple()
                .all(db)
                .await?;
            let languages: HashMap<i32, String> = live_answer::Entity::find()
                .filter(live_answer::Column::SessionId.eq(session_id))
                .filter(live_answer::Column::QuestionKey.eq(key))
                .select_only()
                .column(live_answer::Column::ResponseId)
                .column(live_answer::Column::Language)
                .into_tuple::<(i32, String)>()
                .all(db)
                .await?
                .into_iter()
                .collect();
            Results::Texts(
                texts
                    .into_iter()
                    .filter_map(|(id, t)| Some((languages.get(&id)?.clone(), t?)))
                    .collect(),
            )
        }
        QuestionKind::Number => Results::Numbers(
            base.select_only()
                .column(answer::Column::NumberValue)
                .into_tuple::<Option<f64>>()
                .all(db)
                .await?
                .into_iter()
                .flatten()
                .collect(),
        ),
        QuestionKind::Info => return Ok(None),
        QuestionKind::Statements => {
            Results::Statements(statement_results(db, session_id, c, q).await?)
        }
        _ => {
            let mut query = base;
            if q.kind == QuestionKind::Ranking {
                // A ranking's bars count first places.
                query = query.filter(answer::Column::Position.eq(1));
            }
            let counts: HashMap<String, i64> = query
                .select_only()
                .column(answer::Column::OptionCode)
                .column_as(Expr::expr(Func::count(Expr::col(answer::Column::Id))), "n")
                .group_by(answer::Column::OptionCode)
                .into_tuple::<(Option<String>, i64)>()
                .all(db)
                .await?
                .into_iter()
                .filter_map(|(code, n)| Some((code?, n)))
                .collect();
            Results::Options(
                q.options
                    .iter()
                    .map(|o| {
                        let n = counts.get(&o.code).copied().unwrap_or(0);
                        (o.code.clone(), u64::try_from(n).unwrap_or(0))
                    })
                    .collect(),
            )
        }
    }))
}

/// Each statement's votes in the session and the opinion map's analysis of them, read in one
/// query so that both agree.
async fn statement_results(
    db: &impl ConnectionTrait,
    session_id: i32,
    c: &Consultation,
    q: &Question,
) -> anyhow::Result<StatementResults> {
    let mut votes = opinion_query::load_votes_among(
        db,
        c.id(),
        q,
        &c.definition.default_language,
        Some(responses_of(session_id, &q.key)),
    )
    .await?;
    // The analysis works on codes; each screen puts the texts of its language back.
    for (code, text) in &mut votes.statements {
        text.clone_from(code);
    }
    let mut tallies: Vec<StatementTally> = q
        .statements
        .iter()
        .map(|st| StatementTally {
            code: st.code.clone(),
            ..StatementTally::default()
        })
        .collect();
    for p in &votes.participants {
        for &(j, v) in &p.votes {
            if let Some(t) = tallies.get_mut(j) {
                if v > 0.5 {
                    t.agree += 1;
                } else if v < -0.5 {
                    t.disagree += 1;
                } else {
                    t.pass += 1;
                }
            }
        }
    }
    let threshold = u64::from(c.definition.threshold());
    // k-means and the silhouette take a few milliseconds for a room, more for a hall: off
    // the async workers.
    let analysis = tokio::task::spawn_blocking(move || {
        opinion::analyse(&votes, threshold).without_participants()
    })
    .await?;
    Ok(StatementResults { tallies, analysis })
}
