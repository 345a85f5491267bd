//! Where a typed code leads: a running live session's code (looked up first: during a meeting
//! the code on the screen is a session's), else a consultation's own join code.
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::{consultations::join_code, entities::consultation};

/// Longest code accepted, once normalised (join codes are 6 characters, stored in 12).
const MAX_CODE_LEN: usize = 12;

/// What a code opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JoinTarget {
    /// A consultation, by its slug.
    Consultation { slug: String },
    /// A running live session, by its code.
    Live { code: String },
}

impl JoinTarget {
    /// The page to send the young person to, in their language.
    pub fn path(&self, lang: &str) -> String {
        match self {
            Self::Consultation { slug } => format!("/c/{slug}?lang={lang}"),
            Self::Live { code } => format!("/live/{code}?lang={lang}"),
        }
    }
}

/// The target of a code typed in any form (`k7p-4mx`, `K7P4MX`, ` k7p 4mx `).
///
/// # Errors
/// A database error.
pub async fn resolve(
    db: &impl ConnectionTrait,
    typed: &str,
) -> Result<Option<JoinTarget>, sea_orm::DbErr> {
    let code = join_code::normalise(typed);
    if code.is_empty() || code.len() > MAX_CODE_LEN {
        return Ok(None);
    }
    // During a meeting the code on the screen is a live session's: looked up first.
    if let Some(session) = super::repo::running_by_code(db, &code).await? {
        return Ok(Some(JoinTarget::Live {
            code: session.join_code,
        }));
    }
    let found = consultation::Entity::find()
        .filter(consultation::Column::JoinCode.eq(code))
        .one(db)
        .await?;
    Ok(found.map(|c| JoinTarget::Consultation { slug: c.slug }))
}
