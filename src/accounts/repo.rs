//! Queries on accounts, groups, memberships, sessions and API tokens.
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, sea_query::Expr,
};

use super::Role;
use crate::entities::{account, api_token, audit_log, membership, session, work_group};

/// An account to create. The password is already hashed.
pub struct NewAccount<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub is_admin: bool,
    pub locale: &'a str,
}

/// E-mail addresses are compared case-insensitively and without surrounding spaces.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

/// # Errors
/// A database error (a duplicate e-mail is a unique violation).
pub async fn create_account(
    db: &impl ConnectionTrait,
    new: NewAccount<'_>,
) -> Result<account::Model, DbErr> {
    let now = Utc::now();
    account::ActiveModel {
        email: Set(normalise_email(new.email)),
        display_name: Set(new.display_name.trim().to_owned()),
        password_hash: Set(new.password_hash.to_owned()),
        is_admin: Set(new.is_admin),
        locale: Set(new.locale.to_owned()),
        totp_secret: Set(None),
        totp_enabled: Set(false),
        failed_logins: Set(0),
        locked_until: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// # Errors
/// A database error.
pub async fn find_account_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<account::Model>, DbErr> {
    account::Entity::find()
        .filter(account::Column::Email.eq(normalise_email(email)))
        .one(db)
        .await
}

/// # Errors
/// A database error (a duplicate slug is a unique violation).
pub async fn create_group(
    db: &impl ConnectionTrait,
    slug: &str,
    name: &str,
) -> Result<work_group::Model, DbErr> {
    work_group::ActiveModel {
        slug: Set(slug.to_owned()),
        name: Set(name.to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// Gives an account a role in a group (replacing any earlier role there).
///
/// # Errors
/// A database error.
pub async fn set_membership(
    db: &impl ConnectionTrait,
    account_id: i32,
    group_id: i32,
    role: Role,
) -> Result<(), DbErr> {
    membership::Entity::delete_many()
        .filter(membership::Column::AccountId.eq(account_id))
        .filter(membership::Column::GroupId.eq(group_id))
        .exec(db)
        .await?;
    membership::ActiveModel {
        account_id: Set(account_id),
        group_id: Set(group_id),
        role: Set(role.as_str().to_owned()),
        safeguarding_lead: Set(false),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// # Errors
/// A database error.
pub async fn memberships_of(
    db: &impl ConnectionTrait,
    account_id: i32,
) -> Result<Vec<membership::Model>, DbErr> {
    membership::Entity::find()
        .filter(membership::Column::AccountId.eq(account_id))
        .order_by_asc(membership::Column::GroupId)
        .all(db)
        .await
}

/// Creates an API token and returns the secret, shown once.
///
/// # Errors
/// A database error.
pub async fn create_api_token(
    db: &impl ConnectionTrait,
    account_id: i32,
    name: &str,
) -> Result<(api_token::Model, String), DbErr> {
    let secret = format!("cst_{}", crate::secrets::new_secret());
    let row = api_token::ActiveModel {
        account_id: Set(account_id),
        name: Set(name.to_owned()),
        token_hash: Set(crate::secrets::digest(&secret)),
        created_at: Set(Utc::now()),
        last_used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok((row, secret))
}

/// The account behind a valid, unrevoked API token.
///
/// # Errors
/// A database error.
pub async fn account_by_api_token(
    db: &impl ConnectionTrait,
    secret: &str,
) -> Result<Option<account::Model>, DbErr> {
    let Some(token) = api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(crate::secrets::digest(secret)))
        .filter(api_token::Column::RevokedAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let now = Utc::now();
    if token
        .last_used_at
        .is_none_or(|at| now - at > chrono::Duration::minutes(1))
    {
        api_token::Entity::update_many()
            .col_expr(api_token::Column::LastUsedAt, Expr::value(Some(now)))
            .filter(api_token::Column::Id.eq(token.id))
            .exec(db)
            .await?;
    }
    account::Entity::find_by_id(token.account_id).one(db).await
}

/// Creates a session for an account; returns the cookie value (only its hash is stored).
///
/// # Errors
/// A database error.
pub async fn create_session(
    db: &impl ConnectionTrait,
    account_id: i32,
    device: &str,
    expires_at: DateTime<Utc>,
    second_factor_done: bool,
) -> Result<String, DbErr> {
    let secret = crate::secrets::new_secret();
    let now = Utc::now();
    session::ActiveModel {
        id: Set(crate::secrets::digest(&secret)),
        account_id: Set(account_id),
        csrf_token: Set(crate::secrets::new_secret()),
        second_factor_done: Set(second_factor_done),
        device: Set(device.chars().take(100).collect()),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(expires_at),
    }
    .insert(db)
    .await?;
    Ok(secret)
}

/// The session for a cookie value, if it exists.
///
/// # Errors
/// A database error.
pub async fn find_session(
    db: &impl ConnectionTrait,
    secret: &str,
) -> Result<Option<session::Model>, DbErr> {
    session::Entity::find_by_id(crate::secrets::digest(secret))
        .one(db)
        .await
}

/// Records activity on a session (for the idle timeout).
///
/// # Errors
/// A database error.
pub async fn touch_session(db: &impl ConnectionTrait, id: &str) -> Result<(), DbErr> {
    session::Entity::update_many()
        .col_expr(session::Column::LastSeenAt, Expr::value(Utc::now()))
        .filter(session::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// # Errors
/// A database error.
pub async fn delete_session(db: &impl ConnectionTrait, id: &str) -> Result<(), DbErr> {
    session::Entity::delete_by_id(id.to_owned())
        .exec(db)
        .await?;
    Ok(())
}

/// Records a sensitive action. `details` must hold no personal data of young people.
///
/// # Errors
/// A database error.
pub async fn audit(
    db: &impl ConnectionTrait,
    actor: Option<i32>,
    group_id: Option<i32>,
    action: &str,
    target: &str,
    details: &str,
) -> Result<(), DbErr> {
    audit_at(db, Utc::now(), actor, group_id, action, target, details).await
}

/// Like [`audit`], with the time rounded down to the hour, as responses are stored: for
/// entries that follow a young person's submission at once (a safeguarding alert), whose
/// exact time would tell which response they are about.
///
/// # Errors
/// A database error.
pub async fn audit_within_the_hour(
    db: &impl ConnectionTrait,
    actor: Option<i32>,
    group_id: Option<i32>,
    action: &str,
    target: &str,
    details: &str,
) -> Result<(), DbErr> {
    use chrono::DurationRound;
    let now = Utc::now();
    let hour = now
        .duration_trunc(chrono::TimeDelta::hours(1))
        .unwrap_or(now);
    audit_at(db, hour, actor, group_id, action, target, details).await
}

async fn audit_at(
    db: &impl ConnectionTrait,
    at: chrono::DateTime<Utc>,
    actor: Option<i32>,
    group_id: Option<i32>,
    action: &str,
    target: &str,
    details: &str,
) -> Result<(), DbErr> {
    audit_log::ActiveModel {
        at: Set(at),
        actor_account_id: Set(actor),
        group_id: Set(group_id),
        action: Set(action.to_owned()),
        target: Set(target.chars().take(200).collect()),
        details: Set(details.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// # Errors
/// A database error.
pub async fn account_by_id(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<account::Model>, DbErr> {
    account::Entity::find_by_id(id).one(db).await
}

/// Whether any administrator exists (the setup link is offered until one does).
///
/// # Errors
/// A database error.
pub async fn any_admin(db: &impl ConnectionTrait) -> Result<bool, DbErr> {
    Ok(account::Entity::find()
        .filter(account::Column::IsAdmin.eq(true))
        .one(db)
        .await?
        .is_some())
}

/// Stores a new password hash and clears failed sign-ins and any lock.
///
/// # Errors
/// A database error.
pub async fn set_password_hash(
    db: &impl ConnectionTrait,
    account_id: i32,
    hash: &str,
) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(account::Column::PasswordHash, Expr::value(hash.to_owned()))
        .col_expr(account::Column::FailedLogins, Expr::value(0))
        .col_expr(
            account::Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(account::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(account::Column::Id.eq(account_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Changes the name shown and the language of e-mails.
///
/// # Errors
/// A database error.
pub async fn set_profile(
    db: &impl ConnectionTrait,
    account_id: i32,
    display_name: &str,
    locale: &str,
) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(
            account::Column::DisplayName,
            Expr::value(display_name.to_owned()),
        )
        .col_expr(account::Column::Locale, Expr::value(locale.to_owned()))
        .col_expr(account::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(account::Column::Id.eq(account_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Grants or withdraws the administrator flag.
///
/// # Errors
/// A database error.
pub async fn set_admin(
    db: &impl ConnectionTrait,
    account_id: i32,
    admin: bool,
) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(account::Column::IsAdmin, Expr::value(admin))
        .col_expr(account::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(account::Column::Id.eq(account_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Every account, by e-mail address (for administrators).
///
/// # Errors
/// A database error.
pub async fn all_accounts(db: &impl ConnectionTrait) -> Result<Vec<account::Model>, DbErr> {
    account::Entity::find()
        .order_by_asc(account::Column::Email)
        .all(db)
        .await
}

/// The sessions of an account that are still valid, newest first.
///
/// # Errors
/// A database error.
pub async fn sessions_of(
    db: &impl ConnectionTrait,
    account_id: i32,
    idle_minutes: i64,
) -> Result<Vec<session::Model>, DbErr> {
    let now = Utc::now();
    session::Entity::find()
        .filter(session::Column::AccountId.eq(account_id))
        .filter(session::Column::SecondFactorDone.eq(true))
        .filter(session::Column::ExpiresAt.gt(now))
        .filter(session::Column::LastSeenAt.gt(now - chrono::Duration::minutes(idle_minutes)))
        .order_by_desc(session::Column::LastSeenAt)
        .all(db)
        .await
}

/// Ends every session of an account, but `keep` (the current one) when given. Returns how
/// many ended.
///
/// # Errors
/// A database error.
pub async fn delete_sessions_of(
    db: &impl ConnectionTrait,
    account_id: i32,
    keep: Option<&str>,
) -> Result<u64, DbErr> {
    let mut query =
        session::Entity::delete_many().filter(session::Column::AccountId.eq(account_id));
    if let Some(keep) = keep {
        query = query.filter(session::Column::Id.ne(keep));
    }
    Ok(query.exec(db).await?.rows_affected)
}

/// Ends one session of an account. Returns whether it existed.
///
/// # Errors
/// A database error.
pub async fn delete_session_of(
    db: &impl ConnectionTrait,
    account_id: i32,
    id: &str,
) -> Result<bool, DbErr> {
    Ok(session::Entity::delete_many()
        .filter(session::Column::AccountId.eq(account_id))
        .filter(session::Column::Id.eq(id))
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Removes expired sessions (called now and then at sign-in).
///
/// # Errors
/// A database error.
pub async fn delete_expired_sessions(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    Ok(session::Entity::delete_many()
        .filter(session::Column::ExpiresAt.lte(Utc::now()))
        .exec(db)
        .await?
        .rows_affected)
}

/// The API tokens of an account that are not revoked, newest first.
///
/// # Errors
/// A database error.
pub async fn api_tokens_of(
    db: &impl ConnectionTrait,
    account_id: i32,
) -> Result<Vec<api_token::Model>, DbErr> {
    api_token::Entity::find()
        .filter(api_token::Column::AccountId.eq(account_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .order_by_desc(api_token::Column::Id)
        .all(db)
        .await
}

/// Revokes every active token of an account; returns how many there were.
///
/// # Errors
/// A database error.
pub async fn revoke_api_tokens_of(
    db: &impl ConnectionTrait,
    account_id: i32,
) -> Result<u64, DbErr> {
    Ok(api_token::Entity::update_many()
        .col_expr(api_token::Column::RevokedAt, Expr::value(Some(Utc::now())))
        .filter(api_token::Column::AccountId.eq(account_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?
        .rows_affected)
}

/// Whether an account may hold API tokens: an administrator, or a facilitator somewhere.
///
/// # Errors
/// A database error.
pub async fn may_hold_tokens(
    db: &impl ConnectionTrait,
    account: &account::Model,
) -> Result<bool, DbErr> {
    if account.is_admin {
        return Ok(true);
    }
    Ok(memberships_of(db, account.id)
        .await?
        .iter()
        .any(|m| Role::parse(&m.role) == Some(Role::Facilitator)))
}

/// Revokes one of an account's tokens. Returns the token when it was active.
///
/// # Errors
/// A database error.
pub async fn revoke_api_token(
    db: &impl ConnectionTrait,
    account_id: i32,
    token_id: i32,
) -> Result<Option<api_token::Model>, DbErr> {
    let Some(token) = api_token::Entity::find_by_id(token_id)
        .filter(api_token::Column::AccountId.eq(account_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    api_token::Entity::update_many()
        .col_expr(api_token::Column::RevokedAt, Expr::value(Some(Utc::now())))
        .filter(api_token::Column::Id.eq(token.id))
        .exec(db)
        .await?;
    Ok(Some(token))
}

/// # Errors
/// A database error.
pub async fn group_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<work_group::Model>, DbErr> {
    work_group::Entity::find()
        .filter(work_group::Column::Slug.eq(slug))
        .one(db)
        .await
}

/// Every group, by name.
///
/// # Errors
/// A database error.
pub async fn all_groups(db: &impl ConnectionTrait) -> Result<Vec<work_group::Model>, DbErr> {
    work_group::Entity::find()
        .order_by_asc(work_group::Column::Name)
        .all(db)
        .await
}

/// A member of a group with their account.
#[derive(Clone, Debug)]
pub struct Member {
    pub membership: membership::Model,
    pub account: account::Model,
}

impl Member {
    pub fn role(&self) -> Option<Role> {
        Role::parse(&self.membership.role)
    }
}

/// The members of a group, facilitators first, then by name.
///
/// # Errors
/// A database error.
pub async fn members_of(db: &impl ConnectionTrait, group_id: i32) -> Result<Vec<Member>, DbErr> {
    let rows = membership::Entity::find()
        .filter(membership::Column::GroupId.eq(group_id))
        .all(db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|m| m.account_id).collect();
    let accounts = account::Entity::find()
        .filter(account::Column::Id.is_in(ids))
        .all(db)
        .await?;
    let mut members: Vec<Member> = rows
        .into_iter()
        .filter_map(|membership| {
            let account = accounts
                .iter()
                .find(|a| a.id == membership.account_id)?
                .clone();
            Some(Member {
                membership,
                account,
            })
        })
        .collect();
    members.sort_by(|a, b| {
        (
            a.membership.role != "facilitator",
            a.account.display_name.to_lowercase(),
        )
            .cmp(&(
                b.membership.role != "facilitator",
                b.account.display_name.to_lowercase(),
            ))
    });
    Ok(members)
}

/// The role of an account in a group, if any.
///
/// # Errors
/// A database error.
pub async fn membership(
    db: &impl ConnectionTrait,
    account_id: i32,
    group_id: i32,
) -> Result<Option<membership::Model>, DbErr> {
    membership::Entity::find()
        .filter(membership::Column::AccountId.eq(account_id))
        .filter(membership::Column::GroupId.eq(group_id))
        .one(db)
        .await
}

/// Takes an account out of a group. Returns whether it was in it.
///
/// # Errors
/// A database error.
pub async fn remove_membership(
    db: &impl ConnectionTrait,
    account_id: i32,
    group_id: i32,
) -> Result<bool, DbErr> {
    Ok(membership::Entity::delete_many()
        .filter(membership::Column::AccountId.eq(account_id))
        .filter(membership::Column::GroupId.eq(group_id))
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Changes an account's role in a group, keeping the row (and its safeguarding flag when it
/// stays a facilitator).
///
/// # Errors
/// A database error.
pub async fn change_role(
    db: &impl ConnectionTrait,
    account_id: i32,
    group_id: i32,
    role: Role,
) -> Result<(), DbErr> {
    let mut update = membership::Entity::update_many()
        .col_expr(membership::Column::Role, Expr::value(role.as_str()))
        .filter(membership::Column::AccountId.eq(account_id))
        .filter(membership::Column::GroupId.eq(group_id));
    if role != Role::Facilitator {
        update = update.col_expr(membership::Column::SafeguardingLead, Expr::value(false));
    }
    update.exec(db).await?;
    Ok(())
}

/// Makes a facilitator the group's safeguarding lead (the one who sees safeguarding flags),
/// or withdraws it. A group has at most one lead: choosing one withdraws the others.
///
/// # Errors
/// A database error.
pub async fn set_safeguarding_lead(
    db: &impl ConnectionTrait,
    account_id: i32,
    group_id: i32,
    lead: bool,
) -> Result<(), DbErr> {
    if lead {
        membership::Entity::update_many()
            .col_expr(membership::Column::SafeguardingLead, Expr::value(false))
            .filter(membership::Column::GroupId.eq(group_id))
            .exec(db)
            .await?;
    }
    membership::Entity::update_many()
        .col_expr(membership::Column::SafeguardingLead, Expr::value(lead))
        .filter(membership::Column::AccountId.eq(account_id))
        .filter(membership::Column::GroupId.eq(group_id))
        .exec(db)
        .await?;
    Ok(())
}

/// The safeguarding lead(s) of a group: whom safeguarding flags are for.
///
/// # Errors
/// A database error.
pub async fn safeguarding_leads(
    db: &impl ConnectionTrait,
    group_id: i32,
) -> Result<Vec<account::Model>, DbErr> {
    Ok(members_of(db, group_id)
        .await?
        .into_iter()
        .filter(|m| m.membership.safeguarding_lead)
        .map(|m| m.account)
        .collect())
}

/// An instance-wide setting stored in the database (shared by every instance).
///
/// # Errors
/// A database error.
pub async fn instance_setting(
    db: &impl ConnectionTrait,
    key: &str,
) -> Result<Option<String>, DbErr> {
    Ok(
        crate::entities::instance_setting::Entity::find_by_id(key.to_owned())
            .one(db)
            .await?
            .map(|s| s.value),
    )
}

/// Stores an instance-wide setting, in one statement: several instances starting at once
/// (each writes a new setup link) must not race between a delete and an insert.
///
/// # Errors
/// A database error.
pub async fn set_instance_setting(
    db: &impl ConnectionTrait,
    key: &str,
    value: &str,
) -> Result<(), DbErr> {
    use crate::entities::instance_setting;
    use sea_orm::sea_query::OnConflict;
    instance_setting::Entity::insert(instance_setting::ActiveModel {
        key: Set(key.to_owned()),
        value: Set(value.to_owned()),
        updated_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::column(instance_setting::Column::Key)
            .update_columns([
                instance_setting::Column::Value,
                instance_setting::Column::UpdatedAt,
            ])
            .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}
