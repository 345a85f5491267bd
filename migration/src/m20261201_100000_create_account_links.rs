//! Adults, continued: invitations and password resets sent by e-mail (single use, only the
//! token's hash stored), second-factor recovery codes (hashed, single use), and the last
//! time step a TOTP code was accepted for (so a code cannot be replayed).
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("invitation")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(string_len_uniq("token_hash", 64))
                    .col(string_len("email", 254))
                    // NULL with role `admin`: an invitation to become an administrator.
                    .col(integer_null("group_id"))
                    .col(string_len("role", 20))
                    .col(string_len("locale", 8))
                    .col(integer_null("invited_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .col(timestamp_with_time_zone_null("revoked_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_invitation_group_id")
                            .from("invitation", "group_id")
                            .to("work_group", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("ix_invitation_email")
                    .table("invitation")
                    .col("email")
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("password_reset")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(string_len_uniq("token_hash", 64))
                    .col(integer("account_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_password_reset_account_id")
                            .from("password_reset", "account_id")
                            .to("account", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("recovery_code")
                    .if_not_exists()
                    .col(pk_auto("id"))
                    .col(integer("account_id"))
                    .col(string_len("code_hash", 64))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_recovery_code_account_id")
                            .from("recovery_code", "account_id")
                            .to("account", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table("account")
                    .add_column(big_integer_null("totp_last_step"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("account")
                    .drop_column("totp_last_step")
                    .to_owned(),
            )
            .await?;
        for table in ["recovery_code", "password_reset", "invitation"] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
