//! The text-message channel: a consultation's gateway settings and keyword
//! (`sms_channel`), and the state of unfinished conversations keyed by a keyed hash of the
//! sender's number, never the number (`sms_conversation`).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("sms_channel")
                    .if_not_exists()
                    .col(integer("consultation_id").primary_key())
                    // What young people text to start, upper case, unique in the instance.
                    .col(string_len("keyword", 32).unique_key())
                    // Key of the senders' hashes (sealed with the instance's sealing key).
                    .col(text("number_secret"))
                    // Twilio's auth token (sealed), RapidPro's send URL and token (sealed).
                    .col(text_null("twilio_token"))
                    .col(text_null("rapidpro_send_url"))
                    .col(text_null("rapidpro_token"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_sms_channel_consultation_id")
                            .from("sms_channel", "consultation_id")
                            .to("consultation", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("sms_conversation")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("consultation_id"))
                    // HMAC of the sender's number under the channel's secret (hex).
                    .col(string_len("sender", 64))
                    // Where the conversation is and the answers so far (JSON).
                    .col(text("state"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_sms_conversation_consultation_id")
                            .from("sms_conversation", "consultation_id")
                            .to("consultation", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ux_sms_conversation_sender")
                    .table("sms_conversation")
                    .col("consultation_id")
                    .col("sender")
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_sms_conversation_updated_at")
                    .table("sms_conversation")
                    .col("updated_at")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("sms_conversation").to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table("sms_channel").to_owned())
            .await
    }
}
