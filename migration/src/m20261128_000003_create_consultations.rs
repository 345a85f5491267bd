//! Meetings, consultations (the definition is one JSON document: texts in every language,
//! sections, questions, options, conditions, settings), their lifecycle transitions, and the
//! young people's responses with one row per answer.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("meeting")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("group_id"))
                    .col(string_len("title", 200))
                    .col(date("starts_on"))
                    .col(date_null("ends_on"))
                    .col(string_len("place", 200).default(""))
                    .col(boolean("is_online").default(false))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        fk("meeting", "group_id", "work_group")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("consultation")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("group_id"))
                    .col(integer_null("meeting_id"))
                    .col(string_len_uniq("slug", 80))
                    .col(string_len_uniq("join_code", 12))
                    .col(string_len("status", 20))
                    .col(string_len("default_language", 8))
                    .col(text("definition"))
                    .col(integer("version").default(1))
                    .col(timestamp_with_time_zone_null("opens_at"))
                    .col(timestamp_with_time_zone_null("closes_at"))
                    .col(timestamp_with_time_zone_null("closed_at"))
                    .col(timestamp_with_time_zone_null("published_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        fk("consultation", "group_id", "work_group")
                            .on_delete(ForeignKeyAction::Restrict),
                    )
                    .foreign_key(
                        fk("consultation", "meeting_id", "meeting")
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("consultation_transition")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("consultation_id"))
                    .col(string_len("from_status", 20))
                    .col(string_len("to_status", 20))
                    .col(integer_null("actor_account_id"))
                    .col(timestamp_with_time_zone("at"))
                    .foreign_key(
                        fk("consultation_transition", "consultation_id", "consultation")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("response")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("consultation_id"))
                    .col(string_len("submission_id", 36))
                    .col(string_len("content_hash", 64))
                    .col(string_len_uniq("receipt_hash", 64))
                    .col(string_len("language", 8))
                    .col(string_len_null("age_band", 20))
                    .col(string_len_null("country", 2))
                    .col(string_len_null("gender", 40))
                    .col(string_len("phase", 10))
                    .col(timestamp_with_time_zone("submitted_at"))
                    .foreign_key(
                        fk("response", "consultation_id", "consultation")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .index(
                        Index::create()
                            .name("ux_response_submission")
                            .col("consultation_id")
                            .col("submission_id")
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("answer")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("response_id"))
                    .col(integer("consultation_id"))
                    .col(string_len("question_key", 64))
                    .col(string_len_null("option_code", 64))
                    .col(integer_null("position"))
                    .col(double_null("number_value"))
                    .col(text_null("text_value"))
                    .col(string_len_null("moderation_status", 20))
                    .col(string_len_null("flags", 200))
                    .foreign_key(
                        fk("answer", "response_id", "response")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_answer_response")
                    .table("answer")
                    .col("response_id")
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_answer_question")
                    .table("answer")
                    .col("consultation_id")
                    .col("question_key")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "answer",
            "response",
            "consultation_transition",
            "consultation",
            "meeting",
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}

fn fk(from: &'static str, column: &'static str, to: &'static str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{from}_{column}"))
        .from(from, column)
        .to(to, "id")
        .to_owned()
}
