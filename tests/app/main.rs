//! One integration test binary: every module starts real servers through `helpers`.
mod accounts;
mod authoring_api;
mod authoring_pages;
mod demo;
mod fixtures;
mod foundation;
mod helpers;
mod migrations;
mod participation;
mod security;
