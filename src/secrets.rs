//! The instance's secrets: random secrets for sessions, API tokens and links (256 random
//! bits shown once, only their SHA-256 kept), and the keys derived from the instance secret
//! that sign receipts, the journey's state and live participants' cookies. Every instance on
//! the same database derives the same keys. Secrets that must not be usable from a copy of
//! the database (second-factor secrets) are sealed with a [`SealingKey`] kept outside it.
use base64::Engine;
use chacha20poly1305::{ChaCha20Poly1305, KeyInit, aead::Aead};
use chrono::Utc;
use rand::RngCore;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr, EntityTrait, Set};
use sha2::{Digest, Sha256};
use tokio::sync::OnceCell;
use uuid::Uuid;

use crate::{config::Settings, entities::instance_setting};

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

/// The instance secret's row in `instance_setting`.
const SECRET_KEY: &str = "participation_secret";

/// Letters and digits that cannot be mistaken for each other (as in join codes).
pub const RECEIPT_ALPHABET: &[u8] = b"34679ACDEFGHJKMNPQRTUVWXY";

/// Characters of a receipt code (25^12, about 2^56 possibilities).
pub const RECEIPT_LEN: usize = 12;

/// Keys derived from the instance secret, shared by every instance on the same database.
#[derive(Clone)]
pub struct Keys {
    state: [u8; 32],
    receipt: [u8; 32],
    tombstone: [u8; 32],
    pass: [u8; 32],
    offline: OfflineKey,
}

impl Keys {
    /// The instance's keys, creating the secret on first use.
    ///
    /// # Errors
    /// A database error.
    pub async fn load(db: &impl ConnectionTrait) -> Result<Self, DbErr> {
        let secret = match read_secret(db).await? {
            Some(secret) => secret,
            None => {
                let mut fresh = [0u8; 32];
                rand::rng().fill_bytes(&mut fresh);
                // Two instances may race: the first row wins and both read it back.
                instance_setting::Entity::insert(instance_setting::ActiveModel {
                    key: Set(SECRET_KEY.to_owned()),
                    value: Set(hex::encode(fresh)),
                    updated_at: Set(Utc::now()),
                })
                .on_conflict_do_nothing()
                .exec_without_returning(db)
                .await?;
                read_secret(db)
                    .await?
                    .ok_or_else(|| DbErr::Custom("the participation secret was not kept".into()))?
            }
        };
        Ok(Self::from_secret(&secret))
    }

    /// The keys derived from an instance secret.
    pub fn from_secret(secret: &[u8]) -> Self {
        Self {
            state: derive(secret, b"journey-state"),
            receipt: derive(secret, b"receipt"),
            tombstone: derive(secret, b"withdrawn-submission"),
            pass: derive(secret, b"receipt-pass"),
            offline: OfflineKey::derive(secret),
        }
    }

    /// The key that answers kept on a phone while offline are sealed to (README, "Answering
    /// without a steady connection").
    pub fn offline(&self) -> &OfflineKey {
        &self.offline
    }

    /// A signature of the journey state carried in the forms (hex, 128 bits).
    pub fn sign_state(&self, data: &[u8]) -> String {
        hex::encode(&mac(&self.state, data)[..16])
    }

    /// Whether `signature` is this instance's signature of `data` (compared in constant time).
    pub fn verify_state(&self, data: &[u8], signature: &str) -> bool {
        let Ok(given) = hex::decode(signature) else {
            return false;
        };
        let expected = mac(&self.state, data);
        given.len() == 16
            && given
                .iter()
                .zip(&expected[..16])
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    }

    /// The receipt code of a submission, in its stored (undashed) form.
    pub fn receipt(&self, consultation_id: i32, submission_id: &Uuid) -> String {
        let digest = mac(
            &self.receipt,
            format!("{consultation_id}:{submission_id}").as_bytes(),
        );
        digest
            .chunks(2)
            .take(RECEIPT_LEN)
            .map(|pair| {
                let n = usize::from(u16::from_be_bytes([pair[0], pair[1]]));
                RECEIPT_ALPHABET[n % RECEIPT_ALPHABET.len()] as char
            })
            .collect()
    }

    /// The tombstone of a withdrawn submission (hex): keyed, so a copy of the database
    /// cannot tell which submission ids were withdrawn without the instance secret.
    pub fn tombstone(&self, consultation_id: i32, submission_id: &str) -> String {
        hex::encode(mac(
            &self.tombstone,
            format!("{consultation_id}:{submission_id}").as_bytes(),
        ))
    }

    /// What stays of a receipt once its answers are purged (hex), from the stored receipt
    /// hash: keyed, so a copy of the database cannot test receipt codes without the
    /// instance secret.
    pub fn receipt_pass(&self, receipt_hash: &str) -> String {
        hex::encode(mac(&self.pass, receipt_hash.as_bytes()))
    }
}

/// The instance's P-256 key pair for answers kept on a phone while offline: the page gives
/// the browser the public key; the browser seals what it keeps (ECDH with a key of its own,
/// HKDF-SHA256, AES-256-GCM), so the next user of a shared browser cannot read it, and only
/// an instance opens it. Derived from the instance secret: every instance has the same pair.
#[derive(Clone)]
pub struct OfflineKey {
    secret: p256::SecretKey,
}

impl OfflineKey {
    /// What HKDF binds the AES key to (the browser uses the same).
    const INFO: &'static [u8] = b"consulta offline answers v1";
    /// The browser's public key (uncompressed point) and the AES-GCM nonce lead the sealed bytes.
    const POINT: usize = 65;
    const NONCE: usize = 12;

    fn derive(secret: &[u8]) -> Self {
        // A derived scalar is out of range with probability 2^-128: derive again.
        let mut bytes = derive(secret, b"offline-sealing");
        loop {
            if let Ok(secret) = p256::SecretKey::from_slice(&bytes) {
                return Self { secret };
            }
            bytes = mac(&bytes, b"again");
        }
    }

    /// The public key as the browser imports it (`raw`): the uncompressed point, base64url.
    pub fn public(&self) -> String {
        use p256::elliptic_curve::sec1::ToEncodedPoint;
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(self.secret.public_key().to_encoded_point(false).as_bytes())
    }

    /// What the browser sealed (base64url of its public key, nonce and ciphertext); `None`
    /// when it was not sealed to this key or was changed.
    pub fn open(&self, sealed: &str) -> Option<Vec<u8>> {
        use aes_gcm::{Aes256Gcm, KeyInit as _, aead::Aead as _};
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(sealed.trim())
            .ok()?;
        if bytes.len() < Self::POINT + Self::NONCE {
            return None;
        }
        let (point, rest) = bytes.split_at(Self::POINT);
        let (nonce, ciphertext) = rest.split_at(Self::NONCE);
        let theirs = p256::PublicKey::from_sec1_bytes(point).ok()?;
        let shared =
            p256::ecdh::diffie_hellman(self.secret.to_nonzero_scalar(), theirs.as_affine());
        let mut key = [0u8; 32];
        shared
            .extract::<Sha256>(None)
            .expand(Self::INFO, &mut key)
            .ok()?;
        let nonce: [u8; 12] = nonce.try_into().ok()?;
        Aes256Gcm::new(&key.into())
            .decrypt(&nonce.into(), ciphertext)
            .ok()
    }

    /// `plain` sealed as the browser seals it (for tests and other clients).
    pub fn seal(&self, plain: &[u8]) -> String {
        use aes_gcm::{Aes256Gcm, KeyInit as _, aead::Aead as _};
        use p256::elliptic_curve::sec1::ToEncodedPoint;
        let mine = p256::ecdh::EphemeralSecret::random(&mut aes_gcm::aead::OsRng);
        let shared = mine.diffie_hellman(&self.secret.public_key());
        let mut key = [0u8; 32];
        // 32 bytes is far below HKDF's limit.
        let _ = shared.extract::<Sha256>(None).expand(Self::INFO, &mut key);
        let mut nonce = [0u8; 12];
        rand::rng().fill_bytes(&mut nonce);
        let ciphertext = Aes256Gcm::new(&key.into())
            .encrypt(&nonce.into(), plain)
            .unwrap_or_default();
        let mut bytes = mine
            .public_key()
            .to_encoded_point(false)
            .as_bytes()
            .to_vec();
        bytes.extend(nonce);
        bytes.extend(ciphertext);
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    }
}

async fn read_secret(db: &impl ConnectionTrait) -> Result<Option<Vec<u8>>, DbErr> {
    let row = instance_setting::Entity::find_by_id(SECRET_KEY.to_owned())
        .one(db)
        .await?;
    Ok(row.and_then(|r| hex::decode(r.value).ok()))
}

/// HMAC-SHA256 (RFC 2104) for keys of at most one block, which all of ours are.
pub fn mac(key: &[u8], data: &[u8]) -> [u8; 32] {
    let mut block = [0u8; 64];
    if key.len() <= block.len() {
        block[..key.len()].copy_from_slice(key);
    } else {
        block[..32].copy_from_slice(&Sha256::digest(key));
    }
    let pad = |byte: u8| block.map(|b| b ^ byte);
    let inner = Sha256::new()
        .chain_update(pad(0x36))
        .chain_update(data)
        .finalize();
    Sha256::new()
        .chain_update(pad(0x5c))
        .chain_update(inner)
        .finalize()
        .into()
}

fn derive(secret: &[u8], label: &[u8]) -> [u8; 32] {
    mac(secret, label)
}

/// The instance's [`Keys`], read from the database once.
pub struct InstanceKeys {
    db: DatabaseConnection,
    keys: OnceCell<Keys>,
}

impl InstanceKeys {
    pub fn new(db: DatabaseConnection) -> Self {
        Self {
            db,
            keys: OnceCell::new(),
        }
    }

    /// The keys, creating the instance secret on first use.
    ///
    /// # Errors
    /// When the database cannot be read or written.
    pub async fn get(&self) -> Result<&Keys, DbErr> {
        self.keys.get_or_try_init(|| Keys::load(&self.db)).await
    }
}

/// Seals secrets kept in the database (second-factor secrets) with a key kept outside it:
/// the `secret_key` setting, or else the key file `secret.key` in the data folder, made on
/// first start and readable by this user only. A copy of the database alone cannot open
/// what it sealed.
pub struct SealingKey {
    cipher: ChaCha20Poly1305,
}

impl SealingKey {
    /// How a sealed value starts: what follows is base64 of nonce and ciphertext.
    const PREFIX: &'static str = "sealed1:";
    const FILE: &'static str = "secret.key";

    /// The key of these settings, making the key file when there is neither setting nor file.
    ///
    /// # Errors
    /// When the key file cannot be read or written.
    pub fn from_settings(settings: &Settings) -> std::io::Result<Self> {
        let configured = settings.secret_key.expose();
        let secret = if configured.is_empty() {
            Self::key_file(&settings.data_dir)?
        } else {
            configured.to_owned()
        };
        Ok(Self::from_secret(secret.as_bytes()))
    }

    /// The key made from a secret of any length.
    pub fn from_secret(secret: &[u8]) -> Self {
        let key = derive(secret, b"sealing-key");
        Self {
            cipher: ChaCha20Poly1305::new(&key.into()),
        }
    }

    /// The key file's secret, written with a fresh random secret on first use.
    fn key_file(data_dir: &std::path::Path) -> std::io::Result<String> {
        let path = data_dir.join(Self::FILE);
        if let Ok(secret) = std::fs::read_to_string(&path)
            && !secret.trim().is_empty()
        {
            return Ok(secret.trim().to_owned());
        }
        crate::db::create_private_dir(data_dir)?;
        crate::db::create_private_file(&path)?;
        let mut fresh = [0u8; 32];
        rand::rng().fill_bytes(&mut fresh);
        std::fs::write(&path, hex::encode(fresh))?;
        Ok(hex::encode(fresh))
    }

    /// `plain` sealed, as stored.
    pub fn seal(&self, plain: &str) -> String {
        let mut nonce = [0u8; 12];
        rand::rng().fill_bytes(&mut nonce);
        // Encryption into a Vec fails only for inputs of gigabytes.
        let sealed = self
            .cipher
            .encrypt(&nonce.into(), plain.as_bytes())
            .unwrap_or_default();
        let mut bytes = nonce.to_vec();
        bytes.extend(sealed);
        format!(
            "{}{}",
            Self::PREFIX,
            base64::engine::general_purpose::STANDARD_NO_PAD.encode(bytes)
        )
    }

    /// What `stored` sealed; `None` when it is not sealed, or not with this key.
    pub fn open(&self, stored: &str) -> Option<String> {
        let encoded = stored.strip_prefix(Self::PREFIX)?;
        let bytes = base64::engine::general_purpose::STANDARD_NO_PAD
            .decode(encoded)
            .ok()?;
        if bytes.len() < 12 {
            return None;
        }
        let (nonce, sealed) = bytes.split_at(12);
        let nonce: [u8; 12] = nonce.try_into().ok()?;
        let plain = self.cipher.decrypt(&nonce.into(), sealed).ok()?;
        String::from_utf8(plain).ok()
    }

    /// Whether `stored` is a sealed value (earlier versions stored secrets as they were).
    pub fn is_sealed(stored: &str) -> bool {
        stored.starts_with(Self::PREFIX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hmac_matches_the_rfc_4231_test_vector() {
        let out = mac(&[0x0b; 20], b"Hi There");
        assert_eq!(
            hex::encode(out),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"
        );
    }

    #[test]
    fn the_state_signature_detects_any_change() {
        let keys = Keys::from_secret(&[1; 32]);
        let sig = keys.sign_state(b"{\"a\":1}");
        assert!(keys.verify_state(b"{\"a\":1}", &sig));
        assert!(!keys.verify_state(b"{\"a\":2}", &sig));
        assert!(!keys.verify_state(b"{\"a\":1}", "00"));
        assert!(!keys.verify_state(b"{\"a\":1}", "not hex"));
    }

    #[test]
    fn offline_answers_sealed_to_the_instance_open_only_with_its_secret() {
        let key = Keys::from_secret(&[1; 32]);
        let same = Keys::from_secret(&[1; 32]);
        assert_eq!(key.offline().public(), same.offline().public());
        let sealed = key.offline().seal(b"a:q7=I feel safe");
        assert!(!sealed.contains("feel"));
        assert_eq!(
            same.offline().open(&sealed).as_deref(),
            Some(&b"a:q7=I feel safe"[..])
        );
        assert_eq!(Keys::from_secret(&[2; 32]).offline().open(&sealed), None);
        let mut tampered = sealed.clone();
        let last = tampered.pop().unwrap_or('A');
        tampered.push(if last == 'A' { 'B' } else { 'A' });
        assert_eq!(key.offline().open(&tampered), None);
        assert_eq!(key.offline().open("not sealed"), None);
    }

    #[test]
    fn a_sealed_secret_opens_only_with_its_key_and_never_twice_the_same() {
        let key = SealingKey::from_secret(b"a key of at least thirty-two characters");
        let sealed = key.seal("JBSWY3DPEHPK3PXP");
        assert!(SealingKey::is_sealed(&sealed) && !sealed.contains("JBSWY3DP"));
        assert_eq!(key.open(&sealed).as_deref(), Some("JBSWY3DPEHPK3PXP"));
        assert_ne!(
            key.seal("JBSWY3DPEHPK3PXP"),
            sealed,
            "a fresh nonce each time"
        );
        assert_eq!(SealingKey::from_secret(b"another key").open(&sealed), None);
        assert_eq!(
            key.open("JBSWY3DPEHPK3PXP"),
            None,
            "unsealed values are not secrets"
        );
        let mut tampered = sealed.clone();
        tampered.replace_range(20..21, if &sealed[20..21] == "A" { "B" } else { "A" });
        assert_eq!(key.open(&tampered), None);
    }
}
