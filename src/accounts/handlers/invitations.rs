//! Accepting an invitation: the invitee chooses a display name and a password (the link
//! is valid 7 days and works once). Someone who already has an account just accepts.
use actix_web::{HttpRequest, HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use serde::Deserialize;

use super::{account_pages::check_display_name, reset::link_problem, sign_in, start_pending};
use crate::web::no_store_page;
use crate::{
    accounts::{
        Role,
        forms::{
            Errors, Field, check_new_password, clean, display_name_field, form_token,
            form_token_ok, new_password_fields, see_other, with_cookie,
        },
        links::{self, LinkProblem, Offer},
        password, repo, second_factor,
    },
    db,
    entities::{invitation, work_group},
    error::AppError,
    i18n::Locale,
    state::AppState,
    web::percent_encode,
};

#[derive(Template)]
#[template(path = "accounts/invitation.html")]
struct InvitationPage {
    l: Locale,
    csrf: String,
    token: String,
    email: String,
    offer: String,
    has_account: bool,
    /// The new account's name and password (for an address without an account).
    fields: Vec<Field>,
    errors: Errors,
}

fn new_account_fields(l: &Locale, display_name: &str, errors: &Errors) -> Vec<Field> {
    let mut fields = vec![display_name_field(l, display_name, errors)];
    fields.extend(new_password_fields(l, "password-choose", errors));
    fields
}

/// "Facilitator in Youth Panel", in the reader's language.
async fn describe_offer(
    state: &AppState,
    l: &Locale,
    invitation: &invitation::Model,
) -> Result<String, AppError> {
    Ok(match invitation.offer() {
        Some(Offer::Group(group_id, role)) => {
            let group = work_group::Entity::find_by_id(group_id)
                .one(&state.db)
                .await?
                .ok_or(AppError::NotFound)?;
            let role = match role {
                Role::Facilitator => l.t("role-facilitator"),
                Role::Member => l.t("role-member"),
            };
            l.t_args(
                "invitation-offer-group",
                &[
                    ("role", crate::i18n::Arg::Str(&role)),
                    ("group", crate::i18n::Arg::Str(&group.name)),
                ],
            )
        }
        _ => l.t("invitation-offer-admin"),
    })
}

use sea_orm::EntityTrait as _;

#[get("/invitations/{token}")]
async fn show_invitation(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    token: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let invitation = match links::find_invitation(&state.db, &token).await? {
        Ok(invitation) => invitation,
        Err(problem) => return link_problem(l, problem, "/login", "back-to-login"),
    };
    let has_account = repo::find_account_by_email(&state.db, &invitation.email)
        .await?
        .is_some();
    let (csrf, cookie) = form_token(&req, &state.settings);
    let page = InvitationPage {
        offer: describe_offer(&state, &l, &invitation).await?,
        fields: new_account_fields(&l, "", &Errors::new()),
        l,
        csrf,
        token: token.into_inner(),
        email: invitation.email,
        has_account,
        errors: Errors::new(),
    };
    Ok(with_cookie(no_store_page(StatusCode::OK, &page)?, cookie))
}

#[derive(Deserialize)]
struct AcceptInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    confirm: String,
}

/// Gives an account what an invitation offers (a role in a group, or administration).
async fn apply_offer(
    db: &impl sea_orm::ConnectionTrait,
    account_id: i32,
    invitation: &invitation::Model,
) -> Result<(), AppError> {
    match invitation.offer() {
        Some(Offer::Group(group, role)) => {
            if repo::membership(db, account_id, group).await?.is_none() {
                repo::set_membership(db, account_id, group, role).await?;
            }
        }
        Some(Offer::Admin) => repo::set_admin(db, account_id, true).await?,
        None => return Err(AppError::NotFound),
    }
    repo::audit(
        db,
        Some(account_id),
        invitation.group_id,
        "invitation_accepted",
        &format!("invitation:{}", invitation.id),
        &format!("role={}", invitation.role),
    )
    .await?;
    Ok(())
}

#[post("/invitations/{token}")]
async fn accept_invitation(
    req: HttpRequest,
    l: Locale,
    state: web::Data<AppState>,
    token: web::Path<String>,
    form: web::Form<AcceptInput>,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let token = token.into_inner();
    let invitation = match links::find_invitation(&state.db, &token).await? {
        Ok(invitation) => invitation,
        Err(problem) => return link_problem(l, problem, "/login", "back-to-login"),
    };
    let form = form.into_inner();
    let existing = repo::find_account_by_email(&state.db, &invitation.email).await?;
    let display_name = clean(&form.display_name, 200);
    let errors = acceptance_errors(&req, &state, &l, &form, existing.is_some(), &display_name);
    if !errors.is_empty() {
        let (csrf, cookie) = form_token(&req, &state.settings);
        let page = InvitationPage {
            offer: describe_offer(&state, &l, &invitation).await?,
            fields: new_account_fields(&l, &display_name, &errors),
            l,
            csrf,
            token,
            email: invitation.email,
            has_account: existing.is_some(),
            errors,
        };
        return Ok(with_cookie(
            no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page)?,
            cookie,
        ));
    }
    if let Some(account) = existing {
        let txn = db::begin_write(&state.db).await?;
        if !links::consume_invitation(&txn, invitation.id).await? {
            return link_problem(l, LinkProblem::Used, "/login", "back-to-login");
        }
        apply_offer(&txn, account.id, &invitation).await?;
        txn.commit().await?;
        crate::accounts::admin::enforce_second_factor(&state.db, account.id).await?;
        return Ok(see_other("/login?done=added"));
    }
    let hash = password::hash(form.password).await?;
    let Some(account_id) =
        create_invited(&state, l.code(), &invitation, &display_name, &hash).await?
    else {
        return link_problem(l, LinkProblem::Used, "/login", "back-to-login");
    };
    sign_in_invited(&req, &state, account_id).await
}

/// What is wrong with an acceptance: an expired form, or (for an address without an
/// account) the new account's name and password.
fn acceptance_errors(
    req: &HttpRequest,
    state: &AppState,
    l: &Locale,
    form: &AcceptInput,
    has_account: bool,
    display_name: &str,
) -> Errors {
    let mut errors = Errors::new();
    if !form_token_ok(req, &state.settings, &form.csrf) {
        if has_account {
            errors.add("accept", l.t("form-expired"));
        } else {
            errors.push("display_name", l.t("form-expired"));
        }
    } else if !has_account {
        check_display_name(l, &mut errors, display_name);
        check_new_password(
            l,
            &mut errors,
            "password",
            &form.password,
            "confirm",
            &form.confirm,
        );
    }
    errors
}

/// Creates the invitee's account with every role offered to the address, in one
/// transaction; `None` when the link was used meanwhile.
async fn create_invited(
    state: &AppState,
    locale: &str,
    invitation: &invitation::Model,
    display_name: &str,
    hash: &str,
) -> Result<Option<i32>, AppError> {
    let txn = db::begin_write(&state.db).await?;
    if !links::consume_invitation(&txn, invitation.id).await? {
        return Ok(None);
    }
    let account = repo::create_account(
        &txn,
        repo::NewAccount {
            email: &invitation.email,
            display_name,
            password_hash: hash,
            is_admin: false,
            locale,
        },
    )
    .await?;
    apply_offer(&txn, account.id, invitation).await?;
    // Other invitations to the same address count too: one account, every role offered.
    for other in links::open_invitations_for(&txn, &invitation.email).await? {
        if links::consume_invitation(&txn, other.id).await? {
            apply_offer(&txn, account.id, &other).await?;
        }
    }
    txn.commit().await?;
    Ok(Some(account.id))
}

/// Signs a new account in, by way of setting up a second factor where its roles need one.
async fn sign_in_invited(
    req: &HttpRequest,
    state: &AppState,
    account_id: i32,
) -> Result<HttpResponse, AppError> {
    let account = repo::account_by_id(&state.db, account_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let next = if account.is_admin {
        "/admin"
    } else {
        // `/` leads on to the group's home.
        "/"
    };
    if second_factor::required_for(&state.db, &account).await? {
        let pending = start_pending(req, state, &account).await?;
        return Ok(HttpResponse::SeeOther()
            .cookie(pending)
            .insert_header((
                actix_web::http::header::LOCATION,
                format!("/login/2fa/setup?next={}", percent_encode(next)),
            ))
            .finish());
    }
    sign_in(req, state, &state.db, &account, "invitation", next).await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| c.service(show_invitation).service(accept_invitation));
}
