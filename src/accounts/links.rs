//! Links sent to people: invitations (valid 7 days), password resets (30 minutes) and the
//! first administrator's setup link (1 hour, written to the log). Each carries 256 random
//! bits; only their SHA-256 is stored; each works once.
use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, sea_query::Expr,
};

use super::repo;
use crate::entities::{instance_setting, invitation, password_reset};

pub const INVITATION_DAYS: i64 = 7;
pub const RESET_MINUTES: i64 = 30;
pub const SETUP_MINUTES: i64 = 60;
const SETUP_KEY: &str = "setup_link";

/// Why a link does not work, each with its own page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// Never issued, mistyped, or replaced by a newer one.
    Unknown,
    Used,
    Expired,
}

impl LinkProblem {
    /// The translation key of the explanation.
    pub fn key(self) -> &'static str {
        match self {
            Self::Unknown => "link-unknown",
            Self::Used => "link-used",
            Self::Expired => "link-expired",
        }
    }
}

/// What an invitation offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offer {
    Group(i32, super::Role),
    Admin,
}

/// An invitation to store.
pub struct NewInvitation<'a> {
    pub email: &'a str,
    pub offer: Offer,
    pub locale: &'a str,
    pub invited_by: Option<i32>,
}

/// Stores an invitation (replacing earlier pending ones for the same address and group)
/// and returns it with the secret for the link.
///
/// # Errors
/// A database error.
pub async fn create_invitation(
    db: &impl ConnectionTrait,
    new: NewInvitation<'_>,
) -> Result<(invitation::Model, String), DbErr> {
    let email = repo::normalise_email(new.email);
    let (group_id, role) = match new.offer {
        Offer::Group(group, role) => (Some(group), role.as_str()),
        Offer::Admin => (None, "admin"),
    };
    let now = Utc::now();
    let mut earlier = invitation::Entity::update_many()
        .col_expr(invitation::Column::RevokedAt, Expr::value(Some(now)))
        .filter(invitation::Column::Email.eq(email.as_str()))
        .filter(invitation::Column::UsedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null());
    earlier = match group_id {
        Some(g) => earlier.filter(invitation::Column::GroupId.eq(g)),
        None => earlier.filter(invitation::Column::GroupId.is_null()),
    };
    earlier.exec(db).await?;
    let secret = crate::secrets::new_secret();
    let row = invitation::ActiveModel {
        token_hash: Set(crate::secrets::digest(&secret)),
        email: Set(email),
        group_id: Set(group_id),
        role: Set(role.to_owned()),
        locale: Set(new.locale.to_owned()),
        invited_by: Set(new.invited_by),
        created_at: Set(now),
        expires_at: Set(now + Duration::days(INVITATION_DAYS)),
        used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok((row, secret))
}

impl invitation::Model {
    /// What the invitation offers, when it is well formed.
    pub fn offer(&self) -> Option<Offer> {
        match (self.group_id, self.role.as_str()) {
            (None, "admin") => Some(Offer::Admin),
            (Some(group), role) => super::Role::parse(role).map(|r| Offer::Group(group, r)),
            _ => None,
        }
    }
}

/// The invitation behind a link, if it can still be used.
///
/// # Errors
/// A database error.
pub async fn find_invitation(
    db: &impl ConnectionTrait,
    secret: &str,
) -> Result<Result<invitation::Model, LinkProblem>, DbErr> {
    let Some(row) = invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(crate::secrets::digest(secret)))
        .one(db)
        .await?
    else {
        return Ok(Err(LinkProblem::Unknown));
    };
    Ok(if row.used_at.is_some() {
        Err(LinkProblem::Used)
    } else if row.revoked_at.is_some() {
        Err(LinkProblem::Unknown)
    } else if row.expires_at <= Utc::now() {
        Err(LinkProblem::Expired)
    } else {
        Ok(row)
    })
}

/// Marks an invitation used. False when another request used it first.
///
/// # Errors
/// A database error.
pub async fn consume_invitation(db: &impl ConnectionTrait, id: i32) -> Result<bool, DbErr> {
    Ok(invitation::Entity::update_many()
        .col_expr(invitation::Column::UsedAt, Expr::value(Some(Utc::now())))
        .filter(invitation::Column::Id.eq(id))
        .filter(invitation::Column::UsedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Other valid invitations for the same address (applied when the account is created).
///
/// # Errors
/// A database error.
pub async fn open_invitations_for(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Vec<invitation::Model>, DbErr> {
    invitation::Entity::find()
        .filter(invitation::Column::Email.eq(repo::normalise_email(email)))
        .filter(invitation::Column::UsedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(Utc::now()))
        .order_by_asc(invitation::Column::Id)
        .all(db)
        .await
}

/// Invitations of a group (or, with `None`, to become administrator) not yet used,
/// revoked or expired.
///
/// # Errors
/// A database error.
pub async fn pending_invitations(
    db: &impl ConnectionTrait,
    group_id: Option<i32>,
) -> Result<Vec<invitation::Model>, DbErr> {
    let query = invitation::Entity::find()
        .filter(invitation::Column::UsedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .filter(invitation::Column::ExpiresAt.gt(Utc::now()));
    let query = match group_id {
        Some(g) => query.filter(invitation::Column::GroupId.eq(g)),
        None => query.filter(invitation::Column::GroupId.is_null()),
    };
    query.order_by_desc(invitation::Column::Id).all(db).await
}

/// Withdraws a pending invitation of a group. Returns it when it was pending.
///
/// # Errors
/// A database error.
pub async fn revoke_invitation(
    db: &impl ConnectionTrait,
    group_id: Option<i32>,
    id: i32,
) -> Result<Option<invitation::Model>, DbErr> {
    let Some(row) = invitation::Entity::find_by_id(id)
        .filter(invitation::Column::UsedAt.is_null())
        .filter(invitation::Column::RevokedAt.is_null())
        .one(db)
        .await?
        .filter(|r| r.group_id == group_id)
    else {
        return Ok(None);
    };
    invitation::Entity::update_many()
        .col_expr(invitation::Column::RevokedAt, Expr::value(Some(Utc::now())))
        .filter(invitation::Column::Id.eq(row.id))
        .exec(db)
        .await?;
    Ok(Some(row))
}

/// Stores a password reset for an account (earlier unused ones stop working) and returns
/// the secret for the link.
///
/// # Errors
/// A database error.
pub async fn create_password_reset(
    db: &impl ConnectionTrait,
    account_id: i32,
) -> Result<String, DbErr> {
    let now = Utc::now();
    password_reset::Entity::delete_many()
        .filter(password_reset::Column::AccountId.eq(account_id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    let secret = crate::secrets::new_secret();
    password_reset::ActiveModel {
        token_hash: Set(crate::secrets::digest(&secret)),
        account_id: Set(account_id),
        created_at: Set(now),
        expires_at: Set(now + Duration::minutes(RESET_MINUTES)),
        used_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(secret)
}

/// The password reset behind a link, if it can still be used.
///
/// # Errors
/// A database error.
pub async fn find_password_reset(
    db: &impl ConnectionTrait,
    secret: &str,
) -> Result<Result<password_reset::Model, LinkProblem>, DbErr> {
    let Some(row) = password_reset::Entity::find()
        .filter(password_reset::Column::TokenHash.eq(crate::secrets::digest(secret)))
        .one(db)
        .await?
    else {
        return Ok(Err(LinkProblem::Unknown));
    };
    Ok(if row.used_at.is_some() {
        Err(LinkProblem::Used)
    } else if row.expires_at <= Utc::now() {
        Err(LinkProblem::Expired)
    } else {
        Ok(row)
    })
}

/// Marks a password reset used. False when another request used it first.
///
/// # Errors
/// A database error.
pub async fn consume_password_reset(db: &impl ConnectionTrait, id: i32) -> Result<bool, DbErr> {
    Ok(password_reset::Entity::update_many()
        .col_expr(
            password_reset::Column::UsedAt,
            Expr::value(Some(Utc::now())),
        )
        .filter(password_reset::Column::Id.eq(id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(db)
        .await?
        .rows_affected
        == 1)
}

/// Issues a new setup link for the first administrator (the previous one stops working)
/// and returns its secret.
///
/// # Errors
/// A database error.
pub async fn issue_setup_token(db: &impl ConnectionTrait) -> Result<String, DbErr> {
    let secret = crate::secrets::new_secret();
    let expires = Utc::now() + Duration::minutes(SETUP_MINUTES);
    repo::set_instance_setting(
        db,
        SETUP_KEY,
        &format!(
            "{} {}",
            crate::secrets::digest(&secret),
            expires.to_rfc3339()
        ),
    )
    .await?;
    Ok(secret)
}

fn parse_setup(value: &str) -> Option<(String, DateTime<Utc>)> {
    let (hash, expires) = value.split_once(' ')?;
    let expires = DateTime::parse_from_rfc3339(expires)
        .ok()?
        .with_timezone(&Utc);
    Some((hash.to_owned(), expires))
}

/// Whether a setup link can still be used.
///
/// # Errors
/// A database error.
pub async fn check_setup_token(
    db: &impl ConnectionTrait,
    secret: &str,
) -> Result<Result<(), LinkProblem>, DbErr> {
    if repo::any_admin(db).await? {
        return Ok(Err(LinkProblem::Used));
    }
    let Some((hash, expires)) = repo::instance_setting(db, SETUP_KEY)
        .await?
        .as_deref()
        .and_then(parse_setup)
    else {
        return Ok(Err(LinkProblem::Unknown));
    };
    Ok(
        if !crate::secrets::same(&hash, &crate::secrets::digest(secret)) {
            Err(LinkProblem::Unknown)
        } else if expires <= Utc::now() {
            Err(LinkProblem::Expired)
        } else {
            Ok(())
        },
    )
}

/// Uses up the setup link (in the transaction that creates the administrator). False when
/// another request used it first.
///
/// # Errors
/// A database error.
pub async fn consume_setup_token(db: &impl ConnectionTrait, secret: &str) -> Result<bool, DbErr> {
    let Some(value) = repo::instance_setting(db, SETUP_KEY).await? else {
        return Ok(false);
    };
    let Some((hash, _)) = parse_setup(&value) else {
        return Ok(false);
    };
    if !crate::secrets::same(&hash, &crate::secrets::digest(secret)) {
        return Ok(false);
    }
    Ok(instance_setting::Entity::delete_many()
        .filter(instance_setting::Column::Key.eq(SETUP_KEY))
        .filter(instance_setting::Column::Value.eq(value))
        .exec(db)
        .await?
        .rows_affected
        == 1)
}
