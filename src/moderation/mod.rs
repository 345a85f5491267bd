//! Moderation, safeguarding and data protection of free text: scrubbing personal data before
//! it is stored and flagging it ([`assess`]), the facilitators' moderation queue and quotes,
//! the safeguarding notice and the lead's alerts, retention and purge of raw answers, the
//! privacy notice of each consultation and the operator's record of processing.
//!
//! - `normalize`, `scrub`, `flags`: pure text safety (no database, no HTTP);
//! - `classifier`: the statistical check for disclosures beside the pattern lists;
//! - `evaluate`: recall and precision of the flags on the labelled corpus;
//! - `assess`: what the submission path calls for each free-text answer;
//! - `domain`: the rules of decisions, quotes and safeguarding records;
//! - `repo`: the queue's queries and writes;
//! - `safeguarding`: the thank-you page's notice and the lead's alerts;
//! - `retention`: deleting raw answers after the retention period, and the background task;
//! - `privacy`: the privacy notice and the record of processing;
//! - `handlers`: the HTTP shell (pages and JSON API).
pub mod assess;
pub mod classifier;
pub mod domain;
pub mod evaluate;
pub mod flags;
mod handlers;
pub mod normalize;
mod patterns;
pub mod privacy;
pub mod reminder;
pub mod repo;
pub mod retention;
pub mod safeguarding;
pub mod scrub;
pub mod statements;

pub use assess::{Assessment, PENDING, assess};
pub use domain::{Decision, SafeguardingState, SafeguardingStatus};
pub use flags::{Flag, FlagReason, explain, flags, pattern_files};
pub use normalize::normalize;
pub use scrub::{PiiKind, Scrubbed, scrub};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    handlers::routes(cfg);
}
