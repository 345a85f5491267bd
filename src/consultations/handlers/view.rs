//! The consultation as the API shows it to its facilitators, after every change.
use actix_web::HttpResponse;
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::{
    consultations::{
        Consultation, Status,
        authoring::field_errors,
        definition::Definition,
        lifecycle, repo, rules,
        translations::{self, LanguageProgress},
    },
    error::{AppError, FieldError},
    i18n::Locale,
    state::AppState,
};

/// A consultation as its facilitators see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConsultationView {
    pub id: i32,
    pub slug: String,
    pub group_id: i32,
    pub meeting_id: Option<i32>,
    pub status: Status,
    /// Send it back with every change.
    pub version: i32,
    pub join_code: String,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub published_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub responses: u64,
    /// What would stop it from opening now (empty: it could open).
    pub problems: Vec<FieldError>,
    pub translations: Vec<LanguageProgress>,
    pub definition: Definition,
}

async fn view(state: &AppState, c: Consultation, l: &Locale) -> Result<ConsultationView, AppError> {
    let responses = repo::count_responses(&state.db, c.id()).await?;
    let problems = if c.status == Status::Draft {
        let mut issues = rules::missing_for_open(&c.definition);
        issues.extend(lifecycle::date_problems(
            c.row.opens_at,
            c.row.closes_at,
            Utc::now(),
            true,
        ));
        field_errors(&issues, l)
    } else {
        Vec::new()
    };
    Ok(ConsultationView {
        id: c.id(),
        slug: c.row.slug.clone(),
        group_id: c.group_id(),
        meeting_id: c.row.meeting_id,
        status: c.status,
        version: c.row.version,
        join_code: c.row.join_code.clone(),
        opens_at: c.row.opens_at,
        closes_at: c.row.closes_at,
        closed_at: c.row.closed_at,
        published_at: c.row.published_at,
        created_at: c.row.created_at,
        updated_at: c.row.updated_at,
        responses,
        problems,
        translations: translations::progress(&c.definition),
        definition: std::sync::Arc::unwrap_or_clone(c.definition),
    })
}

pub async fn ok_view(
    state: &AppState,
    c: Consultation,
    l: &Locale,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(view(state, c, l).await?))
}

pub async fn created_view(
    state: &AppState,
    c: Consultation,
    l: &Locale,
) -> Result<HttpResponse, AppError> {
    let location = format!("/api/v1/consultations/{}/authoring", c.slug());
    Ok(HttpResponse::Created()
        .insert_header(("Location", location))
        .json(view(state, c, l).await?))
}
