//! Published results stay published (archiving keeps them); only an administrator withdraws
//! them, with a reason the public then sees in their place (410). One row per withdrawn
//! publication.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("publication_withdrawal")
                    .if_not_exists()
                    .col(integer("consultation_id").primary_key())
                    .col(text("reason"))
                    .col(integer_null("withdrawn_by"))
                    .col(timestamp_with_time_zone("withdrawn_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_publication_withdrawal_consultation_id")
                            .from("publication_withdrawal", "consultation_id")
                            .to("consultation", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("publication_withdrawal").to_owned())
            .await
    }
}
