//! Forgotten passwords: ask for a link by e-mail (every address gets the same answer),
//! then choose a new password through the link (valid 30 minutes, single use). A reset
//! ends every session and unlocks the account; the second factor still applies.
use actix_web::{HttpRequest, HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use serde::Deserialize;

use crate::web::no_store_page;
use crate::{
    accounts::{
        forms::{
            Errors, Field, check_new_password, clean, email_field, form_token, form_token_ok,
            looks_like_email, new_password_fields, see_other, with_cookie,
        },
        links::{self, LinkProblem},
        password, repo,
    },
    db,
    error::AppError,
    i18n::Locale,
    mail::PasswordResetEmail,
    state::AppState,
};

#[derive(Template)]
#[template(path = "accounts/forgot_password.html")]
struct ForgotPage {
    l: Locale,
    csrf: String,
    email: Field,
    sent: bool,
    errors: Errors,
}

#[get("/password-reset")]
async fn show_forgot(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let (csrf, cookie) = form_token(&req, &state.settings);
    let page = ForgotPage {
        email: email_field(&l, "", &Errors::new()),
        l,
        csrf,
        sent: false,
        errors: Errors::new(),
    };
    Ok(with_cookie(no_store_page(StatusCode::OK, &page)?, cookie))
}

#[derive(Deserialize)]
struct ForgotInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
}

#[post("/password-reset")]
async fn request_reset(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    form: web::Form<ForgotInput>,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let email = clean(&form.email, 254);
    let (csrf, cookie) = form_token(&req, &state.settings);
    let mut errors = Errors::new();
    if !form_token_ok(&req, &state.settings, &form.csrf) {
        errors.push("email", l.t("form-expired"));
    } else if email.is_empty() {
        errors.push("email", l.t("login-email-missing"));
    } else if !looks_like_email(&email) {
        errors.push("email", l.t("email-invalid"));
    }
    if !errors.is_empty() {
        let page = ForgotPage {
            email: email_field(&l, &email, &errors),
            l,
            csrf,
            sent: false,
            errors,
        };
        return Ok(with_cookie(
            no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page)?,
            cookie,
        ));
    }
    if let Some(account) = repo::find_account_by_email(&state.db, &email).await? {
        let secret = links::create_password_reset(&state.db, account.id).await?;
        repo::audit(
            &state.db,
            None,
            None,
            "password_reset_requested",
            &format!("account:{}", account.id),
            "",
        )
        .await?;
        state.mailer.send_later(
            account.email.clone(),
            PasswordResetEmail {
                l: Locale::new(&account.locale),
                site: state.base_url.clone(),
                link: format!(
                    "{}/password-reset/{secret}?lang={}",
                    state.base_url, account.locale
                ),
            },
        );
    }
    // The same answer whether or not the address has an account.
    let page = ForgotPage {
        email: email_field(&l, &email, &Errors::new()),
        l,
        csrf,
        sent: true,
        errors: Errors::new(),
    };
    Ok(with_cookie(no_store_page(StatusCode::OK, &page)?, cookie))
}

#[derive(Template)]
#[template(path = "accounts/link_problem.html")]
pub(super) struct LinkProblemPage {
    pub l: Locale,
    pub title: String,
    pub message: String,
    pub action_href: String,
    pub action: String,
}

/// The page for a link that does not work (410 when it worked once, 404 otherwise).
pub(super) fn link_problem(
    l: Locale,
    problem: LinkProblem,
    action_href: &str,
    action_key: &str,
) -> Result<HttpResponse, AppError> {
    let status = match problem {
        LinkProblem::Unknown => StatusCode::NOT_FOUND,
        LinkProblem::Used | LinkProblem::Expired => StatusCode::GONE,
    };
    let page = LinkProblemPage {
        title: l.t(&format!("{}-title", problem.key())),
        message: l.t(problem.key()),
        action_href: action_href.to_owned(),
        action: l.t(action_key),
        l,
    };
    no_store_page(status, &page)
}

#[derive(Template)]
#[template(path = "accounts/reset_password.html")]
struct ResetPage {
    l: Locale,
    csrf: String,
    token: String,
    fields: [Field; 2],
    errors: Errors,
}

impl ResetPage {
    fn new(l: Locale, csrf: String, token: String, errors: Errors) -> Self {
        Self {
            fields: new_password_fields(&l, "password-new", &errors),
            l,
            csrf,
            token,
            errors,
        }
    }
}

#[get("/password-reset/{token}")]
async fn show_reset(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    if let Err(problem) = links::find_password_reset(&state.db, &token).await? {
        return link_problem(l, problem, "/password-reset", "reset-ask-again");
    }
    let (csrf, cookie) = form_token(&req, &state.settings);
    let page = ResetPage::new(l, csrf, token.into_inner(), Errors::new());
    Ok(with_cookie(no_store_page(StatusCode::OK, &page)?, cookie))
}

#[derive(Deserialize)]
struct ResetInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

#[post("/password-reset/{token}")]
async fn reset_password(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    token: web::Path<String>,
    form: web::Form<ResetInput>,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let token = token.into_inner();
    let reset = match links::find_password_reset(&state.db, &token).await? {
        Ok(reset) => reset,
        Err(problem) => return link_problem(l, problem, "/password-reset", "reset-ask-again"),
    };
    let form = form.into_inner();
    let (csrf, cookie) = form_token(&req, &state.settings);
    let mut errors = Errors::new();
    if !form_token_ok(&req, &state.settings, &form.csrf) {
        errors.push("password", l.t("form-expired"));
    } else {
        check_new_password(
            &l,
            &mut errors,
            "password",
            &form.password,
            "confirm",
            &form.confirm,
        );
    }
    if !errors.is_empty() {
        let page = ResetPage::new(l, csrf, token, errors);
        return Ok(with_cookie(
            no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page)?,
            cookie,
        ));
    }
    let hash = password::hash(form.password).await?;
    let txn = db::begin_write(&state.db).await?;
    if !links::consume_password_reset(&txn, reset.id).await? {
        return link_problem(l, LinkProblem::Used, "/password-reset", "reset-ask-again");
    }
    repo::set_password_hash(&txn, reset.account_id, &hash).await?;
    let ended = repo::delete_sessions_of(&txn, reset.account_id, None).await?;
    // Whoever forced the reset may have made tokens too (the e-mail says they are revoked).
    let tokens = repo::revoke_api_tokens_of(&txn, reset.account_id).await?;
    repo::audit(
        &txn,
        Some(reset.account_id),
        None,
        "password_reset",
        &format!("account:{}", reset.account_id),
        &format!("sessions_ended={ended} tokens_revoked={tokens}"),
    )
    .await?;
    txn.commit().await?;
    Ok(see_other("/login?done=reset"))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| {
        c.service(show_forgot)
            .service(request_reset)
            .service(show_reset)
            .service(reset_password)
    });
}
