//! A meeting's documents (contributions, reports, summaries) and their files, one per
//! language. The files' bytes live in the database so that every instance behind a load
//! balancer serves the same files without shared storage.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("meeting_document")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("meeting_id"))
                    .col(string("title"))
                    // contribution · report · summary · other
                    .col(string_len("kind", 16))
                    .col(string("author_org"))
                    .col(date("dated_on"))
                    // draft · published · withdrawn
                    .col(string_len("status", 16))
                    .col(text_null("withdrawn_reason"))
                    .col(timestamp_with_time_zone_null("withdrawn_at"))
                    .col(timestamp_with_time_zone_null("published_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_meeting_document_meeting_id")
                            .from("meeting_document", "meeting_id")
                            .to("meeting", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_meeting_document_meeting_id")
                    .table("meeting_document")
                    .col("meeting_id")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("document_file")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("document_id"))
                    .col(string_len("language", 8))
                    .col(string("filename"))
                    .col(string_len("content_type", 100))
                    .col(big_integer("size_bytes"))
                    .col(string_len("sha256", 64))
                    .col(blob("content"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_document_file_document_id")
                            .from("document_file", "document_id")
                            .to("meeting_document", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_document_file_document_language")
                    .table("document_file")
                    .col("document_id")
                    .col("language")
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("document_file").to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table("meeting_document").to_owned())
            .await
    }
}
