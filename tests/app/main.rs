//! One integration test binary: every module starts real servers through `helpers`.
mod access_matrix;
mod account_links;
mod accounts;
mod admin;
mod authoring_api;
mod authoring_pages;
mod demo;
mod faults;
mod fixtures;
mod foundation;
mod helpers;
mod migrations;
mod moderation;
mod participation;
mod second_factor;
mod security;
mod smtp_sink;
