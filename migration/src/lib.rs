//! Database schema changes, one reversible file per change, in order. Migrations never use
//! the app's entities, so an old migration keeps working as the code moves on.
pub use sea_orm_migration::{MigrationStatus, prelude::*};

mod m20261128_000001_create_instance_settings;
mod m20261128_000002_create_accounts;
mod m20261128_000003_create_consultations;
mod m20261129_060000_create_aggregate_counter;
mod m20261129_120000_create_live_sessions;
mod m20261129_120000_create_published_snapshot;
mod m20261201_000001_add_meeting_version;
mod m20261201_100000_create_account_links;
mod m20261210_000001_create_moderation_records;
mod m20261220_000001_index_responses_in_order;
mod m20261230_000001_create_withdrawn_submission;
mod m20261231_000001_widen_totp_secret;
mod m20270110_000001_add_transition_by_schedule;
mod m20270110_000002_create_publication_withdrawal;
mod m20270110_000003_create_receipt_pass;
mod m20270130_000001_live_answer_per_question;
mod m20270301_000001_create_import_report;
mod m20270402_000001_create_meeting_documents;
mod m20270403_000001_create_sms_channel;
mod m20270501_000001_create_reports;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261128_000001_create_instance_settings::Migration),
            Box::new(m20261128_000002_create_accounts::Migration),
            Box::new(m20261128_000003_create_consultations::Migration),
            Box::new(m20261129_060000_create_aggregate_counter::Migration),
            Box::new(m20261129_120000_create_live_sessions::Migration),
            Box::new(m20261129_120000_create_published_snapshot::Migration),
            Box::new(m20261201_000001_add_meeting_version::Migration),
            Box::new(m20261201_100000_create_account_links::Migration),
            Box::new(m20261210_000001_create_moderation_records::Migration),
            Box::new(m20261220_000001_index_responses_in_order::Migration),
            Box::new(m20261230_000001_create_withdrawn_submission::Migration),
            Box::new(m20261231_000001_widen_totp_secret::Migration),
            Box::new(m20270110_000001_add_transition_by_schedule::Migration),
            Box::new(m20270110_000002_create_publication_withdrawal::Migration),
            Box::new(m20270110_000003_create_receipt_pass::Migration),
            Box::new(m20270130_000001_live_answer_per_question::Migration),
            Box::new(m20270301_000001_create_import_report::Migration),
            Box::new(m20270402_000001_create_meeting_documents::Migration),
            Box::new(m20270403_000001_create_sms_channel::Migration),
            Box::new(m20270501_000001_create_reports::Migration),
        ]
    }
}
