//! Live meeting mode: a facilitator starts a session for a consultation's "during the
//! meeting" phase, young people join with a short code (or its QR code) and answer one
//! question at a time on their phones, and the projector shows the results as they come.
//!
//! - `domain`: question states, the participant's signed cookie, how an answer is stored;
//! - `repo`: sessions, question states and answers in the database (the source of truth);
//! - `snapshot`: what every screen shows, read once per change;
//! - `hub`: the broadcast per session, LISTEN/NOTIFY across instances, SSE stream caps;
//! - `handlers`: participant pages, presenter view, control page and the event streams;
//! - `bench`: a load generator for `consulta bench`.
pub mod domain;
mod handlers;
pub mod hub;
pub mod joining;
pub mod repo;
pub mod snapshot;

pub use hub::Hub;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    handlers::routes(cfg);
}
