//! The site's own pages (the start page, help) and the health probes.
use actix_web::{HttpResponse, get, web};
use askama::Template;
use askama_web::WebTemplate;
use serde::Serialize;

use super::Shell;
use crate::{db, i18n::Locale, state::AppState};

#[derive(Template, WebTemplate)]
#[template(path = "site/home.html")]
struct HomePage {
    l: Locale,
}

/// The start page (young people's join form, the promises, the results, the adults' door).
/// `home` serves it at `/`, where it also sends signed-in adults to their group's home.
///
/// # Errors
/// When the template fails to render.
pub fn home_page(l: Locale) -> Result<actix_web::HttpResponse, crate::error::AppError> {
    super::page(actix_web::http::StatusCode::OK, &HomePage { l })
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
    /// `ok`; `unavailable` when the database does not answer; `saturated` when every place
    /// for a request is taken (new requests are shed with 503).
    status: &'static str,
    /// Why the instance is not ready, when it is not.
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<&'static str>,
}

/// The process is up.
#[utoipa::path(tag = "health", responses((status = 200, body = Health)))]
#[get("/healthz")]
async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(Health {
        status: "ok",
        reason: None,
    })
}

/// The instance has started (its moderation model trained), is not stopping, has room for
/// another request and the database answers: a load balancer sends traffic elsewhere while
/// it answers 503.
#[utoipa::path(tag = "health", responses((status = 200, body = Health), (status = 503, body = Health)))]
#[get("/readyz")]
async fn readyz(state: web::Data<AppState>, shell: Option<web::Data<Shell>>) -> HttpResponse {
    let unready = |status, reason| {
        HttpResponse::ServiceUnavailable()
            .insert_header(("Retry-After", "5"))
            .json(Health {
                status,
                reason: Some(reason),
            })
    };
    let flag = |f: fn(&Shell) -> &std::sync::atomic::AtomicBool| {
        shell
            .as_ref()
            .is_some_and(|s| f(s).load(std::sync::atomic::Ordering::Relaxed))
    };
    if flag(|s| &s.warming) {
        return unready(
            "starting",
            "this instance is still preparing its moderation model: the proxy sends requests elsewhere",
        );
    }
    if flag(|s| &s.draining) {
        return unready(
            "stopping",
            "this instance was asked to stop: the proxy sends new requests elsewhere",
        );
    }
    if shell.is_some_and(|s| s.inflight.available_permits() == 0) {
        return unready(
            "saturated",
            "every place for a request is taken: new requests are answered 503",
        );
    }
    match db::ping(&state.db).await {
        Ok(()) => HttpResponse::Ok().json(Health {
            status: "ok",
            reason: None,
        }),
        Err(err) => {
            tracing::warn!(error = %err, "readiness check failed");
            unready("unavailable", "the database does not answer")
        }
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(healthz)
        .service(readyz)
        .map(|c| c.service(show_help).service(show_accessibility));
}
