//! One integration test binary: every module starts real servers through `helpers`.
mod access_matrix;
mod account_links;
mod accounts;
mod admin;
mod foundation;
mod helpers;
mod migrations;
mod second_factor;
mod smtp_sink;
