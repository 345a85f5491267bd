//! The record's screens: the public pages and files, and the group's documents page.
mod manage;
mod public;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    public::routes(cfg);
    manage::routes(cfg);
}
