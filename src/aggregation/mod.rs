//! Aggregation: turns counts into summaries — small-group suppression, statistics, key terms of
//! free text and server-rendered SVG charts. Pure: no database, no HTTP.
//!
//! Every number that leaves the facilitators passes through [`suppression::suppress`] (tables)
//! or [`suppression::suppress_count`] / [`suppression::suppress_statistic`] (single figures).
pub mod charts;
pub mod stats;
pub mod suppression;
pub mod text;
