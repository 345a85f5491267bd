//! The opinion map over HTTP: `GET /api/v1/consultations/{slug}/opinion?question=KEY`
//! (suppressed by the caller's role, like the summary).
use actix_web::{HttpResponse, get, web};
use serde::Deserialize;
use utoipa::IntoParams;

use super::{opinion_query, query, suppression::Audience};
use crate::{
    accounts::Viewer,
    consultations::{definition::QuestionKind, repo},
    error::AppError,
    i18n::Locale,
    state::AppState,
};

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct OpinionQuery {
    /// The key of a `statements` question; default: the consultation's first.
    pub question: Option<String>,
}

/// The opinion map of a `statements` question: participants and votes, opinion groups with
/// their representative statements, consensus statements (across opinion groups and across
/// age bands, countries, genders and languages), divisive statements.
///
/// Facilitators of the group see every figure with `suppressed` markers; members of the
/// group and the public (published consultations only) see `null` for groups smaller than
/// the consultation's threshold and no statements for them. Demographic groups below the
/// threshold are left out of `consensus_by` for everyone.
#[utoipa::path(
    tag = "summaries",
    params(("slug" = String, Path, description = "The consultation's slug"), OpinionQuery),
    responses(
        (status = 200, description = "The opinion map as the caller may see it", body = opinion_query::OpinionDocument),
        (status = 401, description = "The bearer token is not valid", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Signed in, but not a member of the consultation's group (and not published)", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation or `statements` question, or not published (without a token)", body = crate::error::Problem, content_type = "application/problem+json")
    ),
    security((), ("bearer" = []))
)]
#[get("/api/v1/consultations/{slug}/opinion")]
async fn show_opinion_json(
    state: web::Data<AppState>,
    viewer: Viewer,
    l: Locale,
    path: web::Path<String>,
    params: web::Query<OpinionQuery>,
) -> Result<HttpResponse, AppError> {
    let c = repo::find_by_slug(&state.db, &path)
        .await?
        .ok_or(AppError::NotFound)?;
    let audience = query::audience_of(&viewer, &c)?;
    let q = match params.question.as_deref().filter(|k| !k.is_empty()) {
        Some(key) => c.definition.question(key),
        None => opinion_query::statement_questions(&c).into_iter().next(),
    }
    .filter(|q| q.kind == QuestionKind::Statements)
    .ok_or(AppError::NotFound)?;
    let (doc, _) = opinion_query::build(&state.db, &c, q, audience, l.code())
        .await
        .map_err(|e| AppError::context(e, format!("Failed to analyse the votes of {}", c.id())))?;
    let mut res = HttpResponse::Ok().json(doc);
    if audience != Audience::Public {
        res = crate::web::no_store(res);
    }
    Ok(res)
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(show_opinion_json);
}
