//! The calendar: a consultation opens at its `opens_at` and closes at its `closes_at` by
//! itself. [`tick`] makes the moves that are due at `now` through
//! [`lifecycle::move_to`] (the same preconditions, transition row and audit entry as a
//! facilitator's move, marked "by schedule" and without an account). The server's
//! background task calls it every minute; tests call it with the time they want.
//!
//! With several instances on one PostgreSQL database one tick runs at a time (an advisory
//! lock); each move is also guarded by the status it expects, so a consultation moves once
//! whatever happens.
use anyhow::Context;
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde::Serialize;

use super::{
    Status,
    lifecycle::{self, Mover, TransitionError},
    rules::Issue,
};
use crate::entities::{consultation, consultation_transition};

/// The advisory lock key of the calendar's tick ("calendar" in ASCII).
const LOCK_KEY: i64 = 0x6361_6c65_6e64_6172;

/// One move the calendar made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Move {
    pub consultation_id: i32,
    pub slug: String,
    pub from: Status,
    pub to: Status,
    pub at: DateTime<Utc>,
}

/// What a [`tick`] did.
#[derive(Clone, Debug, Default)]
pub struct TickReport {
    /// Another instance was ticking: this one did nothing.
    pub skipped: bool,
    pub moves: Vec<Move>,
    /// Consultations due to open that cannot (an incomplete definition, say), by slug: they
    /// stay drafts and the facilitator's overview lists what is missing.
    pub refused: Vec<(String, Vec<Issue>)>,
}

/// Makes the moves due at `now`: drafts whose `opens_at` has come (and whose `closes_at`
/// has not) open, unless they were open before (a facilitator who took one back to draft
/// opens it again by hand); open or live consultations whose `closes_at` has passed close,
/// as of `closes_at` (when answers stopped being taken), which starts their retention.
///
/// # Errors
/// A database error; moves made before it stay made.
pub async fn tick(db: &DatabaseConnection, now: DateTime<Utc>) -> anyhow::Result<TickReport> {
    let Some(lock) = crate::db::try_singleton(db, LOCK_KEY)
        .await
        .context("Failed to take the calendar's lock")?
    else {
        return Ok(TickReport {
            skipped: true,
            ..TickReport::default()
        });
    };
    let mut report = TickReport::default();
    for row in due_to_close(db, now).await? {
        let from = Status::parse(&row.status).unwrap_or(Status::Open);
        let at = row.closes_at.map_or(now, |close| close.min(now));
        apply(db, &row, from, Status::Closed, at, &mut report).await?;
    }
    for row in due_to_open(db, now).await? {
        apply(db, &row, Status::Draft, Status::Open, now, &mut report).await?;
    }
    lock.release()
        .await
        .context("Failed to release the calendar's lock")?;
    Ok(report)
}

async fn apply(
    db: &DatabaseConnection,
    row: &consultation::Model,
    from: Status,
    to: Status,
    at: DateTime<Utc>,
    report: &mut TickReport,
) -> anyhow::Result<()> {
    match lifecycle::move_to(db, Mover::Schedule, row.id, to, Some(from), at).await {
        Ok(_) => report.moves.push(Move {
            consultation_id: row.id,
            slug: row.slug.clone(),
            from,
            to,
            at,
        }),
        // Moved meanwhile (by an adult or another instance): nothing left to do.
        Err(TransitionError::Moved(_) | TransitionError::NotFound) => {}
        Err(TransitionError::Refused(issues)) => {
            tracing::warn!(
                consultation = row.id,
                to = to.as_str(),
                problems = issues.len(),
                "the calendar could not move a consultation"
            );
            report.refused.push((row.slug.clone(), issues));
        }
        Err(TransitionError::Forbidden) => {}
        Err(TransitionError::Db(err)) => return Err(err),
    }
    Ok(())
}

async fn due_to_close(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<consultation::Model>> {
    consultation::Entity::find()
        .filter(consultation::Column::Status.is_in([Status::Open.as_str(), Status::Live.as_str()]))
        .filter(consultation::Column::ClosesAt.lte(now))
        .order_by_asc(consultation::Column::Id)
        .all(db)
        .await
        .context("Failed to list consultations due to close")
}

async fn due_to_open(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<consultation::Model>> {
    let opened_before: Vec<i32> = consultation_transition::Entity::find()
        .select_only()
        .column(consultation_transition::Column::ConsultationId)
        .distinct()
        .filter(
            consultation_transition::Column::ToStatus
                .is_in([Status::Open.as_str(), Status::Live.as_str()]),
        )
        .into_tuple()
        .all(db)
        .await
        .context("Failed to list consultations opened before")?;
    let rows = consultation::Entity::find()
        .filter(consultation::Column::Status.eq(Status::Draft.as_str()))
        .filter(consultation::Column::OpensAt.lte(now))
        .filter(
            Condition::any()
                .add(consultation::Column::ClosesAt.is_null())
                .add(consultation::Column::ClosesAt.gt(now)),
        )
        .order_by_asc(consultation::Column::Id)
        .all(db)
        .await
        .context("Failed to list consultations due to open")?;
    Ok(rows
        .into_iter()
        .filter(|row| !opened_before.contains(&row.id))
        .collect())
}
