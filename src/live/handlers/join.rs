//! `/j` and `/j/{code}`: joining by a short code typed or scanned.
use actix_web::{
    HttpRequest, HttpResponse, get,
    http::{StatusCode, header},
    web,
};
use askama::Template;
use serde::Deserialize;

use crate::{
    error::AppError,
    i18n::Locale,
    live::joining::{self, JoinTarget},
    state::AppState,
    web::no_store_page as page,
};

#[derive(Template)]
#[template(path = "participation/join.html")]
struct JoinPage {
    l: Locale,
    code: String,
    error: Option<String>,
}

#[derive(Deserialize)]
struct JoinQuery {
    code: Option<String>,
}

#[get("/j")]
async fn show_join(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    query: web::Query<JoinQuery>,
) -> Result<HttpResponse, AppError> {
    match query.into_inner().code {
        None => {
            crate::web::limit_public(&req)?;
            page(
                StatusCode::OK,
                &JoinPage {
                    l,
                    code: String::new(),
                    error: None,
                },
            )
        }
        Some(code) => join(&req, &state, l, code, StatusCode::UNPROCESSABLE_ENTITY).await,
    }
}

/// The link in a QR code or a message: `/j/K7P4MX`.
#[get("/j/{code}")]
async fn join_by_path(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    join(&req, &state, l, code.into_inner(), StatusCode::NOT_FOUND).await
}

/// Sends a code to what it opens. Joining a running live session counts against the
/// address's room limit (a class joins at once from one address); anything else against
/// the public limit.
async fn join(
    req: &HttpRequest,
    state: &AppState,
    l: Locale,
    code: String,
    unknown: StatusCode,
) -> Result<HttpResponse, AppError> {
    let target = joining::resolve(&state.db, &code).await?;
    match target {
        Some(JoinTarget::Live { .. }) => crate::web::limit_joining(req)?,
        _ => crate::web::limit_public(req)?,
    }
    if let Some(target) = target {
        return Ok(HttpResponse::SeeOther()
            .insert_header((header::LOCATION, target.path(l.code())))
            .finish());
    }
    let key = if code.trim().is_empty() {
        "p-join-empty"
    } else {
        "p-join-unknown"
    };
    page(
        unknown,
        &JoinPage {
            error: Some(l.t(key)),
            code,
            l,
        },
    )
}
