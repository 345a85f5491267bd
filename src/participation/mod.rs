//! The young person's journey: landing, joining by code, access code, age band and consent,
//! optional demographics, questions section by section, checking, submitting (one
//! transaction, idempotent by submission id), the receipt, and withdrawal.
//!
//! - `journey`: the state machine carried in the forms (signed, never trusted);
//! - `response`: the rules every response passes, for pages and the JSON API alike;
//! - `submit`: the one path that stores a response, logs it and alerts the safeguarding lead;
//! - `store`: storing, receipts, withdrawal; `on_stored` / `on_withdrawn` are the seams for
//!   the counters kept by aggregation;
//! - `ranking`: the moves of a ranking without JavaScript (up, down, in, out);
//! - `view`: what the question partials render (shared with the authoring preview and live);
//! - `handlers`: the HTTP shell.
mod handlers;
pub mod journey;
pub mod ranking;
pub mod response;
pub mod store;
pub mod submit;
pub mod view;
pub mod writer;

use std::collections::BTreeMap;

use sea_orm::{DatabaseTransaction, DbErr};

pub use handlers::{help_href, withdrawn_before_page};
// For the other channels (text messages): the same opening rules and phase as the pages.
pub use handlers::{Availability, LandingCache, availability, load, phase_of};
pub use response::{ParsedResponse, parse_response};
pub use store::{Receipt, StoredResponse, store_response};
pub use submit::{Submitted, submit};

use crate::entities::response as response_row;
use store::AnswerRow;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    handlers::routes(cfg);
}

/// Called inside the storing transaction, right before the commit, with the responses and
/// their answer rows as stored (text already scrubbed). Aggregate counters are updated here
/// so that they always match the stored answers; an error rolls every response back.
///
/// # Errors
/// A database error, which undoes the responses.
pub async fn on_stored(txn: &DatabaseTransaction, stored: &[StoredResponse]) -> Result<(), DbErr> {
    let mut by_consultation: BTreeMap<i32, Vec<(&response_row::Model, &[AnswerRow])>> =
        BTreeMap::new();
    for s in stored {
        by_consultation
            .entry(s.response.consultation_id)
            .or_default()
            .push((&s.response, &s.answers));
    }
    for (consultation_id, responses) in by_consultation {
        crate::aggregation::apply_responses(txn, consultation_id, &responses, 1).await?;
    }
    Ok(())
}

/// Called inside the transaction that adds answers to a stored response (a live
/// participant's later answers), with the rows as stored: their questions' counters move,
/// the number of young people does not.
///
/// # Errors
/// A database error, which undoes the answers.
pub async fn on_added(
    txn: &DatabaseTransaction,
    response: &response_row::Model,
    answers: &[AnswerRow],
) -> Result<(), DbErr> {
    crate::aggregation::apply_added_answers(txn, response.consultation_id, response, answers, 1)
        .await
        .map(|_| ())
}

/// Called inside the withdrawal transaction, before the response and its answers are
/// deleted, with what is about to go: counters are decreased here.
///
/// # Errors
/// A database error, which undoes the withdrawal.
pub async fn on_withdrawn(txn: &DatabaseTransaction, stored: &StoredResponse) -> Result<(), DbErr> {
    let consultation_id = stored.response.consultation_id;
    crate::aggregation::apply_response(txn, consultation_id, &stored.response, &stored.answers, -1)
        .await
        .map(|_| ())
}
