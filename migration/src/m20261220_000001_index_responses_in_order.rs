//! A consultation's responses in the order they were stored: the raw export and every other
//! walk over a consultation's responses page through them by id, which without this index
//! meant reading all of the consultation's responses for every page.
use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_index(
                Index::create()
                    .name("ix_response_consultation_id")
                    .table("response")
                    .col("consultation_id")
                    .col("id")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("ix_response_consultation_id")
                    .table("response")
                    .to_owned(),
            )
            .await
    }
}
