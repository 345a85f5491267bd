//! Tombstones of withdrawn submissions: a keyed hash of the consultation and the submission
//! id, nothing of what was answered. A retry of a withdrawn submission meets it and is
//! refused (410) instead of storing the answers again. The consultation id is kept so the
//! tombstones go with the consultation's purge.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("withdrawn_submission")
                    .if_not_exists()
                    // HMAC-SHA256 in hex: the key lookup of every submission.
                    .col(string_len("tombstone", 64).primary_key())
                    .col(integer("consultation_id"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_withdrawn_submission_consultation_id")
                            .from("withdrawn_submission", "consultation_id")
                            .to("consultation", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_withdrawn_submission_consultation")
                    .table("withdrawn_submission")
                    .col("consultation_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("withdrawn_submission").to_owned())
            .await
    }
}
