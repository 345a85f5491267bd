//! The calendar: a consultation opens at its `opens_at` and closes at its `closes_at` by
//! itself. [`tick`] makes the moves that are due at `now` through
//! [`lifecycle::move_to`] (the same preconditions, transition row and audit entry as a
//! facilitator's move, marked "by schedule" and without an account). The server's
//! background task calls it every minute; tests call it with the time they want.
//!
//! With several instances on one PostgreSQL database one tick runs at a time (an advisory
//! lock); each move is also guarded by the status it expects, so a consultation moves once
//! whatever happens.
use std::{collections::BTreeMap, sync::Mutex};

use anyhow::Context;
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde::Serialize;

use super::{
    Status,
    lifecycle::{self, Mover, TransitionError},
    rules::Issue,
};
use crate::{
    entities::{consultation, consultation_transition},
    state::AppState,
};

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

/// [`tick`], then tells whoever listens of each consultation it closed
/// ([`AppState::consultation_changed`]): live mode ends a session still running in one, and
/// its phones and projector learn that it ended. The server's background task calls this.
///
/// # Errors
/// As [`tick`].
pub async fn tick_and_tell(state: &AppState, now: DateTime<Utc>) -> anyhow::Result<TickReport> {
    let report = tick(&state.db, now).await?;
    for m in report.moves.iter().filter(|m| m.to == Status::Closed) {
        state.consultation_changed(m.consultation_id);
    }
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
            if first_refusal(row.id, row.updated_at) {
                tracing::warn!(
                    consultation = row.id,
                    to = to.as_str(),
                    problems = issues.len(),
                    "the calendar could not move a consultation (its overview says why; \
                     not logged again until it is edited)"
                );
            }
            report.refused.push((row.slug.clone(), issues));
        }
        Err(TransitionError::Forbidden) => {}
        Err(TransitionError::Db(err)) => return Err(err.into()),
        Err(TransitionError::App(err)) => return Err(anyhow::anyhow!("{err}")),
    }
    Ok(())
}

/// Whether the calendar is refused this consultation, as it is now, for the first time in
/// this process: the refusal repeats every minute until someone edits it, and one warning is
/// enough (the facilitator reads why on its overview and home, [`missed_opening`]).
fn first_refusal(id: i32, updated_at: DateTime<Utc>) -> bool {
    // The last version logged of each consultation: one entry per consultation, however
    // often it is edited.
    static LOGGED: Mutex<BTreeMap<i32, i64>> = Mutex::new(BTreeMap::new());
    let version = updated_at.timestamp_micros();
    LOGGED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .insert(id, version)
        != Some(version)
}

/// When a draft was due to open by the calendar and still has not (what stops it is on its
/// overview): its `opens_at` has passed, its `closes_at` has not, and it was never open
/// before (one taken back to draft is opened by hand, not by the calendar).
///
/// # Errors
/// A database error.
pub async fn missed_opening(
    db: &DatabaseConnection,
    row: &consultation::Model,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, sea_orm::DbErr> {
    let Some(opens) = row.opens_at.filter(|opens| *opens <= now) else {
        return Ok(None);
    };
    if row.status != Status::Draft.as_str() || row.closes_at.is_some_and(|close| close <= now) {
        return Ok(None);
    }
    let opened_before = consultation_transition::Entity::find()
        .filter(consultation_transition::Column::ConsultationId.eq(row.id))
        .filter(
            consultation_transition::Column::ToStatus
                .is_in([Status::Open.as_str(), Status::Live.as_str()]),
        )
        .count(db)
        .await?;
    Ok((opened_before == 0).then_some(opens))
}

/// When a draft was due to open by the calendar and could not ([`missed_opening`], and
/// something stops it now: what its overview lists).
///
/// # Errors
/// A database error.
pub async fn could_not_open(
    db: &DatabaseConnection,
    c: &super::Consultation,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, sea_orm::DbErr> {
    if c.status != Status::Draft {
        return Ok(None);
    }
    let mut issues = super::rules::missing_for_open(&c.definition);
    issues.extend(lifecycle::date_problems(
        c.row.opens_at,
        c.row.closes_at,
        now,
        true,
    ));
    if issues.is_empty() {
        return Ok(None);
    }
    missed_opening(db, &c.row, now).await
}

/// The sentence saying so, in `l`'s language.
pub fn could_not_open_text(l: &crate::i18n::Locale, due: DateTime<Utc>) -> String {
    let date = due.format("%Y-%m-%d %H:%M UTC").to_string();
    l.t_args("cn-not-opened", &[("date", crate::i18n::Arg::Str(&date))])
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refusal_is_logged_once_until_the_consultation_is_edited() {
        let at = Utc::now();
        assert!(first_refusal(-7, at));
        assert!(
            !first_refusal(-7, at),
            "the next minute's refusal is not logged"
        );
        assert!(
            first_refusal(-7, at + chrono::Duration::seconds(1)),
            "an edit that still fails is logged again"
        );
    }
}
