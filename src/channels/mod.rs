//! Channels other than the web pages: the consultation by text message (SMS), through
//! Twilio's inbound webhook or RapidPro's external channel. A conversation becomes one
//! response through the same submission path as the pages and the API.
//!
//! - `segments`: how many text messages a text costs (GSM-7 or UCS-2);
//! - `calling_codes`: a number's country, for the helpline (never kept);
//! - `conversation`: the turns of a conversation (pure);
//! - `inbound`: one message: the sender's keyed hash, floods, retries, storing;
//! - `gateway`: Twilio's signature and TwiML, RapidPro's token and send URL;
//! - `repo`: the channel's and conversations' rows;
//! - `handlers`: the webhooks and the facilitators' "Text messages" page.
pub mod calling_codes;
pub mod conversation;
pub mod gateway;
mod handlers;
pub mod inbound;
pub mod repo;
pub mod segments;

use std::time::Duration;

use actix_web::web::Data;

use crate::state::AppState;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    handlers::routes(cfg);
}

/// Deletes conversations silent for a day, every `tick` (started by `startup`): what a young
/// person who stopped answering sent is not kept.
pub fn spawn_forgetting(state: Data<AppState>, tick: Duration) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(tick);
        loop {
            interval.tick().await;
            match repo::forget_silent(&state.db, chrono::Utc::now()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(conversations = n, "silent text conversations deleted"),
                Err(err) => {
                    tracing::error!(error = %err, "deleting silent text conversations failed")
                }
            }
        }
    });
}
