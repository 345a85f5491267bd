//! One integration test binary: every module starts real servers through `helpers`.
mod accounts;
mod fixtures;
mod foundation;
mod live;
mod helpers;
mod migrations;
mod participation;
