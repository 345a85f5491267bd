//! Sign-in (password, then the second factor when the account has one) and sign-out.
use actix_web::{HttpRequest, HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use serde::Deserialize;

use super::{end_current_session, removed_session_cookie, sign_in, start_pending};
use crate::web::{forms::Field, no_store_page};
use crate::{
    accounts::{
        Actor,
        forms::{Errors, clean, email_field, form_token, form_token_ok, safe_next, with_cookie},
        password, repo, second_factor,
        throttle::{self, Gate},
    },
    error::AppError,
    i18n::Locale,
    mail::AccountLockedEmail,
    state::AppState,
    web::percent_encode,
};

#[derive(Template)]
#[template(path = "accounts/login.html")]
struct LoginPage {
    l: Locale,
    csrf: String,
    fields: [Field; 2],
    next: String,
    notice: Option<String>,
    errors: Errors,
}

impl LoginPage {
    /// The page with the address typed (never the password) and the problems.
    fn new(
        l: Locale,
        csrf: String,
        email: &str,
        next: String,
        notice: Option<String>,
        errors: Errors,
    ) -> Self {
        let fields = [
            email_field(&l, email, &errors),
            Field::password("password", l.t("login-password"))
                .autocomplete("current-password")
                .errors(&errors),
        ];
        Self {
            l,
            csrf,
            fields,
            next,
            notice,
            errors,
        }
    }
}

#[derive(Deserialize)]
struct LoginQuery {
    next: Option<String>,
    done: Option<String>,
}

/// A confirmation shown above the sign-in form after another page sent the reader here.
fn notice_for(l: &Locale, done: Option<&str>) -> Option<String> {
    let key = match done? {
        "reset" => "login-notice-reset",
        "welcome" => "login-notice-welcome",
        "added" => "login-notice-added",
        "signed-out" => "login-notice-signed-out",
        "ended" => "login-notice-ended",
        _ => return None,
    };
    Some(l.t(key))
}

#[get("/login")]
async fn show_login(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    query: web::Query<LoginQuery>,
) -> Result<HttpResponse, AppError> {
    let (csrf, cookie) = form_token(&req, &state.settings);
    let notice = notice_for(&l, query.done.as_deref());
    let next = safe_next(query.next.as_deref());
    let page = LoginPage::new(l, csrf, "", next, notice, Errors::new());
    Ok(with_cookie(no_store_page(StatusCode::OK, &page)?, cookie))
}

#[derive(Deserialize)]
struct LoginInput {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
    #[serde(default)]
    csrf: String,
}

#[post("/login")]
async fn log_in(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    form: web::Form<LoginInput>,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let form = form.into_inner();
    let email = clean(&form.email, 254);
    let next = safe_next(Some(&form.next));
    let (csrf, cookie) = form_token(&req, &state.settings);
    let mut errors = Errors::new();
    let refuse =
        |status: StatusCode, errors: Errors, l: Locale| -> Result<HttpResponse, AppError> {
            let page = LoginPage::new(l, csrf.clone(), &email, next.clone(), None, errors);
            Ok(with_cookie(no_store_page(status, &page)?, cookie.clone()))
        };
    if !form_token_ok(&req, &state.settings, &form.csrf) {
        errors.push("email", l.t("form-expired"));
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, errors, l);
    }
    if email.is_empty() {
        errors.push("email", l.t("login-email-missing"));
    }
    if form.password.is_empty() {
        errors.push("password", l.t("login-password-missing"));
    }
    if !errors.is_empty() {
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, errors, l);
    }
    let account = repo::find_account_by_email(&state.db, &email).await?;
    match throttle::gate(&state.settings, account.as_ref(), &email) {
        Gate::Open => {}
        Gate::Wait(seconds) => {
            errors.push("email", l.t_count("login-wait", seconds));
            return refuse(StatusCode::TOO_MANY_REQUESTS, errors, l);
        }
        Gate::Locked => {
            errors.push("email", l.t("login-locked"));
            return refuse(StatusCode::TOO_MANY_REQUESTS, errors, l);
        }
    }
    let stored = account.as_ref().map(|a| a.password_hash.clone());
    if !password::verify(form.password, stored).await {
        failed_attempt(&state, account.as_ref(), &email, "login_failed").await?;
        errors.push("email", l.t("login-wrong"));
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, errors, l);
    }
    let Some(account) = account else {
        return Err(AppError::Unauthenticated);
    };
    throttle::clear(&state.db, account.id).await?;
    end_current_session(&req, &state).await?;
    if account.totp_enabled || second_factor::required_for(&state.db, &account).await? {
        let step = if account.totp_enabled {
            "/login/2fa"
        } else {
            "/login/2fa/setup"
        };
        let pending = start_pending(&req, &state, &account).await?;
        return Ok(HttpResponse::SeeOther()
            .cookie(pending)
            .insert_header((
                actix_web::http::header::LOCATION,
                format!("{step}?next={}", percent_encode(&next)),
            ))
            .finish());
    }
    if rand::random::<u8>() == 0 {
        repo::delete_expired_sessions(&state.db).await?;
    }
    sign_in(&req, &state, &state.db, &account, "password", &next).await
}

/// Counts a failed sign-in step, audits it, and when it locks the account tells the
/// holder by e-mail.
pub(super) async fn failed_attempt(
    state: &AppState,
    account: Option<&crate::entities::account::Model>,
    email: &str,
    action: &str,
) -> Result<(), AppError> {
    let failure = throttle::record_failure(&state.db, &state.settings, account, email).await?;
    let target = account.map_or_else(
        || format!("domain:{}", email_domain(email)),
        |a| format!("account:{}", a.id),
    );
    repo::audit(
        &state.db,
        account.map(|a| a.id),
        None,
        action,
        &target,
        &format!("failures={}", failure.failures),
    )
    .await?;
    if let Some(account) = account.filter(|_| failure.locked_now) {
        repo::audit(
            &state.db,
            Some(account.id),
            None,
            "login_locked",
            &target,
            &format!("minutes={}", state.settings.login_lock_minutes),
        )
        .await?;
        tracing::warn!(account = account.id, "account locked after failed sign-ins");
        state.mailer.send_later(
            account.email.clone(),
            AccountLockedEmail {
                l: Locale::new(&account.locale),
                site: state.base_url.clone(),
                attempts: state.settings.login_lock_after,
                minutes: state.settings.login_lock_minutes,
                link: format!("{}/password-reset?lang={}", state.base_url, account.locale),
            },
        );
    }
    Ok(())
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
    Ok(HttpResponse::SeeOther()
        .cookie(removed_session_cookie(&state.settings))
        .insert_header((actix_web::http::header::LOCATION, "/login?done=signed-out"))
        .finish())
}

/// Only the domain of an e-mail address goes into logs and the audit log of failures.
pub fn email_domain(email: &str) -> String {
    crate::mail::domain_of(email)
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| c.service(show_login).service(log_in).service(log_out));
}
