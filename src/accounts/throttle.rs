//! Slowing down password guessing, per account: after 5 failed sign-ins each further try
//! must wait longer (1, 2, 4, 8… seconds), and after `login_lock_after` failures the
//! account is locked for `login_lock_minutes` and its holder gets an e-mail. A successful
//! sign-in or a password reset clears it. Addresses without an account go through the
//! same steps in memory, so the answers do not tell which addresses have an account.
use std::{
    collections::HashMap,
    sync::{LazyLock, Mutex},
};

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, sea_query::Expr};

use crate::{config::Settings, entities::account};

/// Failures allowed before sign-ins are slowed down.
pub const FREE_FAILURES: i32 = 5;
/// The longest wait between two tries before the lock.
const MAX_DELAY_SECONDS: i64 = 60;

/// Whether a sign-in may be tried now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gate {
    Open,
    /// Too many failures: wait this many seconds.
    Wait(i64),
    /// Locked after `login_lock_after` failures.
    Locked,
}

/// The state of one account (or unknown address).
#[derive(Clone, Copy, Debug, Default)]
struct Attempts {
    failures: i32,
    blocked_until: Option<DateTime<Utc>>,
}

impl Attempts {
    fn gate(self, settings: &Settings, now: DateTime<Utc>) -> Gate {
        match self.blocked_until {
            Some(until) if until > now => {
                if self.failures >= lock_after(settings) {
                    Gate::Locked
                } else {
                    Gate::Wait((until - now).num_seconds().max(1))
                }
            }
            _ => Gate::Open,
        }
    }
}

fn lock_after(settings: &Settings) -> i32 {
    i32::try_from(settings.login_lock_after).unwrap_or(i32::MAX)
}

/// When the next try is allowed after `failures` failures.
fn blocked_until(settings: &Settings, failures: i32, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    if failures >= lock_after(settings) {
        Some(now + Duration::minutes(settings.login_lock_minutes))
    } else if failures >= FREE_FAILURES {
        let exponent = u32::try_from(failures - FREE_FAILURES).unwrap_or(0).min(16);
        Some(now + Duration::seconds((1_i64 << exponent).min(MAX_DELAY_SECONDS)))
    } else {
        None
    }
}

/// Unknown addresses: a digest of the address → attempts, in memory only.
static UNKNOWN: LazyLock<Mutex<HashMap<String, Attempts>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

fn unknown_key(email: &str) -> String {
    crate::secrets::digest(&super::repo::normalise_email(email))
}

/// Whether a sign-in for this account (or unknown address) may be tried now.
pub fn gate(settings: &Settings, account: Option<&account::Model>, email: &str) -> Gate {
    let now = Utc::now();
    let attempts = match account {
        Some(a) => Attempts {
            failures: a.failed_logins,
            blocked_until: a.locked_until,
        },
        None => UNKNOWN
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&unknown_key(email))
            .copied()
            .unwrap_or_default(),
    };
    attempts.gate(settings, now)
}

/// What a failure led to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Failure {
    pub failures: i32,
    /// This failure locked the account (its holder is to be told).
    pub locked_now: bool,
}

/// Counts a failed sign-in (wrong password or wrong second-factor code).
///
/// # Errors
/// A database error.
pub async fn record_failure(
    db: &impl ConnectionTrait,
    settings: &Settings,
    account: Option<&account::Model>,
    email: &str,
) -> Result<Failure, DbErr> {
    let now = Utc::now();
    let Some(account) = account else {
        return Ok(record_unknown(settings, email, now));
    };
    use sea_orm::ExprTrait as _;
    // Counted in the database so concurrent tries and several instances add up.
    account::Entity::update_many()
        .col_expr(
            account::Column::FailedLogins,
            Expr::col(account::Column::FailedLogins).add(1),
        )
        .filter(account::Column::Id.eq(account.id))
        .exec(db)
        .await?;
    let failures = account::Entity::find_by_id(account.id)
        .one(db)
        .await?
        .map_or(account.failed_logins + 1, |a| a.failed_logins);
    let until = blocked_until(settings, failures, now);
    account::Entity::update_many()
        .col_expr(account::Column::LockedUntil, Expr::value(until))
        .filter(account::Column::Id.eq(account.id))
        .exec(db)
        .await?;
    Ok(Failure {
        failures,
        locked_now: failures == lock_after(settings),
    })
}

fn record_unknown(settings: &Settings, email: &str, now: DateTime<Utc>) -> Failure {
    let mut map = UNKNOWN.lock().unwrap_or_else(|e| e.into_inner());
    if map.len() > 50_000 {
        map.retain(|_, a| a.blocked_until.is_some_and(|u| u > now));
    }
    let entry = map.entry(unknown_key(email)).or_default();
    entry.failures += 1;
    entry.blocked_until = blocked_until(settings, entry.failures, now);
    Failure {
        failures: entry.failures,
        locked_now: false,
    }
}

/// Clears the failures of an account (successful sign-in, password reset, unlock).
///
/// # Errors
/// A database error.
pub async fn clear(db: &impl ConnectionTrait, account_id: i32) -> Result<(), DbErr> {
    account::Entity::update_many()
        .col_expr(account::Column::FailedLogins, Expr::value(0))
        .col_expr(
            account::Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(account::Column::Id.eq(account_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Whether an account is locked now (for the administrators' list).
pub fn is_locked(settings: &Settings, account: &account::Model) -> bool {
    gate(settings, Some(account), &account.email) == Gate::Locked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> Settings {
        let mut s = Settings::load_from(
            config::File::with_name("/nonexistent/consulta-test").required(false),
        )
        .unwrap();
        s.login_lock_after = 10;
        s.login_lock_minutes = 60;
        s
    }

    #[test]
    fn the_wait_doubles_after_five_failures_then_the_account_locks() {
        let s = settings();
        let now = Utc::now();
        assert_eq!(blocked_until(&s, 4, now), None);
        let waits: Vec<i64> = (5..10)
            .map(|f| (blocked_until(&s, f, now).unwrap() - now).num_seconds())
            .collect();
        assert_eq!(waits, [1, 2, 4, 8, 16]);
        assert_eq!(
            (blocked_until(&s, 10, now).unwrap() - now).num_minutes(),
            60
        );
        let locked = Attempts {
            failures: 10,
            blocked_until: blocked_until(&s, 10, now),
        };
        assert_eq!(locked.gate(&s, now), Gate::Locked);
        let waiting = Attempts {
            failures: 7,
            blocked_until: blocked_until(&s, 7, now),
        };
        assert_eq!(waiting.gate(&s, now), Gate::Wait(4));
        assert_eq!(waiting.gate(&s, now + Duration::seconds(5)), Gate::Open);
    }

    #[test]
    fn unknown_addresses_are_slowed_down_like_accounts() {
        let s = settings();
        let email = format!("nobody-{}@example.org", uuid::Uuid::new_v4().simple());
        for _ in 0..5 {
            assert_eq!(gate(&s, None, &email), Gate::Open);
            record_unknown(&s, &email, Utc::now());
        }
        assert!(matches!(gate(&s, None, &email), Gate::Wait(_)));
    }
}
