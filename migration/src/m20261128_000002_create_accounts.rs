//! Adults: accounts, working groups, memberships with a role, server-side sessions, API
//! tokens and the audit log. Young people never have rows here.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("work_group")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(string_len_uniq("slug", 80))
                    .col(string_len("name", 200))
                    .col(timestamp_with_time_zone("created_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("account")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(string_len_uniq("email", 254))
                    .col(string_len("display_name", 100))
                    .col(string_len("password_hash", 200))
                    .col(boolean("is_admin").default(false))
                    .col(string_len("locale", 8).default("en"))
                    .col(string_len_null("totp_secret", 64))
                    .col(boolean("totp_enabled").default(false))
                    .col(integer("failed_logins").default(0))
                    .col(timestamp_with_time_zone_null("locked_until"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("membership")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("account_id"))
                    .col(integer("group_id"))
                    .col(string_len("role", 20))
                    .col(boolean("safeguarding_lead").default(false))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(
                        fk("membership", "account_id", "account")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        fk("membership", "group_id", "work_group")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .index(
                        Index::create()
                            .name("ux_membership_account_group")
                            .col("account_id")
                            .col("group_id")
                            .unique(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("session")
                    .if_not_exists()
                    .col(string_len("id", 64).primary_key())
                    .col(integer("account_id"))
                    .col(string_len("csrf_token", 64))
                    .col(boolean("second_factor_done").default(false))
                    .col(string_len("device", 100).default(""))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("last_seen_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .foreign_key(
                        fk("session", "account_id", "account").on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("api_token")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("account_id"))
                    .col(string_len("name", 100))
                    .col(string_len_uniq("token_hash", 64))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("last_used_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .foreign_key(
                        fk("api_token", "account_id", "account")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("audit_log")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(timestamp_with_time_zone("at"))
                    .col(integer_null("actor_account_id"))
                    .col(integer_null("group_id"))
                    .col(string_len("action", 60))
                    .col(string_len("target", 200).default(""))
                    .col(text("details").default(""))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_audit_log_at")
                    .table("audit_log")
                    .col("at")
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "audit_log",
            "api_token",
            "session",
            "membership",
            "account",
            "work_group",
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
