//! Receipts outlive the purge: when a consultation's raw answers are deleted, each receipt
//! leaves a keyed hash (HMAC with the instance secret of the stored receipt hash) and the
//! consultation, nothing else, so the receipt still opens "what we did with your views".
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("receipt_pass")
                    .if_not_exists()
                    // HMAC-SHA256 in hex.
                    .col(string_len("pass", 64).primary_key())
                    .col(integer("consultation_id"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_receipt_pass_consultation_id")
                            .from("receipt_pass", "consultation_id")
                            .to("consultation", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_receipt_pass_consultation")
                    .table("receipt_pass")
                    .col("consultation_id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("receipt_pass").to_owned())
            .await
    }
}
