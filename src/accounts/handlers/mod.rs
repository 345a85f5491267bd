//! HTTP pages and JSON API of the accounts module, one file per area.
mod account_pages;
mod admin;
mod api;
mod api_tokens;
mod invitations;
mod login;
mod reset;
mod second_factor;
mod setup;

use actix_web::{
    HttpRequest, HttpResponse,
    cookie::{Cookie, SameSite, time::Duration as CookieDuration},
    http::header,
};
use chrono::{Duration, Utc};
use sea_orm::ConnectionTrait;

use super::{Actor, actor::session_cookie_name, repo};
use crate::{
    config::Settings,
    entities::{account, work_group},
    error::AppError,
    state::AppState,
};

pub use login::email_domain;
pub use setup::announce_setup_link;

/// How long the step between password and second factor may take.
const PENDING_MINUTES: i64 = 10;

/// The group with this short name (404 when there is none).
async fn group_by_slug(state: &AppState, slug: &str) -> Result<work_group::Model, AppError> {
    repo::group_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// The group an administrator manages, checked in the usual order: the form's CSRF token
/// (`None` where there is none: a page being read, or the JSON API), then the administrator
/// role, then the group (404 when unknown).
async fn admin_group(
    state: &AppState,
    actor: &Actor,
    csrf: Option<&str>,
    slug: &str,
) -> Result<work_group::Model, AppError> {
    if let Some(csrf) = csrf {
        actor.check_csrf(csrf)?;
    }
    actor.require_admin()?;
    group_by_slug(state, slug).await
}

/// The session cookie for a new session (ends with the browser when `lasting` is false).
fn session_cookie(settings: &Settings, secret: String, lasting: bool) -> Cookie<'static> {
    let mut cookie = Cookie::build(session_cookie_name(settings), secret)
        .path("/")
        .http_only(true)
        .secure(settings.behind_tls)
        .same_site(SameSite::Lax)
        .finish();
    if lasting {
        cookie.set_max_age(CookieDuration::hours(settings.session_absolute_hours));
    }
    cookie
}

/// A cookie that removes the session cookie.
fn removed_session_cookie(settings: &Settings) -> Cookie<'static> {
    let mut gone = Cookie::build(session_cookie_name(settings), "")
        .path("/")
        .http_only(true)
        .secure(settings.behind_tls)
        .same_site(SameSite::Lax)
        .finish();
    gone.make_removal();
    gone
}

/// Ends the session the browser came with, if any (a new id is issued at every sign-in).
async fn end_current_session(req: &HttpRequest, state: &AppState) -> Result<(), AppError> {
    if let Some(cookie) = req.cookie(session_cookie_name(&state.settings))
        && let Some(old) = repo::find_session(&state.db, cookie.value()).await?
    {
        repo::delete_session(&state.db, &old.id).await?;
    }
    Ok(())
}

/// Starts a full session for an account and answers with a redirect that sets its cookie.
async fn sign_in(
    req: &HttpRequest,
    state: &AppState,
    db: &impl ConnectionTrait,
    account: &account::Model,
    how: &str,
    next: &str,
) -> Result<HttpResponse, AppError> {
    let expires = Utc::now() + Duration::hours(state.settings.session_absolute_hours);
    let secret = repo::create_session(db, account.id, &device_of(req), expires, true).await?;
    repo::audit(
        db,
        Some(account.id),
        None,
        "login",
        &format!("account:{}", account.id),
        how,
    )
    .await?;
    Ok(HttpResponse::SeeOther()
        .cookie(session_cookie(&state.settings, secret, true))
        .insert_header((header::LOCATION, next.to_owned()))
        .finish())
}

/// Starts a session that still needs the second factor; returns its cookie.
async fn start_pending(
    req: &HttpRequest,
    state: &AppState,
    account: &account::Model,
) -> Result<Cookie<'static>, AppError> {
    let expires = Utc::now() + Duration::minutes(PENDING_MINUTES);
    let secret =
        repo::create_session(&state.db, account.id, &device_of(req), expires, false).await?;
    Ok(session_cookie(&state.settings, secret, false))
}

/// A coarse description of the browser for the "active sessions" list (no version, no IP).
fn device_of(req: &HttpRequest) -> String {
    let ua = req
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let browser = [
        ("Firefox", "Firefox"),
        ("Edg", "Edge"),
        ("OPR", "Opera"),
        ("Chrome", "Chrome"),
        ("Safari", "Safari"),
        ("curl", "curl"),
    ]
    .into_iter()
    .find(|(needle, _)| ua.contains(needle))
    .map_or("Browser", |(_, name)| name);
    let system = [
        ("Android", "Android"),
        ("iPhone", "iPhone"),
        ("iPad", "iPad"),
        ("Windows", "Windows"),
        ("Mac OS", "macOS"),
        ("CrOS", "ChromeOS"),
        ("Linux", "Linux"),
    ]
    .into_iter()
    .find(|(needle, _)| ua.contains(needle))
    .map_or("", |(_, name)| name);
    format!("{browser} {system}").trim().to_owned()
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    login::routes(cfg);
    reset::routes(cfg);
    second_factor::routes(cfg);
    account_pages::routes(cfg);
    api_tokens::routes(cfg);
    invitations::routes(cfg);
    setup::routes(cfg);
    admin::routes(cfg);
    api::routes(cfg);
}

#[cfg(test)]
mod tests {
    use actix_web::test::TestRequest;

    use super::*;

    #[test]
    fn the_device_is_described_without_versions() {
        let req = TestRequest::default()
            .insert_header((
                header::USER_AGENT,
                "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36",
            ))
            .to_http_request();
        assert_eq!(device_of(&req), "Chrome Android");
        assert_eq!(
            device_of(&TestRequest::default().to_http_request()),
            "Browser"
        );
    }
}
