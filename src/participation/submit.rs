//! The one way a young person's response is stored, whichever page, API or live session
//! brought it: its texts are scrubbed and flagged once, before any transaction; a store
//! keeps it (the group-commit writer, or a live session's own transaction that adds answers
//! to the participant's response), idempotent by submission id; then [`after_storing`] logs
//! a new response and, when one of its texts may tell of harm, alerts the group's
//! safeguarding lead.
use actix_web::web::Data;

use super::{
    ParsedResponse, Receipt,
    store::{Prepared, StoreError, Stored},
    writer::Writer,
};
use crate::{consultations::Consultation, moderation::safeguarding, state::AppState};

/// What became of a submission.
pub struct Submitted {
    pub receipt: Receipt,
    /// A new response (not a retry of a stored one).
    pub created: bool,
    /// One of its texts may tell of harm: show where to get help at once.
    pub mentions_harm: bool,
}

/// Stores `parsed` for `c` through the writer and answers once it is committed.
///
/// # Errors
/// [`StoreError`]: the submission id used with other content, withdrawn before, or the
/// database.
pub async fn submit(
    state: &Data<AppState>,
    writer: &Writer,
    c: &Consultation,
    parsed: &ParsedResponse,
) -> Result<Submitted, StoreError> {
    let prepared = Prepared::new(state.keys.get().await?, c, parsed);
    let mentions_harm = prepared.mentions_harm();
    let stored = writer.submit(prepared).await?;
    Ok(after_storing(state, c, stored, mentions_harm))
}

/// What follows a stored submission, whichever store kept it: a new response is logged and,
/// when `mentions_harm` ([`Prepared::mentions_harm`]), the safeguarding lead alerted; a
/// retry of a stored one does neither again.
pub fn after_storing(
    state: &Data<AppState>,
    c: &Consultation,
    stored: Stored,
    mentions_harm: bool,
) -> Submitted {
    let (receipt, created) = match stored {
        Stored::Created(receipt) => (receipt, true),
        Stored::Repeated(receipt) => (receipt, false),
    };
    if created {
        tracing::debug!(consultation = c.id(), "response stored");
        if mentions_harm {
            safeguarding::alert_after_submission(state, c);
        }
    }
    Submitted {
        receipt,
        created,
        mentions_harm,
    }
}
