//! Meetings, consultations and their definitions (questions, options, translations) and
//! lifecycle: draft → open → live → closed → published → archived.
pub mod answers;
pub mod authoring;
pub mod definition;
pub mod handlers;
pub mod import_report;
pub mod join_code;
pub mod lifecycle;
pub mod ops;
pub mod points;
pub mod public;
pub mod repo;
pub mod rules;
pub mod schedule;
pub mod statements;
pub mod translations;

use std::sync::Arc;

use serde::{Deserialize, Serialize};

pub use definition::Definition;

use crate::entities::consultation;

/// Where a consultation is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Draft,
    Open,
    Live,
    Closed,
    Published,
    Archived,
}

impl Status {
    pub const ALL: [Self; 6] = [
        Self::Draft,
        Self::Open,
        Self::Live,
        Self::Closed,
        Self::Published,
        Self::Archived,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Draft => "draft",
            Self::Open => "open",
            Self::Live => "live",
            Self::Closed => "closed",
            Self::Published => "published",
            Self::Archived => "archived",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// Young people can answer now.
    pub fn takes_answers(self) -> bool {
        matches!(self, Self::Open | Self::Live)
    }
}

/// A consultation row with its definition parsed.
#[derive(Clone, Debug)]
pub struct Consultation {
    pub row: consultation::Model,
    pub status: Status,
    /// Shared with the definition cache: read per request, never copied (a definition is
    /// tens of kilobytes of texts in six languages). Edit with `Arc::make_mut`.
    pub definition: Arc<Definition>,
}

impl Consultation {
    pub fn id(&self) -> i32 {
        self.row.id
    }

    pub fn slug(&self) -> &str {
        &self.row.slug
    }

    pub fn group_id(&self) -> i32 {
        self.row.group_id
    }

    pub fn version(&self) -> i32 {
        self.row.version
    }

    /// Whether young people can answer at `now`: open or live, and not past the closing
    /// date.
    pub fn takes_answers_at(&self, now: chrono::DateTime<chrono::Utc>) -> bool {
        self.status.takes_answers() && self.row.closes_at.is_none_or(|close| now < close)
    }

    /// Whether its results are public: published, and still so once archived (archived
    /// after publication, it keeps `published_at`). An administrator's withdrawal archives
    /// it and clears `published_at` (see `publishing::repo::withdraw`).
    pub fn results_public(&self) -> bool {
        match self.status {
            Status::Published => true,
            Status::Archived => self.row.published_at.is_some(),
            _ => false,
        }
    }

    /// The phase answers given now belong to: during the meeting when live.
    pub fn current_phase(&self) -> definition::Phase {
        if self.status == Status::Live {
            definition::Phase::During
        } else {
            definition::Phase::Before
        }
    }
}

/// Pages (group home, meetings, the editor, translations, preview) and the JSON API.
pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    handlers::routes(cfg);
}
