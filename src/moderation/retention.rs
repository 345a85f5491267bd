//! Retention: the raw answers of a closed consultation are deleted `retention_days` after it
//! closed (default 90, at most 365). Deleted means deleted (rows removed from `response` and
//! `answer`, on SQLite and PostgreSQL alike). What stays: the aggregate counters (purging
//! never decrements them, unlike a withdrawal) and the quotes a facilitator chose (kept in `quote` with
//! the question, language and age band only).
//!
//! [`purge`] is idempotent and safe to run from several instances at once: each
//! consultation is purged in one write transaction that first locks its row and checks again
//! that it is due, and deleting what is already gone deletes nothing.
//!
//! Deleted text must not stay readable in the database files either. On SQLite every
//! connection runs with `secure_delete` (deleted rows and freed pages are overwritten with
//! zeros, see `db::open`) and the purge ends with a checkpoint that empties the write-ahead
//! log, where older copies of the pages would otherwise remain. On PostgreSQL deleted rows
//! stay in the table's pages until `VACUUM` reclaims them (autovacuum does so after a
//! purge; `VACUUM` can be run at once), as the privacy report says.
//!
//! **What a safeguarding lead still has to act on is kept.** A possible disclosure without a
//! recorded outcome (not reviewed, or in progress) is not deleted: its answer row stays
//! (text, flags, question, language, safeguarding status), every other answer of its
//! response goes, and the response row is stripped of everything else (age band, country,
//! gender, phase, receipt and submission ids; its time becomes the due date). Each run tells
//! the lead (without one, the group's facilitators) and the administrators what is waiting,
//! once per run ([`super::safeguarding::tell_about_held`]); the first run after the outcome
//! is recorded deletes it.
//!
//! A purged consultation is marked (in `instance_setting`, see [`purged_at`]), so that its
//! counters, now the only record of the deleted answers, are never recomputed from what is
//! left (`aggregation::counters::rebuild` refuses).
use std::time::Duration;

use anyhow::Context;
use chrono::{DateTime, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    QuerySelect, Set, sea_query::Expr,
};
use serde::Serialize;

use crate::{
    accounts::repo as accounts_repo,
    consultations::{Consultation, Status, definition::Settings, repo as consultations_repo},
    db,
    entities::{
        answer, consultation, instance_setting, quote, receipt_pass, response, withdrawn_submission,
    },
    secrets::Keys,
};

/// The longest retention a consultation may ask for, in days.
pub const MAX_RETENTION_DAYS: u32 = 365;

/// The retention a consultation gets: its setting, within 1 to 365 days.
pub fn retention_days(settings: &Settings) -> u32 {
    settings.retention_days.clamp(1, MAX_RETENTION_DAYS)
}

/// When the raw answers of a consultation closed at `closed_at` are due for deletion.
pub fn due_at(closed_at: DateTime<Utc>, settings: &Settings) -> DateTime<Utc> {
    closed_at + chrono::Duration::days(i64::from(retention_days(settings)))
}

/// When the raw answers of this consultation will be (or were) deleted; `None` while it has
/// not closed.
pub fn deletion_date(c: &Consultation) -> Option<DateTime<Utc>> {
    if !closed(c.status) {
        return None;
    }
    c.row.closed_at.map(|at| due_at(at, &c.definition.settings))
}

/// Statuses in which a consultation takes no more answers and its retention runs.
fn closed(status: Status) -> bool {
    matches!(
        status,
        Status::Closed | Status::Published | Status::Archived
    )
}

/// What was (or, in a dry run, would be) deleted for one consultation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Purged {
    pub consultation_id: i32,
    pub slug: String,
    pub closed_at: DateTime<Utc>,
    pub due_at: DateTime<Utc>,
    /// Responses deleted (one per young person).
    pub responses: u64,
    /// Answer rows deleted.
    pub answers: u64,
    /// Chosen quotes kept in `quote`.
    pub quotes_kept: u64,
    /// Possible disclosures kept (text and flags only) because nobody has recorded an
    /// outcome yet; they go at the first run after one is recorded.
    pub safeguarding_open: u64,
    pub group_id: i32,
}

/// The outcome of a run of [`purge`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PurgeReport {
    pub dry_run: bool,
    pub consultations: Vec<Purged>,
}

impl PurgeReport {
    pub fn responses(&self) -> u64 {
        self.consultations.iter().map(|p| p.responses).sum()
    }

    pub fn answers(&self) -> u64 {
        self.consultations.iter().map(|p| p.answers).sum()
    }
}

/// Consultations whose raw answers are due for deletion at `now`, with their due date.
///
/// # Errors
/// A database error, or a stored definition that does not parse.
pub async fn due(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<(Consultation, DateTime<Utc>)>> {
    let rows = consultation::Entity::find()
        .filter(consultation::Column::ClosedAt.is_not_null())
        .filter(consultation::Column::Status.is_in([
            Status::Closed.as_str(),
            Status::Published.as_str(),
            Status::Archived.as_str(),
        ]))
        .all(db)
        .await
        .context("Failed to list closed consultations")?;
    let mut due = Vec::new();
    for row in rows {
        let c = consultations_repo::parse(row)?;
        if let Some(at) = deletion_date(&c).filter(|at| *at <= now) {
            due.push((c, at));
        }
    }
    due.sort_by_key(|(c, _)| c.id());
    Ok(due)
}

fn purged_key(consultation_id: i32) -> String {
    format!("retention_purged:{consultation_id}")
}

/// When the retention purge first deleted raw answers of this consultation (RFC 3339), or
/// `None` when it never did.
///
/// # Errors
/// A database error.
pub async fn purged_at(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<Option<String>, sea_orm::DbErr> {
    Ok(
        instance_setting::Entity::find_by_id(purged_key(consultation_id))
            .one(db)
            .await?
            .map(|row| row.value),
    )
}

/// Deletes the raw answers of every consultation due at `now` (or, with `dry_run`, only
/// counts them). Consultations with nothing left to delete are not listed. On SQLite the
/// write-ahead log is emptied afterwards (see the module's documentation).
///
/// # Errors
/// A database error; consultations purged before it stay purged.
pub async fn purge(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    dry_run: bool,
) -> anyhow::Result<PurgeReport> {
    let mut report = PurgeReport {
        dry_run,
        consultations: Vec::new(),
    };
    for (c, due_at) in due(db, now).await? {
        let purged = if dry_run {
            measure(db, &c, due_at).await?
        } else {
            purge_one(db, c.id(), now).await?
        };
        if let Some(p) =
            purged.filter(|p| p.responses > 0 || p.answers > 0 || p.safeguarding_open > 0)
        {
            report.consultations.push(p);
        }
    }
    if !dry_run && report.answers() > 0 {
        let complete = db::truncate_wal(db)
            .await
            .context("Failed to checkpoint the write-ahead log after the purge")?;
        if !complete {
            tracing::warn!(
                "the write-ahead log was not emptied after the purge (a reader was busy); \
                 the next checkpoint will overwrite it"
            );
        }
    }
    Ok(report)
}

/// What purging the consultation would delete and keep.
async fn measure(
    db: &impl ConnectionTrait,
    c: &Consultation,
    due_at: DateTime<Utc>,
) -> anyhow::Result<Option<Purged>> {
    let Some(closed_at) = c.row.closed_at else {
        return Ok(None);
    };
    let id = c.id();
    let held = Held::of(db, id).await?;
    let responses = response::Entity::find()
        .filter(response::Column::ConsultationId.eq(id))
        .filter(response::Column::Id.is_not_in(held.responses.clone()))
        .count(db)
        .await
        .context("Failed to count responses to purge")?;
    let answers = answer::Entity::find()
        .filter(answer::Column::ConsultationId.eq(id))
        .filter(answer::Column::Id.is_not_in(held.answers.clone()))
        .count(db)
        .await
        .context("Failed to count answers to purge")?;
    let kept = quote::Entity::find()
        .filter(quote::Column::ConsultationId.eq(id))
        .count(db)
        .await
        .context("Failed to count quotes")?;
    Ok(Some(Purged {
        consultation_id: id,
        slug: c.slug().to_owned(),
        closed_at,
        due_at,
        responses,
        answers,
        quotes_kept: kept,
        safeguarding_open: held.answers.len() as u64,
        group_id: c.group_id(),
    }))
}

/// The possible disclosures of a consultation that the purge keeps, and their responses.
struct Held {
    answers: Vec<i32>,
    responses: Vec<i32>,
}

impl Held {
    async fn of(db: &impl ConnectionTrait, consultation_id: i32) -> anyhow::Result<Self> {
        let open = super::repo::open_disclosures(db, consultation_id)
            .await
            .context("Failed to list possible disclosures awaiting an outcome")?;
        let mut responses: Vec<i32> = open.iter().map(|(_, r)| *r).collect();
        responses.sort_unstable();
        responses.dedup();
        Ok(Self {
            answers: open.into_iter().map(|(a, _)| a).collect(),
            responses,
        })
    }

    /// Keeps only the text and flags: the held responses lose everything that says who,
    /// when or where (the receipt no longer withdraws them: the lead's record needs them).
    async fn strip(&self, db: &impl ConnectionTrait, due_at: DateTime<Utc>) -> anyhow::Result<()> {
        for id in &self.responses {
            response::Entity::update_many()
                .col_expr(
                    response::Column::SubmissionId,
                    Expr::value(format!("held-{id}")),
                )
                .col_expr(
                    response::Column::ReceiptHash,
                    Expr::value(format!("held-{id}")),
                )
                .col_expr(response::Column::ContentHash, Expr::value(""))
                .col_expr(
                    response::Column::AgeBand,
                    Expr::value(Option::<String>::None),
                )
                .col_expr(
                    response::Column::Country,
                    Expr::value(Option::<String>::None),
                )
                .col_expr(
                    response::Column::Gender,
                    Expr::value(Option::<String>::None),
                )
                .col_expr(response::Column::Phase, Expr::value(""))
                .col_expr(response::Column::SubmittedAt, Expr::value(due_at))
                .filter(response::Column::Id.eq(*id))
                .exec(db)
                .await
                .context("Failed to strip a held response")?;
        }
        Ok(())
    }
}

/// Purges one consultation in one write transaction, after locking its row and checking
/// again that it is closed and due (another instance may have reopened or purged it).
async fn purge_one(
    db: &DatabaseConnection,
    consultation_id: i32,
    now: DateTime<Utc>,
) -> anyhow::Result<Option<Purged>> {
    let txn = db::begin_write(db)
        .await
        .context("Failed to start the purge transaction")?;
    let row = consultation::Entity::find_by_id(consultation_id)
        .lock_exclusive()
        .one(&txn)
        .await
        .context("Failed to lock the consultation to purge")?;
    let Some(c) = row.map(consultations_repo::parse).transpose()? else {
        return Ok(None);
    };
    let Some(due_at) = deletion_date(&c).filter(|at| *at <= now) else {
        return Ok(None);
    };
    let Some(measured) = measure(&txn, &c, due_at).await? else {
        return Ok(None);
    };
    if measured.responses == 0 && measured.answers == 0 {
        // Nothing to delete; what is held is still reported (and its people told).
        return Ok(Some(measured).filter(|m| m.safeguarding_open > 0));
    }
    let held = Held::of(&txn, consultation_id).await?;

    // The chosen quotes stay (question, language, age band, text), detached from the
    // answers they came from. Approved answers that were not chosen are not quotes.
    quote::Entity::update_many()
        .col_expr(quote::Column::AnswerId, Expr::value(Option::<i32>::None))
        .filter(quote::Column::ConsultationId.eq(consultation_id))
        .filter(quote::Column::AnswerId.is_not_null())
        .exec(&txn)
        .await
        .context("Failed to keep quotes apart from the answers")?;

    // Each receipt leaves a keyed hash, so it still opens "what we did with your views".
    keep_receipt_passes(&txn, consultation_id).await?;
    // Deleting rows, not marking them: the counters of `aggregation` are left untouched.
    // Possible disclosures awaiting an outcome stay, text and flags only.
    let answers = answer::Entity::delete_many()
        .filter(answer::Column::ConsultationId.eq(consultation_id))
        .filter(answer::Column::Id.is_not_in(held.answers.clone()))
        .exec(&txn)
        .await
        .context("Failed to delete raw answers")?
        .rows_affected;
    held.strip(&txn, due_at).await?;
    let responses = response::Entity::delete_many()
        .filter(response::Column::ConsultationId.eq(consultation_id))
        .filter(response::Column::Id.is_not_in(held.responses.clone()))
        .exec(&txn)
        .await
        .context("Failed to delete responses")?
        .rows_affected;
    // Tombstones of withdrawn submissions go too: once no raw answer is left, a retry has
    // nothing to undo, and the consultation takes no answers any more.
    withdrawn_submission::Entity::delete_many()
        .filter(withdrawn_submission::Column::ConsultationId.eq(consultation_id))
        .exec(&txn)
        .await
        .context("Failed to delete the tombstones of withdrawn submissions")?;
    // The mark that keeps the counters (the first purge's date stays).
    instance_setting::Entity::insert(instance_setting::ActiveModel {
        key: Set(purged_key(consultation_id)),
        value: Set(now.to_rfc3339()),
        updated_at: Set(now),
    })
    .on_conflict_do_nothing()
    .exec_without_returning(&txn)
    .await
    .context("Failed to mark the consultation as purged")?;
    accounts_repo::audit(
        &txn,
        None,
        Some(c.group_id()),
        "retention_purge",
        &format!("consultation:{}", c.slug()),
        &format!(
            "responses={responses} answers={answers} quotes_kept={} safeguarding_kept={}",
            measured.quotes_kept,
            held.answers.len()
        ),
    )
    .await?;
    txn.commit().await.context("Failed to commit the purge")?;
    tracing::info!(
        consultation = consultation_id,
        responses,
        answers,
        quotes_kept = measured.quotes_kept,
        "raw answers deleted after retention"
    );
    if !held.answers.is_empty() {
        tracing::info!(
            consultation = consultation_id,
            kept = held.answers.len(),
            "possible disclosures kept until an outcome is recorded"
        );
    }
    Ok(Some(Purged {
        responses,
        answers,
        safeguarding_open: held.answers.len() as u64,
        ..measured
    }))
}

/// Rows per insert of receipt passes (well under both databases' parameter limits).
const PASS_CHUNK: usize = 500;

/// Writes a pass (keyed hash of the stored receipt hash) for every response of the
/// consultation, inside the purge's transaction.
async fn keep_receipt_passes(
    txn: &impl ConnectionTrait,
    consultation_id: i32,
) -> anyhow::Result<()> {
    let keys = Keys::load(txn)
        .await
        .context("Failed to load the instance keys")?;
    let hashes: Vec<String> = response::Entity::find()
        .select_only()
        .column(response::Column::ReceiptHash)
        .filter(response::Column::ConsultationId.eq(consultation_id))
        .into_tuple()
        .all(txn)
        .await
        .context("Failed to read the receipts to keep")?;
    for chunk in hashes.chunks(PASS_CHUNK) {
        let rows = chunk.iter().map(|hash| receipt_pass::ActiveModel {
            pass: Set(keys.receipt_pass(hash)),
            consultation_id: Set(consultation_id),
        });
        receipt_pass::Entity::insert_many(rows)
            .on_conflict_do_nothing()
            .exec_without_returning(txn)
            .await
            .context("Failed to keep the receipts of purged answers")?;
    }
    Ok(())
}

/// The consultation a receipt belonged to after its answers were purged (`receipt_hash` is
/// the stored form of the typed code), or `None`.
///
/// # Errors
/// A database error.
pub async fn consultation_of_purged_receipt(
    db: &impl ConnectionTrait,
    keys: &Keys,
    receipt_hash: &str,
) -> Result<Option<i32>, sea_orm::DbErr> {
    Ok(
        receipt_pass::Entity::find_by_id(keys.receipt_pass(receipt_hash))
            .one(db)
            .await?
            .map(|row| row.consultation_id),
    )
}

/// How often the background task looks for work: the calendar's moves and the retention
/// reminders every minute, safeguarding alerts that were held back every ten minutes, and
/// (once a day across all instances) raw answers due for deletion.
const TICK: Duration = Duration::from_secs(60);
const ALERTS_EVERY: u32 = 10;
const PURGE_EVERY: Duration = Duration::from_secs(24 * 60 * 60);
/// The advisory lock key of a background round ("backgrnd" in ASCII): with several
/// instances on one PostgreSQL database, one round runs at a time.
const ROUND_KEY: i64 = 0x6261_636b_6772_6e64;
/// When the daily purge last started, in `instance_setting` (shared by every instance).
const LAST_PURGE_KEY: &str = "background:last_purge";

/// Starts the server's background task ([`spawn_background_every`] a minute).
pub fn spawn_background(state: actix_web::web::Data<crate::state::AppState>) {
    spawn_background_every(state, TICK);
}

/// Starts the background task with its tick (a minute in the server, shorter in tests):
/// every tick one [`background_round`], safeguarding alerts held back every tenth tick. The
/// first round of a process does not purge (starting the server stays quick). Failures are
/// logged and retried next time.
pub fn spawn_background_every(state: actix_web::web::Data<crate::state::AppState>, tick: Duration) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(tick);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let mut ticks: u32 = 0;
        loop {
            ticker.tick().await;
            let work = Work {
                alerts: ticks.is_multiple_of(ALERTS_EVERY),
                purge: ticks > 0,
            };
            ticks = ticks.wrapping_add(1);
            if let Err(err) = background_round(&state, Utc::now(), work).await {
                tracing::error!(error = format!("{err:#}"), "background round failed");
            }
        }
    });
}

/// What a [`background_round`] may do besides the calendar and the reminders.
#[derive(Clone, Copy, Debug)]
pub struct Work {
    /// Send the safeguarding alerts that were held back.
    pub alerts: bool,
    /// Purge, when the last purge (by any instance) is a day old.
    pub purge: bool,
}

/// What a [`background_round`] did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Round {
    /// Another instance was running its round: this one did nothing.
    pub skipped: bool,
    /// This round ran the daily purge.
    pub purged: bool,
}

/// One round of background work, by one instance at a time: on PostgreSQL the round holds
/// a transaction-level advisory lock (`pg_try_advisory_xact_lock`, [`db::try_singleton`]) and
/// an instance that finds it taken skips its round (the holder does the work); on SQLite one
/// process owns the database file, so there is one instance. Inside the round: the
/// calendar's moves, the retention reminders, the held safeguarding alerts (when `work`
/// says so) and the daily purge (claimed in `instance_setting`, so it runs once a day
/// whichever instance holds the round). Each step is also idempotent on its own (moves are
/// guarded by the status they expect, e-mails are claimed before they are sent).
///
/// # Errors
/// A database error taking or releasing the lock, or claiming the purge; a failing step is
/// logged and retried next round.
pub async fn background_round(
    state: &crate::state::AppState,
    now: DateTime<Utc>,
    work: Work,
) -> anyhow::Result<Round> {
    let Some(lock) = db::try_singleton(&state.db, ROUND_KEY)
        .await
        .context("Failed to take the background round's lock")?
    else {
        return Ok(Round {
            skipped: true,
            purged: false,
        });
    };
    calendar(state, now).await;
    if work.alerts
        && let Err(err) = super::safeguarding::send_held_alerts(state).await
    {
        tracing::error!(error = format!("{err:#}"), "safeguarding alerts failed");
    }
    let purged = work.purge && claim_purge(&state.db, now).await?;
    if purged {
        daily_purge(state).await;
    }
    lock.release()
        .await
        .context("Failed to release the background round's lock")?;
    Ok(Round {
        skipped: false,
        purged,
    })
}

/// Claims today's purge: `true` when no instance started one in the last day (and records
/// that this one starts it now).
async fn claim_purge(db: &DatabaseConnection, now: DateTime<Utc>) -> anyhow::Result<bool> {
    let last = instance_setting::Entity::find_by_id(LAST_PURGE_KEY.to_owned())
        .one(db)
        .await
        .context("Failed to read when the last purge ran")?;
    let stamp = now.to_rfc3339();
    let claimed = match last {
        None => matches!(
            instance_setting::Entity::insert(instance_setting::ActiveModel {
                key: Set(LAST_PURGE_KEY.to_owned()),
                value: Set(stamp),
                updated_at: Set(now),
            })
            .on_conflict_do_nothing()
            .exec_without_returning(db)
            .await
            .context("Failed to record the purge")?,
            sea_orm::TryInsertResult::Inserted(1)
        ),
        Some(row) => {
            let due = DateTime::parse_from_rfc3339(&row.value).map_or(true, |at| {
                now.signed_duration_since(at)
                    .to_std()
                    .is_ok_and(|age| age >= PURGE_EVERY)
            });
            due && instance_setting::Entity::update_many()
                .col_expr(instance_setting::Column::Value, Expr::value(stamp))
                .col_expr(instance_setting::Column::UpdatedAt, Expr::value(now))
                .filter(instance_setting::Column::Key.eq(LAST_PURGE_KEY))
                .filter(instance_setting::Column::Value.eq(row.value))
                .exec(db)
                .await
                .context("Failed to record the purge")?
                .rows_affected
                == 1
        }
    };
    Ok(claimed)
}

/// The calendar's moves, then the reminders (a close may start a short retention).
async fn calendar(state: &crate::state::AppState, now: DateTime<Utc>) {
    match crate::consultations::schedule::tick_and_tell(state, now).await {
        Ok(report) if !report.moves.is_empty() => {
            tracing::info!(moves = report.moves.len(), "calendar moved consultations");
        }
        Ok(_) => {}
        Err(err) => tracing::error!(error = format!("{err:#}"), "calendar tick failed"),
    }
    if let Err(err) = super::reminder::send_due(state, now).await {
        tracing::error!(error = format!("{err:#}"), "retention reminders failed");
    }
}

async fn daily_purge(state: &crate::state::AppState) {
    match purge(&state.db, Utc::now(), false).await {
        Ok(report) if !report.consultations.is_empty() => {
            tracing::info!(
                consultations = report.consultations.len(),
                responses = report.responses(),
                answers = report.answers(),
                "retention purge done"
            );
            let told = super::safeguarding::tell_about_held(
                &state.db,
                &state.mailer,
                &state.base_url,
                &report,
            )
            .await;
            if let Err(err) = told {
                tracing::error!(
                    error = format!("{err:#}"),
                    "telling about kept disclosures failed"
                );
            }
        }
        Ok(_) => tracing::debug!("retention purge: nothing due"),
        Err(err) => {
            tracing::error!(error = format!("{err:#}"), "retention purge failed");
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn retention_is_between_one_day_and_a_year() {
        let mut s = Settings::default();
        assert_eq!(retention_days(&s), 90);
        s.retention_days = 1000;
        assert_eq!(retention_days(&s), 365);
        s.retention_days = 0;
        assert_eq!(retention_days(&s), 1);
        let closed = Utc
            .with_ymd_and_hms(2026, 1, 1, 12, 0, 0)
            .single()
            .unwrap_or_default();
        s.retention_days = 90;
        assert_eq!(
            due_at(closed, &s),
            Utc.with_ymd_and_hms(2026, 4, 1, 12, 0, 0)
                .single()
                .unwrap_or_default()
        );
    }
}
