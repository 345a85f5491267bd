//! What the submission path does with each free-text answer before storing it, inside its
//! transaction: [`assess`] scrubs personal data, then raises the automatic flags on what will
//! be stored. The stored row carries the scrubbed text, `moderation_status = 'pending'` and
//! the flags as comma-separated codes ([`Assessment::flags_column`]).
use serde::{Deserialize, Serialize};

use super::{Flag, PiiKind, flags, scrub};

/// The moderation status every new free-text answer is stored with.
pub const PENDING: &str = "pending";

/// The most characters of one answer that are assessed and stored. The participation rules
/// refuse longer answers first (a question allows at most its `max_length`); this bound only
/// keeps the work of scrubbing and flagging finite whatever reaches it.
pub const MAX_ASSESSED_CHARS: usize = 10_000;

/// A free-text answer made ready to store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// The text to store: personal details replaced by markers (`[email]`, `[phone]`, …).
    pub scrubbed_text: String,
    /// What scrubbing removed, each kind once.
    pub removed: Vec<PiiKind>,
    /// The automatic flags raised by the scrubbed text, in [`Flag::ALL`] order; plus
    /// `personal_details` when scrubbing removed something (a young person tried to share
    /// contact details: a moderator should know, even though they are gone).
    pub flags: Vec<Flag>,
}

impl Assessment {
    /// The value of `answer.flags`: comma-separated codes (`"profanity,disclosure"`), or
    /// `None` when nothing was flagged.
    pub fn flags_column(&self) -> Option<String> {
        flags_column(&self.flags)
    }

    /// Whether the young person may be saying they are harmed: the thank-you page then shows
    /// where to get help, and the group's safeguarding lead is told.
    pub fn discloses(&self) -> bool {
        self.flags.contains(&Flag::Disclosure)
    }
}

/// Scrubs `text` and flags the result. `lang` is the answer's language (`"fr"`, `"zh-Hans"`).
/// Text beyond [`MAX_ASSESSED_CHARS`] characters is cut off first. When scrubbing removed
/// contact details, the answer is also flagged `personal_details`.
///
/// ```
/// use consulta::moderation::{Flag, assess};
/// let a = assess("I want to die, write to me at sam@example.org", "en");
/// assert!(!a.scrubbed_text.contains("sam@"));
/// assert!(a.flags.contains(&Flag::Disclosure));
/// assert_eq!(a.flags_column().as_deref(), Some("personal_details,disclosure"));
/// ```
pub fn assess(text: &str, lang: &str) -> Assessment {
    let bounded = match text.char_indices().nth(MAX_ASSESSED_CHARS) {
        Some((cut, _)) => &text[..cut],
        None => text,
    };
    let scrubbed = scrub(bounded);
    let mut flags = flags(&scrubbed.text, lang);
    if !scrubbed.removed.is_empty() && !flags.contains(&Flag::PersonalDetails) {
        flags.insert(0, Flag::PersonalDetails);
    }
    Assessment {
        scrubbed_text: scrubbed.text,
        removed: scrubbed.removed,
        flags,
    }
}

/// Flags as stored in `answer.flags`.
pub fn flags_column(flags: &[Flag]) -> Option<String> {
    if flags.is_empty() {
        return None;
    }
    Some(
        flags
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join(","),
    )
}

/// Flags read back from `answer.flags` (unknown codes are ignored), in [`Flag::ALL`] order.
pub fn parse_flags(column: Option<&str>) -> Vec<Flag> {
    let Some(column) = column else {
        return Vec::new();
    };
    Flag::ALL
        .into_iter()
        .filter(|f| column.split(',').any(|code| code.trim() == f.as_str()))
        .collect()
}

/// The flag with this code (`"disclosure"`, …).
pub fn parse_flag(code: &str) -> Option<Flag> {
    Flag::ALL.into_iter().find(|f| f.as_str() == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assessing_scrubs_first_then_flags_what_will_be_stored() {
        let a = assess(
            "My name is Sam, call me on 07700 900123, I want to die",
            "en",
        );
        assert!(!a.scrubbed_text.contains("07700"), "{}", a.scrubbed_text);
        assert_eq!(a.removed, vec![PiiKind::Phone]);
        assert!(a.discloses());
        assert!(a.flags.contains(&Flag::PersonalDetails));
        assert_eq!(
            a.flags_column().as_deref(),
            Some("personal_details,disclosure")
        );
    }

    #[test]
    fn removed_contact_details_still_flag_personal_details() {
        let a = assess("I am being bullied and my mail is amal@example.org", "en");
        assert_eq!(a.scrubbed_text, "I am being bullied and my mail is [email]");
        assert_eq!(a.flags, vec![Flag::PersonalDetails, Flag::Disclosure]);
    }

    #[test]
    fn an_ordinary_answer_has_no_flags_column() {
        let a = assess("Schools should teach us how to report bullying.", "en");
        assert_eq!(a.flags_column(), None);
        assert!(a.removed.is_empty());
        assert_eq!(
            a.scrubbed_text,
            "Schools should teach us how to report bullying."
        );
    }

    #[test]
    fn flags_round_trip_through_the_column_and_unknown_codes_are_ignored() {
        for flags in [
            vec![],
            vec![Flag::Disclosure],
            Flag::ALL.to_vec(),
            vec![Flag::Profanity, Flag::Spam],
        ] {
            assert_eq!(parse_flags(flags_column(&flags).as_deref()), flags);
        }
        assert_eq!(
            parse_flags(Some("spam, nonsense ,disclosure")),
            vec![Flag::Spam, Flag::Disclosure]
        );
        assert_eq!(parse_flag("profanity"), Some(Flag::Profanity));
        assert_eq!(parse_flag("nope"), None);
    }

    #[test]
    fn enormous_texts_are_cut_at_a_character_boundary() {
        let text = "é".repeat(MAX_ASSESSED_CHARS + 500);
        let a = assess(&text, "fr");
        assert_eq!(a.scrubbed_text.chars().count(), MAX_ASSESSED_CHARS);
    }
}
