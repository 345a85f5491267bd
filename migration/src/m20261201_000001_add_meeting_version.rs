//! Meetings get a version for optimistic concurrency (two facilitators editing one meeting
//! are told, not overwritten), and the group's meetings and consultations get indexes.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("meeting")
                    .add_column(integer("version").default(1))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_meeting_group")
                    .table("meeting")
                    .col("group_id")
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_consultation_group")
                    .table("consultation")
                    .col("group_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("ix_consultation_group")
                    .table("consultation")
                    .to_owned(),
            )
            .await?;
        manager
            .drop_index(
                Index::drop()
                    .name("ix_meeting_group")
                    .table("meeting")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("meeting")
                    .drop_column("version")
                    .to_owned(),
            )
            .await
    }
}
