//! Random secrets (session ids, API tokens, links sent by e-mail) and how they are stored:
//! 256 random bits shown once, only their SHA-256 kept.
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A new random secret, URL-safe.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// What is stored for a secret: its SHA-256 in hex.
pub fn digest(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// Constant-time comparison of two short strings (CSRF tokens).
pub fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}
