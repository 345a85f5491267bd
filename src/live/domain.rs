//! The rules of a live session: question states, what a participant carries, and how a live
//! answer becomes a stored response.
//!
//! **One response per participant and session.** A phone is one young person: their first
//! answer in a session creates their response (phase `during`), under a submission id
//! derived from the participant's random id and the session, and each later answer is added
//! to it. So the session gives them one receipt, and totals, age bands and "skipped" count
//! people, not answers. A double tap, a retry or a replayed form stores nothing twice (same
//! answer: the receipt again; another answer to a question already answered: refused, the
//! first answer stands). A `live_answer` row links the response to each question it
//! answered in the session, for the live counts.
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::secrets::Keys;

/// Where a question of a session is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionState {
    /// Not asked yet.
    Waiting,
    /// Taking answers.
    Open,
    /// No longer taking answers.
    Closed,
}

impl QuestionState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Waiting => "waiting",
            Self::Open => "open",
            Self::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Self {
        match s {
            "open" => Self::Open,
            "closed" => Self::Closed,
            _ => Self::Waiting,
        }
    }
}

/// A session is running until the facilitator ends it.
pub const RUNNING: &str = "running";
pub const ENDED: &str = "ended";

/// What the facilitator does to a question (or the session).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Shows the question on every phone and takes answers (closing any other open one).
    Open,
    Close,
    /// Shows the results on the projector.
    Reveal,
    Hide,
}

impl Action {
    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "open" => Self::Open,
            "close" => Self::Close,
            "reveal" => Self::Reveal,
            "hide" => Self::Hide,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Close => "close",
            Self::Reveal => "reveal",
            Self::Hide => "hide",
        }
    }
}

/// What a participant chose once: kept in a strictly necessary session cookie, signed with
/// the instance key (no account, nothing stored server-side until an answer).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    /// The session joined.
    #[serde(rename = "s")]
    pub session_id: i32,
    /// Random, made on joining: the seed of the submission ids.
    #[serde(rename = "p")]
    pub id: Uuid,
    #[serde(rename = "l")]
    pub lang: String,
    #[serde(rename = "b", default, skip_serializing_if = "Option::is_none")]
    pub age_band: Option<String>,
    /// A parent, guardian or teacher confirmed (below the consent age).
    #[serde(rename = "g", default, skip_serializing_if = "std::ops::Not::not")]
    pub guardian: bool,
}

/// The cookie's name; its path is the session's pages.
pub const COOKIE: &str = "consulta_live";

impl Participant {
    /// The cookie value: hex JSON, a dot, the signature.
    pub fn seal(&self, keys: &Keys) -> String {
        let json = serde_json::to_vec(self).unwrap_or_default();
        let sig = keys.sign_state(&json);
        format!("{}.{sig}", hex::encode(json))
    }

    /// The participant of a cookie value, when the signature holds.
    pub fn open(keys: &Keys, value: &str) -> Option<Self> {
        let (data, sig) = value.split_once('.')?;
        let json = hex::decode(data).ok()?;
        keys.verify_state(&json, sig)
            .then(|| serde_json::from_slice(&json).ok())
            .flatten()
    }

    /// The submission id of this participant's response in the session (all their answers).
    pub fn submission_id(&self) -> Uuid {
        let digest = Sha256::new()
            .chain_update(b"live-participant\0")
            .chain_update(self.session_id.to_be_bytes())
            .chain_update(self.id.as_bytes())
            .finalize();
        let mut bytes = [0u8; 16];
        bytes.copy_from_slice(&digest[..16]);
        uuid::Builder::from_random_bytes(bytes).into_uuid()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn submission_ids_are_stable_per_participant_and_session() {
        let p = Participant {
            session_id: 3,
            id: Uuid::new_v4(),
            lang: "fr".into(),
            age_band: Some("13-15".into()),
            guardian: false,
        };
        assert_eq!(p.submission_id(), p.submission_id());
        let other = Participant {
            id: Uuid::new_v4(),
            ..p.clone()
        };
        assert_ne!(p.submission_id(), other.submission_id());
        let next_session = Participant {
            session_id: 4,
            ..p.clone()
        };
        assert_ne!(p.submission_id(), next_session.submission_id());
        assert_eq!(p.submission_id().get_version_num(), 4);
    }

    #[test]
    fn actions_and_states_read_back() {
        for a in ["open", "close", "reveal", "hide"] {
            assert_eq!(Action::parse(a).map(Action::as_str), Some(a));
        }
        assert_eq!(Action::parse("delete"), None);
        assert_eq!(QuestionState::parse("open"), QuestionState::Open);
        assert_eq!(QuestionState::parse("??"), QuestionState::Waiting);
    }
}
