//! A consultation's calendar moves it (opens at `opens_at`, closes at `closes_at`): such a
//! move has no adult behind it and is marked `by_schedule` in the transition log. The
//! retention reminder sent to facilitators is recorded in `instance_setting`.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("consultation_transition")
                    .add_column(boolean("by_schedule").default(false))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("consultation_transition")
                    .drop_column("by_schedule")
                    .to_owned(),
            )
            .await
    }
}
