//! "What we did with your views" found by a young person's answer code.
use actix_web::{HttpRequest, HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use serde::Deserialize;

use super::public::{feedback_in, paragraphs};
use crate::{
    aggregation::document::{document_language, title_of},
    consultations::repo as consultations,
    error::AppError,
    i18n::Locale,
    moderation::retention,
    participation::store::{find_by_receipt, receipt_hash, receipt_well_formed},
    state::AppState,
};

/// The consultation a receipt code belongs to: its response, or, once raw answers were
/// purged, the keyed hash the purge kept.
pub(super) async fn consultation_of_receipt(
    state: &AppState,
    code: &str,
) -> Result<Option<i32>, AppError> {
    if let Some(response) = find_by_receipt(&state.db, code).await? {
        return Ok(Some(response.consultation_id));
    }
    if !receipt_well_formed(code) {
        return Ok(None);
    }
    let keys = state.keys.get().await?;
    Ok(retention::consultation_of_purged_receipt(&state.db, keys, &receipt_hash(code)).await?)
}

#[derive(Template)]
#[template(path = "publishing/feedback.html")]
pub(super) struct FeedbackPage {
    l: Locale,
    code: String,
    error: Option<String>,
    found: Option<FoundFeedback>,
}

pub(super) struct FoundFeedback {
    slug: String,
    title: String,
    published: bool,
    feedback: Vec<String>,
}

/// Young people type their receipt code to see what happened with their views.
#[get("/feedback")]
pub(super) async fn show_feedback(req: HttpRequest, l: Locale) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    crate::web::no_store_page(
        StatusCode::OK,
        &FeedbackPage {
            l,
            code: String::new(),
            error: None,
            found: None,
        },
    )
}

#[derive(Debug, Deserialize)]
pub(super) struct CodeForm {
    #[serde(default)]
    code: String,
}

#[post("/feedback")]
pub(super) async fn find_feedback(
    req: HttpRequest,
    state: web::Data<AppState>,
    l: Locale,
    form: web::Form<CodeForm>,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let code = form.code.trim().to_owned();
    let Some(consultation_id) = consultation_of_receipt(&state, &code).await? else {
        let error = Some(l.t("pub-feedback-unknown-code"));
        return crate::web::no_store_page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &FeedbackPage {
                l,
                code,
                error,
                found: None,
            },
        );
    };
    let c = consultations::find_by_id(&state.db, consultation_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let dl = document_language(&c, &l);
    let found = FoundFeedback {
        slug: c.slug().to_owned(),
        title: title_of(&c, dl.code()),
        published: c.results_public(),
        feedback: paragraphs(feedback_in(&c, dl.code())),
    };
    crate::web::no_store_page(
        StatusCode::OK,
        &FeedbackPage {
            l,
            code: String::new(),
            error: None,
            found: Some(found),
        },
    )
}
