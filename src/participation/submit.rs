//! The one way a young person's response is stored, whichever page, API, text message or
//! live session brought it: its texts are scrubbed and flagged once, before any
//! transaction; a [`Keeper`] keeps it (the group-commit writer for whole responses, a live
//! session's own transaction that adds one answer to the participant's response),
//! idempotent by submission id; then a new response is logged and, when one of its texts may
//! tell of harm, the group's safeguarding lead is alerted.
use std::future::Future;

use actix_web::web::Data;
use sea_orm::DbErr;

use super::{
    ParsedResponse, Receipt,
    store::{Prepared, StoreError, Stored},
    writer::Writer,
};
use crate::{consultations::Consultation, moderation::safeguarding, state::AppState};

/// Where a prepared response is kept. Each keeper has its own refusals (a live question
/// that closed, a submission id used with other answers); every one of them can meet the
/// database.
pub trait Keeper {
    type Error: From<DbErr>;

    /// Keeps `prepared`, once: a retry answers [`Stored::Repeated`].
    fn keep(&self, prepared: Prepared) -> impl Future<Output = Result<Stored, Self::Error>>;
}

/// Whole responses go through the group-commit writer.
impl Keeper for Writer {
    type Error = StoreError;

    async fn keep(&self, prepared: Prepared) -> Result<Stored, StoreError> {
        self.submit(prepared).await
    }
}

/// What became of a submission.
pub struct Submitted {
    pub receipt: Receipt,
    /// A new response (not a retry of a stored one).
    pub created: bool,
    /// One of its texts may tell of harm: show where to get help at once.
    pub mentions_harm: bool,
}

/// Stores `parsed` for `c` with `keeper` and answers once it is kept: a new response is
/// logged and, when one of its texts may tell of harm, the safeguarding lead alerted; a retry
/// of a stored one does neither again.
///
/// # Errors
/// The keeper's refusals, or the database.
pub async fn submit<K: Keeper>(
    state: &Data<AppState>,
    keeper: &K,
    c: &Consultation,
    parsed: &ParsedResponse,
) -> Result<Submitted, K::Error> {
    let prepared = Prepared::new(state.keys.get().await?, c, parsed);
    let mentions_harm = prepared.mentions_harm();
    let (receipt, created) = match keeper.keep(prepared).await? {
        Stored::Created(receipt) => (receipt, true),
        Stored::Repeated(receipt) => (receipt, false),
    };
    if created {
        tracing::debug!(consultation = c.id(), "response stored");
        if mentions_harm {
            safeguarding::alert_after_submission(state, c);
        }
    }
    Ok(Submitted {
        receipt,
        created,
        mentions_harm,
    })
}
