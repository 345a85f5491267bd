//! The young person's journey: landing, joining by code, access code, age band and consent,
//! optional demographics, questions section by section, checking, submitting (one
//! transaction, idempotent by submission id), the receipt, and withdrawal.
//!
//! - `journey`: the state machine carried in the forms (signed, never trusted);
//! - `response`: the rules every response passes, for pages and the JSON API alike;
//! - `store`: storing, receipts, withdrawal; `on_stored` / `on_withdrawn` are the seams for
//!   the counters kept by aggregation;
//! - `view`: what the question partials render (shared with the authoring preview and live);
//! - `handlers`: the HTTP shell.
pub mod countries;
pub mod form;
mod handlers;
pub mod joining;
pub mod journey;
pub mod response;
pub mod store;
pub mod view;

use sea_orm::{DatabaseTransaction, DbErr};

pub use handlers::help_href;
pub use response::{ParsedResponse, parse_response};
pub use store::{Receipt, StoredResponse, store_response};

use crate::consultations::Consultation;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    handlers::routes(cfg);
}

/// Called inside the storing transaction, right before the commit, with the response and
/// its answer rows as stored (text already scrubbed). Aggregate counters are updated here so
/// that they always match the stored answers; an error rolls the whole response back.
///
/// # Errors
/// A database error, which undoes the response.
pub async fn on_stored(
    txn: &DatabaseTransaction,
    consultation: &Consultation,
    stored: &StoredResponse,
) -> Result<(), DbErr> {
    crate::aggregation::apply_response(txn, consultation.id(), &stored.response, &stored.answers, 1)
        .await
        .map(|_| ())
}

/// Called inside the withdrawal transaction, before the response and its answers are
/// deleted, with what is about to go: counters are decreased here.
///
/// # Errors
/// A database error, which undoes the withdrawal.
pub async fn on_withdrawn(
    txn: &DatabaseTransaction,
    consultation_id: i32,
    stored: &StoredResponse,
) -> Result<(), DbErr> {
    crate::aggregation::apply_response(txn, consultation_id, &stored.response, &stored.answers, -1)
        .await
        .map(|_| ())
}
