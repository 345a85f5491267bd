//! The open-data feed: every published consultation and its summary as JSON.
use actix_web::{HttpResponse, get, web};
use serde::Serialize;
use utoipa::ToSchema;

use super::published;
use crate::{
    aggregation::document::SummaryDocument,
    consultations::{Consultation, Status, definition::LocalText},
    error::AppError,
    i18n::Locale,
    publishing::{LICENCE, LICENCE_URL, repo},
    state::AppState,
};

/// One published consultation in the feed.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResultEntry {
    pub slug: String,
    /// Title per enabled language.
    pub title: LocalText,
    pub languages: Vec<String>,
    pub published_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The permanent public page.
    pub url: String,
    /// `CC-BY-4.0`.
    pub licence: String,
    pub licence_url: String,
    /// `summary.json` of the published figures (add `?lang=`).
    pub data_url: String,
    /// The consultation is archived: its results stay published and no longer change.
    pub archived: bool,
}

/// The open-data feed: every published consultation.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResultsFeed {
    pub licence: String,
    pub results: Vec<ResultEntry>,
}

/// One published consultation's figures, as frozen at publication.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResultDocument {
    pub licence: String,
    pub licence_url: String,
    /// The permanent, citable page.
    pub url: String,
    /// "What we did with your views" per language.
    pub feedback: LocalText,
    /// The consultation is archived: its results stay published and no longer change.
    pub archived: bool,
    pub summary: SummaryDocument,
}

pub(super) fn entry(state: &AppState, c: &Consultation) -> ResultEntry {
    ResultEntry {
        slug: c.slug().to_owned(),
        title: c.definition.texts.title.clone(),
        languages: c.definition.languages.clone(),
        published_at: c.row.published_at,
        url: format!("{}/results/{}", state.base_url, c.slug()),
        licence: LICENCE.to_owned(),
        licence_url: LICENCE_URL.to_owned(),
        data_url: format!("{}/api/v1/results/{}", state.base_url, c.slug()),
        archived: c.status == Status::Archived,
    }
}

/// Published results (open data, `CC-BY-4.0`). The schema is stable: fields are only added.
#[utoipa::path(
    tag = "publishing",
    responses((status = 200, description = "Every published consultation", body = ResultsFeed))
)]
#[get("/api/v1/results")]
pub(super) async fn list_results_json(
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let results = repo::published(&state.db)
        .await?
        .iter()
        .map(|c| entry(&state, c))
        .collect();
    Ok(HttpResponse::Ok().json(ResultsFeed {
        licence: LICENCE.to_owned(),
        results,
    }))
}

/// One published consultation's aggregates as frozen at publication (public suppression);
/// `?lang=` picks the language of texts and labels.
#[utoipa::path(
    tag = "publishing",
    params(
        ("slug" = String, Path, description = "The consultation's slug"),
        ("lang" = Option<String>, Query, description = "Language of texts and labels")
    ),
    responses(
        (status = 200, description = "The published figures", body = ResultDocument),
        (status = 404, description = "No such published consultation", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 410, description = "Withdrawn by an administrator: the reason is the `detail`", body = crate::error::Problem, content_type = "application/problem+json")
    )
)]
#[get("/api/v1/results/{slug}")]
pub(super) async fn show_result_json(
    state: web::Data<AppState>,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (c, summary) = published(&state, &path, &l).await?;
    Ok(HttpResponse::Ok().json(ResultDocument {
        licence: LICENCE.to_owned(),
        licence_url: LICENCE_URL.to_owned(),
        url: format!("{}/results/{}", state.base_url, c.slug()),
        feedback: c.definition.texts.feedback.clone(),
        archived: c.status == Status::Archived,
        summary,
    }))
}
