//! The adults' home and the corridors of a consultation's cycle: a group's page lists every
//! consultation with its dates, counts and **the next step as a button**, and links to every
//! page of its cycle (editor, preview, translations, live, moderation, results, downloads,
//! publishing, the public page); `/` leads a signed-in adult there. It sits above every
//! feature because it reads each one's state (moderation queues, live sessions, retention).
mod handlers;
pub mod next_step;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    handlers::routes(cfg);
}
