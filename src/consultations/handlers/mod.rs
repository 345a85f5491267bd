//! HTTP for consultations: the JSON API and the facilitators' pages.
mod api;

use super::{Consultation, repo};
use crate::{entities::work_group, error::AppError, startup::AppState};

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
}
