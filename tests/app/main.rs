//! One integration test binary: every module starts real servers through `helpers`.
mod foundation;
mod helpers;
mod migrations;
