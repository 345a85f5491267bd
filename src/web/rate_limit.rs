//! Per-client request limits kept in memory only. Clients are told apart by a hash of their
//! address (behind a trusted proxy, the address it names: see [`super::client`]) salted with
//! a random value that rotates daily; neither is written anywhere, so no
//! IP address is stored or logged. Limits are generous because a school shares one address.
use std::{
    num::NonZeroU32,
    sync::{Arc, RwLock},
    time::{Duration, Instant},
};

use actix_web::HttpRequest;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use rand::RngCore;
use sha2::{Digest, Sha256};

use crate::error::AppError;

/// One named limit (e.g. respondent pages, logins) for all clients.
pub struct ClientLimiter {
    limiter: DefaultKeyedRateLimiter<[u8; 16]>,
    salt: RwLock<(Instant, [u8; 32])>,
}

const SALT_LIFETIME: Duration = Duration::from_secs(24 * 60 * 60);

impl ClientLimiter {
    /// `per_minute` requests per client, with a burst of a fifth of that.
    pub fn per_minute(per_minute: u32) -> Arc<Self> {
        let rate = NonZeroU32::new(per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
        let burst = NonZeroU32::new((per_minute / 5).max(10)).unwrap_or(NonZeroU32::MIN);
        Arc::new(Self {
            limiter: RateLimiter::keyed(Quota::per_minute(rate).allow_burst(burst)),
            salt: RwLock::new((Instant::now(), random_salt())),
        })
    }

    /// Counts one request of this client.
    ///
    /// # Errors
    /// [`AppError::TooManyRequests`] (429 with `Retry-After`) when the client is over its limit.
    pub fn check(&self, req: &HttpRequest) -> Result<(), AppError> {
        let ip = super::client::address(req)
            .map(|ip| ip.to_string())
            .unwrap_or_default();
        self.check_key(ip.as_bytes())
    }

    /// Counts one request of the client `who` (an address, or another identity such as a
    /// live participant's random id), kept only as a salted hash.
    ///
    /// # Errors
    /// [`AppError::TooManyRequests`] when `who` is over its limit.
    pub fn check_key(&self, who: &[u8]) -> Result<(), AppError> {
        let key = self.client_key(who);
        self.limiter
            .check_key(&key)
            .map_err(|_| AppError::TooManyRequests)?;
        if self.limiter.len() > 100_000 {
            self.limiter.retain_recent();
        }
        Ok(())
    }

    fn client_key(&self, who: &[u8]) -> [u8; 16] {
        let salt = {
            let current = *self.salt.read().unwrap_or_else(|e| e.into_inner());
            if current.0.elapsed() < SALT_LIFETIME {
                current.1
            } else {
                let fresh = (Instant::now(), random_salt());
                *self.salt.write().unwrap_or_else(|e| e.into_inner()) = fresh;
                fresh.1
            }
        };
        let digest = Sha256::new()
            .chain_update(salt)
            .chain_update(who)
            .finalize();
        let mut key = [0u8; 16];
        key.copy_from_slice(&digest[..16]);
        key
    }
}

fn random_salt() -> [u8; 32] {
    let mut salt = [0u8; 32];
    rand::rng().fill_bytes(&mut salt);
    salt
}
