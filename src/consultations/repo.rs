//! Queries on consultations, taking any connection so they work inside a transaction.
use anyhow::Context;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use super::{Consultation, Definition, Status};
use crate::entities::consultation;

/// The consultation with this slug, with its definition parsed.
///
/// # Errors
/// A database error, or a stored definition that no longer parses.
pub async fn find_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> anyhow::Result<Option<Consultation>> {
    let row = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug))
        .one(db)
        .await
        .with_context(|| format!("Failed to load consultation {slug}"))?;
    row.map(parse).transpose()
}

/// The consultation with this id.
///
/// # Errors
/// As [`find_by_slug`].
pub async fn find_by_id(
    db: &impl ConnectionTrait,
    id: i32,
) -> anyhow::Result<Option<Consultation>> {
    let row = consultation::Entity::find_by_id(id)
        .one(db)
        .await
        .with_context(|| format!("Failed to load consultation {id}"))?;
    row.map(parse).transpose()
}

/// Parses a stored row.
///
/// # Errors
/// When the status or the definition JSON is not valid.
pub fn parse(row: consultation::Model) -> anyhow::Result<Consultation> {
    let status =
        Status::parse(&row.status).with_context(|| format!("Unknown status {}", row.status))?;
    let definition: Definition = serde_json::from_str(&row.definition).with_context(|| {
        format!(
            "Stored definition of consultation {} does not parse",
            row.id
        )
    })?;
    Ok(Consultation {
        row,
        status,
        definition,
    })
}
