//! Queries on accounts, groups, memberships, sessions and API tokens.
use anyhow::Context;
use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    sea_query::Expr,
};

use super::{Role, tokens};
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
) -> anyhow::Result<account::Model> {
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
    .context("Failed to create an account")
}

/// # Errors
/// A database error.
pub async fn find_account_by_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> anyhow::Result<Option<account::Model>> {
    account::Entity::find()
        .filter(account::Column::Email.eq(normalise_email(email)))
        .one(db)
        .await
        .context("Failed to look up an account")
}

/// # Errors
/// A database error (a duplicate slug is a unique violation).
pub async fn create_group(
    db: &impl ConnectionTrait,
    slug: &str,
    name: &str,
) -> anyhow::Result<work_group::Model> {
    work_group::ActiveModel {
        slug: Set(slug.to_owned()),
        name: Set(name.to_owned()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to create a group")
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
) -> anyhow::Result<()> {
    membership::Entity::delete_many()
        .filter(membership::Column::AccountId.eq(account_id))
        .filter(membership::Column::GroupId.eq(group_id))
        .exec(db)
        .await
        .context("Failed to replace a membership")?;
    membership::ActiveModel {
        account_id: Set(account_id),
        group_id: Set(group_id),
        role: Set(role.as_str().to_owned()),
        safeguarding_lead: Set(false),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to add a membership")?;
    Ok(())
}

/// # Errors
/// A database error.
pub async fn memberships_of(
    db: &impl ConnectionTrait,
    account_id: i32,
) -> anyhow::Result<Vec<membership::Model>> {
    membership::Entity::find()
        .filter(membership::Column::AccountId.eq(account_id))
        .order_by_asc(membership::Column::GroupId)
        .all(db)
        .await
        .context("Failed to load memberships")
}

/// Creates an API token and returns the secret, shown once.
///
/// # Errors
/// A database error.
pub async fn create_api_token(
    db: &impl ConnectionTrait,
    account_id: i32,
    name: &str,
) -> anyhow::Result<(api_token::Model, String)> {
    let secret = format!("cst_{}", tokens::new_secret());
    let row = api_token::ActiveModel {
        account_id: Set(account_id),
        name: Set(name.to_owned()),
        token_hash: Set(tokens::digest(&secret)),
        created_at: Set(Utc::now()),
        last_used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to create an API token")?;
    Ok((row, secret))
}

/// The account behind a valid, unrevoked API token.
///
/// # Errors
/// A database error.
pub async fn account_by_api_token(
    db: &impl ConnectionTrait,
    secret: &str,
) -> anyhow::Result<Option<account::Model>> {
    let Some(token) = api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(tokens::digest(secret)))
        .filter(api_token::Column::RevokedAt.is_null())
        .one(db)
        .await
        .context("Failed to look up an API token")?
    else {
        return Ok(None);
    };
    account::Entity::find_by_id(token.account_id)
        .one(db)
        .await
        .context("Failed to load the account of an API token")
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
) -> anyhow::Result<String> {
    let secret = tokens::new_secret();
    let now = Utc::now();
    session::ActiveModel {
        id: Set(tokens::digest(&secret)),
        account_id: Set(account_id),
        csrf_token: Set(tokens::new_secret()),
        second_factor_done: Set(second_factor_done),
        device: Set(device.chars().take(100).collect()),
        created_at: Set(now),
        last_seen_at: Set(now),
        expires_at: Set(expires_at),
    }
    .insert(db)
    .await
    .context("Failed to create a session")?;
    Ok(secret)
}

/// The session for a cookie value, if it exists.
///
/// # Errors
/// A database error.
pub async fn find_session(
    db: &impl ConnectionTrait,
    secret: &str,
) -> anyhow::Result<Option<session::Model>> {
    session::Entity::find_by_id(tokens::digest(secret))
        .one(db)
        .await
        .context("Failed to look up a session")
}

/// Records activity on a session (for the idle timeout).
///
/// # Errors
/// A database error.
pub async fn touch_session(db: &impl ConnectionTrait, id: &str) -> anyhow::Result<()> {
    session::Entity::update_many()
        .col_expr(session::Column::LastSeenAt, Expr::value(Utc::now()))
        .filter(session::Column::Id.eq(id))
        .exec(db)
        .await
        .context("Failed to record session activity")?;
    Ok(())
}

/// # Errors
/// A database error.
pub async fn delete_session(db: &impl ConnectionTrait, id: &str) -> anyhow::Result<()> {
    session::Entity::delete_by_id(id.to_owned())
        .exec(db)
        .await
        .context("Failed to delete a session")?;
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
) -> anyhow::Result<()> {
    audit_log::ActiveModel {
        at: Set(Utc::now()),
        actor_account_id: Set(actor),
        group_id: Set(group_id),
        action: Set(action.to_owned()),
        target: Set(target.chars().take(200).collect()),
        details: Set(details.to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await
    .context("Failed to write the audit log")?;
    Ok(())
}
