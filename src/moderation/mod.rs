//! Moderation and safeguarding of free text: scrubbing personal data before it is stored,
//! normalising text against filter evasion, and flagging answers for a person to review.
//! Everything here is pure (no database, no HTTP); the moderation queue, safeguarding
//! e-mails and retention build on it.
pub mod flags;
pub mod normalize;
mod patterns;
pub mod scrub;

pub use flags::{Flag, FlagReason, explain, flags, pattern_files};
pub use normalize::normalize;
pub use scrub::{PiiKind, Scrubbed, scrub};
