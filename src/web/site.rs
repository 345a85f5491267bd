//! The site's own pages (home, help) and the health probes.
use actix_web::{HttpResponse, get, web};
use askama::Template;
use askama_web::WebTemplate;
use serde::Serialize;

use crate::{db, i18n::Locale, state::AppState};

#[derive(Template, WebTemplate)]
#[template(path = "site/home.html")]
struct HomePage {
    l: Locale,
}

#[get("/")]
async fn show_home(l: Locale) -> HomePage {
    HomePage { l }
}

#[derive(Template, WebTemplate)]
#[template(path = "site/help.html")]
struct HelpPage {
    l: Locale,
}

/// Where a young person finds help now: the default page about child helplines.
#[get("/help")]
async fn show_help(l: Locale) -> HelpPage {
    HelpPage { l }
}

#[derive(Template, WebTemplate)]
#[template(path = "site/accessibility.html")]
struct AccessibilityPage {
    l: Locale,
}

/// The site's accessibility statement.
#[get("/accessibility")]
async fn show_accessibility(l: Locale) -> AccessibilityPage {
    AccessibilityPage { l }
}

#[derive(Serialize, utoipa::ToSchema)]
struct Health {
    /// `ok`, or `unavailable` when the database does not answer.
    status: &'static str,
}

/// The process is up.
#[utoipa::path(tag = "health", responses((status = 200, body = Health)))]
#[get("/healthz")]
async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(Health { status: "ok" })
}

/// The database answers.
#[utoipa::path(tag = "health", responses((status = 200, body = Health), (status = 503, body = Health)))]
#[get("/readyz")]
async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    match db::ping(&state.db).await {
        Ok(()) => HttpResponse::Ok().json(Health { status: "ok" }),
        Err(err) => {
            tracing::warn!(error = %err, "readiness check failed");
            HttpResponse::ServiceUnavailable()
                .insert_header(("Retry-After", "5"))
                .json(Health {
                    status: "unavailable",
                })
        }
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(healthz).service(readyz).map(|c| {
        c.service(show_home)
            .service(show_help)
            .service(show_accessibility)
    });
}
