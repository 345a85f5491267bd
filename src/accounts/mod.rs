//! The adults: accounts, working groups and roles, sessions, API tokens, sign-in, and the
//! audit log of sensitive actions. Young people never have accounts.
pub mod actor;
pub mod admin;
pub mod audit;
pub mod forms;
mod handlers;
pub mod links;
pub mod password;
pub mod repo;
pub mod second_factor;
pub mod throttle;

use serde::{Deserialize, Serialize};

pub use actor::{Actor, Viewer};
pub use handlers::{announce_setup_link, email_domain};

/// A role in one working group. Administrators are a flag on the account, above all groups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Creates and runs consultations, moderates, publishes.
    Facilitator,
    /// Reads summaries and downloads them.
    Member,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Facilitator => "facilitator",
            Self::Member => "member",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "facilitator" => Some(Self::Facilitator),
            "member" => Some(Self::Member),
            _ => None,
        }
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    handlers::routes(cfg);
}
