//! The second factor in the browser: the code step of sign-in, setting it up during
//! sign-in when administrators require it, and managing it from the account pages
//! (set up, switch off, new recovery codes).
use actix_web::{HttpRequest, HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use chrono::{Duration, Utc};
use serde::Deserialize;

use super::{login::failed_attempt, session_cookie};
use crate::secrets::SealingKey;
use crate::web::no_store_page;
use crate::{
    accounts::{
        Actor,
        actor::session_cookie_name,
        forms::{Errors, Field, current_password_field, safe_next, see_other},
        password, repo, second_factor,
        throttle::{self, Gate},
    },
    db,
    entities::{account, session},
    error::AppError,
    i18n::Locale,
    state::AppState,
    web::percent_encode,
};

/// The session between the password and the second factor, with its account.
async fn pending(
    req: &HttpRequest,
    state: &AppState,
) -> Result<Option<(session::Model, account::Model)>, AppError> {
    let Some(cookie) = req.cookie(session_cookie_name(&state.settings)) else {
        return Ok(None);
    };
    let Some(session) = repo::find_session(&state.db, cookie.value())
        .await?
        .filter(|s| !s.second_factor_done && s.expires_at > Utc::now())
    else {
        return Ok(None);
    };
    let Some(account) = repo::account_by_id(&state.db, session.account_id).await? else {
        return Ok(None);
    };
    Ok(Some((session, account)))
}

fn back_to_login(next: &str) -> HttpResponse {
    see_other(&format!("/login?next={}", percent_encode(next)))
}

#[derive(Deserialize)]
struct NextQuery {
    next: Option<String>,
}

#[derive(Template)]
#[template(path = "accounts/second_factor.html")]
struct CodePage {
    l: Locale,
    csrf: String,
    next: String,
    errors: Errors,
}

#[get("/login/2fa")]
async fn show_code(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    query: web::Query<NextQuery>,
) -> Result<HttpResponse, AppError> {
    let next = safe_next(query.next.as_deref());
    let Some((session, account)) = pending(&req, &state).await? else {
        return Ok(back_to_login(&next));
    };
    if !account.totp_enabled {
        return Ok(see_other(&format!(
            "/login/2fa/setup?next={}",
            percent_encode(&next)
        )));
    }
    let page = CodePage {
        l,
        csrf: session.csrf_token,
        next,
        errors: Errors::new(),
    };
    no_store_page(StatusCode::OK, &page)
}

#[derive(Deserialize)]
struct CodeInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    next: String,
}

#[post("/login/2fa")]
async fn check_code(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    form: web::Form<CodeInput>,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let next = safe_next(Some(&form.next));
    let Some((session, account)) = pending(&req, &state).await? else {
        return Ok(back_to_login(&next));
    };
    let mut errors = Errors::new();
    let refuse = |status: StatusCode, errors: Errors, l: Locale| {
        let page = CodePage {
            l,
            csrf: session.csrf_token.clone(),
            next: next.clone(),
            errors,
        };
        no_store_page(status, &page)
    };
    if !crate::secrets::same(&session.csrf_token, &form.csrf) {
        errors.add("code", l.t("form-expired"));
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, errors, l);
    }
    let code = form.code.trim();
    if code.is_empty() {
        errors.add("code", l.t("totp-code-missing"));
        return refuse(StatusCode::UNPROCESSABLE_ENTITY, errors, l);
    }
    match throttle::gate(&state.settings, Some(&account), &account.email) {
        Gate::Open => {}
        Gate::Wait(seconds) => {
            errors.add("code", l.t_count("login-wait", seconds));
            return refuse(StatusCode::TOO_MANY_REQUESTS, errors, l);
        }
        Gate::Locked => {
            errors.add("code", l.t("login-locked"));
            return refuse(StatusCode::TOO_MANY_REQUESTS, errors, l);
        }
    }
    let how = match verify(&state, &account, code).await? {
        Some(how) => how,
        None => {
            failed_attempt(&state, Some(&account), &account.email, "login_2fa_failed").await?;
            errors.add("code", l.t("totp-code-wrong"));
            return refuse(StatusCode::UNPROCESSABLE_ENTITY, errors, l);
        }
    };
    throttle::clear(&state.db, account.id).await?;
    repo::delete_session(&state.db, &session.id).await?;
    if how == "recovery_code" {
        let left = second_factor::recovery_codes_left(&state.db, account.id).await?;
        repo::audit(
            &state.db,
            Some(account.id),
            None,
            "recovery_code_used",
            &format!("account:{}", account.id),
            &format!("left={left}"),
        )
        .await?;
    }
    super::sign_in(&req, &state, &state.db, &account, how, &next).await
}

/// Checks a TOTP code or a recovery code; the kind that was right, if any.
async fn verify(
    state: &AppState,
    account: &account::Model,
    code: &str,
) -> Result<Option<&'static str>, AppError> {
    let Some(secret) = second_factor::secret(&state.sealing, account, true) else {
        return Ok(None);
    };
    let digits: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.len() == 6 && digits.chars().all(|c| c.is_ascii_digit()) {
        if let Some(step) = second_factor::matching_step(&secret, &digits, account.totp_last_step)?
            && second_factor::consume_step(&state.db, account.id, step).await?
        {
            return Ok(Some("totp"));
        }
        return Ok(None);
    }
    if second_factor::use_recovery_code(&state.db, account.id, code).await? {
        return Ok(Some("recovery_code"));
    }
    Ok(None)
}

/// What the set-up pages show: the QR code, the secret to type, and the code field.
pub(super) struct Enrolment {
    pub qr_svg: String,
    pub secret: String,
}

impl Enrolment {
    fn of(secret: &str, account: &account::Model) -> Result<Self, AppError> {
        let url = second_factor::otpauth_url(secret, &account.email)?;
        Ok(Self {
            qr_svg: second_factor::qr_svg(&url)?,
            secret: second_factor::grouped(secret),
        })
    }
}

/// The account's pending secret, or a new one stored as pending.
async fn pending_secret(state: &AppState, account: &account::Model) -> Result<String, AppError> {
    if let Some(secret) = second_factor::secret(&state.sealing, account, false) {
        return Ok(secret);
    }
    let secret = second_factor::new_secret()?;
    second_factor::set_state(&state.db, &state.sealing, account.id, Some(&secret), false).await?;
    Ok(secret)
}

#[derive(Template)]
#[template(path = "accounts/second_factor_enrol.html")]
struct EnrolPage {
    l: Locale,
    csrf: String,
    next: String,
    enrolment: Enrolment,
    errors: Errors,
}

/// Setting up the second factor during sign-in, when administrators require it.
#[get("/login/2fa/setup")]
async fn show_enrol(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    query: web::Query<NextQuery>,
) -> Result<HttpResponse, AppError> {
    let next = safe_next(query.next.as_deref());
    let Some((session, account)) = pending(&req, &state).await? else {
        return Ok(back_to_login(&next));
    };
    if account.totp_enabled {
        return Ok(see_other(&format!(
            "/login/2fa?next={}",
            percent_encode(&next)
        )));
    }
    let secret = pending_secret(&state, &account).await?;
    let page = EnrolPage {
        enrolment: Enrolment::of(&secret, &account)?,
        l,
        csrf: session.csrf_token,
        next,
        errors: Errors::new(),
    };
    no_store_page(StatusCode::OK, &page)
}

#[derive(Template)]
#[template(path = "accounts/recovery_codes.html")]
struct RecoveryCodesPage {
    l: Locale,
    codes: Vec<String>,
    next: String,
}

#[post("/login/2fa/setup")]
async fn enrol(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    form: web::Form<CodeInput>,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let next = safe_next(Some(&form.next));
    let Some((session, account)) = pending(&req, &state).await? else {
        return Ok(back_to_login(&next));
    };
    let Some(secret) = second_factor::secret(&state.sealing, &account, false) else {
        return Ok(see_other(&format!(
            "/login/2fa?next={}",
            percent_encode(&next)
        )));
    };
    let mut errors = Errors::new();
    if !crate::secrets::same(&session.csrf_token, &form.csrf) {
        errors.add("code", l.t("form-expired"));
    } else if form.code.trim().is_empty() {
        errors.add("code", l.t("totp-code-missing"));
    } else if !confirm_code(&state, &account, &secret, &form.code).await? {
        errors.add("code", l.t("totp-code-wrong"));
    }
    if !errors.is_empty() {
        let page = EnrolPage {
            enrolment: Enrolment::of(&secret, &account)?,
            l,
            csrf: session.csrf_token,
            next,
            errors,
        };
        return no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let txn = db::begin_write(&state.db).await?;
    let codes = switch_on(&txn, &state.sealing, &account, &secret).await?;
    repo::delete_session(&txn, &session.id).await?;
    let expires = Utc::now() + Duration::hours(state.settings.session_absolute_hours);
    let cookie_secret =
        repo::create_session(&txn, account.id, &super::device_of(&req), expires, true).await?;
    repo::audit(
        &txn,
        Some(account.id),
        None,
        "login",
        &format!("account:{}", account.id),
        "totp",
    )
    .await?;
    txn.commit().await?;
    let page = RecoveryCodesPage { l, codes, next };
    let mut res = no_store_page(StatusCode::OK, &page)?;
    let _ = res.add_cookie(&session_cookie(&state.settings, cookie_secret, true));
    Ok(res)
}

/// Whether a code typed while setting up matches the pending secret.
async fn confirm_code(
    state: &AppState,
    account: &account::Model,
    secret: &str,
    code: &str,
) -> Result<bool, AppError> {
    let Some(step) = second_factor::matching_step(secret, code, account.totp_last_step)? else {
        return Ok(false);
    };
    Ok(second_factor::consume_step(&state.db, account.id, step).await?)
}

/// Switches the second factor on with a confirmed secret; returns new recovery codes.
async fn switch_on(
    db: &impl sea_orm::ConnectionTrait,
    sealing: &SealingKey,
    account: &account::Model,
    secret: &str,
) -> Result<Vec<String>, AppError> {
    second_factor::set_state(db, sealing, account.id, Some(secret), true).await?;
    let codes = second_factor::replace_recovery_codes(db, account.id).await?;
    repo::audit(
        db,
        Some(account.id),
        None,
        "totp_enabled",
        &format!("account:{}", account.id),
        "",
    )
    .await?;
    Ok(codes)
}

#[derive(Template)]
#[template(path = "accounts/two_factor.html")]
struct ManagePage {
    l: Locale,
    actor: Actor,
    enrolment: Option<Enrolment>,
    codes_left: u64,
    may_disable: bool,
    required: bool,
    notice: Option<String>,
    /// The current password, asked again to renew the recovery codes or to turn off.
    codes_password: Field,
    disable_password: Field,
    errors: Errors,
}

impl ManagePage {
    fn codes_left_text(&self) -> String {
        self.l.t_count(
            "totp-codes-left",
            i64::try_from(self.codes_left).unwrap_or(0),
        )
    }

    async fn of(
        state: &AppState,
        l: Locale,
        actor: Actor,
        errors: Errors,
        notice: Option<String>,
    ) -> Result<Self, AppError> {
        let enrolment = match second_factor::secret(&state.sealing, &actor.account, false) {
            Some(secret) => Some(Enrolment::of(&secret, &actor.account)?),
            None => None,
        };
        let codes_left = if actor.account.totp_enabled {
            second_factor::recovery_codes_left(&state.db, actor.id()).await?
        } else {
            0
        };
        let required = second_factor::required_for(&state.db, &actor.account).await?;
        Ok(Self {
            codes_password: current_password_field(&l, "codes_password", &errors),
            disable_password: current_password_field(&l, "disable_password", &errors),
            l,
            enrolment,
            codes_left,
            may_disable: !required,
            required,
            notice,
            errors,
            actor,
        })
    }
}

#[derive(Deserialize)]
struct DoneQuery {
    done: Option<String>,
}

#[get("/account/2fa")]
async fn show_manage(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let notice = match query.done.as_deref() {
        Some("off") => Some(l.t("totp-notice-off")),
        _ => None,
    };
    let page = ManagePage::of(&state, l, actor, Errors::new(), notice).await?;
    no_store_page(StatusCode::OK, &page)
}

#[derive(Deserialize)]
struct CsrfInput {
    #[serde(default)]
    csrf: String,
}

/// Starts setting up (a new secret, shown as a QR code until a code confirms it).
#[post("/account/2fa/setup")]
async fn start_setup(
    actor: Actor,
    state: web::Data<AppState>,
    form: web::Form<CsrfInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    if actor.account.totp_enabled {
        return Ok(see_other("/account/2fa"));
    }
    let secret = second_factor::new_secret()?;
    second_factor::set_state(&state.db, &state.sealing, actor.id(), Some(&secret), false).await?;
    Ok(see_other("/account/2fa"))
}

#[derive(Deserialize)]
struct ConfirmInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    code: String,
}

#[post("/account/2fa/enable")]
async fn enable(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    form: web::Form<ConfirmInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    let Some(secret) = second_factor::secret(&state.sealing, &actor.account, false) else {
        return Ok(see_other("/account/2fa"));
    };
    let mut errors = Errors::new();
    if form.code.trim().is_empty() {
        errors.add("code", l.t("totp-code-missing"));
    } else if !confirm_code(&state, &actor.account, &secret, &form.code).await? {
        errors.add("code", l.t("totp-code-wrong"));
    }
    if !errors.is_empty() {
        let page = ManagePage::of(&state, l, actor, errors, None).await?;
        return no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let txn = db::begin_write(&state.db).await?;
    let codes = switch_on(&txn, &state.sealing, &actor.account, &secret).await?;
    txn.commit().await?;
    let page = RecoveryCodesPage {
        l,
        codes,
        next: "/account/2fa".to_owned(),
    };
    no_store_page(StatusCode::OK, &page)
}

#[derive(Deserialize)]
struct PasswordInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    password: String,
}

/// Checks the current password typed to confirm a change (a new password, a second-factor
/// change); adds the error to the field `field`.
pub(super) async fn confirm_password(
    l: &Locale,
    actor: &Actor,
    typed: &str,
    field: &str,
    errors: &mut Errors,
) {
    if typed.is_empty() {
        errors.push(field, l.t("password-current-missing"));
    } else if !password::verify(typed.to_owned(), Some(actor.account.password_hash.clone())).await {
        errors.push(field, l.t("password-current-wrong"));
    }
}

#[post("/account/2fa/disable")]
async fn disable(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    form: web::Form<PasswordInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    let mut errors = Errors::new();
    if second_factor::required_for(&state.db, &actor.account).await? {
        errors.push("disable_password", l.t("totp-required-cannot-disable"));
    } else {
        confirm_password(&l, &actor, &form.password, "disable_password", &mut errors).await;
    }
    if !errors.is_empty() {
        let page = ManagePage::of(&state, l, actor, errors, None).await?;
        return no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    second_factor::set_state(&state.db, &state.sealing, actor.id(), None, false).await?;
    repo::audit(
        &state.db,
        Some(actor.id()),
        None,
        "totp_disabled",
        &format!("account:{}", actor.id()),
        "",
    )
    .await?;
    Ok(see_other("/account/2fa?done=off"))
}

#[post("/account/2fa/recovery-codes")]
async fn renew_codes(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    form: web::Form<PasswordInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    if !actor.account.totp_enabled {
        return Ok(see_other("/account/2fa"));
    }
    let mut errors = Errors::new();
    confirm_password(&l, &actor, &form.password, "codes_password", &mut errors).await;
    if !errors.is_empty() {
        let page = ManagePage::of(&state, l, actor, errors, None).await?;
        return no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let codes = second_factor::replace_recovery_codes(&state.db, actor.id()).await?;
    repo::audit(
        &state.db,
        Some(actor.id()),
        None,
        "recovery_codes_renewed",
        &format!("account:{}", actor.id()),
        "",
    )
    .await?;
    let page = RecoveryCodesPage {
        l,
        codes,
        next: "/account/2fa".to_owned(),
    };
    no_store_page(StatusCode::OK, &page)
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| {
        c.service(show_code)
            .service(check_code)
            .service(show_enrol)
            .service(enrol)
            .service(show_manage)
            .service(start_setup)
            .service(enable)
            .service(disable)
            .service(renew_codes)
    });
}
