//! A live participant is one response per session with one `live_answer` row per question
//! they answered: `live_answer.response_id` is no longer unique; (response, session,
//! question) is. SQLite cannot drop a column's UNIQUE, so the table is made again (its rows
//! copied; nothing refers to their ids).
use sea_orm_migration::{prelude::*, schema::*, sea_orm::DatabaseBackend};

#[derive(DeriveMigrationName)]
pub struct Migration;

const NEW: &str = "live_answer_v2";

fn fk(
    table: &'static str,
    column: &'static str,
    target: &'static str,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{column}"))
        .from(table, column)
        .to(target, "id")
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

/// Makes `name` as `live_answer`, with `response_id` unique or not.
fn table(name: &'static str, unique_response: bool) -> TableCreateStatement {
    let response = if unique_response {
        integer_uniq("response_id")
    } else {
        integer("response_id")
    };
    Table::create()
        .table(name)
        .col(pk_auto("id"))
        .col(integer("session_id"))
        .col(string_len("question_key", 64))
        .col(response)
        .col(string_len("language", 8))
        .foreign_key(&mut fk(name, "session_id", "live_session"))
        .foreign_key(&mut fk(name, "response_id", "response"))
        .to_owned()
}

/// Copies the rows of `live_answer` into the table `to` makes (unique response or not),
/// drops it and names `to` `live_answer`, with its indexes. On SQLite in one batch on one
/// connection: statements spread over a pool's connections may see the schema before the
/// drop.
async fn replace(
    manager: &SchemaManager<'_>,
    to: &'static str,
    unique_response: bool,
) -> Result<(), DbErr> {
    let unique = if unique_response {
        ""
    } else {
        "CREATE UNIQUE INDEX ux_live_answer_response_question \
         ON live_answer (response_id, session_id, question_key);"
    };
    let create = match manager.get_database_backend() {
        DatabaseBackend::Sqlite => table(to, unique_response).to_string(SqliteQueryBuilder),
        _ => table(to, unique_response).to_string(PostgresQueryBuilder),
    };
    let batch = format!(
        "{create}; \
         INSERT INTO {to} (session_id, question_key, response_id, language) \
         SELECT session_id, question_key, response_id, language FROM live_answer; \
         DROP TABLE live_answer; \
         ALTER TABLE {to} RENAME TO live_answer; \
         CREATE INDEX ix_live_answer_session_question ON live_answer (session_id, question_key); \
         {unique}"
    );
    let db = manager.get_connection();
    if manager.get_database_backend() == DatabaseBackend::Sqlite {
        db.execute_unprepared(&format!("BEGIN IMMEDIATE; {batch} COMMIT;"))
            .await?;
    } else {
        db.execute_unprepared(&batch).await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        replace(manager, NEW, false).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Only the first answer of each response fits the old shape.
        manager
            .get_connection()
            .execute_unprepared(
                "DELETE FROM live_answer WHERE id NOT IN \
                 (SELECT MIN(id) FROM live_answer GROUP BY response_id)",
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX IF EXISTS ux_live_answer_response_question")
            .await?;
        replace(manager, "live_answer_v1", true).await
    }
}
