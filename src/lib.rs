//! Consulta: youth online consultations, safe, accessible and in six languages.
pub mod cli;
pub mod config;
pub mod db;
pub mod error;
pub mod i18n;
pub mod moderation;
pub mod startup;
pub mod telemetry;
pub mod web;
