//! HTTP for consultations: the JSON API and the facilitators' pages.
pub fn routes(_cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {}
