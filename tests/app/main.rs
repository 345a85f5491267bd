//! One integration test binary: every module starts real servers through `helpers`.
mod accounts;
mod foundation;
mod helpers;
mod migrations;
mod moderation;
