//! Queries on consultations, taking any connection so they work inside a transaction.
use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, Iterable, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, sea_query::Expr,
};

use super::{Consultation, Definition, Status};
use crate::entities::{consultation, meeting, publication_withdrawal, response, work_group};

/// The consultation with this slug, with its definition parsed.
///
/// # Errors
/// A database error, or a stored definition that no longer parses.
pub async fn find_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<Consultation>, DbErr> {
    let row = consultation::Entity::find()
        .filter(consultation::Column::Slug.eq(slug))
        .one(db)
        .await?;
    row.map(parse).transpose()
}

/// The consultation with this id.
///
/// # Errors
/// As [`find_by_slug`].
pub async fn find_by_id(db: &impl ConnectionTrait, id: i32) -> Result<Option<Consultation>, DbErr> {
    let row = consultation::Entity::find_by_id(id).one(db).await?;
    row.map(parse).transpose()
}

/// Why an administrator withdrew the consultation's published results, if they did.
///
/// # Errors
/// A database error.
pub async fn publication_withdrawal(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<Option<publication_withdrawal::Model>, DbErr> {
    publication_withdrawal::Entity::find_by_id(consultation_id)
        .one(db)
        .await
}

/// Parses a stored row.
///
/// # Errors
/// When the status or the definition JSON is not valid.
pub fn parse(row: consultation::Model) -> Result<Consultation, DbErr> {
    let definition: Definition = serde_json::from_str(&row.definition).map_err(|e| {
        DbErr::Json(format!(
            "The definition of consultation {} does not parse: {e}",
            row.id
        ))
    })?;
    with_definition(row, Arc::new(definition))
}

fn with_definition(
    row: consultation::Model,
    definition: Arc<Definition>,
) -> Result<Consultation, DbErr> {
    let status = Status::parse(&row.status).ok_or_else(|| {
        DbErr::Type(format!(
            "Unknown status {} of consultation {}",
            row.status, row.id
        ))
    })?;
    Ok(Consultation {
        row,
        status,
        definition,
    })
}

/// Parsed definitions by consultation id, each with the `version` and `updated_at` of the
/// row it was read from. Every write of a definition changes `updated_at`, so a cached one is
/// current while they match, on any instance.
#[derive(Default)]
pub struct DefinitionCache(Mutex<HashMap<i32, Cached>>);

struct Cached {
    version: i32,
    updated_at: DateTime<Utc>,
    definition: Arc<Definition>,
}

impl DefinitionCache {
    fn get(&self, row: &consultation::Model) -> Option<Arc<Definition>> {
        let cache = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        cache
            .get(&row.id)
            .filter(|c| c.version == row.version && c.updated_at == row.updated_at)
            .map(|c| c.definition.clone())
    }

    fn put(&self, c: &Consultation) {
        let cached = Cached {
            version: c.row.version,
            updated_at: c.row.updated_at,
            definition: c.definition.clone(),
        };
        let mut cache = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        cache.insert(c.id(), cached);
    }
}

/// [`find_by_slug`] for the pages and API young people use, many times a second: it reads the
/// consultation's columns but its definition, and takes the parsed definition from `cache`
/// while it is current (the definition is the row's bulk: tens of kilobytes of texts in six
/// languages, stored compressed by PostgreSQL). The returned `row.definition` is then empty:
/// read `definition`.
///
/// # Errors
/// As [`find_by_slug`].
pub async fn find_by_slug_cached(
    db: &impl ConnectionTrait,
    slug: &str,
    cache: &DefinitionCache,
) -> Result<Option<Consultation>, DbErr> {
    find_cached(db, consultation::Column::Slug.eq(slug), cache).await
}

/// [`find_by_id`] for the paths a live meeting takes for every phone's request (its join,
/// each answer, each screen update), as [`find_by_slug_cached`]. Reading and parsing the
/// definition on every answer was the bulk of an answer's work.
///
/// # Errors
/// As [`find_by_id`].
pub async fn find_by_id_cached(
    db: &impl ConnectionTrait,
    id: i32,
    cache: &DefinitionCache,
) -> Result<Option<Consultation>, DbErr> {
    find_cached(db, consultation::Column::Id.eq(id), cache).await
}

/// The consultation `condition` picks, its definition from `cache` while it is current.
async fn find_cached(
    db: &impl ConnectionTrait,
    condition: sea_orm::sea_query::SimpleExpr,
    cache: &DefinitionCache,
) -> Result<Option<Consultation>, DbErr> {
    let row = consultation::Entity::find()
        .select_only()
        .columns(
            consultation::Column::iter().filter(|c| !matches!(c, consultation::Column::Definition)),
        )
        .column_as(Expr::value(""), "definition")
        .filter(condition)
        .into_model::<consultation::Model>()
        .one(db)
        .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    if let Some(definition) = cache.get(&row) {
        return with_definition(row, definition).map(Some);
    }
    let found = find_by_id(db, row.id).await?;
    if let Some(c) = &found {
        cache.put(c);
    }
    Ok(found)
}

/// How many responses a consultation has.
///
/// # Errors
/// A database error.
pub async fn count_responses(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<u64, DbErr> {
    response::Entity::find()
        .filter(response::Column::ConsultationId.eq(consultation_id))
        .count(db)
        .await
}

/// Responses per consultation, for lists (consultations without any are absent).
///
/// # Errors
/// A database error.
pub async fn response_counts(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<HashMap<i32, u64>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<(i32, i64)> = response::Entity::find()
        .select_only()
        .column(response::Column::ConsultationId)
        .column_as(response::Column::Id.count(), "n")
        .filter(response::Column::ConsultationId.is_in(ids.iter().copied()))
        .group_by(response::Column::ConsultationId)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, n)| (id, u64::try_from(n).unwrap_or(0)))
        .collect())
}

/// The working group with this slug.
///
/// # Errors
/// A database error.
pub async fn group_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<work_group::Model>, DbErr> {
    work_group::Entity::find()
        .filter(work_group::Column::Slug.eq(slug))
        .one(db)
        .await
}

/// # Errors
/// A database error.
pub async fn group_by_id(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<work_group::Model>, DbErr> {
    work_group::Entity::find_by_id(id).one(db).await
}

/// A group's consultations, newest first.
///
/// # Errors
/// A database error, or a stored definition that no longer parses.
pub async fn consultations_of_group(
    db: &impl ConnectionTrait,
    group_id: i32,
) -> Result<Vec<Consultation>, DbErr> {
    consultation::Entity::find()
        .filter(consultation::Column::GroupId.eq(group_id))
        .order_by_desc(consultation::Column::CreatedAt)
        .order_by_desc(consultation::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .map(parse)
        .collect()
}

/// Whether a slug is used by a consultation (other than `except`).
///
/// # Errors
/// A database error.
pub async fn slug_taken(
    db: &impl ConnectionTrait,
    slug: &str,
    except: Option<i32>,
) -> Result<bool, DbErr> {
    let mut query = consultation::Entity::find().filter(consultation::Column::Slug.eq(slug));
    if let Some(id) = except {
        query = query.filter(consultation::Column::Id.ne(id));
    }
    Ok(query.count(db).await? > 0)
}

/// `base` if free, else `base-2`, `base-3`, …
///
/// # Errors
/// A database error.
pub async fn free_slug(db: &impl ConnectionTrait, base: &str) -> Result<String, DbErr> {
    let base: String = base.chars().take(70).collect();
    let base = base.trim_end_matches('-');
    if !slug_taken(db, base, None).await? {
        return Ok(base.to_owned());
    }
    for n in 2..1000 {
        let candidate = format!("{base}-{n}");
        if !slug_taken(db, &candidate, None).await? {
            return Ok(candidate);
        }
    }
    Ok(format!(
        "{base}-{}",
        &uuid::Uuid::new_v4().simple().to_string()[..8]
    ))
}

/// A join code no consultation has.
///
/// # Errors
/// A database error.
pub async fn free_join_code(db: &impl ConnectionTrait) -> Result<String, DbErr> {
    loop {
        let code = super::join_code::generate();
        let taken = consultation::Entity::find()
            .filter(consultation::Column::JoinCode.eq(code.as_str()))
            .count(db)
            .await?
            > 0;
        if !taken {
            return Ok(code);
        }
    }
}

/// A consultation to store.
pub struct NewConsultationRow<'a> {
    pub group_id: i32,
    pub meeting_id: Option<i32>,
    pub slug: &'a str,
    pub definition: &'a Definition,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
}

/// Inserts a draft with a fresh join code.
///
/// # Errors
/// A database error (a taken slug is a unique violation).
pub async fn insert_consultation(
    db: &impl ConnectionTrait,
    new: NewConsultationRow<'_>,
) -> Result<Consultation, DbErr> {
    let now = Utc::now();
    let row = consultation::ActiveModel {
        group_id: Set(new.group_id),
        meeting_id: Set(new.meeting_id),
        slug: Set(new.slug.to_owned()),
        join_code: Set(free_join_code(db).await?),
        status: Set(Status::Draft.as_str().to_owned()),
        default_language: Set(new.definition.default_language.clone()),
        definition: Set(
            serde_json::to_string(new.definition).map_err(|e| DbErr::Json(e.to_string()))?
        ),
        version: Set(1),
        opens_at: Set(new.opens_at),
        closes_at: Set(new.closes_at),
        closed_at: Set(None),
        published_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    parse(row)
}

/// A group's meetings, soonest first.
///
/// # Errors
/// A database error.
pub async fn meetings_of_group(
    db: &impl ConnectionTrait,
    group_id: i32,
) -> Result<Vec<meeting::Model>, DbErr> {
    meeting::Entity::find()
        .filter(meeting::Column::GroupId.eq(group_id))
        .order_by_asc(meeting::Column::StartsOn)
        .order_by_asc(meeting::Column::Id)
        .all(db)
        .await
}

/// # Errors
/// A database error.
pub async fn meeting_by_id(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<meeting::Model>, DbErr> {
    meeting::Entity::find_by_id(id).one(db).await
}
