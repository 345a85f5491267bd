//! Moderation and safeguarding records: approved quotes (kept when raw answers are deleted,
//! with the question, language and age band only), the safeguarding lead's record of what
//! was done about a flagged answer, and each answer's safeguarding review status.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("quote")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("consultation_id"))
                    // The answer it was approved from, until raw answers are deleted
                    // (then NULL); withdrawing the answer deletes the quote with it.
                    .col(integer_null("answer_id"))
                    .col(string_len("question_key", 64))
                    .col(string_len("language", 8))
                    .col(string_len_null("age_band", 20))
                    .col(text("text"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_quote_consultation_id")
                            .from("quote", "consultation_id")
                            .to("consultation", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_quote_answer_id")
                            .from("quote", "answer_id")
                            .to("answer", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_quote_consultation")
                    .table("quote")
                    .col("consultation_id")
                    .col("question_key")
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_quote_answer")
                    .table("quote")
                    .col("answer_id")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("safeguarding_action")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("consultation_id"))
                    // NULL once the answer is withdrawn or deleted after retention: the
                    // record of what was done stays, the young person's text does not.
                    .col(integer_null("answer_id"))
                    .col(string_len("status", 20))
                    .col(text("note"))
                    .col(integer_null("account_id"))
                    .col(timestamp_with_time_zone("at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_safeguarding_action_consultation_id")
                            .from("safeguarding_action", "consultation_id")
                            .to("consultation", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_safeguarding_action_answer_id")
                            .from("safeguarding_action", "answer_id")
                            .to("answer", "id")
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_safeguarding_action_account_id")
                            .from("safeguarding_action", "account_id")
                            .to("account", "id")
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_safeguarding_action_answer")
                    .table("safeguarding_action")
                    .col("answer_id")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("answer")
                    .add_column(string_len_null("safeguarding_status", 20))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_answer_moderation")
                    .table("answer")
                    .col("consultation_id")
                    .col("moderation_status")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("ix_answer_moderation")
                    .table("answer")
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("answer")
                    .drop_column("safeguarding_status")
                    .to_owned(),
            )
            .await?;
        for table in ["safeguarding_action", "quote"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
