//! The administrators' pages under `/admin`: working groups and their members, invitations,
//! accounts, the second-factor policy, and the audit log.
use actix_web::{HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use chrono::NaiveDate;
use serde::Deserialize;

use super::admin_group;
use crate::web::no_store_page;
use crate::{
    accounts::{
        Actor, Role,
        admin::{self, Invited},
        audit,
        forms::{Errors, Field, see_other},
        links, repo, second_factor, throttle,
    },
    entities::{account, audit_log, invitation, work_group},
    error::AppError,
    i18n::Locale,
    state::AppState,
};

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

/// The confirmation for `?done=…` after a change.
fn notice(l: &Locale, done: Option<&str>) -> Option<(String, bool)> {
    let (key, ok) = match done? {
        "created" => ("admin-notice-group-created", true),
        "invited" => ("admin-notice-invited", true),
        "added" => ("admin-notice-added", true),
        "nomail" => ("admin-notice-no-mail", false),
        "changed" => ("admin-notice-changed", true),
        "removed" => ("admin-notice-removed", true),
        "revoked" => ("admin-notice-revoked", true),
        "unlocked" => ("admin-notice-unlocked", true),
        "settings" => ("admin-notice-settings", true),
        _ => return None,
    };
    Some((l.t(key), ok))
}

#[derive(Deserialize)]
struct CsrfInput {
    #[serde(default)]
    csrf: String,
}

// ---------------------------------------------------------------- overview and policy

#[derive(Template)]
#[template(path = "admin/index.html")]
struct IndexPage {
    l: Locale,
    actor: Actor,
    groups: usize,
    accounts: usize,
    require_totp: bool,
    notice: Option<(String, bool)>,
    errors: Errors,
}

impl IndexPage {
    fn count_label(&self, key: &str, count: &usize) -> String {
        self.l.t_count(key, i64::try_from(*count).unwrap_or(0))
    }

    async fn of(
        state: &AppState,
        l: Locale,
        actor: Actor,
        errors: Errors,
        notice: Option<(String, bool)>,
    ) -> Result<Self, AppError> {
        Ok(Self {
            groups: repo::all_groups(&state.db).await?.len(),
            accounts: repo::all_accounts(&state.db).await?.len(),
            require_totp: second_factor::required_by_policy(&state.db).await?,
            l,
            actor,
            notice,
            errors,
        })
    }
}

#[get("/admin")]
async fn show_index(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    actor.require_admin()?;
    let notice = notice(&l, query.done.as_deref());
    let page = IndexPage::of(&state, l, actor, Errors::new(), notice).await?;
    no_store_page(StatusCode::OK, &page)
}

#[derive(Deserialize)]
struct SettingsInput {
    #[serde(default)]
    csrf: String,
    require_totp: Option<String>,
}

#[post("/admin/settings")]
async fn save_settings(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    form: web::Form<SettingsInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    actor.require_admin()?;
    let on = form.require_totp.is_some();
    match admin::set_require_second_factor(&l, &state.db, &actor, on).await {
        Ok(_) => Ok(see_other("/admin?done=settings")),
        Err(AppError::Invalid(problems)) => {
            let mut errors = Errors::new();
            for p in problems {
                errors.add(&p.field, p.message);
            }
            let page = IndexPage::of(&state, l, actor, errors, None).await?;
            no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(err) => Err(err),
    }
}

// ---------------------------------------------------------------- groups

#[derive(Template)]
#[template(path = "admin/groups.html")]
struct GroupsPage {
    l: Locale,
    actor: Actor,
    groups: Vec<(work_group::Model, usize)>,
    group_name: Field,
    slug: Field,
    notice: Option<(String, bool)>,
    errors: Errors,
}

/// The inputs of a new group's name and short name.
fn group_fields(l: &Locale, name: &str, slug: &str, errors: &Errors) -> (Field, Field) {
    let field = |name: &str, label: &str, value: &str| {
        Field::text(name, l.t(label))
            .hint(l.t(&format!("{label}-hint")))
            .value(value)
            .autocomplete("off")
            .errors(errors)
    };
    (
        field("name", "group-name", name),
        field("slug", "group-slug", slug),
    )
}

/// The input of the address an invitation goes to.
fn invite_email_field(l: &Locale, value: &str, errors: &Errors) -> Field {
    Field::email("email", l.t("login-email"))
        .value(value)
        .autocomplete("off")
        .errors(errors)
}

impl GroupsPage {
    async fn of(state: &AppState, l: Locale, actor: Actor) -> Result<Self, AppError> {
        let mut groups = Vec::new();
        for group in repo::all_groups(&state.db).await? {
            let count = repo::members_of(&state.db, group.id).await?.len();
            groups.push((group, count));
        }
        let (group_name, slug) = group_fields(&l, "", "", &Errors::new());
        Ok(Self {
            l,
            actor,
            groups,
            group_name,
            slug,
            notice: None,
            errors: Errors::new(),
        })
    }
}

#[get("/admin/groups")]
async fn show_groups(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    actor.require_admin()?;
    let notice = notice(&l, query.done.as_deref());
    let mut page = GroupsPage::of(&state, l, actor).await?;
    page.notice = notice;
    no_store_page(StatusCode::OK, &page)
}

#[derive(Deserialize)]
struct GroupInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    slug: String,
}

#[post("/admin/groups")]
async fn create_group(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    form: web::Form<GroupInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    actor.require_admin()?;
    let errors = match admin::check_group(&l, &form.name, &form.slug) {
        Ok((name, slug)) => match admin::create_group(&state.db, &actor, &name, &slug).await {
            Ok(group) => {
                return Ok(see_other(&format!(
                    "/admin/groups/{}?done=created",
                    group.slug
                )));
            }
            Err(AppError::Conflict(_)) => {
                let mut errors = Errors::new();
                errors.push("slug", l.t("group-slug-taken"));
                errors
            }
            Err(err) => return Err(err),
        },
        Err(errors) => errors,
    };
    let mut page = GroupsPage::of(&state, l, actor).await?;
    (page.group_name, page.slug) =
        group_fields(&page.l, form.name.trim(), form.slug.trim(), &errors);
    page.errors = errors;
    no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// One row of the members table.
struct MemberRow {
    account_id: i32,
    name: String,
    email: String,
    role: String,
    lead: bool,
    totp: bool,
}

#[derive(Template)]
#[template(path = "admin/group.html")]
struct GroupPage {
    l: Locale,
    actor: Actor,
    group: work_group::Model,
    members: Vec<MemberRow>,
    invitations: Vec<invitation::Model>,
    languages: Vec<(String, String)>,
    email: Field,
    role: String,
    locale: String,
    notice: Option<(String, bool)>,
    errors: Errors,
}

impl GroupPage {
    async fn of(
        state: &AppState,
        l: Locale,
        actor: Actor,
        group: work_group::Model,
    ) -> Result<Self, AppError> {
        let members = repo::members_of(&state.db, group.id)
            .await?
            .into_iter()
            .map(|m| MemberRow {
                account_id: m.account.id,
                name: m.account.display_name,
                email: m.account.email,
                role: m.membership.role,
                lead: m.membership.safeguarding_lead,
                totp: m.account.totp_enabled,
            })
            .collect();
        let invitations = links::pending_invitations(&state.db, Some(group.id)).await?;
        Ok(Self {
            locale: l.code().to_owned(),
            email: invite_email_field(&l, "", &Errors::new()),
            l,
            actor,
            group,
            members,
            invitations,
            languages: languages(),
            role: "member".to_owned(),
            notice: None,
            errors: Errors::new(),
        })
    }

    fn role_label(&self, role: &str) -> String {
        self.l.t(&format!("role-{role}"))
    }
}

#[get("/admin/groups/{slug}")]
async fn show_group(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    let group = admin_group(&state, &actor, None, &slug).await?;
    let notice = notice(&l, query.done.as_deref());
    let mut page = GroupPage::of(&state, l, actor, group).await?;
    page.notice = notice;
    no_store_page(StatusCode::OK, &page)
}

#[derive(Deserialize)]
struct InviteInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    locale: String,
}

#[post("/admin/groups/{slug}/invitations")]
async fn invite_to_group(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    slug: web::Path<String>,
    form: web::Form<InviteInput>,
) -> Result<HttpResponse, AppError> {
    let group = admin_group(&state, &actor, Some(&form.csrf), &slug).await?;
    let errors =
        match admin::check_invite(&l, &form.email, &form.role, &form.locale, Some(group.id)) {
            Ok(invite) => {
                let back = format!("/admin/groups/{}", group.slug);
                match admin::invite(&state, &actor, Some(&group), &invite).await? {
                    Invited::Invited { mail_sent: true } => {
                        return Ok(see_other(&format!("{back}?done=invited")));
                    }
                    Invited::Added { mail_sent: true } => {
                        return Ok(see_other(&format!("{back}?done=added")));
                    }
                    Invited::Invited { mail_sent: false } | Invited::Added { mail_sent: false } => {
                        return Ok(see_other(&format!("{back}?done=nomail")));
                    }
                    Invited::AlreadyThere => {
                        let mut errors = Errors::new();
                        errors.push("email", l.t("invite-already-member"));
                        errors
                    }
                }
            }
            Err(errors) => errors,
        };
    let mut page = GroupPage::of(&state, l, actor, group).await?;
    page.email = invite_email_field(&page.l, form.email.trim(), &errors);
    page.role = form.role.clone();
    page.locale = form.locale.clone();
    page.errors = errors;
    no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

#[post("/admin/groups/{slug}/invitations/{id}/revoke")]
async fn revoke_group_invitation(
    actor: Actor,
    state: web::Data<AppState>,
    path: web::Path<(String, i32)>,
    form: web::Form<CsrfInput>,
) -> Result<HttpResponse, AppError> {
    let (slug, id) = path.into_inner();
    let group = admin_group(&state, &actor, Some(&form.csrf), &slug).await?;
    revoke(&state, &actor, Some(group.id), id).await?;
    Ok(see_other(&format!(
        "/admin/groups/{}?done=revoked",
        group.slug
    )))
}

async fn revoke(
    state: &AppState,
    actor: &Actor,
    group_id: Option<i32>,
    id: i32,
) -> Result<(), AppError> {
    let row = links::revoke_invitation(&state.db, group_id, id)
        .await?
        .ok_or(AppError::NotFound)?;
    repo::audit(
        &state.db,
        Some(actor.id()),
        group_id,
        "invitation_revoked",
        &format!("invitation:{}", row.id),
        "",
    )
    .await?;
    Ok(())
}

#[derive(Deserialize)]
struct MemberInput {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    role: String,
    safeguarding_lead: Option<String>,
}

#[post("/admin/groups/{slug}/members/{account_id}")]
async fn change_member(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    path: web::Path<(String, i32)>,
    form: web::Form<MemberInput>,
) -> Result<HttpResponse, AppError> {
    let (slug, account_id) = path.into_inner();
    let group = admin_group(&state, &actor, Some(&form.csrf), &slug).await?;
    let mut errors = Errors::new();
    match Role::parse(&form.role) {
        None => errors.add("members", l.t("invite-role-missing")),
        Some(role) => {
            let lead = form.safeguarding_lead.is_some();
            match admin::change_member(&l, &state.db, &actor, &group, account_id, role, lead).await
            {
                Ok(()) => {
                    return Ok(see_other(&format!(
                        "/admin/groups/{}?done=changed",
                        group.slug
                    )));
                }
                Err(AppError::Invalid(problems)) => {
                    for p in problems {
                        errors.add("members", p.message);
                    }
                }
                Err(err) => return Err(err),
            }
        }
    }
    let mut page = GroupPage::of(&state, l, actor, group).await?;
    page.errors = errors;
    no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

#[post("/admin/groups/{slug}/members/{account_id}/remove")]
async fn remove_member(
    actor: Actor,
    state: web::Data<AppState>,
    path: web::Path<(String, i32)>,
    form: web::Form<CsrfInput>,
) -> Result<HttpResponse, AppError> {
    let (slug, account_id) = path.into_inner();
    let group = admin_group(&state, &actor, Some(&form.csrf), &slug).await?;
    admin::remove_member(&state.db, &actor, &group, account_id).await?;
    Ok(see_other(&format!(
        "/admin/groups/{}?done=removed",
        group.slug
    )))
}

// ---------------------------------------------------------------- accounts

/// One row of the accounts table.
struct AccountRow {
    account: account::Model,
    locked: bool,
    /// "In 2 groups", in the reader's language.
    groups: String,
}

#[derive(Template)]
#[template(path = "admin/accounts.html")]
struct AccountsPage {
    l: Locale,
    actor: Actor,
    accounts: Vec<AccountRow>,
    invitations: Vec<invitation::Model>,
    languages: Vec<(String, String)>,
    email: Field,
    locale: String,
    notice: Option<(String, bool)>,
    errors: Errors,
}

impl AccountsPage {
    async fn of(state: &AppState, l: Locale, actor: Actor) -> Result<Self, AppError> {
        let mut accounts = Vec::new();
        for account in repo::all_accounts(&state.db).await? {
            accounts.push(AccountRow {
                locked: throttle::is_locked(&state.settings, &account),
                groups: l.t_count(
                    "admin-groups-count",
                    i64::try_from(repo::memberships_of(&state.db, account.id).await?.len())
                        .unwrap_or(0),
                ),
                account,
            });
        }
        Ok(Self {
            locale: l.code().to_owned(),
            email: invite_email_field(&l, "", &Errors::new()),
            l,
            actor,
            accounts,
            invitations: links::pending_invitations(&state.db, None).await?,
            languages: languages(),
            notice: None,
            errors: Errors::new(),
        })
    }
}

#[get("/admin/accounts")]
async fn show_accounts(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    query: web::Query<DoneQuery>,
) -> Result<HttpResponse, AppError> {
    actor.require_admin()?;
    let notice = notice(&l, query.done.as_deref());
    let mut page = AccountsPage::of(&state, l, actor).await?;
    page.notice = notice;
    no_store_page(StatusCode::OK, &page)
}

#[post("/admin/accounts/invitations")]
async fn invite_admin(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    form: web::Form<InviteInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    actor.require_admin()?;
    let errors = match admin::check_invite(&l, &form.email, "admin", &form.locale, None) {
        Ok(invite) => match admin::invite(&state, &actor, None, &invite).await? {
            Invited::Invited { mail_sent: true } => {
                return Ok(see_other("/admin/accounts?done=invited"));
            }
            Invited::Added { .. } => return Ok(see_other("/admin/accounts?done=added")),
            Invited::Invited { mail_sent: false } => {
                return Ok(see_other("/admin/accounts?done=nomail"));
            }
            Invited::AlreadyThere => {
                let mut errors = Errors::new();
                errors.push("email", l.t("invite-already-admin"));
                errors
            }
        },
        Err(errors) => errors,
    };
    let mut page = AccountsPage::of(&state, l, actor).await?;
    page.email = invite_email_field(&page.l, form.email.trim(), &errors);
    page.locale = form.locale.clone();
    page.errors = errors;
    no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

#[post("/admin/accounts/invitations/{id}/revoke")]
async fn revoke_admin_invitation(
    actor: Actor,
    state: web::Data<AppState>,
    id: web::Path<i32>,
    form: web::Form<CsrfInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    actor.require_admin()?;
    revoke(&state, &actor, None, id.into_inner()).await?;
    Ok(see_other("/admin/accounts?done=revoked"))
}

#[post("/admin/accounts/{id}/unlock")]
async fn unlock_account(
    actor: Actor,
    state: web::Data<AppState>,
    id: web::Path<i32>,
    form: web::Form<CsrfInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    actor.require_admin()?;
    admin::unlock(&state.db, &actor, id.into_inner()).await?;
    Ok(see_other("/admin/accounts?done=unlocked"))
}

#[post("/admin/accounts/{id}/revoke-admin")]
async fn revoke_admin(
    actor: Actor,
    state: web::Data<AppState>,
    id: web::Path<i32>,
    form: web::Form<CsrfInput>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    actor.require_admin()?;
    admin::revoke_admin(&state.db, &actor, id.into_inner()).await?;
    Ok(see_other("/admin/accounts?done=changed"))
}

// ---------------------------------------------------------------- audit log

const AUDIT_PAGE: u64 = 50;

#[derive(Deserialize, Default)]
struct AuditQuery {
    action: Option<String>,
    actor: Option<String>,
    group: Option<String>,
    from: Option<String>,
    to: Option<String>,
    before: Option<String>,
}

/// One line of the audit log as administrators read it.
struct AuditRow {
    entry: audit_log::Model,
    action: String,
    actor: String,
    group: String,
}

#[derive(Template)]
#[template(path = "admin/audit.html")]
struct AuditPage {
    l: Locale,
    actor: Actor,
    rows: Vec<AuditRow>,
    actions: Vec<(String, String)>,
    accounts: Vec<account::Model>,
    groups: Vec<work_group::Model>,
    query: AuditQuery,
    next_page: Option<String>,
    errors: Errors,
}

/// The label of an audit action in the reader's language, or its code.
pub(super) fn action_label(l: &Locale, action: &str) -> String {
    if audit::ACCOUNT_ACTIONS.contains(&action) {
        l.t(&format!("audit-action-{}", action.replace('_', "-")))
    } else {
        action.to_owned()
    }
}

/// Reads the filters of the audit log; bad ones are reported by field and ignored.
pub(super) fn parse_filter(
    l: &Locale,
    action: Option<&str>,
    actor: Option<&str>,
    group: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
    before: Option<&str>,
) -> (audit::Filter, Errors) {
    let mut errors = Errors::new();
    let some = |v: Option<&str>| {
        v.map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    let mut number = |field: &str, v: Option<&str>| -> Option<i32> {
        let v = some(v)?;
        match v.parse::<i32>() {
            Ok(n) => Some(n),
            Err(_) => {
                errors.add(field, l.t("audit-filter-invalid"));
                None
            }
        }
    };
    let actor = number("actor", actor);
    let group = number("group", group);
    let before = number("before", before);
    let mut date = |field: &str, v: Option<&str>| -> Option<NaiveDate> {
        let v = some(v)?;
        match NaiveDate::parse_from_str(&v, "%Y-%m-%d") {
            Ok(d) => Some(d),
            Err(_) => {
                errors.add(field, l.t("audit-date-invalid"));
                None
            }
        }
    };
    let from = date("from", from);
    let to = date("to", to);
    if let (Some(f), Some(t)) = (from, to)
        && t < f
    {
        errors.add("to", l.t("audit-dates-reversed"));
    }
    (
        audit::Filter {
            action: some(action),
            actor,
            group,
            from,
            to,
            before,
        },
        errors,
    )
}

#[get("/admin/audit")]
async fn show_audit(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, AppError> {
    actor.require_admin()?;
    let query = query.into_inner();
    let (filter, errors) = parse_filter(
        &l,
        query.action.as_deref(),
        query.actor.as_deref(),
        query.group.as_deref(),
        query.from.as_deref(),
        query.to.as_deref(),
        query.before.as_deref(),
    );
    let (entries, more) = audit::search(&state.db, &filter, AUDIT_PAGE).await?;
    let accounts = repo::all_accounts(&state.db).await?;
    let groups = repo::all_groups(&state.db).await?;
    let rows = entries
        .into_iter()
        .map(|entry| AuditRow {
            action: action_label(&l, &entry.action),
            actor: entry
                .actor_account_id
                .and_then(|id| accounts.iter().find(|a| a.id == id))
                .map(|a| format!("{} <{}>", a.display_name, a.email))
                .unwrap_or_default(),
            group: entry
                .group_id
                .and_then(|id| groups.iter().find(|g| g.id == id))
                .map(|g| g.name.clone())
                .unwrap_or_default(),
            entry,
        })
        .collect::<Vec<_>>();
    let next_page = if more {
        rows.last().map(|last| {
            let mut pairs = vec![("before", last.entry.id.to_string())];
            for (name, value) in [
                ("action", &query.action),
                ("actor", &query.actor),
                ("group", &query.group),
                ("from", &query.from),
                ("to", &query.to),
            ] {
                if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                    pairs.push((name, v.to_owned()));
                }
            }
            let query: Vec<String> = pairs
                .into_iter()
                .map(|(k, v)| format!("{k}={}", crate::web::percent_encode(&v)))
                .collect();
            format!("/admin/audit?{}", query.join("&"))
        })
    } else {
        None
    };
    let actions = audit::actions(&state.db)
        .await?
        .into_iter()
        .map(|a| (action_label(&l, &a), a))
        .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    };
    let page = AuditPage {
        l,
        actor,
        rows,
        actions,
        accounts,
        groups,
        query,
        next_page,
        errors,
    };
    no_store_page(status, &page)
}

impl AuditPage {
    fn selected(&self, field: &str, value: &str) -> bool {
        let current = match field {
            "action" => &self.query.action,
            "actor" => &self.query.actor,
            "group" => &self.query.group,
            _ => return false,
        };
        current.as_deref() == Some(value)
    }

    fn value(&self, field: &str) -> String {
        match field {
            "from" => self.query.from.clone(),
            "to" => self.query.to.clone(),
            _ => None,
        }
        .unwrap_or_default()
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| {
        c.service(show_index)
            .service(save_settings)
            .service(show_groups)
            .service(create_group)
            .service(show_group)
            .service(invite_to_group)
            .service(revoke_group_invitation)
            .service(change_member)
            .service(remove_member)
            .service(show_accounts)
            .service(invite_admin)
            .service(revoke_admin_invitation)
            .service(unlock_account)
            .service(revoke_admin)
            .service(show_audit)
    });
}
