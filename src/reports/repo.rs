//! The reports' texts: the introduction and conclusions per group, period and language, and
//! each consultation's key findings per language.
use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait,
    QueryFilter, QueryOrder, sea_query::Expr,
};

use crate::entities::{consultation_finding, report_draft};

/// Every language's texts of a report.
///
/// # Errors
/// The database error.
pub async fn drafts(
    db: &impl ConnectionTrait,
    group_id: i32,
    period: &str,
) -> Result<Vec<report_draft::Model>, DbErr> {
    report_draft::Entity::find()
        .filter(report_draft::Column::GroupId.eq(group_id))
        .filter(report_draft::Column::Period.eq(period))
        .order_by_asc(report_draft::Column::Language)
        .all(db)
        .await
}

/// The periods of a group's published reports, newest first.
///
/// # Errors
/// The database error.
pub async fn published_periods(
    db: &impl ConnectionTrait,
    group_id: i32,
) -> Result<Vec<String>, DbErr> {
    let mut periods: Vec<String> = report_draft::Entity::find()
        .filter(report_draft::Column::GroupId.eq(group_id))
        .filter(report_draft::Column::PublishedAt.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .map(|d| d.period)
        .collect();
    periods.sort_by(|a, b| b.cmp(a));
    periods.dedup();
    Ok(periods)
}

/// Stores one language's introduction and conclusions (the row is made on first save).
///
/// # Errors
/// The database error.
pub async fn save_texts(
    db: &impl ConnectionTrait,
    group_id: i32,
    period: &str,
    language: &str,
    introduction: &str,
    conclusions: &str,
) -> Result<(), DbErr> {
    let existing = drafts(db, group_id, period).await?;
    let published_at = existing.iter().find_map(|d| d.published_at);
    match existing.into_iter().find(|d| d.language == language) {
        Some(row) => {
            let mut row: report_draft::ActiveModel = row.into();
            row.introduction = Set(introduction.to_owned());
            row.conclusions = Set(conclusions.to_owned());
            row.updated_at = Set(Utc::now());
            row.update(db).await?;
        }
        None => {
            report_draft::ActiveModel {
                group_id: Set(group_id),
                period: Set(period.to_owned()),
                language: Set(language.to_owned()),
                introduction: Set(introduction.to_owned()),
                conclusions: Set(conclusions.to_owned()),
                published_at: Set(published_at),
                updated_at: Set(Utc::now()),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

/// Publishes (or, with `false`, takes back to draft) every language of a report; a report
/// with no text yet gets an empty one in `language` so that it can be published.
///
/// # Errors
/// The database error.
pub async fn set_published(
    db: &impl ConnectionTrait,
    group_id: i32,
    period: &str,
    language: &str,
    published: bool,
) -> Result<(), DbErr> {
    if drafts(db, group_id, period).await?.is_empty() {
        save_texts(db, group_id, period, language, "", "").await?;
    }
    let at = published.then(Utc::now);
    report_draft::Entity::update_many()
        .col_expr(report_draft::Column::PublishedAt, Expr::value(at))
        .filter(report_draft::Column::GroupId.eq(group_id))
        .filter(report_draft::Column::Period.eq(period))
        .exec(db)
        .await?;
    Ok(())
}

/// The key findings of some consultations, every language.
///
/// # Errors
/// The database error.
pub async fn findings(
    db: &impl ConnectionTrait,
    consultation_ids: &[i32],
) -> Result<Vec<consultation_finding::Model>, DbErr> {
    consultation_finding::Entity::find()
        .filter(consultation_finding::Column::ConsultationId.is_in(consultation_ids.to_vec()))
        .order_by_asc(consultation_finding::Column::Language)
        .all(db)
        .await
}

/// Stores a consultation's key findings in one language (empty text removes them).
///
/// # Errors
/// The database error.
pub async fn save_finding(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    language: &str,
    text: &str,
) -> Result<(), DbErr> {
    consultation_finding::Entity::delete_many()
        .filter(consultation_finding::Column::ConsultationId.eq(consultation_id))
        .filter(consultation_finding::Column::Language.eq(language))
        .exec(db)
        .await?;
    if !text.trim().is_empty() {
        consultation_finding::ActiveModel {
            consultation_id: Set(consultation_id),
            language: Set(language.to_owned()),
            findings: Set(text.to_owned()),
            updated_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// Every period of a group's reports with a text, published or not.
///
/// # Errors
/// The database error.
pub async fn periods(db: &impl ConnectionTrait, group_id: i32) -> Result<Vec<String>, DbErr> {
    let mut periods: Vec<String> = report_draft::Entity::find()
        .filter(report_draft::Column::GroupId.eq(group_id))
        .all(db)
        .await?
        .into_iter()
        .map(|d| d.period)
        .collect();
    periods.sort_by(|a, b| b.cmp(a));
    periods.dedup();
    Ok(periods)
}
