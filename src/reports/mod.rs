//! The group's yearly report to Council (`/reports/{group}/{year}`) and its final report over
//! a range of years (`/reports/{group}/{from}-{to}`): the consultations of the period, who
//! took part, each consultation's key findings, top figures, "what we did with your views"
//! and chosen quotes, the questions asked again as a trend, and the facilitators'
//! introduction and conclusions per language. Public once the facilitators publish it; as
//! JSON, XLSX and PDF (the consultation report's typst program) from the API.
pub mod content;
pub mod files;
mod handlers;
pub mod period;
pub mod repo;
pub mod view;

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    handlers::routes(cfg);
}
