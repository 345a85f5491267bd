//! The group's public record: its meetings, each with a permanent page listing the
//! consultations run before and during it (with their published results) and its documents
//! — contributions, reports, summaries — in each language they exist in, readable and
//! downloadable by anyone without an account (`/g/{group}`, `/meetings/{id}`,
//! `/documents/{id}/{lang}`). Members and facilitators upload documents; facilitators
//! publish or withdraw them. Files are checked by their content (`files`) and kept in the
//! database.
pub mod files;
mod handlers;
pub mod repo;
pub mod search;
pub mod view;

/// The record's routes; the two that receive uploads (`POST /manage/meetings/{id}/documents`
/// and `POST /manage/documents/{id}/files`) take bodies up to [`crate::web::UPLOAD_BODY_LIMIT`]
/// instead of the site's small cap (see [`crate::web::is_upload`]).
pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    handlers::routes(cfg);
}
