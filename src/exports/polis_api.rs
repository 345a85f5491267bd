//! The Pol.is import through the API for facilitators:
//! `POST /api/v1/groups/{group}/imports/polis` with the parts `comments.csv` and
//! `votes.csv`, the same as `consulta opinion import --polis` (see `polis`).
use actix_web::{HttpRequest, HttpResponse, http::header, post, web};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::polis::{self, Conversation, PolisError};
use crate::{
    accounts::{Actor, repo::audit},
    consultations::repo,
    error::{AppError, FieldError},
    i18n::{Arg, Locale},
    imports::handlers::{content_type, multipart, read_body},
    state::AppState,
};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PolisImportQuery {
    /// The new consultation's title; default "Pol.is conversation".
    pub title: Option<String>,
}

/// What was imported and what was left out.
#[derive(Debug, Serialize, ToSchema)]
pub struct PolisReport {
    pub statements: usize,
    pub participants: usize,
    /// One line per row or column left out, saying why (moderated-out comments, broken
    /// rows, unknown columns).
    pub skipped: Vec<String>,
}

/// The answer to a Pol.is import: the new closed consultation's slug and the report.
#[derive(Debug, Serialize, ToSchema)]
pub struct PolisImportResult {
    pub slug: String,
    pub report: PolisReport,
}

/// Imports a Pol.is conversation as a closed consultation of the group with one
/// `statements` question: `comments.csv` and `votes.csv` as the parts of those names of a
/// `multipart/form-data` body (headers read by name; each `comment-id` becomes a statement
/// code; a participant's later vote wins; moderated-out comments stay out). At most 10 MB.
/// Rows that cannot be read are left out and listed in the report; a missing part or
/// required column, or no readable comment, is refused and nothing is created.
#[utoipa::path(
    tag = "consultations",
    params(("group" = String, Path, description = "The group's slug"), PolisImportQuery),
    request_body(content = Vec<u8>, description = "multipart/form-data with the parts `comments.csv` and `votes.csv`", content_type = "multipart/form-data"),
    responses(
        (status = 201, body = PolisImportResult),
        (status = 403, description = "Not a facilitator of the group", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such group", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 413, description = "Over 10 MB", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Refused: the error names the part and says why (nothing was created)", body = crate::error::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/api/v1/groups/{group}/imports/polis")]
async fn import_polis_api(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    req: HttpRequest,
    path: web::Path<String>,
    query: web::Query<PolisImportQuery>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let group = repo::group_by_slug(&state.db, &path)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.require_facilitator(group.id)?;
    let body = read_body(payload).await?;
    let conv = conversation(&content_type(&req), &body).map_err(|e| refused(&e, &l))?;
    // A title longer than a consultation's is cut, not refused (the import is the point).
    let title: String = query
        .title
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .unwrap_or("Pol.is conversation")
        .chars()
        .take(120)
        .collect();
    let slug = polis::import(&state.db, &group.slug, &title, &conv)
        .await
        .map_err(|e| match e {
            PolisError::NoGroup(_) => AppError::NotFound,
            e => AppError::context(
                e,
                format!("Failed to import a Pol.is conversation into {}", group.slug),
            ),
        })?;
    audit(
        &state.db,
        Some(actor.id()),
        Some(group.id),
        "import.polis",
        &slug,
        "",
    )
    .await?;
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, format!("/api/v1/consultations/{slug}")))
        .json(PolisImportResult {
            slug,
            report: PolisReport {
                statements: conv.comments.len(),
                participants: conv.votes.len(),
                skipped: conv.skipped,
            },
        }))
}

/// The conversation in a multipart body's two parts.
fn conversation(content_type: &str, body: &[u8]) -> Result<Conversation, PolisError> {
    let parts = content_type
        .to_ascii_lowercase()
        .starts_with("multipart/form-data")
        .then(|| multipart(content_type, body))
        .flatten()
        .unwrap_or_default();
    let part = |name: &'static str| {
        parts
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.data)
            .ok_or(PolisError::Missing(name))
    };
    polis::parse(part("comments.csv")?, part("votes.csv")?)
}

/// A refusal as a 422 naming the part.
fn refused(e: &PolisError, l: &Locale) -> AppError {
    let (file, message) = match e {
        PolisError::Missing(file) => (
            *file,
            l.t_args("imp-polis-missing", &[("file", Arg::Str(file))]),
        ),
        PolisError::Column { file, column } => (
            *file,
            l.t_args(
                "imp-polis-column",
                &[("file", Arg::Str(file)), ("column", Arg::Str(column))],
            ),
        ),
        PolisError::Unreadable { file, .. } => (
            *file,
            l.t_args("imp-polis-unreadable", &[("file", Arg::Str(file))]),
        ),
        _ => ("comments.csv", l.t("imp-polis-empty")),
    };
    AppError::Invalid(vec![FieldError {
        field: file.into(),
        message,
    }])
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(import_polis_api);
}
