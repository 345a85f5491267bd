//! The first administrator: while an instance has none, every start writes a one-time
//! setup link to the log (valid 1 hour, single use, only its hash stored); the person at
//! the console opens it and creates the administrator account in the browser.
use actix_web::{HttpRequest, HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use serde::Deserialize;

use super::{account_pages::check_display_name, reset::link_problem, sign_in};
use crate::web::no_store_page;
use crate::{
    accounts::{
        forms::{
            Errors, Field, check_new_password, clean, display_name_field, email_field, form_token,
            form_token_ok, looks_like_email, new_password_fields, with_cookie,
        },
        links::{self, LinkProblem},
        password, repo,
    },
    db,
    error::AppError,
    i18n::Locale,
    state::AppState,
};

/// When the instance has no administrator, issues a setup link and writes it to the log.
/// Returns the link (the `serve` command and tests use it).
///
/// # Errors
/// A database error.
pub async fn announce_setup_link(state: &AppState) -> anyhow::Result<Option<String>> {
    if repo::any_admin(&state.db).await? {
        return Ok(None);
    }
    let secret = links::issue_setup_token(&state.db).await?;
    let link = format!("{}/setup/{secret}", state.base_url);
    tracing::warn!(
        "No administrator yet. Open this one-time link within {} minutes to create the first one: {link}",
        links::SETUP_MINUTES
    );
    tracing::warn!(
        "(Or run `consulta admin create --email …`. A new link is printed at every start until an administrator exists.)"
    );
    Ok(Some(link))
}

#[derive(Template)]
#[template(path = "accounts/setup.html")]
struct SetupPage {
    l: Locale,
    csrf: String,
    token: String,
    fields: Vec<Field>,
    errors: Errors,
}

impl SetupPage {
    /// The page with what was typed (never the passwords) and the problems.
    fn new(
        l: Locale,
        csrf: String,
        token: String,
        email: &str,
        display_name: &str,
        errors: Errors,
    ) -> Self {
        let mut fields = vec![
            email_field(&l, email, &errors).hint(l.t("setup-email-hint")),
            display_name_field(&l, display_name, &errors),
        ];
        fields.extend(new_password_fields(&l, "password-choose", &errors));
        Self {
            l,
            csrf,
            token,
            fields,
            errors,
        }
    }
}

#[get("/setup/{token}")]
async fn show_setup(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    if let Err(problem) = links::check_setup_token(&state.db, &token).await? {
        return link_problem(l, problem, "/login", "back-to-login");
    }
    let (csrf, cookie) = form_token(&req, &state.settings);
    let page = SetupPage::new(l, csrf, token.into_inner(), "", "", Errors::new());
    Ok(with_cookie(no_store_page(StatusCode::OK, &page)?, cookie))
}

#[derive(Deserialize)]
struct SetupInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

#[post("/setup/{token}")]
async fn create_first_admin(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    token: web::Path<String>,
    form: web::Form<SetupInput>,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let token = token.into_inner();
    if let Err(problem) = links::check_setup_token(&state.db, &token).await? {
        return link_problem(l, problem, "/login", "back-to-login");
    }
    let form = form.into_inner();
    let email = clean(&form.email, 254);
    let display_name = clean(&form.display_name, 200);
    let mut errors = Errors::new();
    if !form_token_ok(&req, &state.settings, &form.csrf) {
        errors.push("email", l.t("form-expired"));
    } else {
        if email.is_empty() {
            errors.push("email", l.t("login-email-missing"));
        } else if !looks_like_email(&email) {
            errors.push("email", l.t("email-invalid"));
        }
        check_display_name(&l, &mut errors, &display_name);
        check_new_password(
            &l,
            &mut errors,
            "password",
            &form.password,
            "confirm",
            &form.confirm,
        );
    }
    if errors.is_empty()
        && repo::find_account_by_email(&state.db, &email)
            .await?
            .is_some()
    {
        errors.push("email", l.t("setup-email-taken"));
    }
    if !errors.is_empty() {
        let (csrf, cookie) = form_token(&req, &state.settings);
        let page = SetupPage::new(l, csrf, token, &email, &display_name, errors);
        return Ok(with_cookie(
            no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page)?,
            cookie,
        ));
    }
    let hash = password::hash(form.password).await?;
    let txn = db::begin_write(&state.db).await?;
    if !links::consume_setup_token(&txn, &token).await? || repo::any_admin(&txn).await? {
        return link_problem(l, LinkProblem::Used, "/login", "back-to-login");
    }
    let account = repo::create_account(
        &txn,
        repo::NewAccount {
            email: &email,
            display_name: &display_name,
            password_hash: &hash,
            is_admin: true,
            locale: l.code(),
        },
    )
    .await?;
    repo::audit(
        &txn,
        Some(account.id),
        None,
        "admin_created",
        &format!("account:{}", account.id),
        "setup_link",
    )
    .await?;
    txn.commit().await?;
    sign_in(&req, &state, &state.db, &account, "setup_link", "/admin").await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| c.service(show_setup).service(create_first_admin));
}
