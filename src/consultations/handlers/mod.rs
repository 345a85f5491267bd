//! HTTP for consultations, one file per resource with its pages and its JSON API side by
//! side: the overview (and the consultation itself), details, texts, settings, sections,
//! questions, translations, documents (duplicate, export, re-import), lifecycle history,
//! a group's consultations and its meetings; the preview. Below them: how a change is
//! saved (`edit`), the API's consultation view, the editor's frame and form helpers.
pub mod edit;
pub mod forms;
pub mod frame;
pub mod lifecycle;
pub mod overview;
pub mod view;

mod details;
mod documents;
pub mod group;
mod meetings;
mod preview;
mod questions;
mod sections;
mod settings;
mod texts;
mod translate;

use super::{Consultation, repo};
use crate::{entities::work_group, error::AppError, state::AppState};

/// The consultation with this slug, or 404.
async fn consultation_by_slug(state: &AppState, slug: &str) -> Result<Consultation, AppError> {
    repo::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// The working group with this slug, or 404.
async fn group_by_slug(state: &AppState, slug: &str) -> Result<work_group::Model, AppError> {
    repo::group_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    overview::routes(cfg);
    group::routes(cfg);
    meetings::routes(cfg);
    details::routes(cfg);
    texts::routes(cfg);
    settings::routes(cfg);
    sections::routes(cfg);
    questions::routes(cfg);
    documents::routes(cfg);
    lifecycle::routes(cfg);
    translate::routes(cfg);
    preview::routes(cfg);
}
