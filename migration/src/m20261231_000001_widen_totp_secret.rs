//! Second-factor secrets are stored sealed (`sealed1:` and base64 of nonce, ciphertext and
//! tag: 88 characters), longer than the 64 the plain base32 secret needed. SQLite does not
//! enforce lengths, so only PostgreSQL's column changes.
use sea_orm_migration::{prelude::*, sea_orm::DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        widen(manager, 255).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        widen(manager, 64).await
    }
}

async fn widen(manager: &SchemaManager<'_>, length: u32) -> Result<(), DbErr> {
    if manager.get_database_backend() != DatabaseBackend::Postgres {
        return Ok(());
    }
    manager
        .alter_table(
            Table::alter()
                .table("account")
                .modify_column(ColumnDef::new("totp_secret").string_len(length).null())
                .to_owned(),
        )
        .await
}
