//! Publishing: a facilitator publishes a closed consultation (preconditions, audit entry, a
//! frozen public snapshot per language); public result pages `/results` and
//! `/results/{slug}` with no password; "what we did with your views" written per language
//! and shown to young people holding a receipt code (`/feedback`); the open-data feed
//! `/api/v1/results`.
mod handlers;
pub mod headlines;
pub mod lifecycle;
pub mod repo;

pub use repo::{PublishError, check_can_publish, publish};

/// The licence of published results in the open-data feed.
pub const LICENCE: &str = "CC-BY-4.0";
/// Its human-readable name and where to read it.
pub const LICENCE_URL: &str = "https://creativecommons.org/licenses/by/4.0/";

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    handlers::routes(cfg);
    lifecycle::routes(cfg);
}
