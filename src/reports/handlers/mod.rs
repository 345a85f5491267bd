//! The reports' screens: the public report and its downloads, and the facilitators' editor.
mod manage;
mod public;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    public::routes(cfg);
    manage::routes(cfg);
}
