//! HTTP for consultations: the JSON API and the facilitators' pages.
pub mod api;
pub mod editor;
pub mod forms;
mod frame;
mod group;
mod preview;
mod questions;
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
    api::routes(cfg);
    group::routes(cfg);
    editor::routes(cfg);
    questions::routes(cfg);
    translate::routes(cfg);
    preview::routes(cfg);
}
