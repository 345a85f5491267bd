//! Live meeting sessions: a session per running meeting poll (its join code, its current
//! question and a state version that grows with every change), the state of each question
//! in it, and which stored response answered which question of which session.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("live_session")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("consultation_id"))
                    .col(string_len_uniq("join_code", 12))
                    .col(string_len("status", 20))
                    .col(string_len("previous_status", 20))
                    .col(string_len_null("current_question", 64))
                    .col(big_integer("version").default(1))
                    .col(integer_null("started_by"))
                    .col(timestamp_with_time_zone("started_at"))
                    .col(timestamp_with_time_zone_null("closed_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        fk("live_session", "consultation_id", "consultation")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_live_session_consultation")
                    .table("live_session")
                    .col("consultation_id")
                    .col("status")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("live_question")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("session_id"))
                    .col(string_len("question_key", 64))
                    .col(string_len("state", 20))
                    .col(boolean("revealed").default(false))
                    .foreign_key(
                        fk("live_question", "session_id", "live_session")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .index(
                        Index::create()
                            .name("ux_live_question")
                            .col("session_id")
                            .col("question_key")
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("live_answer")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("session_id"))
                    .col(string_len("question_key", 64))
                    .col(integer_uniq("response_id"))
                    .col(string_len("language", 8))
                    .foreign_key(
                        fk("live_answer", "session_id", "live_session")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        fk("live_answer", "response_id", "response")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_live_answer_question")
                    .table("live_answer")
                    .col("session_id")
                    .col("question_key")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["live_answer", "live_question", "live_session"] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}

/// `fk_<table>_<column>` to `<target>.id`.
fn fk(
    table: &'static str,
    column: &'static str,
    target: &'static str,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{column}"))
        .from(table, column)
        .to(target, "id")
        .to_owned()
}
