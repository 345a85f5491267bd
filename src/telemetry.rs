//! Logging: one subscriber for the whole process. No personal data in any log line:
//! request logs carry method, route pattern, status and duration, never IPs or query strings.
use tracing_subscriber::{EnvFilter, fmt, prelude::*};

/// Installs the global subscriber; `RUST_LOG` overrides the configured level.
pub fn init(level: &str, json: bool) {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new(format!("{level},sqlx=warn,sea_orm=warn")));
    let registry = tracing_subscriber::registry().with(filter);
    // A second init (tests start many apps in one process) is harmless.
    let _ = if json {
        registry
            .with(fmt::layer().json().with_current_span(false))
            .try_init()
    } else {
        registry.with(fmt::layer().with_target(false)).try_init()
    };
}
