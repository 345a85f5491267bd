//! The report of an imported form (XLSForm, LimeSurvey), kept with the draft it made until
//! a facilitator dismisses it.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("import_report")
                    .if_not_exists()
                    .col(integer("consultation_id").primary_key())
                    // The report as JSON.
                    .col(text("report"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_import_report_consultation_id")
                            .from("import_report", "consultation_id")
                            .to("consultation", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("import_report").to_owned())
            .await
    }
}
