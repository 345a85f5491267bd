//! What a consultation asks: its texts in every enabled language, sections, questions,
//! options and conditions, and its settings. Stored as one JSON document per consultation
//! and served (in this shape) by `GET /api/v1/consultations/{slug}`.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// A text in several languages: language code → text (`{"en": "…", "ar": "…"}`).
pub type LocalText = BTreeMap<String, String>;

/// The six UN languages, enabled by default.
pub const DEFAULT_LANGUAGES: [&str; 6] = ["ar", "en", "es", "fr", "ru", "zh"];

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Definition {
    /// Enabled languages (ISO 639-1 codes).
    pub languages: Vec<String>,
    /// The language facilitators write in first; translations are made from it.
    pub default_language: String,
    #[serde(default)]
    pub texts: Texts,
    #[serde(default)]
    pub settings: Settings,
    #[serde(default)]
    pub sections: Vec<Section>,
    /// For each translated text (by its path, e.g. `questions.feel_safe.text`, see
    /// [`crate::consultations::translations`]) and language, a hash of the default-language
    /// text it was translated from: a different hash today means the translation is stale.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub translation_sources: BTreeMap<String, BTreeMap<String, String>>,
}

/// The consultation's own texts.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Texts {
    #[serde(default)]
    pub title: LocalText,
    /// Who is asking and why, in plain words.
    #[serde(default)]
    pub introduction: LocalText,
    /// What happens with the answers.
    #[serde(default)]
    pub data_use: LocalText,
    /// Shown on the thank-you page.
    #[serde(default)]
    pub closing: LocalText,
    /// "What we did with your views", written after the results are used.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub feedback: LocalText,
    /// Headline findings that open the public results page (at most five per language),
    /// written by the facilitators when the results are published.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub headlines: BTreeMap<String, Vec<String>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(default)]
pub struct Settings {
    pub age_bands: Vec<AgeBand>,
    /// Below this age a young person is kindly turned away.
    pub min_age: u8,
    /// Below this age a parent, guardian or teacher must confirm.
    pub consent_age: u8,
    pub ask_country: bool,
    pub ask_gender: bool,
    /// Phases in which the consultation takes answers.
    pub phases: Vec<Phase>,
    /// Counts based on fewer young people are hidden outside the facilitators (never below 5).
    pub threshold: u32,
    /// On the live projector a revealed question shows every option once at least this many
    /// people answered it (never below 3; sensitive questions keep `threshold` per option).
    pub live_threshold: u32,
    /// Raw answers are deleted this many days after closing (at most 365).
    pub retention_days: u32,
    /// The most quotes the public results show per question (1 to 20), the first the
    /// facilitators chose.
    pub quotes_per_question: u32,
    /// When set, young people type this code before answering (a class or a room).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub access_code: Option<String>,
    /// Minutes it takes, said on the landing page; when not set, estimated from the
    /// questions ([`Definition::minutes`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_minutes: Option<u32>,
    /// When and where results will be public, in plain words.
    pub results_note: LocalText,
    /// Helplines by ISO 3166 country code (`*` for the default).
    pub helplines: BTreeMap<String, Helpline>,
    /// Optional targets for the representativeness panel: dimension → value → share (0–100).
    pub targets: BTreeMap<String, BTreeMap<String, u32>>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            age_bands: AgeBand::defaults(),
            min_age: 9,
            consent_age: 13,
            ask_country: true,
            ask_gender: true,
            phases: vec![Phase::Before],
            threshold: 10,
            live_threshold: 5,
            retention_days: 90,
            quotes_per_question: 5,
            access_code: None,
            duration_minutes: None,
            results_note: LocalText::new(),
            helplines: BTreeMap::new(),
            targets: BTreeMap::new(),
        }
    }
}

/// An age band offered to young people (never a date of birth).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
pub struct AgeBand {
    /// Stable code, e.g. `13-15`.
    pub code: String,
    pub min: u8,
    pub max: u8,
}

impl AgeBand {
    pub fn defaults() -> Vec<Self> {
        [(9, 12), (13, 15), (16, 17), (18, 24)]
            .into_iter()
            .map(|(min, max)| Self {
                code: format!("{min}-{max}"),
                min,
                max,
            })
            .collect()
    }
}

#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    /// Open for days or weeks before the meeting.
    Before,
    /// Live, during the meeting.
    During,
}

impl Phase {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Before => "before",
            Self::During => "during",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Helpline {
    pub name: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub url: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Section {
    /// Stable key, unique in the consultation.
    pub key: String,
    #[serde(default)]
    pub title: LocalText,
    #[serde(default)]
    pub questions: Vec<Question>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    SingleChoice,
    MultipleChoice,
    /// Agreement scale, 5 points (optionally with pictures for younger children).
    Scale,
    /// 0–10 or 1–5.
    Rating,
    Ranking,
    Number,
    ShortText,
    LongText,
    /// Information text, no answer.
    Info,
    /// Statements young people vote on (agree, disagree, pass) and may add to: the opinion
    /// map of `aggregation::opinion`.
    Statements,
}

impl QuestionKind {
    pub const ALL: [Self; 10] = [
        Self::SingleChoice,
        Self::MultipleChoice,
        Self::Scale,
        Self::Rating,
        Self::Ranking,
        Self::Number,
        Self::ShortText,
        Self::LongText,
        Self::Info,
        Self::Statements,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::SingleChoice => "single_choice",
            Self::MultipleChoice => "multiple_choice",
            Self::Scale => "scale",
            Self::Rating => "rating",
            Self::Ranking => "ranking",
            Self::Number => "number",
            Self::ShortText => "short_text",
            Self::LongText => "long_text",
            Self::Info => "info",
            Self::Statements => "statements",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Kinds whose answers are option codes (scales and ratings list their points as options).
    pub fn has_options(self) -> bool {
        matches!(
            self,
            Self::SingleChoice | Self::MultipleChoice | Self::Scale | Self::Rating | Self::Ranking
        )
    }

    pub fn is_text(self) -> bool {
        matches!(self, Self::ShortText | Self::LongText)
    }

    pub fn takes_answer(self) -> bool {
        self != Self::Info
    }

    /// Kinds whose answers compare across consultations as shares of options (the group's
    /// reports show them as a trend).
    pub fn compares_over_time(self) -> bool {
        matches!(
            self,
            Self::SingleChoice | Self::MultipleChoice | Self::Scale | Self::Rating
        )
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Question {
    /// Stable key, unique in the consultation; answers are keyed by it.
    pub key: String,
    pub kind: QuestionKind,
    /// Optional is the default: young people may skip anything.
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub text: LocalText,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub help: LocalText,
    /// "Easy read" wording by age band code, replacing `text` for that band.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub easy_read: BTreeMap<String, LocalText>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Choice>,
    /// Multiple choice: at most this many options. Ranking: at most this many places (the
    /// top N; none: every option); a young person may always rank fewer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_choices: Option<u32>,
    /// Number: smallest accepted value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Number: largest accepted value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Short and long text: most characters accepted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    /// Scale: show pictures (emoji) with the points, for younger children.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pictorial: bool,
    /// A sensitive question keeps the small-group threshold per option on the live
    /// projector, whatever the live threshold.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub sensitive: bool,
    /// Show this question only when an earlier answer matches.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    /// The group's reports compare a question across consultations under its key; a question
    /// asked again under another key is compared under the key named here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub same_as: Option<String>,
    /// Statements: the seed statements and those young people added (once approved).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Statement>,
    /// Statements: young people may add their own (scrubbed and moderated first).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub allow_new_statements: bool,
    /// Statements: the youngest age band allowed to add (by its lower bound; default 13).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_statements_min_age: Option<u8>,
    /// Statements: the most shown to one person (default 20).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statements_per_person: Option<u32>,
}

/// One statement of a `statements` question.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Statement {
    /// Stable code: votes are keyed by it (`n<answer id>` for added statements).
    pub code: String,
    #[serde(default)]
    pub text: LocalText,
    /// "Easy read" wording by age band code.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub easy_read: BTreeMap<String, LocalText>,
    /// Added by a young person and approved in moderation (never with anything about them).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub added: bool,
}

impl Statement {
    /// The wording for a language and age band (easy read first), falling back to any
    /// language it has: an added statement exists only in the language it was written in.
    pub fn wording<'a>(&'a self, lang: &str, age_band: Option<&str>) -> &'a str {
        age_band
            .and_then(|band| self.easy_read.get(band))
            .and_then(|t| t.get(lang))
            .filter(|t| !t.is_empty())
            .or_else(|| self.text.get(lang).filter(|t| !t.is_empty()))
            .or_else(|| self.text.values().find(|t| !t.is_empty()))
            .map_or("", String::as_str)
    }
}

/// A vote on a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Vote {
    Agree,
    Disagree,
    Pass,
}

impl Vote {
    pub const ALL: [Self; 3] = [Self::Agree, Self::Disagree, Self::Pass];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agree => "agree",
            Self::Disagree => "disagree",
            Self::Pass => "pass",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// The matrix value: agree +1, disagree −1, pass 0.
    pub fn value(self) -> f64 {
        match self {
            Self::Agree => 1.0,
            Self::Disagree => -1.0,
            Self::Pass => 0.0,
        }
    }

    /// From a stored matrix value.
    pub fn of_value(v: f64) -> Self {
        if v > 0.5 {
            Self::Agree
        } else if v < -0.5 {
            Self::Disagree
        } else {
            Self::Pass
        }
    }
}

/// A `statements` answer: votes by statement code (`agree`, `disagree` or `pass`, checked
/// against the definition) and statements the young person adds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct StatementsAnswer {
    #[serde(default)]
    pub votes: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub new_statements: Vec<String>,
}

impl Question {
    /// A question of `kind` with no texts, options or limits.
    pub fn new(key: &str, kind: QuestionKind) -> Self {
        Self {
            key: key.to_owned(),
            kind,
            required: false,
            text: LocalText::new(),
            help: LocalText::new(),
            easy_read: BTreeMap::new(),
            options: Vec::new(),
            max_choices: None,
            min: None,
            max: None,
            max_length: None,
            pictorial: false,
            sensitive: false,
            condition: None,
            same_as: None,
            statements: Vec::new(),
            allow_new_statements: false,
            new_statements_min_age: None,
            statements_per_person: None,
        }
    }

    /// The key the group's reports compare this question under: [`Question::same_as`], or
    /// its own key.
    pub fn compared_as(&self) -> &str {
        self.same_as.as_deref().unwrap_or(&self.key)
    }

    /// Statements: the statement with this code.
    pub fn statement(&self, code: &str) -> Option<&Statement> {
        self.statements.iter().find(|s| s.code == code)
    }

    /// Statements: the most shown to one person.
    pub fn statements_shown(&self) -> usize {
        self.statements_per_person.map_or(20, |n| n.max(1) as usize)
    }

    /// Statements: whether a young person in `band` may add statements (never without a band
    /// below the minimum age, 13 unless the facilitator chose otherwise).
    pub fn may_add_statements(&self, band: Option<&AgeBand>) -> bool {
        let min_age = self.new_statements_min_age.unwrap_or(13);
        self.allow_new_statements && band.map_or(min_age == 0, |b| b.min >= min_age)
    }

    /// The wording for a language and age band: the band's easy-read text when there is one.
    pub fn wording<'a>(&'a self, lang: &str, age_band: Option<&str>) -> &'a str {
        age_band
            .and_then(|band| self.easy_read.get(band))
            .and_then(|t| t.get(lang))
            .filter(|t| !t.is_empty())
            .map(String::as_str)
            .unwrap_or_else(|| text_in(&self.text, lang))
    }

    pub fn option(&self, code: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.code == code)
    }

    /// Ranking: the places offered when the facilitator does not say (new questions from the
    /// editor or an imported file): the top 3 when there are more than 4 items, else all.
    pub fn default_rank_places(options: usize) -> Option<u32> {
        (options > 4).then_some(3)
    }

    /// Ranking: how many places are offered (1 = the first); a ranking may fill fewer.
    pub fn rank_places(&self) -> usize {
        let all = self.options.len();
        self.max_choices.map_or(all, |n| all.min(n as usize))
    }

    /// The most characters a text answer may have (default 200 short, 2000 long).
    pub fn text_limit(&self) -> usize {
        let default = if self.kind == QuestionKind::ShortText {
            200
        } else {
            2000
        };
        self.max_length.map_or(default, |n| n as usize)
    }
}

/// An option of a choice, scale, rating or ranking question.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Choice {
    /// Stable code: results stay comparable across languages and wordings.
    pub code: String,
    #[serde(default)]
    pub label: LocalText,
    /// A picture for the pictorial scale variant (an emoji).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emoji: Option<String>,
    /// The point value for scales and ratings (defaults to the position, from 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}

/// One level of condition on an earlier question's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct Condition {
    /// Key of an earlier question.
    pub question: String,
    pub operator: ConditionOperator,
    /// The option code compared with (not used by `not_answered`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConditionOperator {
    /// The single-choice (or scale/rating) answer is this code.
    Equals,
    /// The multiple-choice answer includes this code.
    Includes,
    /// The question was skipped.
    NotAnswered,
}

/// A young person's answer to one question, already checked against the definition.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
#[serde(untagged)]
pub enum AnswerValue {
    Number(f64),
    /// Single choice, scale and rating: an option code. Short and long text: the text.
    Text(String),
    /// Multiple choice: chosen codes. Ranking: the codes ranked, best first (the top N or all).
    Codes(Vec<String>),
    /// Statements: votes by code and statements added.
    Votes(StatementsAnswer),
}

impl Condition {
    /// Whether the condition holds for the answers given so far (keyed by question key).
    pub fn holds(&self, answers: &BTreeMap<String, AnswerValue>) -> bool {
        let answer = answers.get(&self.question);
        let value = self.value.as_deref().unwrap_or_default();
        match self.operator {
            ConditionOperator::NotAnswered => answer.is_none(),
            ConditionOperator::Equals => {
                matches!(answer, Some(AnswerValue::Text(code)) if code == value)
            }
            ConditionOperator::Includes => {
                matches!(answer, Some(AnswerValue::Codes(codes)) if codes.iter().any(|c| c == value))
            }
        }
    }
}

/// The text in `lang`, or an empty string.
pub fn text_in<'a>(text: &'a LocalText, lang: &str) -> &'a str {
    text.get(lang).map_or("", String::as_str)
}

impl Definition {
    /// Minutes it takes, as young people are told: the facilitator's figure, or an estimate.
    pub fn minutes(&self) -> u32 {
        self.settings
            .duration_minutes
            .unwrap_or_else(|| self.estimated_minutes())
    }

    /// Minutes estimated from the questions: a minute for the first steps (language, age,
    /// consent) and the check page, then seconds per question by kind, rounded up.
    pub fn estimated_minutes(&self) -> u32 {
        let seconds: u32 = self
            .questions()
            .map(|(_, q)| match q.kind {
                QuestionKind::Info => 10,
                QuestionKind::Scale | QuestionKind::Rating | QuestionKind::Number => 12,
                QuestionKind::SingleChoice => 15,
                QuestionKind::MultipleChoice => 20,
                QuestionKind::Ranking => 40,
                QuestionKind::ShortText => 45,
                QuestionKind::LongText => 90,
                QuestionKind::Statements => 5 * q.statements_shown().min(q.statements.len()) as u32,
            })
            .sum();
        (60 + seconds).div_ceil(60)
    }

    /// Every question in order, with the section it is in.
    pub fn questions(&self) -> impl Iterator<Item = (&Section, &Question)> {
        self.sections
            .iter()
            .flat_map(|s| s.questions.iter().map(move |q| (s, q)))
    }

    pub fn question(&self, key: &str) -> Option<&Question> {
        self.questions().map(|(_, q)| q).find(|q| q.key == key)
    }

    /// Whether a question is shown given the answers so far (conditions are one level).
    pub fn is_shown(&self, question: &Question, answers: &BTreeMap<String, AnswerValue>) -> bool {
        question.condition.as_ref().is_none_or(|c| c.holds(answers))
    }

    pub fn age_band(&self, code: &str) -> Option<&AgeBand> {
        self.settings.age_bands.iter().find(|b| b.code == code)
    }

    /// Whether a young person in this band needs an adult's confirmation.
    pub fn needs_guardian(&self, band: &AgeBand) -> bool {
        band.min < self.settings.consent_age
    }

    /// Whether this band is entirely below the minimum age.
    pub fn too_young(&self, band: &AgeBand) -> bool {
        band.max < self.settings.min_age
    }

    /// The title in `lang`, falling back to the default language.
    pub fn title(&self, lang: &str) -> &str {
        let t = text_in(&self.texts.title, lang);
        if t.is_empty() {
            text_in(&self.texts.title, &self.default_language)
        } else {
            t
        }
    }

    /// The effective suppression threshold (never below 5).
    pub fn threshold(&self) -> u32 {
        self.settings.threshold.max(5)
    }

    /// The most quotes shown per question, as chosen (within 1 to 20 whatever was stored).
    pub fn quotes_per_question(&self) -> usize {
        self.settings.quotes_per_question.clamp(1, 20) as usize
    }

    /// The effective live threshold (never below 3).
    pub fn live_threshold(&self) -> u32 {
        self.settings.live_threshold.max(3)
    }

    /// A new definition in `default_language` (also enabled among `languages`), with the
    /// default settings, a title and no section.
    pub fn new(languages: Vec<String>, default_language: &str, title: &str) -> Self {
        let mut def = Self {
            languages,
            default_language: default_language.to_owned(),
            ..Self::default()
        };
        def.texts
            .title
            .insert(default_language.to_owned(), title.to_owned());
        def
    }

    /// Every question that takes an answer, in order.
    pub fn answerable(&self) -> impl Iterator<Item = &Question> {
        self.questions()
            .map(|(_, q)| q)
            .filter(|q| q.kind.takes_answer())
    }

    /// The index of the section with this key.
    pub fn section_index(&self, key: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.key == key)
    }

    /// Where a question is: (section index, index in the section).
    pub fn question_position(&self, key: &str) -> Option<(usize, usize)> {
        self.sections.iter().enumerate().find_map(|(si, s)| {
            s.questions
                .iter()
                .position(|q| q.key == key)
                .map(|qi| (si, qi))
        })
    }

    pub fn question_mut(&mut self, key: &str) -> Option<&mut Question> {
        self.sections
            .iter_mut()
            .flat_map(|s| s.questions.iter_mut())
            .find(|q| q.key == key)
    }

    /// The questions before `key` in reading order (all of them when `key` is unknown).
    pub fn questions_before(&self, key: &str) -> Vec<&Question> {
        self.questions()
            .map(|(_, q)| q)
            .take_while(|q| q.key != key)
            .collect()
    }

    /// Whether `lang` is an enabled language.
    pub fn has_language(&self, lang: &str) -> bool {
        self.languages.iter().any(|l| l == lang)
    }

    /// Enabled languages, the default one first.
    pub fn languages_default_first(&self) -> Vec<String> {
        let mut langs = vec![self.default_language.clone()];
        langs.extend(
            self.languages
                .iter()
                .filter(|l| **l != self.default_language)
                .cloned(),
        );
        langs
    }
}

/// Gender answers offered when `ask_gender` is on: stable codes, worded by the interface.
/// "Prefer not to say" is always offered; `self_described` is "in another way" (with a
/// self-description).
pub const GENDER_CODES: [&str; 4] = ["girl", "boy", "self_described", "prefer_not_to_say"];

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, AnswerValue)]) -> BTreeMap<String, AnswerValue> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect()
    }

    #[test]
    fn conditions_cover_equals_includes_and_not_answered() {
        let eq = Condition {
            question: "q1".into(),
            operator: ConditionOperator::Equals,
            value: Some("yes".into()),
        };
        assert!(eq.holds(&answers(&[("q1", AnswerValue::Text("yes".into()))])));
        assert!(!eq.holds(&answers(&[("q1", AnswerValue::Text("no".into()))])));
        assert!(!eq.holds(&answers(&[])));

        let inc = Condition {
            question: "q2".into(),
            operator: ConditionOperator::Includes,
            value: Some("a".into()),
        };
        assert!(inc.holds(&answers(&[(
            "q2",
            AnswerValue::Codes(vec!["b".into(), "a".into()])
        )])));
        assert!(!inc.holds(&answers(&[("q2", AnswerValue::Codes(vec!["b".into()]))])));

        let skipped = Condition {
            question: "q3".into(),
            operator: ConditionOperator::NotAnswered,
            value: None,
        };
        assert!(skipped.holds(&answers(&[])));
        assert!(!skipped.holds(&answers(&[("q3", AnswerValue::Number(2.0))])));
    }

    #[test]
    fn easy_read_wording_replaces_the_standard_text_for_its_band() {
        let mut q = Question::new("q", QuestionKind::ShortText);
        q.text.insert(
            "en".into(),
            "What measures would improve your online safety?".into(),
        );
        q.easy_read.insert(
            "9-12".into(),
            [(
                "en".to_owned(),
                "What would make you feel safe online?".to_owned(),
            )]
            .into(),
        );
        assert_eq!(
            q.wording("en", Some("9-12")),
            "What would make you feel safe online?"
        );
        assert_eq!(
            q.wording("en", Some("16-17")),
            "What measures would improve your online safety?"
        );
        assert_eq!(
            q.wording("en", None),
            "What measures would improve your online safety?"
        );
    }

    #[test]
    fn a_statement_reads_easy_read_first_and_an_added_one_in_its_own_language() {
        let mut st = Statement {
            code: "s1".into(),
            text: [("en".to_owned(), "Age checks on social media".to_owned())].into(),
            ..Statement::default()
        };
        st.easy_read.insert(
            "9-12".into(),
            [(
                "en".to_owned(),
                "Apps should ask how old you are".to_owned(),
            )]
            .into(),
        );
        assert_eq!(
            st.wording("en", Some("9-12")),
            "Apps should ask how old you are"
        );
        assert_eq!(
            st.wording("en", Some("16-17")),
            "Age checks on social media"
        );
        assert_eq!(st.wording("ar", None), "Age checks on social media");
    }

    #[test]
    fn a_statements_answer_reads_the_contract_shape() {
        let v: AnswerValue =
            serde_json::from_str(r#"{"votes": {"s1": "agree"}, "new_statements": ["More parks"]}"#)
                .unwrap();
        let AnswerValue::Votes(a) = v else {
            panic!("not votes")
        };
        assert_eq!(a.votes["s1"], "agree");
        assert_eq!(a.new_statements, ["More parks"]);
        assert!(serde_json::from_str::<StatementsAnswer>(r#"{"vote": {}}"#).is_err());
    }

    #[test]
    fn answer_values_read_the_contract_shapes() {
        let v: AnswerValue = serde_json::from_str("\"yes\"").unwrap();
        assert_eq!(v, AnswerValue::Text("yes".into()));
        let v: AnswerValue = serde_json::from_str("[\"a\",\"b\"]").unwrap();
        assert_eq!(v, AnswerValue::Codes(vec!["a".into(), "b".into()]));
        let v: AnswerValue = serde_json::from_str("14").unwrap();
        assert_eq!(v, AnswerValue::Number(14.0));
    }

    #[test]
    fn defaults_match_the_product() {
        let s = Settings::default();
        assert_eq!(s.threshold, 10);
        assert_eq!(s.consent_age, 13);
        assert_eq!(s.retention_days, 90);
        assert_eq!(
            s.age_bands
                .iter()
                .map(|b| b.code.as_str())
                .collect::<Vec<_>>(),
            ["9-12", "13-15", "16-17", "18-24"]
        );
    }
}
