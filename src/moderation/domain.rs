//! The rules of moderation, without HTTP or database: the decisions a facilitator makes on a
//! free-text answer, what may be approved as a quote (and when only one by one), how a quote
//! may be edited, and the safeguarding lead's record of what was done.
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;
use utoipa::ToSchema;

use super::{Flag, scrub};

/// Where a free-text answer stands in moderation (`answer.moderation_status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Waiting for a person: counted nowhere, shown nowhere.
    Pending,
    /// May be quoted in summaries and public pages (with at most the age band).
    Approved,
    /// Counts in the analysis, never quoted.
    Unpublished,
    /// Kept out of the analysis (spam, abuse).
    Hidden,
}

impl Decision {
    pub const ALL: [Self; 4] = [
        Self::Pending,
        Self::Approved,
        Self::Unpublished,
        Self::Hidden,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Unpublished => "unpublished",
            Self::Hidden => "hidden",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == s)
    }

    /// Whether answers with this status count in the text analysis.
    pub fn in_analysis(self) -> bool {
        matches!(self, Self::Approved | Self::Unpublished)
    }
}

/// What the safeguarding lead recorded about a flagged answer (`answer.safeguarding_status`
/// holds the latest; `safeguarding_action` keeps every step).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SafeguardingStatus {
    /// The lead is dealing with it.
    InProgress,
    /// Passed on under the organisation's safeguarding procedure.
    Referred,
    /// Reviewed: the help shown to the young person is all that can be done.
    NoFurtherAction,
    /// Not a safeguarding concern (a quotation, a general remark, a false alarm).
    NotAConcern,
}

impl SafeguardingStatus {
    pub const ALL: [Self; 4] = [
        Self::InProgress,
        Self::Referred,
        Self::NoFurtherAction,
        Self::NotAConcern,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InProgress => "in_progress",
            Self::Referred => "referred",
            Self::NoFurtherAction => "no_further_action",
            Self::NotAConcern => "not_a_concern",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// Where an answer stands for the safeguarding lead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SafeguardingState {
    /// Flagged as a possible disclosure; nothing recorded yet.
    AwaitingReview,
    InProgress,
    Referred,
    NoFurtherAction,
    NotAConcern,
}

impl SafeguardingState {
    /// The state of an answer from its flags and stored status; `None` when it was never a
    /// safeguarding matter.
    pub fn of(flags: &[Flag], status: Option<&str>) -> Option<Self> {
        match status.and_then(SafeguardingStatus::parse) {
            Some(SafeguardingStatus::InProgress) => Some(Self::InProgress),
            Some(SafeguardingStatus::Referred) => Some(Self::Referred),
            Some(SafeguardingStatus::NoFurtherAction) => Some(Self::NoFurtherAction),
            Some(SafeguardingStatus::NotAConcern) => Some(Self::NotAConcern),
            None if flags.contains(&Flag::Disclosure) => Some(Self::AwaitingReview),
            None => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::AwaitingReview => "awaiting_review",
            Self::InProgress => "in_progress",
            Self::Referred => "referred",
            Self::NoFurtherAction => "no_further_action",
            Self::NotAConcern => "not_a_concern",
        }
    }

    /// Still needs the lead: awaiting review or in progress.
    pub fn is_open(self) -> bool {
        matches!(self, Self::AwaitingReview | Self::InProgress)
    }
}

/// Why a decision was not applied to an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    /// A possible disclosure is quoted only after the safeguarding lead recorded what was done.
    AwaitingSafeguarding,
    /// Answers with flags are approved one by one, after a person has read them.
    FlaggedNeedsIndividualReview,
    /// Self-descriptions (keys starting with `_`, such as gender in their own words) count in
    /// the analysis but are never quoted.
    NeverQuoted,
    /// The answer no longer exists (withdrawn, or deleted after retention).
    Gone,
    /// A single word is never a public quote.
    OneWord,
}

impl Refusal {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::AwaitingSafeguarding => "awaiting_safeguarding",
            Self::FlaggedNeedsIndividualReview => "flagged_needs_individual_review",
            Self::NeverQuoted => "never_quoted",
            Self::Gone => "gone",
            Self::OneWord => "one_word",
        }
    }
}

/// What the rules need to know about an answer to judge a decision.
#[derive(Clone, Copy, Debug)]
pub struct Subject<'a> {
    pub question_key: &'a str,
    pub flags: &'a [Flag],
    pub safeguarding: Option<SafeguardingState>,
}

/// Whether `decision` may be applied to the answer; `bulk` when it is one of many at once.
///
/// # Errors
/// The [`Refusal`] saying why not.
pub fn check(subject: Subject<'_>, decision: Decision, bulk: bool) -> Result<(), Refusal> {
    if decision != Decision::Approved {
        return Ok(());
    }
    if subject.question_key.starts_with('_') {
        return Err(Refusal::NeverQuoted);
    }
    if subject.safeguarding == Some(SafeguardingState::AwaitingReview)
        || subject.safeguarding == Some(SafeguardingState::InProgress)
    {
        return Err(Refusal::AwaitingSafeguarding);
    }
    if bulk && !subject.flags.is_empty() {
        return Err(Refusal::FlaggedNeedsIndividualReview);
    }
    Ok(())
}

/// Whether `text` may be chosen as a public quote of this answer: what approval needs (one
/// by one), and more than one word.
///
/// # Errors
/// The [`Refusal`] saying why not.
pub fn check_quote(subject: Subject<'_>, text: &str) -> Result<(), Refusal> {
    check(subject, Decision::Approved, false)?;
    if is_one_word(text) {
        return Err(Refusal::OneWord);
    }
    Ok(())
}

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}')
}

/// Whether a text is a single word (or none): one run of letters and digits (apostrophes
/// and hyphens inside a word kept: "don't", "peut-être"), punctuation aside. Chinese is written without spaces, so a run of Chinese characters counts as more
/// than one word from four characters on ("我觉得很好" is a sentence, "很好" is not).
pub fn is_one_word(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && !matches!(c, '\'' | '’' | '-'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    match words.as_slice() {
        [] => true,
        [word] => word.chars().filter(|c| is_cjk(*c)).count() < 4,
        _ => false,
    }
}

/// The key under which two texts are the same (duplicate quotes, grouped answers in the
/// queue): case, spacing, punctuation, invisible characters and Unicode compatibility forms
/// (full-width letters, ligatures) aside. Letters and accents are kept: "si" and "sí" differ.
pub fn quote_key(text: &str) -> String {
    let compatible: String = text
        .chars()
        .filter(|c| !super::normalize::is_invisible(*c))
        .nfkc()
        .collect();
    compatible
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Answers of the queue that say the same thing: one question, one status, one
/// [`quote_key`]. Takes (id, question key, status, text) in queue order and returns the
/// groups' member ids in that order, each group where its first member stands (so a
/// group with a flagged member stands with the flagged answers, which come first).
pub fn group_duplicates<'a>(
    answers: impl IntoIterator<Item = (i32, &'a str, Decision, &'a str)>,
) -> Vec<Vec<i32>> {
    let mut groups: Vec<Vec<i32>> = Vec::new();
    let mut index: std::collections::HashMap<(&str, Decision, String), usize> =
        std::collections::HashMap::new();
    for (id, question, status, text) in answers {
        let key = (question, status, quote_key(text));
        match index.get(&key) {
            Some(&at) => groups[at].push(id),
            None => {
                index.insert(key, groups.len());
                groups.push(vec![id]);
            }
        }
    }
    groups
}

/// The quotes the public sees of one question, from the chosen ones in the order they were
/// chosen, as (language, text): duplicates (the same text, whatever its case, spacing or
/// punctuation) and single words left out, at most `limit` (the consultation's choice),
/// grouped by language (languages in order, the order of choosing kept within each).
pub fn public_quotes(
    chosen: impl IntoIterator<Item = (String, String)>,
    limit: usize,
) -> Vec<(String, String)> {
    let mut seen = std::collections::HashSet::new();
    let mut quotes: Vec<(String, String)> = chosen
        .into_iter()
        .filter(|(_, text)| !is_one_word(text))
        .filter(|(_, text)| seen.insert(quote_key(text)))
        .take(limit)
        .collect();
    quotes.sort_by(|a, b| a.0.cmp(&b.0));
    quotes
}

/// The longest safeguarding note, in characters.
pub const NOTE_MAX_CHARS: usize = 2000;

/// Room a redaction may add to the original text (markers such as `[name]`), in characters.
pub const EDIT_SLACK_CHARS: usize = 100;

/// Why an edited quote was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteProblem {
    Empty,
    /// An edit removes or masks words; it does not write new ones.
    TooLong,
}

/// The text of a quote from a facilitator's edit of `original`: trimmed, scrubbed again (an
/// edit never brings contact details back), and not much longer than the original.
///
/// # Errors
/// [`QuoteProblem`] when it is empty or too long.
pub fn edited_quote(original: &str, edited: &str) -> Result<String, QuoteProblem> {
    let edited = edited.trim();
    if edited.is_empty() {
        return Err(QuoteProblem::Empty);
    }
    if edited.chars().count() > original.chars().count() + EDIT_SLACK_CHARS {
        return Err(QuoteProblem::TooLong);
    }
    Ok(scrub(edited).text)
}

/// Answer ids as short ranges for the audit log: `3-7,9,12-13`.
pub fn id_ranges(ids: &[i32]) -> String {
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut parts: Vec<String> = Vec::new();
    let mut iter = sorted.into_iter().peekable();
    while let Some(start) = iter.next() {
        let mut end = start;
        while iter.peek() == Some(&(end + 1)) {
            end += 1;
            iter.next();
        }
        parts.push(if start == end {
            start.to_string()
        } else {
            format!("{start}-{end}")
        });
    }
    parts.join(",")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicates_group_by_question_status_and_text_whatever_the_case_spacing_or_width() {
        let p = Decision::Pending;
        let groups = group_duplicates([
            (1, "q", p, "Ban phones at school!"),
            (2, "q", p, "Something else"),
            (3, "q", p, "ban  PHONES at school"),
            (4, "r", p, "Ban phones at school"),
            (5, "q", Decision::Hidden, "Ban phones at school"),
            (6, "q", p, "Ｂａｎ phones\u{200b} at school."),
            (7, "q", p, "Bán phones at school"),
        ]);
        assert_eq!(groups, [vec![1, 3, 6], vec![2], vec![4], vec![5], vec![7]]);
    }

    fn subject<'a>(key: &'a str, flags: &'a [Flag], sg: Option<&str>) -> Subject<'a> {
        Subject {
            question_key: key,
            flags,
            safeguarding: SafeguardingState::of(flags, sg),
        }
    }

    #[test]
    fn decisions_and_statuses_have_stable_names() {
        for d in Decision::ALL {
            assert_eq!(Decision::parse(d.as_str()), Some(d));
        }
        for s in SafeguardingStatus::ALL {
            assert_eq!(SafeguardingStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(Decision::parse("deleted"), None);
        assert!(Decision::Unpublished.in_analysis());
        assert!(!Decision::Hidden.in_analysis());
        assert!(!Decision::Pending.in_analysis());
    }

    #[test]
    fn a_disclosure_is_quoted_only_after_the_lead_recorded_what_was_done() {
        let flags = [Flag::Disclosure];
        let open = subject("q1", &flags, None);
        assert_eq!(
            check(open, Decision::Approved, false),
            Err(Refusal::AwaitingSafeguarding)
        );
        assert_eq!(
            check(
                subject("q1", &flags, Some("in_progress")),
                Decision::Approved,
                false
            ),
            Err(Refusal::AwaitingSafeguarding)
        );
        assert_eq!(check(open, Decision::Hidden, true), Ok(()));
        assert_eq!(check(open, Decision::Unpublished, true), Ok(()));
        let reviewed = subject("q1", &flags, Some("not_a_concern"));
        assert_eq!(check(reviewed, Decision::Approved, false), Ok(()));
        assert_eq!(
            check(reviewed, Decision::Approved, true),
            Err(Refusal::FlaggedNeedsIndividualReview)
        );
    }

    #[test]
    fn bulk_approval_skips_flagged_answers_and_self_descriptions_are_never_quoted() {
        let flags = [Flag::Profanity];
        assert_eq!(
            check(subject("q1", &flags, None), Decision::Approved, true),
            Err(Refusal::FlaggedNeedsIndividualReview)
        );
        assert_eq!(
            check(subject("q1", &flags, None), Decision::Approved, false),
            Ok(())
        );
        assert_eq!(
            check(subject("q1", &[], None), Decision::Approved, true),
            Ok(())
        );
        assert_eq!(
            check(
                subject("_gender_description", &[], None),
                Decision::Approved,
                false
            ),
            Err(Refusal::NeverQuoted)
        );
    }

    #[test]
    fn an_edited_quote_is_trimmed_scrubbed_and_not_much_longer() {
        let original = "I am Sam from Riverside Academy and I think apps should ask first.";
        assert_eq!(
            edited_quote(
                original,
                "  I am [name] from [school] and I think apps should ask first. "
            ),
            Ok("I am [name] from [school] and I think apps should ask first.".to_owned())
        );
        assert_eq!(edited_quote(original, "   "), Err(QuoteProblem::Empty));
        assert_eq!(
            edited_quote(original, &"x".repeat(original.len() + EDIT_SLACK_CHARS + 1)),
            Err(QuoteProblem::TooLong)
        );
        let scrubbed = edited_quote(original, "mail me at sam@example.org").unwrap_or_default();
        assert!(!scrubbed.contains("sam@"), "{scrubbed}");
    }

    #[test]
    fn single_words_are_never_quoted_in_any_script() {
        for one in [
            "",
            "  ",
            "Yes!",
            "peut-être",
            "ок",
            "好",
            "很好",
            "نعم",
            "(lol)",
            "don't",
        ] {
            assert!(is_one_word(one), "{one:?}");
        }
        for more in [
            "Yes please",
            "я за",
            "我觉得很好",
            "لا أعرف",
            "peut-être pas",
        ] {
            assert!(!is_one_word(more), "{more:?}");
        }
        let subject = subject("q1", &[], None);
        assert_eq!(check_quote(subject, "Cool!"), Err(Refusal::OneWord));
        assert_eq!(check_quote(subject, "Adults should listen"), Ok(()));
    }

    #[test]
    fn the_public_sees_each_text_once_no_single_words_and_at_most_the_limit_by_language() {
        let chosen = [
            ("fr", "Les adultes devraient écouter."),
            ("en", "Adults should listen"),
            ("en", "adults  should LISTEN!"),
            ("en", "Listen"),
            ("es", "Que nos escuchen"),
            ("en", "Ask before posting photos"),
            ("zh", "请先问我们"),
            ("ru", "Спрашивайте нас"),
            ("ar", "اسألونا أولًا"),
        ]
        .map(|(l, t)| (l.to_owned(), t.to_owned()));
        let shown = public_quotes(chosen, 5);
        assert_eq!(shown.len(), 5);
        let texts: Vec<&str> = shown.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Adults should listen",
                "Ask before posting photos",
                "Que nos escuchen",
                "Les adultes devraient écouter.",
                "请先问我们"
            ]
        );
    }

    #[test]
    fn ids_are_written_as_ranges() {
        assert_eq!(id_ranges(&[9, 3, 4, 5, 6, 7, 12, 13, 3]), "3-7,9,12-13");
        assert_eq!(id_ranges(&[]), "");
        assert_eq!(id_ranges(&[1]), "1");
    }
}
