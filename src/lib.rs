//! Consulta: youth online consultations, safe, accessible and in six languages.
pub mod accounts;
pub mod aggregation;
pub mod bench;
pub mod cli;
pub mod config;
pub mod consultations;
pub mod db;
pub mod entities;
pub mod error;
pub mod i18n;
pub mod mail;
pub mod moderation;
pub mod participation;
pub mod startup;
pub mod telemetry;
pub mod web;
