//! One integration test binary: every module starts real servers through `helpers`.
mod accounts;
mod exports;
mod fixtures;
mod foundation;
mod helpers;
mod migrations;
mod participation;
mod summaries;
