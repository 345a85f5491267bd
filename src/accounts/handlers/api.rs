//! The accounts part of the JSON API (`/api/v1/…`, bearer API tokens only): who am I,
//! API tokens, working groups, members and invitations, the second-factor policy and the
//! audit log. Same rules and audit entries as the pages.
use actix_web::{HttpResponse, delete, get, post, put, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{
    admin::{action_label, parse_filter},
    admin_group,
    api_tokens::{check_token_name, create_token_for, require_token_holder, revoke_token_of},
    group_by_slug,
};
use crate::{
    accounts::{
        Actor, Role,
        admin::{self, Invited},
        audit,
        forms::{Errors, clean},
        repo, second_factor,
    },
    error::{AppError, Problem},
    i18n::Locale,
    state::AppState,
};

/// One of the caller's roles.
#[derive(Serialize, ToSchema)]
struct MembershipOut {
    /// The group's short name (as in `/api/v1/groups/{slug}`).
    group: String,
    group_name: String,
    role: Role,
    safeguarding_lead: bool,
}

/// The account behind the token.
#[derive(Serialize, ToSchema)]
struct Me {
    id: i32,
    email: String,
    display_name: String,
    /// The language of the e-mails this account receives.
    locale: String,
    is_admin: bool,
    totp_enabled: bool,
    memberships: Vec<MembershipOut>,
}

/// Who am I: the account of the API token and its roles.
#[utoipa::path(
    tag = "accounts",
    security(("bearer" = [])),
    responses(
        (status = 200, body = Me),
        (status = 401, description = "No or invalid token", body = Problem)
    )
)]
#[get("/api/v1/me")]
async fn me(actor: Actor, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let groups = repo::all_groups(&state.db).await?;
    let memberships = actor
        .memberships
        .iter()
        .filter_map(|m| {
            let group = groups.iter().find(|g| g.id == m.group_id)?;
            Some(MembershipOut {
                group: group.slug.clone(),
                group_name: group.name.clone(),
                role: Role::parse(&m.role)?,
                safeguarding_lead: m.safeguarding_lead,
            })
        })
        .collect();
    let a = &actor.account;
    Ok(HttpResponse::Ok().json(Me {
        id: a.id,
        email: a.email.clone(),
        display_name: a.display_name.clone(),
        locale: a.locale.clone(),
        is_admin: a.is_admin,
        totp_enabled: a.totp_enabled,
        memberships,
    }))
}

/// An API token (never its secret).
#[derive(Serialize, ToSchema)]
struct TokenOut {
    id: i32,
    name: String,
    created_at: DateTime<Utc>,
    last_used_at: Option<DateTime<Utc>>,
}

/// The caller's active API tokens.
#[utoipa::path(
    tag = "accounts",
    security(("bearer" = [])),
    responses(
        (status = 200, body = Vec<TokenOut>),
        (status = 401, body = Problem),
        (status = 403, description = "Only facilitators and administrators hold tokens", body = Problem)
    )
)]
#[get("/api/v1/tokens")]
async fn list_tokens(actor: Actor, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    require_token_holder(&actor)?;
    let tokens: Vec<TokenOut> = repo::api_tokens_of(&state.db, actor.id())
        .await?
        .into_iter()
        .map(|t| TokenOut {
            id: t.id,
            name: t.name,
            created_at: t.created_at,
            last_used_at: t.last_used_at,
        })
        .collect();
    Ok(HttpResponse::Ok().json(tokens))
}

#[derive(Deserialize, ToSchema)]
struct NewToken {
    /// What the token is for (1 to 100 characters), e.g. "Nightly export".
    name: String,
}

/// A new token with its secret: shown in this answer only.
#[derive(Serialize, ToSchema)]
struct CreatedToken {
    id: i32,
    name: String,
    created_at: DateTime<Utc>,
    /// Send it as `Authorization: Bearer <secret>`. It cannot be shown again.
    secret: String,
}

/// Creates an API token for the caller.
#[utoipa::path(
    tag = "accounts",
    security(("bearer" = [])),
    request_body = NewToken,
    responses(
        (status = 201, body = CreatedToken),
        (status = 401, body = Problem),
        (status = 403, body = Problem),
        (status = 422, description = "Invalid name", body = Problem)
    )
)]
#[post("/api/v1/tokens")]
async fn create_token(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    body: web::Json<NewToken>,
) -> Result<HttpResponse, AppError> {
    require_token_holder(&actor)?;
    let name = clean(&body.name, 200);
    let mut errors = Errors::new();
    check_token_name(&l, &mut errors, &name);
    if !errors.is_empty() {
        return Err(errors.into_app_error());
    }
    let (token, secret) = create_token_for(&state, &actor, &name, "api").await?;
    Ok(HttpResponse::Created().json(CreatedToken {
        id: token.id,
        name: token.name,
        created_at: token.created_at,
        secret,
    }))
}

/// Revokes one of the caller's API tokens (it may be the one making this request).
#[utoipa::path(
    tag = "accounts",
    security(("bearer" = [])),
    params(("id" = i32, Path, description = "The token's id")),
    responses(
        (status = 204, description = "Revoked"),
        (status = 401, body = Problem),
        (status = 403, body = Problem),
        (status = 404, description = "No such active token of the caller", body = Problem)
    )
)]
#[delete("/api/v1/tokens/{id}")]
async fn revoke_token(
    actor: Actor,
    state: web::Data<AppState>,
    id: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    require_token_holder(&actor)?;
    revoke_token_of(&state, &actor, id.into_inner(), "api").await?;
    Ok(HttpResponse::NoContent().finish())
}

/// A working group.
#[derive(Serialize, ToSchema)]
struct GroupOut {
    slug: String,
    name: String,
    created_at: DateTime<Utc>,
    /// The caller's role in it (`null` for administrators who are not members).
    role: Option<Role>,
}

/// The caller's working groups (every group for administrators).
#[utoipa::path(
    tag = "accounts",
    security(("bearer" = [])),
    responses((status = 200, body = Vec<GroupOut>), (status = 401, body = Problem))
)]
#[get("/api/v1/groups")]
async fn list_groups(actor: Actor, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let groups: Vec<GroupOut> = repo::all_groups(&state.db)
        .await?
        .into_iter()
        .filter(|g| actor.can_read(g.id))
        .map(|g| GroupOut {
            role: actor.role_in(g.id),
            slug: g.slug,
            name: g.name,
            created_at: g.created_at,
        })
        .collect();
    Ok(HttpResponse::Ok().json(groups))
}

#[derive(Deserialize, ToSchema)]
struct NewGroup {
    /// The group's name, e.g. "Council Working Group on Child Online Protection".
    name: String,
    /// Short name for links (`a-z`, `0-9`, `-`); made from the name when absent.
    #[serde(default)]
    slug: Option<String>,
}

/// Creates a working group (administrators).
#[utoipa::path(
    tag = "accounts",
    security(("bearer" = [])),
    request_body = NewGroup,
    responses(
        (status = 201, body = GroupOut),
        (status = 401, body = Problem),
        (status = 403, body = Problem),
        (status = 409, description = "The short name is taken", body = Problem),
        (status = 422, body = Problem)
    )
)]
#[post("/api/v1/groups")]
async fn create_group(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    body: web::Json<NewGroup>,
) -> Result<HttpResponse, AppError> {
    actor.require_admin()?;
    let (name, slug) = admin::check_group(&l, &body.name, body.slug.as_deref().unwrap_or(""))
        .map_err(Errors::into_app_error)?;
    let group = admin::create_group(&state.db, &actor, &name, &slug)
        .await
        .map_err(|err| match err {
            AppError::Conflict(_) => AppError::Conflict(l.t("group-slug-taken")),
            other => other,
        })?;
    Ok(HttpResponse::Created().json(GroupOut {
        slug: group.slug,
        name: group.name,
        created_at: group.created_at,
        role: None,
    }))
}

/// A member of a group.
#[derive(Serialize, ToSchema)]
struct MemberOut {
    account_id: i32,
    display_name: String,
    email: String,
    role: Role,
    safeguarding_lead: bool,
}

/// The members of a group (administrators and the group's facilitators).
#[utoipa::path(
    tag = "accounts",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The group's short name")),
    responses(
        (status = 200, body = Vec<MemberOut>),
        (status = 401, body = Problem),
        (status = 403, body = Problem),
        (status = 404, body = Problem)
    )
)]
#[get("/api/v1/groups/{slug}/members")]
async fn list_members(
    actor: Actor,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let group = group_by_slug(&state, &slug).await?;
    actor.require_facilitator(group.id)?;
    let members: Vec<MemberOut> = repo::members_of(&state.db, group.id)
        .await?
        .into_iter()
        .filter_map(|m| {
            Some(MemberOut {
                role: m.role()?,
                account_id: m.account.id,
                display_name: m.account.display_name,
                email: m.account.email,
                safeguarding_lead: m.membership.safeguarding_lead,
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(members))
}

#[derive(Deserialize, ToSchema)]
struct NewInvitationIn {
    email: String,
    /// `facilitator` or `member`.
    role: String,
    /// Language of the invitation e-mail (`ar`, `en`, `es`, `fr`, `ru`, `zh`); the
    /// caller's `Accept-Language` when absent.
    #[serde(default)]
    locale: Option<String>,
}

/// What an invitation did.
#[derive(Serialize, ToSchema)]
struct InvitationOut {
    /// `invited`: a link was e-mailed to a new person; `added`: the account existed and
    /// has the role now.
    status: String,
    /// Whether the e-mail went out (the invitation is stored either way).
    mail_sent: bool,
}

/// Invites someone to a group with a role (administrators). An existing account gets
/// the role at once.
#[utoipa::path(
    tag = "accounts",
    security(("bearer" = [])),
    params(("slug" = String, Path, description = "The group's short name")),
    request_body = NewInvitationIn,
    responses(
        (status = 201, body = InvitationOut),
        (status = 401, body = Problem),
        (status = 403, body = Problem),
        (status = 404, body = Problem),
        (status = 409, description = "Already a member of the group", body = Problem),
        (status = 422, body = Problem)
    )
)]
#[post("/api/v1/groups/{slug}/invitations")]
async fn invite(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    body: web::Json<NewInvitationIn>,
) -> Result<HttpResponse, AppError> {
    let group = admin_group(&state, &actor, None, &slug).await?;
    let locale = body.locale.clone().unwrap_or_else(|| l.code().to_owned());
    let invite = admin::check_invite(&l, &body.email, &body.role, &locale, Some(group.id))
        .map_err(Errors::into_app_error)?;
    let (status, mail_sent) = match admin::invite(&state, &actor, Some(&group), &invite).await? {
        Invited::Invited { mail_sent } => ("invited", mail_sent),
        Invited::Added { mail_sent } => ("added", mail_sent),
        Invited::AlreadyThere => return Err(AppError::Conflict(l.t("invite-already-member"))),
    };
    Ok(HttpResponse::Created().json(InvitationOut {
        status: status.to_owned(),
        mail_sent,
    }))
}

#[derive(Deserialize, ToSchema)]
struct MemberUpdate {
    /// `facilitator` or `member`.
    role: String,
    /// Whether this facilitator is the group's safeguarding lead (one per group).
    #[serde(default)]
    safeguarding_lead: bool,
}

/// Changes a member's role and safeguarding lead flag (administrators).
#[utoipa::path(
    tag = "accounts",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The group's short name"),
        ("account_id" = i32, Path, description = "The member's account id")
    ),
    request_body = MemberUpdate,
    responses(
        (status = 204, description = "Changed"),
        (status = 401, body = Problem),
        (status = 403, body = Problem),
        (status = 404, body = Problem),
        (status = 422, body = Problem)
    )
)]
#[put("/api/v1/groups/{slug}/members/{account_id}")]
async fn update_member(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    path: web::Path<(String, i32)>,
    body: web::Json<MemberUpdate>,
) -> Result<HttpResponse, AppError> {
    let (slug, account_id) = path.into_inner();
    let group = admin_group(&state, &actor, None, &slug).await?;
    let Some(role) = Role::parse(&body.role) else {
        let mut errors = Errors::new();
        errors.add("role", l.t("invite-role-missing"));
        return Err(errors.into_app_error());
    };
    admin::change_member(
        &l,
        &state.db,
        &actor,
        &group,
        account_id,
        role,
        body.safeguarding_lead,
    )
    .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Takes someone out of a group (administrators).
#[utoipa::path(
    tag = "accounts",
    security(("bearer" = [])),
    params(
        ("slug" = String, Path, description = "The group's short name"),
        ("account_id" = i32, Path, description = "The member's account id")
    ),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, body = Problem),
        (status = 403, body = Problem),
        (status = 404, body = Problem)
    )
)]
#[delete("/api/v1/groups/{slug}/members/{account_id}")]
async fn remove_member(
    actor: Actor,
    state: web::Data<AppState>,
    path: web::Path<(String, i32)>,
) -> Result<HttpResponse, AppError> {
    let (slug, account_id) = path.into_inner();
    let group = admin_group(&state, &actor, None, &slug).await?;
    admin::remove_member(&state.db, &actor, &group, account_id).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Instance-wide security settings.
#[derive(Serialize, Deserialize, ToSchema)]
struct SecuritySettings {
    /// Facilitators and administrators must use a second factor (TOTP).
    require_totp_for_facilitators: bool,
}

/// The security settings (administrators).
#[utoipa::path(
    tag = "accounts",
    security(("bearer" = [])),
    responses((status = 200, body = SecuritySettings), (status = 401, body = Problem), (status = 403, body = Problem))
)]
#[get("/api/v1/settings/security")]
async fn show_security(actor: Actor, state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    actor.require_admin()?;
    Ok(HttpResponse::Ok().json(SecuritySettings {
        require_totp_for_facilitators: second_factor::required_by_policy(&state.db).await?,
    }))
}

/// Changes the security settings (administrators). Requiring a second factor needs the
/// caller's own, and signs out facilitators and administrators who have none.
#[utoipa::path(
    tag = "accounts",
    security(("bearer" = [])),
    request_body = SecuritySettings,
    responses(
        (status = 200, body = SecuritySettings),
        (status = 401, body = Problem),
        (status = 403, body = Problem),
        (status = 422, description = "The caller has no second factor", body = Problem)
    )
)]
#[put("/api/v1/settings/security")]
async fn update_security(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    body: web::Json<SecuritySettings>,
) -> Result<HttpResponse, AppError> {
    actor.require_admin()?;
    admin::set_require_second_factor(&l, &state.db, &actor, body.require_totp_for_facilitators)
        .await?;
    Ok(HttpResponse::Ok().json(SecuritySettings {
        require_totp_for_facilitators: second_factor::required_by_policy(&state.db).await?,
    }))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
struct AuditParams {
    /// Only this action (e.g. `login_failed`).
    action: Option<String>,
    /// Only actions by this account id.
    actor: Option<String>,
    /// Only actions in this group (id).
    group: Option<String>,
    /// From this day (UTC, `YYYY-MM-DD`).
    from: Option<String>,
    /// Up to and including this day.
    to: Option<String>,
    /// Entries older than this id (the `next_before` of the previous page).
    before: Option<String>,
    /// Entries per page (1–500, default 100).
    limit: Option<u64>,
}

/// One audit entry. No personal data of young people is ever recorded.
#[derive(Serialize, ToSchema)]
struct AuditEntryOut {
    id: i32,
    at: DateTime<Utc>,
    action: String,
    /// The action in the caller's language.
    label: String,
    actor_account_id: Option<i32>,
    group_id: Option<i32>,
    target: String,
    details: String,
}

#[derive(Serialize, ToSchema)]
struct AuditPageOut {
    entries: Vec<AuditEntryOut>,
    /// Pass as `before` for the next (older) page; `null` on the last page.
    next_before: Option<i32>,
}

/// The audit log, newest first (administrators).
#[utoipa::path(
    tag = "accounts",
    security(("bearer" = [])),
    params(AuditParams),
    responses(
        (status = 200, body = AuditPageOut),
        (status = 401, body = Problem),
        (status = 403, body = Problem),
        (status = 422, description = "A filter is malformed", body = Problem)
    )
)]
#[get("/api/v1/audit")]
async fn read_audit(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    query: web::Query<AuditParams>,
) -> Result<HttpResponse, AppError> {
    actor.require_admin()?;
    let (filter, mut errors) = parse_filter(
        &l,
        query.action.as_deref(),
        query.actor.as_deref(),
        query.group.as_deref(),
        query.from.as_deref(),
        query.to.as_deref(),
        query.before.as_deref(),
    );
    let limit = query.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        errors.add("limit", l.t("audit-filter-invalid"));
    }
    if !errors.is_empty() {
        return Err(errors.into_app_error());
    }
    let (entries, more) = audit::search(&state.db, &filter, limit).await?;
    let next_before = if more {
        entries.last().map(|e| e.id)
    } else {
        None
    };
    let entries = entries
        .into_iter()
        .map(|e| AuditEntryOut {
            label: action_label(&l, &e.action),
            id: e.id,
            at: e.at,
            action: e.action,
            actor_account_id: e.actor_account_id,
            group_id: e.group_id,
            target: e.target,
            details: e.details,
        })
        .collect();
    Ok(HttpResponse::Ok().json(AuditPageOut {
        entries,
        next_before,
    }))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(me)
        .service(list_tokens)
        .service(create_token)
        .service(revoke_token)
        .service(list_groups)
        .service(create_group)
        .service(list_members)
        .service(invite)
        .service(update_member)
        .service(remove_member)
        .service(show_security)
        .service(update_security)
        .service(read_audit);
}
