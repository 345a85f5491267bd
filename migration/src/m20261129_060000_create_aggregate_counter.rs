//! Aggregate counters: young people per consultation, question, value and demographic group,
//! kept up to date in each submission's transaction so summaries never scan the answers.
//!
//! One row counts young people for one key:
//! - `dimension` is `all`, `age_band`, `country`, `gender`, `language` or `phase`, and
//!   `dimension_value` the group (`''` for `all` and for "not stated");
//! - `question_key` is a question's key, or `*` with `kind` `r` for whole responses;
//! - `kind` says what is counted: `r` responses, `a` answered the question, `o` chose option
//!   `code`, `k` placed option `code` at `position` (rankings), `n` gave the number `number`;
//! - `shard` spreads hot rows so concurrent submissions on PostgreSQL do not queue on one row
//!   lock (readers sum over shards; SQLite has one writer and uses shard 0).
//!
//! Unused parts of the key are `''` or `0`, never NULL, so the primary key works as the
//! conflict target of `INSERT … ON CONFLICT … DO UPDATE SET count = count + excluded.count`.
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const KEY: [&str; 9] = [
    "consultation_id",
    "dimension",
    "dimension_value",
    "question_key",
    "kind",
    "code",
    "position",
    "number",
    "shard",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut key = Index::create();
        key.name("pk_aggregate_counter");
        for column in KEY {
            key.col(column);
        }
        manager
            .create_table(
                Table::create()
                    .table("aggregate_counter")
                    .if_not_exists()
                    .col(integer("consultation_id"))
                    .col(string_len("dimension", 12))
                    .col(string_len("dimension_value", 40))
                    .col(string_len("question_key", 64))
                    .col(string_len("kind", 1))
                    .col(string_len("code", 64))
                    .col(integer("position"))
                    .col(double("number"))
                    .col(small_integer("shard"))
                    .col(big_integer("count"))
                    .primary_key(&mut key)
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_aggregate_counter_consultation_id")
                            .from("aggregate_counter", "consultation_id")
                            .to("consultation", "id")
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table("aggregate_counter").to_owned())
            .await
    }
}
