//! Instance-wide values shared by every Consulta process on one database (e.g. secrets
//! generated on first start, the one-time setup link's state).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("instance_setting")
                    .if_not_exists()
                    .col(string_len("key", 100).primary_key())
                    .col(text("value"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("instance_setting").to_owned())
            .await
    }
}
