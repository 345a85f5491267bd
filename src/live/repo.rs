//! Queries on live sessions, taking any connection so they work inside a transaction. The
//! database holds the whole state (current question, each question's state, the version),
//! so a restarted server resumes where it was and several instances share one meeting.
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, SqlErr,
    sea_query::{Expr, ExprTrait},
};

use super::domain::{Action, ENDED, Participant, QuestionState, RUNNING};
use crate::{
    accounts::{Actor, repo as accounts_repo},
    consultations::{
        Consultation, Status,
        definition::{AnswerValue, Phase},
        join_code, repo as consultations_repo,
    },
    db,
    entities::{consultation, consultation_transition, live_answer, live_question, live_session},
    participation::{
        ParsedResponse,
        store::{self, Prepared, StoreError, Stored},
        submit::Keeper,
    },
};

/// Why a session cannot start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// The consultation is not open (a draft, closed, published or archived).
    #[error("the consultation is not open")]
    NotOpen,
    /// The consultation does not take answers during the meeting.
    #[error("the consultation has no during-the-meeting phase")]
    NoLivePhase,
    #[error("the consultation has no question to ask")]
    NoQuestion,
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// The running session of a code typed in any form.
///
/// # Errors
/// A database error.
pub async fn running_by_code(
    db: &impl ConnectionTrait,
    typed: &str,
) -> Result<Option<live_session::Model>, DbErr> {
    let code = join_code::normalise(typed);
    if code.is_empty() || code.len() > 12 {
        return Ok(None);
    }
    live_session::Entity::find()
        .filter(live_session::Column::JoinCode.eq(code))
        .filter(live_session::Column::Status.eq(RUNNING))
        .one(db)
        .await
}

/// The running session of a consultation.
///
/// # Errors
/// A database error.
pub async fn running_for(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<Option<live_session::Model>, DbErr> {
    live_session::Entity::find()
        .filter(live_session::Column::ConsultationId.eq(consultation_id))
        .filter(live_session::Column::Status.eq(RUNNING))
        .one(db)
        .await
}

/// Every running session (to resume their channels after a restart).
///
/// # Errors
/// A database error.
pub async fn session(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<live_session::Model>, DbErr> {
    live_session::Entity::find_by_id(id).one(db).await
}

/// The questions of a session, in the definition's order.
///
/// # Errors
/// A database error.
pub async fn questions(
    db: &impl ConnectionTrait,
    session_id: i32,
) -> Result<Vec<live_question::Model>, DbErr> {
    live_question::Entity::find()
        .filter(live_question::Column::SessionId.eq(session_id))
        .order_by_asc(live_question::Column::Id)
        .all(db)
        .await
}

/// Starts a live session: a fresh code (unused by any session or consultation), every
/// question waiting, and the consultation `live` (the move recorded and audited).
///
/// # Errors
/// [`StartError`] when the consultation cannot go live; a database error.
pub async fn start(
    db: &DatabaseConnection,
    c: &Consultation,
    actor: &Actor,
) -> Result<live_session::Model, StartError> {
    if !matches!(c.status, Status::Open | Status::Live) {
        return Err(StartError::NotOpen);
    }
    if !c.definition.settings.phases.contains(&Phase::During) {
        return Err(StartError::NoLivePhase);
    }
    let keys: Vec<String> = c
        .definition
        .questions()
        .filter(|(_, q)| q.kind.takes_answer())
        .map(|(_, q)| q.key.clone())
        .collect();
    if keys.is_empty() {
        return Err(StartError::NoQuestion);
    }
    let txn = db::begin_write(db).await?;
    if let Some(running) = running_for(&txn, c.id()).await? {
        txn.rollback().await?;
        return Ok(running);
    }
    let code = fresh_code(&txn).await?;
    let now = Utc::now();
    // The status the consultation returns to when the session ends.
    let previous = if c.status == Status::Live {
        Status::Open
    } else {
        c.status
    };
    let session = live_session::ActiveModel {
        consultation_id: Set(c.id()),
        join_code: Set(code),
        status: Set(RUNNING.into()),
        previous_status: Set(previous.as_str().into()),
        current_question: Set(None),
        version: Set(1),
        started_by: Set(Some(actor.id())),
        started_at: Set(now),
        closed_at: Set(None),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    live_question::Entity::insert_many(keys.into_iter().map(|key| live_question::ActiveModel {
        session_id: Set(session.id),
        question_key: Set(key),
        state: Set(QuestionState::Waiting.as_str().into()),
        revealed: Set(false),
        ..Default::default()
    }))
    .exec_without_returning(&txn)
    .await?;
    if c.status != Status::Live {
        move_consultation(&txn, c, Status::Live, actor).await?;
    }
    accounts_repo::audit(
        &txn,
        Some(actor.id()),
        Some(c.group_id()),
        "live_session_start",
        &format!("consultation:{}", c.slug()),
        &format!("session {}", session.id),
    )
    .await?;
    txn.commit().await?;
    tracing::info!(
        consultation = c.id(),
        session = session.id,
        "live session started"
    );
    Ok(session)
}

/// Ends a session: its code stops working, the consultation returns to the status it had
/// (the move recorded), and every answer stays in the consultation with phase `during`.
///
/// # Errors
/// A database error.
pub async fn end(
    db: &DatabaseConnection,
    session: &live_session::Model,
    actor: &Actor,
) -> Result<(), DbErr> {
    let txn = db::begin_write(db).await?;
    let ended = mark_ended(&txn, session.id).await?;
    if ended
        && let Some(c) = consultations_repo::find_by_id(&txn, session.consultation_id).await?
        && c.status == Status::Live
    {
        let back = Status::parse(&session.previous_status).unwrap_or(Status::Open);
        move_consultation(&txn, &c, back, actor).await?;
        accounts_repo::audit(
            &txn,
            Some(actor.id()),
            Some(c.group_id()),
            "live_session_end",
            &format!("consultation:{}", c.slug()),
            &format!("session {}", session.id),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Marks session `id` ended if it is running; whether this call ended it.
async fn mark_ended(txn: &sea_orm::DatabaseTransaction, id: i32) -> Result<bool, DbErr> {
    let now = Utc::now();
    let ended = live_session::Entity::update_many()
        .col_expr(live_session::Column::Status, Expr::value(ENDED))
        .col_expr(live_session::Column::ClosedAt, Expr::value(now))
        .col_expr(live_session::Column::UpdatedAt, Expr::value(now))
        .col_expr(
            live_session::Column::Version,
            Expr::col(live_session::Column::Version).add(1),
        )
        .filter(live_session::Column::Id.eq(id))
        .filter(live_session::Column::Status.eq(RUNNING))
        .exec(txn)
        .await?;
    Ok(ended.rows_affected == 1)
}

/// Ends a running session whose consultation is no longer live (the calendar closed it): its
/// code stops working and its answers stay; the consultation keeps the status it has now.
/// Returns whether this call ended it.
///
/// # Errors
/// A database error.
pub async fn end_left_behind(
    db: &DatabaseConnection,
    session: &live_session::Model,
    group_id: i32,
    slug: &str,
) -> Result<bool, DbErr> {
    let txn = db::begin_write(db).await?;
    let ended = mark_ended(&txn, session.id).await?;
    if ended {
        accounts_repo::audit(
            &txn,
            None,
            Some(group_id),
            "live_session_end",
            &format!("consultation:{slug}"),
            &format!("session {}, the consultation closed", session.id),
        )
        .await?;
    }
    txn.commit().await?;
    Ok(ended)
}

/// Applies a facilitator's action to a question and bumps the session's version. Opening a
/// question makes it the current one and closes any other open question (one at a time).
/// Returns `false` when the session is no longer running or has no such question.
///
/// # Errors
/// A database error.
pub async fn apply(
    db: &DatabaseConnection,
    session_id: i32,
    action: Action,
    question_key: &str,
) -> Result<bool, DbErr> {
    let txn = db::begin_write(db).await?;
    let session = live_session::Entity::find_by_id(session_id)
        .one(&txn)
        .await?;
    let question = live_question::Entity::find()
        .filter(live_question::Column::SessionId.eq(session_id))
        .filter(live_question::Column::QuestionKey.eq(question_key))
        .one(&txn)
        .await?;
    let (Some(session), Some(question)) = (session, question) else {
        txn.rollback().await?;
        return Ok(false);
    };
    if session.status != RUNNING {
        txn.rollback().await?;
        return Ok(false);
    }
    let mut current = session.current_question.clone();
    let set_state = |state: QuestionState| {
        live_question::Entity::update_many()
            .col_expr(live_question::Column::State, Expr::value(state.as_str()))
            .filter(live_question::Column::Id.eq(question.id))
    };
    match action {
        Action::Open => {
            live_question::Entity::update_many()
                .col_expr(
                    live_question::Column::State,
                    Expr::value(QuestionState::Closed.as_str()),
                )
                .filter(live_question::Column::SessionId.eq(session_id))
                .filter(live_question::Column::State.eq(QuestionState::Open.as_str()))
                .exec(&txn)
                .await?;
            set_state(QuestionState::Open).exec(&txn).await?;
            current = Some(question.question_key.clone());
        }
        Action::Close => {
            set_state(QuestionState::Closed).exec(&txn).await?;
        }
        Action::Reveal | Action::Hide => {
            live_question::Entity::update_many()
                .col_expr(
                    live_question::Column::Revealed,
                    Expr::value(action == Action::Reveal),
                )
                .filter(live_question::Column::Id.eq(question.id))
                .exec(&txn)
                .await?;
            // Revealing a question puts it on the projector.
            if action == Action::Reveal {
                current = Some(question.question_key.clone());
            }
        }
    }
    live_session::Entity::update_many()
        .col_expr(live_session::Column::CurrentQuestion, Expr::value(current))
        .col_expr(live_session::Column::UpdatedAt, Expr::value(Utc::now()))
        .col_expr(
            live_session::Column::Version,
            Expr::col(live_session::Column::Version).add(1),
        )
        .filter(live_session::Column::Id.eq(session_id))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(true)
}

/// Why a live answer was not stored.
#[derive(Debug, thiserror::Error)]
pub enum AnswerError {
    /// The question is not open (any more): nothing is stored.
    #[error("the question is not open")]
    NotOpen,
    /// This participant already answered this question differently: the first answer stands.
    #[error("already answered")]
    AlreadyAnswered,
    /// This participant withdrew this answer with its receipt: it is not taken again.
    #[error("the answer was withdrawn")]
    Withdrawn,
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// The participant's answer to one question, as a response of phase `during`: every answer
/// of one phone in a session is one response (one person) under the participant's
/// submission id.
pub fn live_response(
    participant: &Participant,
    question_key: &str,
    value: AnswerValue,
) -> ParsedResponse {
    ParsedResponse {
        submission_id: participant.submission_id(),
        language: participant.lang.clone(),
        age_band: participant.age_band.clone(),
        country: None,
        gender: None,
        gender_description: None,
        phase: Phase::During,
        answers: [(question_key.to_owned(), value)].into(),
    }
}

/// Keeps one live answer ([`live_response`], prepared: scrubbed and flagged) in the
/// participant's response for the session: the first answer creates it (through
/// `participation::store_response`, so tombstones and counters apply), later ones add their
/// rows to it (`participation::store::add_answers_uncounted`, then `count_added`, without
/// counting the person again). Each answer is linked to its session and question, in one write transaction that
/// first checks that the question is still open. A retry or a replay stores nothing twice.
/// It is the [`Keeper`] a live answer goes through `participation::submit` with.
pub struct LiveAnswer<'a> {
    pub db: &'a DatabaseConnection,
    pub consultation: &'a Consultation,
    pub session_id: i32,
    pub question_key: &'a str,
}

impl Keeper for LiveAnswer<'_> {
    type Error = AnswerError;

    async fn keep(&self, prepared: Prepared) -> Result<Stored, AnswerError> {
        // The instance secret exists (committed) before any transaction needs it: the
        // handler read it to open the participant's cookie.
        let mut attempt = 0;
        loop {
            attempt += 1;
            let txn = db::begin_write(self.db).await?;
            match store_in(
                &txn,
                self.consultation,
                self.session_id,
                self.question_key,
                &prepared,
            )
            .await
            {
                Ok((stored, true)) => {
                    txn.commit().await?;
                    return Ok(stored);
                }
                Ok((stored, false)) => {
                    txn.rollback().await?;
                    return Ok(stored);
                }
                // A concurrent double tap stored the same answer first (the unique indexes
                // on responses and on live answers): the retry finds it.
                Err(AnswerError::Db(err))
                    if attempt < 3
                        && matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) =>
                {
                    txn.rollback().await.ok();
                }
                Err(e) => {
                    txn.rollback().await.ok();
                    return Err(e);
                }
            }
        }
    }
}

/// The work of [`LiveAnswer`] inside its transaction: what to answer, and whether
/// something was written (to commit).
async fn store_in(
    txn: &sea_orm::DatabaseTransaction,
    c: &Consultation,
    session_id: i32,
    question_key: &str,
    prepared: &Prepared,
) -> Result<(Stored, bool), AnswerError> {
    let parsed = prepared.response();
    let open = live_question::Entity::find()
        .filter(live_question::Column::SessionId.eq(session_id))
        .filter(live_question::Column::QuestionKey.eq(question_key))
        .filter(live_question::Column::State.eq(QuestionState::Open.as_str()))
        .select_only()
        .column(live_question::Column::Id)
        .into_tuple::<i32>()
        .one(txn)
        .await?
        .is_some();
    let Some(existing) = response_of(txn, c.id(), parsed.submission_id).await? else {
        if !open {
            return Err(AnswerError::NotOpen);
        }
        // The participant's first answer: their response.
        return match store::store_response(txn, prepared).await {
            Ok(Stored::Created(receipt)) => {
                link(txn, session_id, question_key, c.id(), parsed).await?;
                Ok((Stored::Created(receipt), true))
            }
            Ok(repeated) => Ok((repeated, false)),
            Err(StoreError::Conflict) => Err(AnswerError::AlreadyAnswered),
            Err(StoreError::Withdrawn) => Err(AnswerError::Withdrawn),
            Err(StoreError::Db(err)) => Err(err.into()),
        };
    };
    // The receipt is the stored response's: made from the submission id with the keys the
    // handler already holds (no read of the keys inside the transaction).
    let receipt = prepared.receipt(existing.submitted_at);
    if !open {
        // A replay of an answer already stored is still its receipt, even once closed.
        return if answered(txn, session_id, question_key, existing.id).await? {
            Ok((Stored::Repeated(receipt), false))
        } else {
            Err(AnswerError::NotOpen)
        };
    }
    // The counters last: their rows are locked until the commit, and every phone answering
    // the question waits for them (see `store::add_answers_uncounted`).
    match store::add_answers_uncounted(txn, &existing, prepared).await? {
        store::Added::Stored => {
            insert_link(txn, session_id, question_key, existing.id, parsed).await?;
            store::count_added(txn, &existing, prepared).await?;
            Ok((Stored::Created(receipt), true))
        }
        store::Added::Same => Ok((Stored::Repeated(receipt), false)),
        store::Added::Different => Err(AnswerError::AlreadyAnswered),
    }
}

/// Links the participant's response to the question it answered in the session.
async fn link(
    txn: &sea_orm::DatabaseTransaction,
    session_id: i32,
    question_key: &str,
    consultation_id: i32,
    parsed: &ParsedResponse,
) -> Result<(), DbErr> {
    let response = response_of(txn, consultation_id, parsed.submission_id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("the response just stored".into()))?;
    insert_link(txn, session_id, question_key, response.id, parsed).await
}

/// Links response `response_id` to the question it answered in the session.
async fn insert_link(
    txn: &sea_orm::DatabaseTransaction,
    session_id: i32,
    question_key: &str,
    response_id: i32,
    parsed: &ParsedResponse,
) -> Result<(), DbErr> {
    live_answer::Entity::insert(live_answer::ActiveModel {
        session_id: Set(session_id),
        question_key: Set(question_key.to_owned()),
        response_id: Set(response_id),
        language: Set(parsed.language.clone()),
        ..Default::default()
    })
    .exec_without_returning(txn)
    .await?;
    Ok(())
}

/// Whether response `response_id` answered `question_key` in the session.
async fn answered(
    db: &impl ConnectionTrait,
    session_id: i32,
    question_key: &str,
    response_id: i32,
) -> Result<bool, DbErr> {
    Ok(live_answer::Entity::find()
        .filter(live_answer::Column::SessionId.eq(session_id))
        .filter(live_answer::Column::QuestionKey.eq(question_key))
        .filter(live_answer::Column::ResponseId.eq(response_id))
        .select_only()
        .column(live_answer::Column::Id)
        .into_tuple::<i32>()
        .one(db)
        .await?
        .is_some())
}

/// Whether this participant has answered this question.
///
/// # Errors
/// A database error.
pub async fn has_answered(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    participant: &Participant,
    question_key: &str,
) -> Result<bool, DbErr> {
    match response_of(db, consultation_id, participant.submission_id()).await? {
        Some(r) => answered(db, participant.session_id, question_key, r.id).await,
        None => Ok(false),
    }
}

/// The response stored under a submission id.
async fn response_of(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    submission_id: uuid::Uuid,
) -> Result<Option<crate::entities::response::Model>, DbErr> {
    crate::entities::response::Entity::find()
        .filter(crate::entities::response::Column::ConsultationId.eq(consultation_id))
        .filter(crate::entities::response::Column::SubmissionId.eq(submission_id.to_string()))
        .one(db)
        .await
}

/// A join code used by no session and no consultation.
async fn fresh_code(db: &impl ConnectionTrait) -> Result<String, DbErr> {
    for _ in 0..20 {
        let code = join_code::generate();
        let taken_by_session = live_session::Entity::find()
            .filter(live_session::Column::JoinCode.eq(code.as_str()))
            .one(db)
            .await?
            .is_some();
        let taken_by_consultation = consultation::Entity::find()
            .filter(consultation::Column::JoinCode.eq(code.as_str()))
            .one(db)
            .await?
            .is_some();
        if !taken_by_session && !taken_by_consultation {
            return Ok(code);
        }
    }
    Err(DbErr::Custom("No free join code after 20 tries".into()))
}

/// Moves the consultation's status and records the move (as authoring records transitions:
/// one `consultation_transition` row and an audit entry).
async fn move_consultation(
    db: &impl ConnectionTrait,
    c: &Consultation,
    to: Status,
    actor: &Actor,
) -> Result<(), DbErr> {
    let now = Utc::now();
    consultation::Entity::update_many()
        .col_expr(consultation::Column::Status, Expr::value(to.as_str()))
        .col_expr(consultation::Column::UpdatedAt, Expr::value(now))
        .filter(consultation::Column::Id.eq(c.id()))
        .exec(db)
        .await?;
    consultation_transition::ActiveModel {
        consultation_id: Set(c.id()),
        from_status: Set(c.status.as_str().to_owned()),
        to_status: Set(to.as_str().to_owned()),
        actor_account_id: Set(Some(actor.id())),
        at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    accounts_repo::audit(
        db,
        Some(actor.id()),
        Some(c.group_id()),
        "consultation_status",
        &format!("consultation:{}", c.slug()),
        &format!("{} -> {}", c.status.as_str(), to.as_str()),
    )
    .await
}
