//! The one way a young person's response is stored, whichever page or API brought it: the
//! writer stores it (scrubbed, flagged and counted in one transaction, idempotent by
//! submission id), then the stored response is logged and, when one of its texts may tell
//! of harm, the group's safeguarding lead is alerted.
use actix_web::web::Data;

use super::{
    ParsedResponse, Receipt,
    store::{self, StoreError, Stored},
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

/// Stores `parsed` for `c` and answers once it is committed.
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
    let mentions_harm = store::mentions_harm(c, parsed);
    let (receipt, created) = match writer.submit(c, parsed).await? {
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
