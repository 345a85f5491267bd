//! The group's yearly and final reports: the facilitators' introduction and conclusions per
//! period (`2026` or `2024-2026`) and language, published together; and each consultation's
//! key findings per language, which the reports show beside its figures.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("report_draft")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("group_id"))
                    // `2026` (a yearly report) or `2024-2026` (a final report)
                    .col(string_len("period", 9))
                    .col(string_len("language", 8))
                    .col(text("introduction"))
                    .col(text("conclusions"))
                    // set on every language of the period when the report is published
                    .col(timestamp_with_time_zone_null("published_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_report_draft_group_id")
                            .from("report_draft", "group_id")
                            .to("work_group", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_report_draft_group_period_language")
                    .table("report_draft")
                    .col("group_id")
                    .col("period")
                    .col("language")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("consultation_finding")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("consultation_id"))
                    .col(string_len("language", 8))
                    .col(text("findings"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_consultation_finding_consultation_id")
                            .from("consultation_finding", "consultation_id")
                            .to("consultation", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_consultation_finding_consultation_language")
                    .table("consultation_finding")
                    .col("consultation_id")
                    .col("language")
                    .unique()
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("consultation_finding").to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table("report_draft").to_owned())
            .await
    }
}
