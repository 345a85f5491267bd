//! Aggregation: turns counts into summaries — small-group suppression, statistics, key terms of
//! free text, server-rendered SVG charts — and keeps the counts: aggregate counters updated in
//! each submission's transaction, read back for summaries, the summary API and page.
//!
//! Pure parts (no database, no HTTP): `suppression`, `linked`, `stats`, `text`, `charts`,
//! `summary`. Database: `counters`, `query` (who reads as whom, and the summary for a reader) (the counters, [`counters::apply_response`] and
//! [`counters::rebuild`]), `texts` (free text on demand), `bench`. HTTP: `handlers`.
//!
//! Every number that leaves the facilitators passes through [`suppression::suppress`] (tables),
//! [`linked`] (a summary's linked figures, with the same rules) or
//! [`suppression::suppress_count`] / [`suppression::suppress_statistic`] (single figures).
pub mod bars;
pub mod charts;
pub mod counters;
pub mod document;
mod handlers;
pub mod linked;
pub mod opinion;
mod opinion_handlers;
pub mod opinion_page;
pub mod opinion_query;
mod page;
pub mod query;
pub mod stats;
pub mod summary;
pub mod suppression;
pub mod text;
pub mod texts;
pub mod timeline;

pub use counters::{
    Dimension, RebuildError, apply_added_answers, apply_response, apply_responses, rebuild,
};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    handlers::routes(cfg);
    opinion_handlers::routes(cfg);
}
