//! Publishing over HTTP: the facilitator's publish-and-feedback page and API, the public
//! result pages, the receipt-code feedback page for young people, and the open-data feed.
//!
//! One file per screen or resource: `manage` (the publish page and its API), `withdraw`,
//! `public` (the result pages), `feedback` (found by an answer code) and `feed` (open data).
mod feed;
mod feedback;
mod manage;
mod public;
mod withdraw;

use crate::{
    aggregation::document::{self, SummaryDocument, document_language},
    consultations::{Consultation, repo as consultations},
    error::AppError,
    i18n::Locale,
    state::AppState,
};

async fn find(state: &AppState, slug: &str) -> Result<Consultation, AppError> {
    consultations::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// A published consultation and its frozen public document; 404 for anything else.
async fn published(
    state: &AppState,
    slug: &str,
    l: &Locale,
) -> Result<(Consultation, SummaryDocument), AppError> {
    let c = find(state, slug).await?;
    if !c.results_public() {
        return Err(not_public(state, &c).await?);
    }
    let l = document_language(&c, l);
    let doc = document::snapshot(&state.db, c.id(), l.code())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((c, doc))
}

/// Why results are not public: withdrawn by an administrator (410 with the reason), or
/// never published (404).
async fn not_public(state: &AppState, c: &Consultation) -> Result<AppError, AppError> {
    Ok(consultations::publication_withdrawal(&state.db, c.id())
        .await?
        .map_or(AppError::NotFound, |w| AppError::Gone(w.reason)))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(manage::publish_results_json);
    cfg.service(manage::set_feedback_json);
    cfg.service(feed::list_results_json);
    cfg.service(feed::show_result_json);
    cfg.service(withdraw::withdraw_json);
    cfg.map(|c| {
        c.service(manage::show_publish)
            .service(withdraw::withdraw_page)
            .service(manage::publish_results)
            .service(manage::set_feedback)
            .service(manage::set_headlines)
            .service(public::show_results)
            .service(public::show_result)
            .service(feedback::show_feedback)
            .service(feedback::find_feedback)
    });
}
