//! Password hashing with argon2id (m=19 MiB, t=2, p=1), off the async runtime. Unknown
//! accounts are checked against a dummy hash so they take as long as wrong passwords.
use std::sync::LazyLock;

use anyhow::Context;
use argon2::{
    Argon2,
    password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash},
};

/// Shortest and longest passwords accepted (no composition rules).
pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 128;

static DUMMY_HASH: LazyLock<String> =
    LazyLock::new(|| hash_blocking("not a real password, only for timing").unwrap_or_default());

fn hash_blocking(password: &str) -> anyhow::Result<String> {
    Ok(Argon2::default()
        .hash_password(password.as_bytes())
        .map_err(|e| anyhow::anyhow!("{e}"))
        .context("Failed to hash a password")?
        .to_string())
}

fn verify_blocking(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// Hashes a password on a blocking thread.
///
/// # Errors
/// When hashing fails or the blocking pool is gone.
pub async fn hash(password: String) -> anyhow::Result<String> {
    tokio::task::spawn_blocking(move || hash_blocking(&password))
        .await
        .context("Password hashing task failed")?
}

/// Checks a password against a stored hash, or against a dummy hash when there is no
/// account, so both cases cost the same time.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    tokio::task::spawn_blocking(move || {
        let phc = stored.as_deref().unwrap_or(DUMMY_HASH.as_str());
        verify_blocking(&password, phc) && stored.is_some()
    })
    .await
    .unwrap_or(false)
}

/// Why a new password is refused, as a translation key.
pub fn weakness(password: &str) -> Option<&'static str> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        Some("password-too-short")
    } else if length > MAX_LENGTH {
        Some("password-too-long")
    } else if is_common(password) {
        Some("password-too-common")
    } else {
        None
    }
}

/// Whether the password is in the shipped list of common passwords.
pub fn is_common(password: &str) -> bool {
    static COMMON: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
        include_str!("common-passwords.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    });
    COMMON.contains(password.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_hash_verifies_only_its_own_password() {
        let h = hash("correct horse battery staple".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify("correct horse battery staple".into(), Some(h.clone())).await);
        assert!(!verify("wrong horse battery staple".into(), Some(h)).await);
        assert!(!verify("anything at all".into(), None).await);
    }

    #[test]
    fn short_long_and_common_passwords_are_refused() {
        assert_eq!(weakness("short"), Some("password-too-short"));
        assert_eq!(weakness(&"x".repeat(200)), Some("password-too-long"));
        assert_eq!(weakness("123456789012"), Some("password-too-common"));
        assert_eq!(weakness("a long and unusual phrase"), None);
    }
}
