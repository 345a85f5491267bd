//! The lifecycle draft → open → (live) → closed → published → archived, enforced here:
//! which moves exist, what each needs, and [`transition`], which records every move in
//! `consultation_transition` and the audit log.
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    Set,
    sea_query::{Expr, ExprTrait},
};

use super::{
    Consultation, Status,
    definition::Phase,
    repo,
    rules::{self, Issue},
};
use crate::{
    accounts::{Actor, repo as accounts_repo},
    entities::{consultation, consultation_transition},
    error::AppError,
};

/// Whether the lifecycle has a move from `from` to `to`.
pub fn allowed(from: Status, to: Status) -> bool {
    use Status::{Archived, Closed, Draft, Live, Open, Published};
    matches!(
        (from, to),
        (Draft, Open | Live | Archived)
            | (Open, Live | Closed | Draft)
            | (Live, Open | Closed)
            | (Closed, Open | Published | Archived)
            | (Published, Archived)
    )
}

/// The moves open from a status, in the order they are offered.
pub fn next_statuses(from: Status) -> Vec<Status> {
    Status::ALL
        .into_iter()
        .filter(|to| allowed(from, *to))
        .collect()
}

/// What is known about a consultation beyond its definition when it moves.
#[derive(Clone, Copy, Debug)]
pub struct Facts {
    pub now: DateTime<Utc>,
    pub responses: u64,
}

/// Why `c` cannot move to `to` now (empty when it can). Opening (or going live) from a draft
/// or a closed consultation checks the whole definition, every enabled language and the
/// dates; going live needs the "during the meeting" phase; back to draft needs no answer
/// yet; publishing needs the consultation closed, then [`publishing_preconditions`].
pub fn preconditions(c: &Consultation, to: Status, facts: Facts) -> Vec<Issue> {
    if !allowed(c.status, to) {
        return vec![
            Issue::new("status", "cn-transition-not-allowed")
                .arg("from", c.status.as_str())
                .arg("to", to.as_str()),
        ];
    }
    let mut issues = Vec::new();
    if matches!(to, Status::Open | Status::Live) {
        if matches!(c.status, Status::Draft | Status::Closed) {
            issues.extend(rules::missing_for_open(&c.definition));
        }
        issues.extend(date_problems(
            c.row.opens_at,
            c.row.closes_at,
            facts.now,
            true,
        ));
        if to == Status::Live && !c.definition.settings.phases.contains(&Phase::During) {
            issues.push(Issue::new("settings.phases", "cn-live-needs-phase"));
        }
    }
    if to == Status::Draft && facts.responses > 0 {
        issues.push(Issue::new("status", "cn-locked-has-answers").arg("count", facts.responses));
    }
    if to == Status::Published {
        issues.extend(publishing_preconditions(c));
    }
    issues
}

/// What publishing needs beyond being closed. The hook for the moderation issue: free-text
/// answers still waiting in the moderation queue will be listed here; nothing yet.
pub fn publishing_preconditions(_c: &Consultation) -> Vec<Issue> {
    Vec::new()
}

/// Problems with the dates: closing before opening, and (when `opening_now`) a closing
/// date already past.
pub fn date_problems(
    opens_at: Option<DateTime<Utc>>,
    closes_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    opening_now: bool,
) -> Vec<Issue> {
    let mut issues = Vec::new();
    if let (Some(open), Some(close)) = (opens_at, closes_at)
        && close <= open
    {
        issues.push(Issue::new("closes_at", "cn-v-dates-order"));
    }
    if opening_now && closes_at.is_some_and(|close| close <= now) {
        issues.push(Issue::new("closes_at", "cn-v-closes-past"));
    }
    issues
}

/// Why a move did not happen.
#[derive(Debug, thiserror::Error)]
pub enum TransitionError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    /// The consultation is no longer in the status the form showed.
    #[error("the consultation is now {0:?}")]
    Moved(Status),
    #[error("preconditions not met")]
    Refused(Vec<Issue>),
    #[error(transparent)]
    Db(#[from] sea_orm::DbErr),
    /// Publishing's own failure (publishing moves through `publishing::transition`).
    #[error(transparent)]
    App(#[from] AppError),
}

/// Who moves a consultation: an adult (who must facilitate its group), or its calendar
/// (`opens_at`, `closes_at`), which has no account and is logged "by schedule".
#[derive(Clone, Copy, Debug)]
pub enum Mover<'a> {
    Adult(&'a Actor),
    Schedule,
}

impl Mover<'_> {
    fn account(self) -> Option<i32> {
        match self {
            Self::Adult(actor) => Some(actor.id()),
            Self::Schedule => None,
        }
    }
}

/// Moves the consultation `id` to `to` after checking the preconditions; `expected` is the
/// status the facilitator saw (a different current status is [`TransitionError::Moved`]).
/// Records the move, bumps the version (open edit forms then see the change) and sets the
/// dates: `opens_at` on first opening, `closed_at` on closing, `published_at` on publishing.
///
/// # Errors
/// [`TransitionError`].
pub async fn transition(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    to: Status,
    expected: Option<Status>,
) -> Result<Consultation, TransitionError> {
    move_to(db, Mover::Adult(actor), id, to, expected, Utc::now()).await
}

/// [`transition`] by `mover` at `now` (the calendar passes the moment it acts for: a
/// scheduled close happens at `closes_at`, which is when answers stopped being taken).
///
/// # Errors
/// [`TransitionError`].
pub async fn move_to(
    db: &DatabaseConnection,
    mover: Mover<'_>,
    id: i32,
    to: Status,
    expected: Option<Status>,
    now: DateTime<Utc>,
) -> Result<Consultation, TransitionError> {
    if to == Status::Published {
        return Err(TransitionError::App(AppError::Unexpected(anyhow::anyhow!(
            "Publishing goes through publishing::transition"
        ))));
    }
    let tx = crate::db::begin_write(db).await?;
    let c = repo::find_by_id(&tx, id)
        .await?
        .ok_or(TransitionError::NotFound)?;
    if let Mover::Adult(actor) = mover
        && !actor.can_facilitate(c.group_id())
    {
        return Err(TransitionError::Forbidden);
    }
    if expected.is_some_and(|e| e != c.status) {
        return Err(TransitionError::Moved(c.status));
    }
    let facts = Facts {
        now,
        responses: repo::count_responses(&tx, id).await?,
    };
    let issues = preconditions(&c, to, facts);
    if !issues.is_empty() {
        return Err(TransitionError::Refused(issues));
    }
    let mut update = consultation::Entity::update_many()
        .col_expr(consultation::Column::Status, Expr::value(to.as_str()))
        .col_expr(
            consultation::Column::Version,
            Expr::col(consultation::Column::Version).add(1),
        )
        .col_expr(consultation::Column::UpdatedAt, Expr::value(Utc::now()));
    match to {
        Status::Open | Status::Live if c.row.opens_at.is_none_or(|o| o > now) => {
            update = update.col_expr(consultation::Column::OpensAt, Expr::value(Some(now)));
        }
        Status::Closed => {
            update = update.col_expr(consultation::Column::ClosedAt, Expr::value(Some(now)));
        }
        _ => {}
    }
    if matches!(to, Status::Open | Status::Live) && c.status == Status::Closed {
        update = update.col_expr(
            consultation::Column::ClosedAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        );
    }
    let done = update
        .filter(consultation::Column::Id.eq(id))
        .filter(consultation::Column::Status.eq(c.status.as_str()))
        .exec(&tx)
        .await?;
    if done.rows_affected != 1 {
        return Err(TransitionError::Moved(c.status));
    }
    let by_schedule = matches!(mover, Mover::Schedule);
    insert_transition(&tx, id, c.status, to, mover.account(), now, by_schedule).await?;
    let suffix = if by_schedule { " (by schedule)" } else { "" };
    accounts_repo::audit(
        &tx,
        mover.account(),
        Some(c.group_id()),
        "consultation_status",
        &format!("consultation:{}", c.slug()),
        &format!("{} -> {}{suffix}", c.status.as_str(), to.as_str()),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(
        consultation = id,
        from = c.status.as_str(),
        to = to.as_str(),
        by_schedule,
        "consultation moved"
    );
    repo::find_by_id(db, id)
        .await?
        .ok_or(TransitionError::NotFound)
}

/// Writes one row of `consultation_transition`.
///
/// # Errors
/// A database error.
pub async fn record(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    from: Status,
    to: Status,
    actor: Option<i32>,
    at: DateTime<Utc>,
) -> Result<(), sea_orm::DbErr> {
    insert_transition(db, consultation_id, from, to, actor, at, false).await
}

async fn insert_transition(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    from: Status,
    to: Status,
    actor: Option<i32>,
    at: DateTime<Utc>,
    by_schedule: bool,
) -> Result<(), sea_orm::DbErr> {
    consultation_transition::ActiveModel {
        consultation_id: Set(consultation_id),
        from_status: Set(from.as_str().to_owned()),
        to_status: Set(to.as_str().to_owned()),
        actor_account_id: Set(actor),
        at: Set(at),
        by_schedule: Set(by_schedule),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The moves of a consultation, oldest first.
///
/// # Errors
/// A database error.
pub async fn history(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<Vec<consultation_transition::Model>, sea_orm::DbErr> {
    use sea_orm::QueryOrder;
    consultation_transition::Entity::find()
        .filter(consultation_transition::Column::ConsultationId.eq(consultation_id))
        .order_by_asc(consultation_transition::Column::Id)
        .all(db)
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lifecycle_moves_forward_with_a_few_ways_back() {
        use Status::*;
        assert_eq!(next_statuses(Draft), vec![Open, Live, Archived]);
        assert_eq!(next_statuses(Open), vec![Draft, Live, Closed]);
        assert_eq!(next_statuses(Closed), vec![Open, Published, Archived]);
        assert_eq!(next_statuses(Archived), vec![]);
        assert!(!allowed(Draft, Published));
        assert!(!allowed(Published, Open));
    }

    #[test]
    fn dates_must_be_in_order_and_closing_in_the_future() {
        let now = Utc::now();
        let day = chrono::Duration::days(1);
        assert!(date_problems(Some(now), Some(now + day), now, true).is_empty());
        assert_eq!(
            date_problems(Some(now + day), Some(now), now, false)[0].key,
            "cn-v-dates-order"
        );
        assert_eq!(
            date_problems(None, Some(now - day), now, true)[0].key,
            "cn-v-closes-past"
        );
    }
}
