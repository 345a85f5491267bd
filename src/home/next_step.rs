//! What a consultation needs next, from what is known about it: the one button its card on
//! the group's home shows (write questions → translate → open → start the live session →
//! close → moderate → publish → write "what we did with your views").
use crate::consultations::Status;

/// What is known about a consultation when its next step is chosen.
#[derive(Clone, Copy, Debug, Default)]
pub struct Facts {
    pub status: Option<Status>,
    /// At least one question takes an answer.
    pub has_questions: bool,
    /// Some enabled language misses texts or has texts older than the main language's.
    pub translations_missing: bool,
    /// Anything else stops it from opening now (texts, dates).
    pub other_problems: bool,
    /// It has the "during the meeting" phase.
    pub live_phase: bool,
    /// A live session runs now.
    pub live_running: bool,
    /// A live session has run before.
    pub live_held: bool,
    /// Free-text answers waiting for a moderator.
    pub pending: u64,
    /// Possible disclosures the safeguarding lead has not closed.
    pub safeguarding_open: u64,
    /// "What we did with your views" is written in some language.
    pub feedback_written: bool,
}

/// The next step of a consultation's cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    WriteQuestions,
    Translate,
    /// Open problems other than translations: the overview lists them.
    Finish,
    Open,
    StartLive,
    RunLive,
    Close,
    Safeguarding(u64),
    Moderate(u64),
    Publish,
    WriteFeedback,
}

/// The step a facilitator takes next; `None` when the cycle is done (archived, or published
/// with its feedback written).
pub fn next(f: &Facts) -> Option<Step> {
    match f.status? {
        Status::Draft => Some(draft_step(f)),
        Status::Open if f.live_running => Some(Step::RunLive),
        Status::Open if f.live_phase && !f.live_held => Some(Step::StartLive),
        Status::Open => Some(Step::Close),
        Status::Live if f.live_running => Some(Step::RunLive),
        Status::Live => Some(Step::StartLive),
        Status::Closed if f.safeguarding_open > 0 => Some(Step::Safeguarding(f.safeguarding_open)),
        Status::Closed if f.pending > 0 => Some(Step::Moderate(f.pending)),
        Status::Closed => Some(Step::Publish),
        Status::Published if !f.feedback_written => Some(Step::WriteFeedback),
        Status::Published | Status::Archived => None,
    }
}

fn draft_step(f: &Facts) -> Step {
    if !f.has_questions {
        Step::WriteQuestions
    } else if f.translations_missing {
        Step::Translate
    } else if f.other_problems {
        Step::Finish
    } else {
        Step::Open
    }
}

impl Step {
    /// The message key of its button's label (some take `$count`).
    pub fn label_key(self) -> &'static str {
        match self {
            Self::WriteQuestions => "gh-step-write",
            Self::Translate => "gh-step-translate",
            Self::Finish => "gh-step-finish",
            Self::Open => "gh-step-open",
            Self::StartLive => "gh-step-start-live",
            Self::RunLive => "gh-step-run-live",
            Self::Close => "gh-step-close",
            Self::Safeguarding(_) => "gh-step-safeguarding",
            Self::Moderate(_) => "gh-step-moderate",
            Self::Publish => "gh-step-publish",
            Self::WriteFeedback => "gh-step-feedback",
        }
    }

    /// The count its label names, if any.
    pub fn count(self) -> Option<u64> {
        match self {
            Self::Safeguarding(n) | Self::Moderate(n) => Some(n),
            _ => None,
        }
    }

    /// Where the step is taken. A step that changes something is a form posted to this
    /// address ([`Step::posted`]); the others are links.
    pub fn href(self, slug: &str) -> String {
        match self {
            Self::WriteQuestions | Self::Finish => format!("/manage/c/{slug}"),
            Self::Translate => format!("/manage/c/{slug}/translations"),
            Self::Open | Self::Close => format!("/manage/c/{slug}/status"),
            Self::StartLive | Self::RunLive => format!("/manage/c/{slug}/live"),
            Self::Safeguarding(_) | Self::Moderate(_) => format!("/manage/c/{slug}/moderation"),
            Self::Publish => format!("/manage/consultations/{slug}/publish"),
            Self::WriteFeedback => format!("/manage/consultations/{slug}/publish#feedback"),
        }
    }

    /// The hidden fields of its form (besides the CSRF token) when the step is a POST:
    /// a lifecycle move names where it goes from and to; starting a live session needs none.
    pub fn posted(self) -> Option<Vec<(&'static str, &'static str)>> {
        match self {
            Self::Open => Some(vec![("from", "draft"), ("to", "open")]),
            Self::Close => Some(vec![("from", "open"), ("to", "closed")]),
            Self::StartLive => Some(Vec::new()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(status: Status) -> Facts {
        Facts {
            status: Some(status),
            has_questions: true,
            ..Facts::default()
        }
    }

    #[test]
    fn a_draft_goes_from_questions_to_translations_to_opening() {
        let mut f = facts(Status::Draft);
        f.has_questions = false;
        assert_eq!(next(&f), Some(Step::WriteQuestions));
        f.has_questions = true;
        f.translations_missing = true;
        assert_eq!(next(&f), Some(Step::Translate));
        f.translations_missing = false;
        f.other_problems = true;
        assert_eq!(next(&f), Some(Step::Finish));
        f.other_problems = false;
        assert_eq!(next(&f), Some(Step::Open));
    }

    #[test]
    fn an_open_consultation_with_a_meeting_starts_its_session_once_then_closes() {
        let mut f = facts(Status::Open);
        assert_eq!(next(&f), Some(Step::Close));
        f.live_phase = true;
        assert_eq!(next(&f), Some(Step::StartLive));
        f.live_running = true;
        assert_eq!(next(&f), Some(Step::RunLive));
        f.live_running = false;
        f.live_held = true;
        assert_eq!(next(&f), Some(Step::Close));
    }

    #[test]
    fn a_closed_consultation_is_moderated_before_it_is_published() {
        let mut f = facts(Status::Closed);
        f.pending = 4;
        f.safeguarding_open = 1;
        assert_eq!(next(&f), Some(Step::Safeguarding(1)));
        f.safeguarding_open = 0;
        assert_eq!(next(&f), Some(Step::Moderate(4)));
        f.pending = 0;
        assert_eq!(next(&f), Some(Step::Publish));
    }

    #[test]
    fn a_published_consultation_asks_for_its_feedback_then_is_done() {
        let mut f = facts(Status::Published);
        assert_eq!(next(&f), Some(Step::WriteFeedback));
        f.feedback_written = true;
        assert_eq!(next(&f), None);
        assert_eq!(next(&facts(Status::Archived)), None);
    }
}
