//! Sign-in and sign-out pages, and the signed-in adult's list of groups.
use actix_web::{
    HttpRequest, HttpResponse,
    cookie::{Cookie, SameSite, time::Duration as CookieDuration},
    get,
    http::header,
    post, web,
};
use askama::Template;
use askama_web::WebTemplate;
use chrono::{Duration, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;

use super::{Actor, actor::session_cookie_name, password, repo};
use crate::{entities::work_group, error::AppError, i18n::Locale, startup::AppState};

#[derive(Template, WebTemplate)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    l: Locale,
    email: String,
    next: String,
    error: Option<String>,
}

#[derive(Deserialize)]
struct NextQuery {
    next: Option<String>,
}

/// Only local paths are followed after sign-in (no open redirect).
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_owned(),
        _ => "/groups".to_owned(),
    }
}

#[get("/login")]
async fn show_login(l: Locale, query: web::Query<NextQuery>) -> LoginPage {
    LoginPage {
        l,
        email: String::new(),
        next: safe_next(query.next.as_deref()),
        error: None,
    }
}

#[derive(Deserialize)]
struct LoginInput {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

#[post("/login")]
async fn log_in(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    form: web::Form<LoginInput>,
) -> Result<HttpResponse, AppError> {
    state.public_limiter.check(&req)?;
    let form = form.into_inner();
    let account = repo::find_account_by_email(&state.db, &form.email).await?;
    let stored = account.as_ref().map(|a| a.password_hash.clone());
    let valid = password::verify(form.password, stored).await;
    let Some(account) = account.filter(|_| valid) else {
        repo::audit(
            &state.db,
            None,
            None,
            "login_failed",
            &email_domain(&form.email),
            "",
        )
        .await?;
        let page = LoginPage {
            error: Some(l.t("login-wrong")),
            email: form.email,
            next: safe_next(Some(&form.next)),
            l,
        };
        return Ok(HttpResponse::UnprocessableEntity()
            .content_type("text/html; charset=utf-8")
            .body(
                page.render()
                    .map_err(|e| AppError::context(e, "Failed to render the login page"))?,
            ));
    };
    let expires = Utc::now() + Duration::hours(state.settings.session_absolute_hours);
    let device = device_of(&req);
    let secret = repo::create_session(&state.db, account.id, &device, expires, true).await?;
    repo::audit(&state.db, Some(account.id), None, "login", "", "").await?;
    let cookie = Cookie::build(session_cookie_name(&state.settings), secret)
        .path("/")
        .http_only(true)
        .secure(state.settings.behind_tls)
        .same_site(SameSite::Lax)
        .max_age(CookieDuration::hours(state.settings.session_absolute_hours))
        .finish();
    Ok(HttpResponse::SeeOther()
        .cookie(cookie)
        .insert_header((header::LOCATION, safe_next(Some(&form.next))))
        .finish())
}

#[derive(Deserialize)]
struct CsrfInput {
    #[serde(default)]
    csrf: String,
}

#[post("/logout")]
async fn log_out(
    actor: Actor,
    state: web::Data<AppState>,
    form: web::Form<CsrfInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    if let Some(session) = &actor.session {
        repo::delete_session(&state.db, &session.id).await?;
    }
    repo::audit(&state.db, Some(actor.id()), None, "logout", "", "").await?;
    let mut gone = Cookie::build(session_cookie_name(&state.settings), "")
        .path("/")
        .http_only(true)
        .secure(state.settings.behind_tls)
        .finish();
    gone.make_removal();
    Ok(HttpResponse::SeeOther()
        .cookie(gone)
        .insert_header((header::LOCATION, "/"))
        .finish())
}

#[derive(Template, WebTemplate)]
#[template(path = "accounts/groups.html")]
struct GroupsPage {
    l: Locale,
    actor: Actor,
    groups: Vec<work_group::Model>,
}

/// The signed-in adult's working groups (all of them for administrators).
#[get("/groups")]
async fn show_groups(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
) -> Result<GroupsPage, AppError> {
    let mut query = work_group::Entity::find().order_by_asc(work_group::Column::Name);
    if !actor.is_admin() {
        query = query.filter(work_group::Column::Id.is_in(actor.group_ids()));
    }
    let groups = query.all(&state.db).await?;
    Ok(GroupsPage { l, actor, groups })
}

/// A coarse description of the browser for the "active sessions" list (no version, no IP).
fn device_of(req: &HttpRequest) -> String {
    let ua = req
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let browser = ["Firefox", "Edg", "Chrome", "Safari"]
        .into_iter()
        .find(|b| ua.contains(b))
        .unwrap_or("Browser");
    let system = ["Android", "iPhone", "Windows", "Mac OS", "Linux"]
        .into_iter()
        .find(|s| ua.contains(s))
        .unwrap_or("");
    let browser = if browser == "Edg" { "Edge" } else { browser };
    format!("{browser} {system}").trim().to_owned()
}

/// Only the domain of an e-mail address goes into logs and the audit log of failures.
pub fn email_domain(email: &str) -> String {
    email
        .rsplit_once('@')
        .map(|(_, d)| d.to_lowercase())
        .unwrap_or_default()
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| {
        c.service(show_login)
            .service(log_in)
            .service(log_out)
            .service(show_groups)
    });
}
