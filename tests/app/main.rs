//! One integration test binary: every module starts real servers through `helpers`.
mod accounts;
mod fixtures;
mod foundation;
mod helpers;
mod migrations;
mod moderation;
mod participation;
