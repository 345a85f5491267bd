//! Typed settings: built-in defaults < optional `consulta.toml` < `CONSULTA_*` environment variables.
use std::{fmt, path::PathBuf};

use serde::Deserialize;

/// Every setting Consulta reads. The README's configuration table lists the same names.
#[derive(Clone, Debug, Deserialize)]
pub struct Settings {
    /// Interface to listen on.
    pub host: String,
    /// Port to listen on (0 picks a free one).
    pub port: u16,
    /// Folder for the SQLite database and, without SMTP, the written e-mails.
    pub data_dir: PathBuf,
    /// Database URL; empty means the SQLite file `consulta.db` in the data dir.
    pub database_url: Secret,
    /// The address people use to reach this instance, for links in e-mails and QR codes.
    pub public_url: String,
    /// Log lines as JSON instead of text.
    pub log_json: bool,
    /// Log filter (tracing `EnvFilter` syntax).
    pub log_level: String,
    /// Serve `GET /metrics` (Prometheus text format).
    pub metrics_enabled: bool,
    /// When set, `/metrics` needs `Authorization: Bearer <token>`.
    pub metrics_token: Secret,
    /// Largest request body accepted, in kilobytes.
    pub max_body_kb: usize,
    /// The app is reached over HTTPS (directly or through a proxy that terminates TLS):
    /// cookies become `Secure`/`__Host-` and HSTS is sent.
    pub behind_tls: bool,
    /// Workers serving HTTP (0 = one per core).
    pub workers: usize,
    /// Database connection pool size.
    pub db_max_connections: u32,
    /// SMTP relay host; empty writes e-mails as `.eml` files under `<data_dir>/mail/`.
    pub smtp_host: String,
    pub smtp_port: u16,
    /// `starttls`, `tls` (implicit TLS) or `none` (plain, for local catchers only).
    pub smtp_tls: String,
    pub smtp_username: String,
    pub smtp_password: Secret,
    /// Sender address of every e-mail.
    pub mail_from: String,
    /// Adult sessions end after this many idle minutes.
    pub session_idle_minutes: i64,
    /// Adult sessions end this many hours after login whatever happens.
    pub session_absolute_hours: i64,
    /// Failed logins after which an account is locked (and its holder told by e-mail).
    pub login_lock_after: u32,
    /// How long a locked account stays locked (a password reset unlocks it at once).
    pub login_lock_minutes: i64,
    /// Requests per minute one client may make to respondent and login pages.
    pub rate_limit_per_minute: u32,
    /// Requests served at once; beyond it the server sheds load with 503 and `Retry-After`
    /// instead of queueing without bound.
    pub max_inflight: usize,
    /// Seconds a request body has to arrive in full (408 otherwise). The body is received
    /// before the request counts against `max_inflight`, so slow clients cannot take the
    /// places of others.
    pub body_timeout_secs: u64,
    /// Connections one client address may hold open at once (0: no cap). Behind a reverse
    /// proxy every client shares the proxy's address: set 0 there, or above its pool.
    pub max_connections_per_client: usize,
    /// Live event streams (SSE) one client may hold open at once; a room behind one
    /// address shares it, so it is generous.
    pub live_streams_per_client: u32,
    /// Milliseconds a public page that is the same for every reader (a consultation's landing
    /// page) is served as rendered, without reading the database (0: rendered every time).
    /// A change made meanwhile shows that much later.
    pub page_cache_ms: u64,
    /// Seconds between SIGTERM (or Ctrl-C) and the stop: `/readyz` answers 503 meanwhile
    /// and requests are still served, so a load balancer stops sending new ones first.
    pub drain_seconds: u64,
    /// Seals secrets kept in the database (second-factor secrets). Empty: a key file
    /// `secret.key` in the data folder, made on first start. Instances sharing a database
    /// must share this key.
    pub secret_key: Secret,
    /// Reverse proxies whose `Forwarded` / `X-Forwarded-For` headers name the client
    /// (comma-separated CIDRs); empty: none, the peer is the client.
    pub trusted_proxies: String,
}

/// A value never printed: `Debug` and `Display` show `***` when it is set.
#[derive(Clone, Default, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.0.is_empty() { "\"\"" } else { "***" })
    }
}

/// An invalid setting, named as the operator wrote it.
#[derive(Debug, thiserror::Error)]
#[error("Invalid setting: {0}")]
pub struct SettingsError(String);

impl Settings {
    /// Loads defaults, then `consulta.toml` in the working directory (if any), then `CONSULTA_*`.
    ///
    /// # Errors
    /// A [`SettingsError`] naming the environment variable (and the file key) that is wrong.
    pub fn load() -> Result<Self, SettingsError> {
        Self::load_from(config::File::with_name("consulta").required(false))
    }

    /// Like [`Settings::load`] with another file source (tests use it).
    ///
    /// # Errors
    /// See [`Settings::load`].
    pub fn load_from(
        file: config::File<config::FileSourceFile, config::FileFormat>,
    ) -> Result<Self, SettingsError> {
        let built = Self::defaults()
            .and_then(|b| {
                b.add_source(file)
                    .add_source(
                        config::Environment::with_prefix("CONSULTA")
                            .prefix_separator("_")
                            .separator("__")
                            .try_parsing(true),
                    )
                    .build()
            })
            .map_err(describe)?;
        let settings: Settings = built.try_deserialize().map_err(describe)?;
        settings.validate()?;
        Ok(settings)
    }

    fn defaults()
    -> Result<config::ConfigBuilder<config::builder::DefaultState>, config::ConfigError> {
        config::Config::builder()
            .set_default("host", "127.0.0.1")?
            .set_default("port", 8080)?
            .set_default("data_dir", "data")?
            .set_default("database_url", "")?
            .set_default("public_url", "")?
            .set_default("log_json", false)?
            .set_default("log_level", "info")?
            .set_default("metrics_enabled", false)?
            .set_default("metrics_token", "")?
            .set_default("max_body_kb", 256)?
            .set_default("behind_tls", false)?
            .set_default("workers", 0)?
            .set_default("db_max_connections", 10)?
            .set_default("smtp_host", "")?
            .set_default("smtp_port", 587)?
            .set_default("smtp_tls", "starttls")?
            .set_default("smtp_username", "")?
            .set_default("smtp_password", "")?
            .set_default("mail_from", "Consulta <no-reply@localhost>")?
            .set_default("session_idle_minutes", 30)?
            .set_default("session_absolute_hours", 12)?
            .set_default("login_lock_after", 10)?
            .set_default("login_lock_minutes", 60)?
            .set_default("rate_limit_per_minute", 600)?
            .set_default("max_inflight", 512)?
            .set_default("body_timeout_secs", 10)?
            .set_default("max_connections_per_client", 1000)?
            .set_default("live_streams_per_client", 500)?
            .set_default("page_cache_ms", 1000)?
            .set_default("drain_seconds", 0)?
            .set_default("secret_key", "")?
            .set_default("trusted_proxies", "")
    }

    /// The networks of `trusted_proxies` (see [`parse_networks`]).
    ///
    /// # Errors
    /// A message naming the entry that is neither an address nor a CIDR range.
    pub fn trusted_proxy_networks(&self) -> Result<Vec<ipnet::IpNet>, String> {
        parse_networks(&self.trusted_proxies)
    }

    fn validate(&self) -> Result<(), SettingsError> {
        let url = self.database_url.expose();
        let known = ["sqlite:", "postgres://", "postgresql://"];
        if !url.is_empty() && !known.iter().any(|k| url.starts_with(k)) {
            return Err(SettingsError(
                "CONSULTA_DATABASE_URL (database_url) must start with sqlite: or postgres://"
                    .into(),
            ));
        }
        if let Err(e) = self.trusted_proxy_networks() {
            return Err(SettingsError(format!(
                "CONSULTA_TRUSTED_PROXIES (trusted_proxies): {e}"
            )));
        }
        let key = self.secret_key.expose();
        if !key.is_empty() && key.chars().count() < 32 {
            return Err(SettingsError(
                "CONSULTA_SECRET_KEY (secret_key) must be at least 32 characters (e.g. `openssl rand -hex 32`)"
                    .into(),
            ));
        }
        if !["starttls", "tls", "none"].contains(&self.smtp_tls.as_str()) {
            return Err(SettingsError(
                "CONSULTA_SMTP_TLS (smtp_tls) must be starttls, tls or none".into(),
            ));
        }
        if self.max_body_kb == 0 {
            return Err(SettingsError(
                "CONSULTA_MAX_BODY_KB (max_body_kb) must be at least 1".into(),
            ));
        }
        if self.session_idle_minutes < 1 || self.session_absolute_hours < 1 {
            return Err(SettingsError(
                "CONSULTA_SESSION_IDLE_MINUTES and CONSULTA_SESSION_ABSOLUTE_HOURS must be at least 1".into(),
            ));
        }
        if self.login_lock_after < 6 || self.login_lock_minutes < 1 {
            return Err(SettingsError(
                "CONSULTA_LOGIN_LOCK_AFTER must be at least 6 and CONSULTA_LOGIN_LOCK_MINUTES at least 1 \
                 (sign-ins are slowed down after 5 failures, then the account is locked)"
                    .into(),
            ));
        }
        if self.rate_limit_per_minute == 0 {
            return Err(SettingsError(
                "CONSULTA_RATE_LIMIT_PER_MINUTE (rate_limit_per_minute) must be at least 1".into(),
            ));
        }
        if self.max_inflight == 0 {
            return Err(SettingsError(
                "CONSULTA_MAX_INFLIGHT (max_inflight) must be at least 1".into(),
            ));
        }
        if self.body_timeout_secs == 0 {
            return Err(SettingsError(
                "CONSULTA_BODY_TIMEOUT_SECS (body_timeout_secs) must be at least 1".into(),
            ));
        }
        Ok(())
    }

    /// The database URL actually used: the setting, or the SQLite file in the data dir.
    pub fn effective_database_url(&self) -> String {
        if self.database_url.is_empty() {
            format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("consulta.db").display()
            )
        } else {
            self.database_url.expose().to_owned()
        }
    }

    /// The base of links sent to people: `public_url`, or the listening address.
    pub fn base_url(&self, port: u16) -> String {
        if self.public_url.is_empty() {
            format!("http://{}:{port}", self.host)
        } else {
            self.public_url.trim_end_matches('/').to_owned()
        }
    }
}

/// Rewrites config's messages so they name the environment variable an operator would set.
fn describe(err: config::ConfigError) -> SettingsError {
    let text = err.to_string();
    let key = text
        .split('`')
        .nth(1)
        .map(|k| format!("CONSULTA_{} ({k}): ", k.to_uppercase()))
        .unwrap_or_default();
    SettingsError(format!("{key}{text}"))
}

/// Hides the password in a database URL so it can be logged.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            match creds.find(':') {
                Some(colon) => format!(
                    "{}{}:***{}",
                    &url[..scheme + 3],
                    &creds[..colon],
                    &url[at..]
                ),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

/// Comma- or space-separated CIDRs (`10.0.0.0/8, 192.168.1.10`; a bare address is one host).
///
/// # Errors
/// A message naming the entry that is neither an address nor a CIDR range.
pub fn parse_networks(list: &str) -> Result<Vec<ipnet::IpNet>, String> {
    list.split([',', ' '])
        .map(str::trim)
        .filter(|entry| !entry.is_empty())
        .map(|entry| {
            entry
                .parse::<ipnet::IpNet>()
                .or_else(|_| entry.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| format!("`{entry}` is not an address or a CIDR range"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_in_a_database_url_is_hidden() {
        assert_eq!(
            redact_url("postgres://app:s3cret@db:5432/consulta"),
            "postgres://app:***@db:5432/consulta"
        );
        assert_eq!(
            redact_url("postgres://app@db/consulta"),
            "postgres://app@db/consulta"
        );
        assert_eq!(
            redact_url("sqlite://data/consulta.db?mode=rwc"),
            "sqlite://data/consulta.db?mode=rwc"
        );
    }

    #[test]
    fn secrets_are_never_printed() {
        assert_eq!(format!("{:?}", Secret::new("hunter2")), "***");
    }
}
