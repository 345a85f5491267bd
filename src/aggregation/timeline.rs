//! Responses per day for the facilitators' key figures, counted from the `response` table.
use sea_orm::{ConnectionTrait, DbBackend, DbErr, FromQueryResult, Statement};

#[derive(Debug, FromQueryResult)]
struct DayRow {
    day: String,
    n: i64,
}

/// Each day (UTC, "YYYY-MM-DD") with at least one response, in date order, and its count.
///
/// # Errors
/// A database error.
pub async fn per_day(
    db: &impl ConnectionTrait,
    consultation: i32,
) -> Result<Vec<(String, u64)>, DbErr> {
    let backend = db.get_database_backend();
    let day = match backend {
        DbBackend::Postgres => "to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')",
        _ => "substr(submitted_at, 1, 10)",
    };
    let sql = format!(
        "SELECT {day} AS day, COUNT(*) AS n FROM response WHERE consultation_id = {consultation} \
         GROUP BY {day} ORDER BY {day}"
    );
    // `consultation` is a number: nothing typed reaches this statement.
    let rows = DayRow::find_by_statement(Statement::from_string(backend, sql))
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.day, u64::try_from(r.n).unwrap_or(0)))
        .collect())
}
