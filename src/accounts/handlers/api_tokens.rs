//! API tokens in the browser: a facilitator (or administrator) names and creates tokens
//! for scripts and tools, sees the secret once, and revokes tokens. Every signed-in adult
//! sees and can revoke their own, whatever their role now (a former facilitator too).
use actix_web::{HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use serde::Deserialize;

use crate::web::no_store_page;
use crate::{
    accounts::{
        Actor,
        forms::{Errors, Field, clean, see_other},
        repo,
    },
    entities::api_token,
    error::AppError,
    i18n::Locale,
    state::AppState,
};

/// Only facilitators and administrators hold API tokens.
pub(super) fn require_token_holder(actor: &Actor) -> Result<(), AppError> {
    if actor.facilitates_somewhere() {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// A token name: 1 to 100 characters.
pub(super) fn check_token_name(l: &Locale, errors: &mut Errors, name: &str) {
    if name.is_empty() {
        errors.push("name", l.t("tokens-name-missing"));
    } else if name.chars().count() > 100 {
        errors.push("name", l.t("tokens-name-too-long"));
    }
}

fn token_name_field(l: &Locale, value: &str, errors: &Errors) -> Field {
    Field::text("name", l.t("tokens-name"))
        .hint(l.t("tokens-name-hint"))
        .value(value)
        .autocomplete("off")
        .errors(errors)
}

/// Creates a token for the actor and records it in the audit log (`via` is "api" for the
/// JSON API, empty for the page). Returns the token and its secret, shown once.
pub(super) async fn create_token_for(
    state: &AppState,
    actor: &Actor,
    name: &str,
    via: &str,
) -> Result<(api_token::Model, String), AppError> {
    let (token, secret) = repo::create_api_token(&state.db, actor.id(), name).await?;
    repo::audit(
        &state.db,
        Some(actor.id()),
        None,
        "api_token_created",
        &format!("api_token:{}", token.id),
        via,
    )
    .await?;
    Ok((token, secret))
}

/// Revokes one of the actor's active tokens (404 otherwise) and records it in the audit
/// log, as [`create_token_for`].
pub(super) async fn revoke_token_of(
    state: &AppState,
    actor: &Actor,
    id: i32,
    via: &str,
) -> Result<(), AppError> {
    let token = repo::revoke_api_token(&state.db, actor.id(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    repo::audit(
        &state.db,
        Some(actor.id()),
        None,
        "api_token_revoked",
        &format!("api_token:{}", token.id),
        via,
    )
    .await?;
    Ok(())
}

#[derive(Template)]
#[template(path = "accounts/tokens.html")]
struct TokensPage {
    l: Locale,
    actor: Actor,
    tokens: Vec<api_token::Model>,
    token_name: Field,
    created: Option<(String, String)>,
    notice: Option<String>,
    errors: Errors,
    /// Only facilitators and administrators create tokens.
    can_create: bool,
}

impl TokensPage {
    async fn of(state: &AppState, l: Locale, actor: Actor) -> Result<Self, AppError> {
        let tokens = repo::api_tokens_of(&state.db, actor.id()).await?;
        Ok(Self {
            can_create: actor.facilitates_somewhere(),
            token_name: token_name_field(&l, "", &Errors::new()),
            l,
            actor,
            tokens,
            created: None,
            notice: None,
            errors: Errors::new(),
        })
    }
}

#[derive(Deserialize)]
struct DoneQuery {
    done: Option<String>,
}

#[get("/account/tokens")]
async fn show_tokens(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let notice = (query.done.as_deref() == Some("revoked")).then(|| l.t("tokens-notice-revoked"));
    let mut page = TokensPage::of(&state, l, actor).await?;
    page.notice = notice;
    no_store_page(StatusCode::OK, &page)
}

#[derive(Deserialize)]
struct CreateInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
}

#[post("/account/tokens")]
async fn create_token(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    form: web::Form<CreateInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    require_token_holder(&actor)?;
    let name = clean(&form.name, 200);
    let mut errors = Errors::new();
    check_token_name(&l, &mut errors, &name);
    if !errors.is_empty() {
        let mut page = TokensPage::of(&state, l, actor).await?;
        page.token_name = token_name_field(&page.l, &name, &errors);
        page.errors = errors;
        return no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let (token, secret) = create_token_for(&state, &actor, &name, "").await?;
    // Shown once, on this answer only (never stored in clear, never cached).
    let mut page = TokensPage::of(&state, l, actor).await?;
    page.created = Some((token.name, secret));
    no_store_page(StatusCode::OK, &page)
}

#[derive(Deserialize)]
struct CsrfInput {
    #[serde(default)]
    csrf: String,
}

#[post("/account/tokens/{id}/revoke")]
async fn revoke_token(
    actor: Actor,
    state: web::Data<AppState>,
    id: web::Path<i32>,
    form: web::Form<CsrfInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    revoke_token_of(&state, &actor, id.into_inner(), "").await?;
    Ok(see_other("/account/tokens?done=revoked"))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| {
        c.service(show_tokens)
            .service(create_token)
            .service(revoke_token)
    });
}
