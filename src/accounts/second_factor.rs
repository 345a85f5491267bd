//! The second factor: TOTP codes from an authenticator app (RFC 6238: SHA-1, 6 digits,
//! 30 s, one step of clock drift tolerated, each step usable once) and ten single-use
//! recovery codes stored as SHA-256 digests (80 random bits each). Administrators can
//! require it for every facilitator and administrator.
use chrono::Utc;
use qrcode::{QrCode, render::svg};
use rand::Rng;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
    sea_query::Expr,
};
use totp_rs::{Algorithm, Secret, TOTP};

use super::{Actor, Role, repo};
use crate::{
    entities::{account, recovery_code},
    secrets::SealingKey,
};

/// The instance setting that makes a second factor compulsory for facilitators and admins.
pub const REQUIRE_SETTING: &str = "require_totp_facilitators";
/// How many recovery codes an account gets.
pub const RECOVERY_CODES: usize = 10;
const STEP: u64 = 30;
const ISSUER: &str = "Consulta";

/// A TOTP secret or QR code that cannot be made or read (a stored secret that is not
/// base32, a link too long for a QR code): never the young person's or the adult's doing.
#[derive(Debug, thiserror::Error)]
#[error("second factor: {0}")]
pub struct TotpError(String);

impl From<TotpError> for crate::error::AppError {
    fn from(err: TotpError) -> Self {
        Self::Unexpected(anyhow::Error::new(err))
    }
}

/// A new random TOTP secret (160 bits), base32 as authenticator apps show it.
///
/// # Errors
/// When the random secret cannot be used (does not happen with a working RNG).
pub fn new_secret() -> Result<String, TotpError> {
    let bytes = Secret::generate_secret()
        .to_bytes()
        .map_err(|e| TotpError(format!("{e:?}")))?;
    let totp = TOTP::new(Algorithm::SHA1, 6, 1, STEP, bytes, None, String::new())
        .map_err(|e| TotpError(e.to_string()))?;
    Ok(totp.get_secret_base32())
}

fn totp(secret: &str, label: &str) -> Result<TOTP, TotpError> {
    let bytes = Secret::Encoded(secret.to_owned())
        .to_bytes()
        .map_err(|e| TotpError(format!("the stored secret is not base32: {e:?}")))?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        STEP,
        bytes,
        Some(ISSUER.to_owned()),
        label.replace(':', " "),
    )
    .map_err(|e| TotpError(e.to_string()))
}

/// The `otpauth://` link an authenticator app reads from the QR code.
///
/// # Errors
/// When the secret is not valid base32.
pub fn otpauth_url(secret: &str, label: &str) -> Result<String, TotpError> {
    Ok(totp(secret, label)?.get_url())
}

/// The QR code of a link as an SVG drawing (no image from anywhere else).
///
/// # Errors
/// When the link is too long for a QR code.
pub fn qr_svg(text: &str) -> Result<String, TotpError> {
    let code = QrCode::new(text.as_bytes()).map_err(|e| TotpError(e.to_string()))?;
    let svg = code
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    // Drop the XML prolog so the drawing can sit inside the page.
    Ok(match svg.find("<svg") {
        Some(at) => svg[at..].to_owned(),
        None => svg,
    })
}

/// The secret grouped by four characters, for typing it by hand.
pub fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The time step a code is valid for, if it is right now (±1 step) and newer than
/// `last_step` (a code is accepted once).
///
/// # Errors
/// When the secret is unusable.
pub fn matching_step(
    secret: &str,
    code: &str,
    last_step: Option<i64>,
) -> Result<Option<i64>, TotpError> {
    let code: String = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    let totp = totp(secret, "")?;
    let now = u64::try_from(Utc::now().timestamp()).unwrap_or(0);
    let current = now / STEP;
    for step in [current.saturating_sub(1), current, current + 1] {
        let step_i = i64::try_from(step).unwrap_or(i64::MAX);
        if last_step.is_some_and(|last| step_i <= last) {
            continue;
        }
        if crate::secrets::same(&totp.generate(step * STEP), &code) {
            return Ok(Some(step_i));
        }
    }
    Ok(None)
}

/// The code an authenticator app shows now (tests and the demo use it).
///
/// # Errors
/// When the secret is unusable.
pub fn current_code(secret: &str) -> Result<String, TotpError> {
    let now = u64::try_from(Utc::now().timestamp()).unwrap_or(0);
    Ok(totp(secret, "")?.generate(now))
}

/// Records that the code of `step` was used, so it cannot be used again. Returns false
/// when another request used the same or a later step first.
///
/// # Errors
/// A database error.
pub async fn consume_step(
    db: &impl ConnectionTrait,
    account_id: i32,
    step: i64,
) -> Result<bool, DbErr> {
    let done = account::Entity::update_many()
        .col_expr(account::Column::TotpLastStep, Expr::value(step))
        .filter(account::Column::Id.eq(account_id))
        .filter(
            sea_orm::Condition::any()
                .add(account::Column::TotpLastStep.is_null())
                .add(account::Column::TotpLastStep.lt(step)),
        )
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Ten new recovery codes like `7KQ2-M9XD-4TPA-W3RC`.
pub fn new_recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    let mut rng = rand::rng();
    (0..RECOVERY_CODES)
        .map(|_| {
            (0..4)
                .map(|_| {
                    (0..4)
                        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join("-")
        })
        .collect()
}

fn normalise_recovery_code(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Replaces an account's recovery codes with new ones; returns them (shown once).
///
/// # Errors
/// A database error.
pub async fn replace_recovery_codes(
    db: &impl ConnectionTrait,
    account_id: i32,
) -> Result<Vec<String>, DbErr> {
    recovery_code::Entity::delete_many()
        .filter(recovery_code::Column::AccountId.eq(account_id))
        .exec(db)
        .await?;
    let codes = new_recovery_codes();
    let now = Utc::now();
    for code in &codes {
        recovery_code::ActiveModel {
            account_id: Set(account_id),
            code_hash: Set(crate::secrets::digest(&normalise_recovery_code(code))),
            created_at: Set(now),
            used_at: Set(None),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(codes)
}

/// Uses a recovery code if it is one of the account's unused ones.
///
/// # Errors
/// A database error.
pub async fn use_recovery_code(
    db: &impl ConnectionTrait,
    account_id: i32,
    code: &str,
) -> Result<bool, DbErr> {
    let normalised = normalise_recovery_code(code);
    if normalised.len() != 16 {
        return Ok(false);
    }
    let done = recovery_code::Entity::update_many()
        .col_expr(recovery_code::Column::UsedAt, Expr::value(Some(Utc::now())))
        .filter(recovery_code::Column::AccountId.eq(account_id))
        .filter(recovery_code::Column::CodeHash.eq(crate::secrets::digest(&normalised)))
        .filter(recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// How many unused recovery codes an account has left.
///
/// # Errors
/// A database error.
pub async fn recovery_codes_left(db: &impl ConnectionTrait, account_id: i32) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    recovery_code::Entity::find()
        .filter(recovery_code::Column::AccountId.eq(account_id))
        .filter(recovery_code::Column::UsedAt.is_null())
        .count(db)
        .await
}

/// The account's secret, opened with the sealing key, when its second factor is `enabled`
/// (or pending, for `false`). A secret stored unsealed or sealed with another key is none.
pub fn secret(sealing: &SealingKey, account: &account::Model, enabled: bool) -> Option<String> {
    let stored = account.totp_secret.as_deref()?;
    (account.totp_enabled == enabled)
        .then(|| sealing.open(stored))
        .flatten()
}

/// Stores a pending (not yet confirmed) secret, sealed, or switches the second factor on or
/// off.
///
/// # Errors
/// A database error.
pub async fn set_state(
    db: &impl ConnectionTrait,
    sealing: &SealingKey,
    account_id: i32,
    secret: Option<&str>,
    enabled: bool,
) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(
            account::Column::TotpSecret,
            Expr::value(secret.map(|s| sealing.seal(s))),
        )
        .col_expr(account::Column::TotpEnabled, Expr::value(enabled))
        .col_expr(account::Column::UpdatedAt, Expr::value(Utc::now()))
        .filter(account::Column::Id.eq(account_id))
        .exec(db)
        .await?;
    if !enabled {
        recovery_code::Entity::delete_many()
            .filter(recovery_code::Column::AccountId.eq(account_id))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// Seals the secrets that earlier versions stored as they were, so that a copy of the
/// database alone cannot make codes; run at start (sealing twice is harmless: sealed values
/// are left alone). Returns how many were sealed.
///
/// # Errors
/// A database error.
pub async fn seal_stored_secrets(
    db: &impl ConnectionTrait,
    sealing: &SealingKey,
) -> Result<usize, DbErr> {
    let unsealed = account::Entity::find()
        .filter(account::Column::TotpSecret.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|a| Some((a.id, a.totp_secret?)))
        .filter(|(_, stored)| !SealingKey::is_sealed(stored));
    let mut sealed = 0;
    for (id, stored) in unsealed {
        let done = account::Entity::update_many()
            .col_expr(
                account::Column::TotpSecret,
                Expr::value(sealing.seal(&stored)),
            )
            .filter(account::Column::Id.eq(id))
            .filter(account::Column::TotpSecret.eq(stored))
            .exec(db)
            .await?;
        sealed += usize::try_from(done.rows_affected).unwrap_or(0);
    }
    Ok(sealed)
}

/// Whether administrators require a second factor of facilitators and administrators.
///
/// # Errors
/// A database error.
pub async fn required_by_policy(db: &impl ConnectionTrait) -> Result<bool, DbErr> {
    Ok(repo::instance_setting(db, REQUIRE_SETTING)
        .await?
        .as_deref()
        == Some("true"))
}

/// Whether this account must have a second factor: the policy is on and the account is
/// an administrator or a facilitator somewhere.
///
/// # Errors
/// A database error.
pub async fn required_for(
    db: &impl ConnectionTrait,
    account: &account::Model,
) -> Result<bool, DbErr> {
    if !required_by_policy(db).await? {
        return Ok(false);
    }
    if account.is_admin {
        return Ok(true);
    }
    let memberships = repo::memberships_of(db, account.id).await?;
    Ok(memberships
        .iter()
        .any(|m| Role::parse(&m.role) == Some(Role::Facilitator)))
}

/// Whether the actor may switch the second factor off (not when it is required of them).
///
/// # Errors
/// A database error.
pub async fn may_disable(db: &impl ConnectionTrait, actor: &Actor) -> Result<bool, DbErr> {
    Ok(!required_for(db, &actor.account).await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_right_once_and_wrong_codes_are_refused() {
        let secret = new_secret().unwrap();
        assert!(secret.len() >= 32, "{secret}");
        let code = current_code(&secret).unwrap();
        let step = matching_step(&secret, &code, None)
            .unwrap()
            .expect("current code");
        assert_eq!(matching_step(&secret, &code, Some(step)).unwrap(), None);
        assert_eq!(matching_step(&secret, "12345", None).unwrap(), None);
        assert_eq!(matching_step(&secret, "abcdef", None).unwrap(), None);
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert!(matching_step(&secret, &spaced, None).unwrap().is_some());
    }

    #[test]
    fn the_qr_code_is_an_svg_drawing_and_the_link_names_the_issuer() {
        let url = otpauth_url(&new_secret().unwrap(), "amal@example.org").unwrap();
        assert!(
            url.starts_with("otpauth://totp/Consulta:amal%40example.org?secret="),
            "{url}"
        );
        let svg = qr_svg(&url).unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
        assert!(!svg.contains("href"), "no external reference");
    }

    #[test]
    fn recovery_codes_are_80_bits_and_typed_loosely() {
        let codes = new_recovery_codes();
        assert_eq!(codes.len(), RECOVERY_CODES);
        assert!(codes.iter().all(|c| c.len() == 19));
        assert_eq!(
            normalise_recovery_code(" 7kq2 m9xd-4tpa-w3rc "),
            "7KQ2M9XD4TPAW3RC"
        );
    }
}
