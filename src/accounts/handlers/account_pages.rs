//! The signed-in adult's own pages: their groups, profile (name, language), password,
//! and active sessions (end one, or all).
use actix_web::{HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;

use super::{removed_session_cookie, second_factor::confirm_password};
use crate::web::no_store_page;
use crate::{
    accounts::{
        Actor, Role,
        forms::{
            Errors, Field, check_new_password, clean, current_password_field, display_name_field,
            new_password_fields, see_other,
        },
        password, repo,
    },
    entities::{session, work_group},
    error::AppError,
    i18n::Locale,
    mail::PasswordChangedEmail,
    state::AppState,
};

#[derive(Template)]
#[template(path = "accounts/groups.html")]
struct GroupsPage {
    l: Locale,
    actor: Actor,
    groups: Vec<(work_group::Model, String)>,
}

/// The signed-in adult's working groups (all of them for administrators).
#[get("/groups")]
async fn show_groups(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
) -> Result<HttpResponse, AppError> {
    let mut query = work_group::Entity::find().order_by_asc(work_group::Column::Name);
    if !actor.is_admin() {
        query = query.filter(work_group::Column::Id.is_in(actor.group_ids()));
    }
    let groups = query
        .all(&state.db)
        .await?
        .into_iter()
        .map(|g| {
            let role = match actor.role_in(g.id) {
                Some(Role::Facilitator) => l.t("role-facilitator"),
                Some(Role::Member) => l.t("role-member"),
                None => l.t("role-admin"),
            };
            (g, role)
        })
        .collect();
    no_store_page(StatusCode::OK, &GroupsPage { l, actor, groups })
}

#[derive(Template)]
#[template(path = "accounts/account.html")]
struct AccountPage {
    l: Locale,
    actor: Actor,
    display_name: Field,
    locale: String,
    languages: Vec<(String, String)>,
    notice: Option<String>,
    errors: Errors,
}

fn languages() -> Vec<(String, String)> {
    crate::i18n::available()
        .iter()
        .map(|code| (code.clone(), Locale::new(code).native_name()))
        .collect()
}

#[derive(Deserialize)]
struct DoneQuery {
    done: Option<String>,
}

fn account_notice(l: &Locale, done: Option<&str>) -> Option<String> {
    let key = match done? {
        "profile" => "account-notice-profile",
        "password" => "account-notice-password",
        "ended" => "sessions-notice-ended",
        _ => return None,
    };
    Some(l.t(key))
}

#[get("/account")]
async fn show_account(
    l: Locale,
    actor: Actor,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let page = AccountPage {
        notice: account_notice(&l, query.done.as_deref()),
        display_name: display_name_field(&l, &actor.account.display_name, &Errors::new()),
        locale: actor.account.locale.clone(),
        languages: languages(),
        l,
        actor,
        errors: Errors::new(),
    };
    no_store_page(StatusCode::OK, &page)
}

#[derive(Deserialize)]
struct ProfileInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    locale: String,
}

#[post("/account")]
async fn update_profile(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    form: web::Form<ProfileInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    let display_name = clean(&form.display_name, 200);
    let mut errors = Errors::new();
    check_display_name(&l, &mut errors, &display_name);
    if !crate::i18n::is_available(&form.locale) {
        errors.add("locale", l.t("account-locale-invalid"));
    }
    if !errors.is_empty() {
        let page = AccountPage {
            display_name: display_name_field(&l, &display_name, &errors),
            locale: form.locale.clone(),
            languages: languages(),
            notice: None,
            l,
            actor,
            errors,
        };
        return no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    repo::set_profile(&state.db, actor.id(), &display_name, &form.locale).await?;
    repo::audit(
        &state.db,
        Some(actor.id()),
        None,
        "profile_changed",
        &format!("account:{}", actor.id()),
        "",
    )
    .await?;
    Ok(see_other(&format!(
        "/account?done=profile&lang={}",
        form.locale
    )))
}

/// A display name: 1 to 100 characters once trimmed.
pub(super) fn check_display_name(l: &Locale, errors: &mut Errors, name: &str) {
    if name.is_empty() {
        errors.push("display_name", l.t("account-name-missing"));
    } else if name.chars().count() > 100 {
        errors.push("display_name", l.t("account-name-too-long"));
    }
}

#[derive(Template)]
#[template(path = "accounts/password.html")]
struct PasswordPage {
    l: Locale,
    actor: Actor,
    fields: Vec<Field>,
    errors: Errors,
}

impl PasswordPage {
    fn new(l: Locale, actor: Actor, errors: Errors) -> Self {
        let mut fields = vec![current_password_field(&l, "current", &errors)];
        fields.extend(new_password_fields(&l, "password-new", &errors));
        Self {
            l,
            actor,
            fields,
            errors,
        }
    }
}

#[get("/account/password")]
async fn show_password(l: Locale, actor: Actor) -> Result<HttpResponse, AppError> {
    no_store_page(StatusCode::OK, &PasswordPage::new(l, actor, Errors::new()))
}

#[derive(Deserialize)]
struct PasswordInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    current: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

#[post("/account/password")]
async fn change_password(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    form: web::Form<PasswordInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    let form = form.into_inner();
    let mut errors = Errors::new();
    confirm_password(&l, &actor, &form.current, "current", &mut errors).await;
    check_new_password(
        &l,
        &mut errors,
        "password",
        &form.password,
        "confirm",
        &form.confirm,
    );
    if errors.is_empty() && form.password == form.current {
        errors.push("password", l.t("password-same"));
    }
    if !errors.is_empty() {
        return no_store_page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &PasswordPage::new(l, actor, errors),
        );
    }
    let hash = password::hash(form.password).await?;
    repo::set_password_hash(&state.db, actor.id(), &hash).await?;
    // Whoever else knew the old password is signed out everywhere else.
    let keep = actor.session.as_ref().map(|s| s.id.as_str());
    let ended = repo::delete_sessions_of(&state.db, actor.id(), keep).await?;
    repo::audit(
        &state.db,
        Some(actor.id()),
        None,
        "password_changed",
        &format!("account:{}", actor.id()),
        &format!("other_sessions_ended={ended}"),
    )
    .await?;
    state.mailer.send_later(
        actor.account.email.clone(),
        PasswordChangedEmail {
            l: Locale::new(&actor.account.locale),
            site: state.base_url.clone(),
            link: format!(
                "{}/password-reset?lang={}",
                state.base_url, actor.account.locale
            ),
        },
    );
    Ok(see_other("/account?done=password"))
}

/// One session in the list.
struct SessionRow {
    id: String,
    device: String,
    created_at: DateTime<Utc>,
    last_seen_at: DateTime<Utc>,
    current: bool,
}

#[derive(Template)]
#[template(path = "accounts/sessions.html")]
struct SessionsPage {
    l: Locale,
    actor: Actor,
    sessions: Vec<SessionRow>,
    notice: Option<String>,
}

#[get("/account/sessions")]
async fn show_sessions(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let current = actor.session.as_ref().map(|s| s.id.clone());
    let sessions = repo::sessions_of(&state.db, actor.id(), state.settings.session_idle_minutes)
        .await?
        .into_iter()
        .map(|s: session::Model| SessionRow {
            current: current.as_deref() == Some(s.id.as_str()),
            id: s.id,
            device: s.device,
            created_at: s.created_at,
            last_seen_at: s.last_seen_at,
        })
        .collect();
    let page = SessionsPage {
        notice: account_notice(&l, query.done.as_deref()),
        l,
        actor,
        sessions,
    };
    no_store_page(StatusCode::OK, &page)
}

#[derive(Deserialize)]
struct EndSessionInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    session: String,
}

/// Ends one of the adult's sessions; ending the current one signs out.
#[post("/account/sessions/end")]
async fn end_session(
    actor: Actor,
    state: web::Data<AppState>,
    form: web::Form<EndSessionInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    if !repo::delete_session_of(&state.db, actor.id(), &form.session).await? {
        return Err(AppError::NotFound);
    }
    repo::audit(
        &state.db,
        Some(actor.id()),
        None,
        "session_ended",
        &format!("account:{}", actor.id()),
        "",
    )
    .await?;
    if actor.session.as_ref().is_some_and(|s| s.id == form.session) {
        return Ok(HttpResponse::SeeOther()
            .cookie(removed_session_cookie(&state.settings))
            .insert_header((actix_web::http::header::LOCATION, "/login?done=ended"))
            .finish());
    }
    Ok(see_other("/account/sessions?done=ended"))
}

#[derive(Deserialize)]
struct CsrfInput {
    #[serde(default)]
    csrf: String,
}

/// Signs out of every session, this one included.
#[post("/account/sessions/end-all")]
async fn end_all_sessions(
    actor: Actor,
    state: web::Data<AppState>,
    form: web::Form<CsrfInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    let ended = repo::delete_sessions_of(&state.db, actor.id(), None).await?;
    repo::audit(
        &state.db,
        Some(actor.id()),
        None,
        "sessions_ended",
        &format!("account:{}", actor.id()),
        &format!("count={ended}"),
    )
    .await?;
    Ok(HttpResponse::SeeOther()
        .cookie(removed_session_cookie(&state.settings))
        .insert_header((actix_web::http::header::LOCATION, "/login?done=ended"))
        .finish())
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| {
        c.service(show_groups)
            .service(show_account)
            .service(update_profile)
            .service(show_password)
            .service(change_password)
            .service(show_sessions)
            .service(end_session)
            .service(end_all_sessions)
    });
}
