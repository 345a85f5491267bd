//! One integration test binary: every module starts real servers through `helpers`.
mod account_links;
mod accounts;
mod foundation;
mod helpers;
mod migrations;
mod smtp_sink;
