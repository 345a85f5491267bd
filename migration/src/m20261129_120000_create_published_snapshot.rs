//! What a publication freezes: the public summary document of a consultation, per enabled
//! language, as JSON, so later changes (withdrawals, moderation, purges) do not alter it.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("published_snapshot")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("consultation_id"))
                    .col(string_len("language", 8))
                    .col(text("document"))
                    .col(timestamp_with_time_zone("published_at"))
                    .foreign_key(
                        fk("published_snapshot", "consultation_id", "consultation")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .index(
                        Index::create()
                            .name("ux_published_snapshot_language")
                            .col("consultation_id")
                            .col("language")
                            .unique(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("published_snapshot").to_owned())
            .await
    }
}

fn fk(from: &'static str, col: &'static str, to: &'static str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{from}_{col}"))
        .from(from, col)
        .to(to, "id")
        .to_owned()
}
