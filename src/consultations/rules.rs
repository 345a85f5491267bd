//! The rules a consultation's definition must follow: what every save checks
//! ([`validate`]), what opening needs on top ([`missing_for_open`]), and what may no longer
//! change once young people have answered ([`structural_changes`]).
//!
//! Problems are [`Issue`]s: a path in the definition document (as the JSON API names it,
//! e.g. `sections.0.questions.2.options.1.code`) and a message key of
//! `frontend/locales/*/consultations.ftl`, rendered in the reader's language.
use std::collections::{BTreeMap, BTreeSet};

use super::{
    definition::{
        AgeBand, ConditionOperator, Definition, LocalText, Phase, Question, QuestionKind, text_in,
    },
    translations,
};
use crate::i18n::{Arg, Locale};

/// Most characters of each kind of text.
pub mod limits {
    pub const TITLE: usize = 200;
    pub const LONG_TEXT: usize = 5000;
    pub const QUESTION: usize = 1000;
    pub const HELP: usize = 1000;
    pub const OPTION_LABEL: usize = 300;
    pub const NOTE: usize = 1000;
    pub const KEY: usize = 64;
    pub const EMOJI: usize = 16;
    pub const OPTIONS: usize = 50;
    /// Statements of one question, seed and added.
    pub const STATEMENTS: usize = 1000;
    pub const SECTIONS: usize = 50;
    pub const QUESTIONS: usize = 200;
    pub const HELPLINES: usize = 250;
    pub const MAX_LENGTH_SHORT: u32 = 500;
    pub const MAX_LENGTH_LONG: u32 = 10_000;
}

/// A value in a message.
#[derive(Clone, Debug, PartialEq)]
pub enum MsgArg {
    Str(String),
    Num(f64),
}

impl From<&str> for MsgArg {
    fn from(s: &str) -> Self {
        Self::Str(s.to_owned())
    }
}
impl From<String> for MsgArg {
    fn from(s: String) -> Self {
        Self::Str(s)
    }
}
impl From<usize> for MsgArg {
    fn from(n: usize) -> Self {
        Self::Num(n as f64)
    }
}
impl From<u32> for MsgArg {
    fn from(n: u32) -> Self {
        Self::Num(f64::from(n))
    }
}
impl From<u64> for MsgArg {
    fn from(n: u64) -> Self {
        Self::Num(n as f64)
    }
}

/// One problem, where it is and what it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Issue {
    /// Where, as a path in the definition document (or a form's field name).
    pub path: String,
    /// The message key.
    pub key: &'static str,
    pub args: Vec<(&'static str, MsgArg)>,
}

impl Issue {
    pub fn new(path: impl Into<String>, key: &'static str) -> Self {
        Self {
            path: path.into(),
            key,
            args: Vec::new(),
        }
    }

    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<MsgArg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The message in the reader's language. A `$language` argument holding a language
    /// code is shown as the language's own name, a `$what` argument holding a text path
    /// as the text's description ("the help text of question feel_safe"), `$from` and
    /// `$to` holding status codes as the statuses' names.
    pub fn message(&self, l: &Locale) -> String {
        let names: Vec<(&str, String)> = self
            .args
            .iter()
            .filter_map(|(k, v)| match (*k, v) {
                ("language", MsgArg::Str(code)) => Some((*k, Locale::new(code).native_name())),
                ("what", MsgArg::Str(path)) => Some((*k, translations::describe(path, l))),
                ("from" | "to", MsgArg::Str(code)) if super::Status::parse(code).is_some() => {
                    Some((*k, l.t(&format!("cn-status-{code}"))))
                }
                _ => None,
            })
            .collect();
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(k, v)| {
                let shown = names.iter().find(|(n, _)| n == k).map(|(_, s)| s.as_str());
                let arg = match (shown, v) {
                    (Some(name), _) => Arg::Str(name),
                    (None, MsgArg::Str(s)) => Arg::Str(s),
                    (None, MsgArg::Num(n)) => Arg::Num(*n),
                };
                (*k, arg)
            })
            .collect();
        l.t_args(self.key, &args)
    }

    /// The same issue, moved under another path (`prefix` + `.` + path).
    #[must_use]
    pub fn under(mut self, prefix: &str) -> Self {
        self.path = if self.path.is_empty() {
            prefix.to_owned()
        } else {
            format!("{prefix}.{}", self.path)
        };
        self
    }
}

/// A key (sections, questions): a letter, then letters, digits, `_` or `-`.
pub fn is_valid_key(key: &str) -> bool {
    let mut chars = key.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && key.len() <= limits::KEY
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// An option code: letters, digits, `_`, `-` or `.`, at most 64.
pub fn is_valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.len() <= limits::KEY
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')
}

/// A consultation's address: 3 to 80 lower-case letters, digits and dashes.
pub fn is_valid_slug(slug: &str) -> bool {
    (3..=80).contains(&slug.len())
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
}

/// A slug made from a title: ASCII letters and digits, dashes between words.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
        if slug.len() >= 60 {
            break;
        }
    }
    slug.trim_matches('-').to_owned()
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        other => other,
    }
}

fn check_text(
    issues: &mut Vec<Issue>,
    path: &str,
    text: &LocalText,
    max: usize,
    required_in: Option<&str>,
) {
    for (lang, value) in text {
        let n = value.chars().count();
        if n > max {
            issues.push(
                Issue::new(format!("{path}.{lang}"), "cn-v-too-long")
                    .arg("max", max)
                    .arg("count", n),
            );
        }
    }
    if let Some(lang) = required_in
        && text_in(text, lang).trim().is_empty()
    {
        issues.push(Issue::new(format!("{path}.{lang}"), "cn-v-required"));
    }
}

/// Every rule a stored definition follows, whatever its status. Drafts may still lack
/// translations and questions: [`missing_for_open`] checks those.
pub fn validate(def: &Definition) -> Vec<Issue> {
    let mut issues = Vec::new();
    validate_languages(def, &mut issues);
    let default = def.default_language.as_str();
    let texts = &def.texts;
    check_text(
        &mut issues,
        "texts.title",
        &texts.title,
        limits::TITLE,
        Some(default),
    );
    for (name, text) in [
        ("introduction", &texts.introduction),
        ("data_use", &texts.data_use),
        ("closing", &texts.closing),
        ("feedback", &texts.feedback),
    ] {
        check_text(
            &mut issues,
            &format!("texts.{name}"),
            text,
            limits::LONG_TEXT,
            None,
        );
    }
    validate_settings(def, &mut issues);
    if def.sections.len() > limits::SECTIONS {
        issues.push(Issue::new("sections", "cn-v-too-many").arg("max", limits::SECTIONS));
    }
    let total: usize = def.sections.iter().map(|s| s.questions.len()).sum();
    if total > limits::QUESTIONS {
        issues.push(Issue::new("sections", "cn-v-too-many").arg("max", limits::QUESTIONS));
    }
    let mut section_keys = BTreeSet::new();
    let mut question_keys = BTreeSet::new();
    for (si, section) in def.sections.iter().enumerate() {
        let path = format!("sections.{si}");
        if !is_valid_key(&section.key) {
            issues.push(Issue::new(format!("{path}.key"), "cn-v-key-format"));
        } else if !section_keys.insert(section.key.as_str()) {
            issues.push(
                Issue::new(format!("{path}.key"), "cn-v-key-duplicate").arg("key", &*section.key),
            );
        }
        check_text(
            &mut issues,
            &format!("{path}.title"),
            &section.title,
            limits::TITLE,
            None,
        );
        for (qi, question) in section.questions.iter().enumerate() {
            let qpath = format!("{path}.questions.{qi}");
            if is_valid_key(&question.key) && !question_keys.insert(question.key.as_str()) {
                issues.push(
                    Issue::new(format!("{qpath}.key"), "cn-v-key-duplicate")
                        .arg("key", &*question.key),
                );
            }
            issues.extend(
                validate_question(def, question)
                    .into_iter()
                    .map(|i| i.under(&qpath)),
            );
        }
    }
    issues
}

fn validate_languages(def: &Definition, issues: &mut Vec<Issue>) {
    if def.languages.is_empty() {
        issues.push(Issue::new("languages", "cn-v-languages-empty"));
    }
    let mut seen = BTreeSet::new();
    for lang in &def.languages {
        if !crate::i18n::is_available(lang) {
            issues.push(Issue::new("languages", "cn-v-language-unknown").arg("code", &**lang));
        } else if !seen.insert(lang) {
            issues
                .push(Issue::new("languages", "cn-v-language-duplicate").arg("language", &**lang));
        }
    }
    if !def.has_language(&def.default_language) {
        issues.push(Issue::new("default_language", "cn-v-default-language"));
    }
}

fn validate_settings(def: &Definition, issues: &mut Vec<Issue>) {
    let s = &def.settings;
    issues.extend(
        validate_age_bands(&s.age_bands)
            .into_iter()
            .map(|i| i.under("settings")),
    );
    if !(5..=25).contains(&s.min_age) {
        issues.push(
            Issue::new("settings.min_age", "cn-v-range")
                .arg("min", 5u32)
                .arg("max", 25u32),
        );
    }
    if s.consent_age > 18 {
        issues.push(
            Issue::new("settings.consent_age", "cn-v-range")
                .arg("min", 0u32)
                .arg("max", 18u32),
        );
    }
    if s.threshold < 5 {
        issues.push(Issue::new("settings.threshold", "cn-v-threshold-min"));
    } else if s.threshold > 1000 {
        issues.push(
            Issue::new("settings.threshold", "cn-v-range")
                .arg("min", 5u32)
                .arg("max", 1000u32),
        );
    }
    if s.live_threshold < 3 {
        issues.push(Issue::new(
            "settings.live_threshold",
            "cn-v-live-threshold-min",
        ));
    } else if s.live_threshold > 1000 {
        issues.push(
            Issue::new("settings.live_threshold", "cn-v-range")
                .arg("min", 3u32)
                .arg("max", 1000u32),
        );
    }
    if !(1..=20).contains(&s.quotes_per_question) {
        issues.push(
            Issue::new("settings.quotes_per_question", "cn-v-range")
                .arg("min", 1u32)
                .arg("max", 20u32),
        );
    }
    if !(1..=365).contains(&s.retention_days) {
        issues.push(Issue::new(
            "settings.retention_days",
            "cn-v-retention-range",
        ));
    }
    if s.phases.is_empty() {
        issues.push(Issue::new("settings.phases", "cn-v-phases-empty"));
    }
    let phases: BTreeSet<Phase> = s.phases.iter().copied().collect();
    if phases.len() != s.phases.len() {
        issues.push(Issue::new("settings.phases", "cn-v-phases-duplicate"));
    }
    if let Some(code) = &s.access_code
        && !is_valid_access_code(code)
    {
        issues.push(Issue::new("settings.access_code", "cn-v-access-code"));
    }
    if s.duration_minutes.is_some_and(|m| !(1..=120).contains(&m)) {
        issues.push(
            Issue::new("settings.duration_minutes", "cn-v-range")
                .arg("min", 1u32)
                .arg("max", 120u32),
        );
    }
    check_text(
        issues,
        "settings.results_note",
        &s.results_note,
        limits::NOTE,
        None,
    );
    if s.helplines.len() > limits::HELPLINES {
        issues
            .push(Issue::new("settings.helplines", "cn-v-too-many").arg("max", limits::HELPLINES));
    }
    for (country, line) in &s.helplines {
        let path = format!("settings.helplines.{country}");
        if !is_valid_country_key(country) {
            issues.push(Issue::new(format!("{path}.country"), "cn-v-country"));
        }
        let name = line.name.trim();
        if name.is_empty() {
            issues.push(Issue::new(format!("{path}.name"), "cn-v-required"));
        } else if name.chars().count() > 100 {
            issues.push(Issue::new(format!("{path}.name"), "cn-v-too-long").arg("max", 100u32));
        }
        if line.phone.chars().count() > 40
            || !line
                .phone
                .chars()
                .all(|c| c.is_ascii_digit() || " +-()".contains(c))
        {
            issues.push(Issue::new(format!("{path}.phone"), "cn-v-phone"));
        }
        if !line.url.is_empty()
            && (!(line.url.starts_with("https://") || line.url.starts_with("http://"))
                || line.url.len() > 300
                || line.url.contains(char::is_whitespace))
        {
            issues.push(Issue::new(format!("{path}.url"), "cn-v-url"));
        }
        if line.phone.trim().is_empty() && line.url.trim().is_empty() {
            issues.push(Issue::new(format!("{path}.phone"), "cn-v-helpline-contact"));
        }
    }
    for (dimension, shares) in &s.targets {
        if shares.values().any(|v| *v > 100) {
            issues.push(Issue::new(
                format!("settings.targets.{dimension}"),
                "cn-v-percent",
            ));
        }
    }
}

/// `*` (every other country) or an ISO 3166 alpha-2 code in capitals.
pub fn is_valid_country_key(key: &str) -> bool {
    key == "*" || (key.len() == 2 && key.chars().all(|c| c.is_ascii_uppercase()))
}

/// 4 to 20 letters or digits (dashes allowed between).
pub fn is_valid_access_code(code: &str) -> bool {
    (4..=20).contains(&code.chars().count())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

/// Age bands: at least one, codes unique, each `min ≤ max` within 5–30, in order without
/// overlap. Paths are `age_bands` (the list) and `age_bands.N`.
pub fn validate_age_bands(bands: &[AgeBand]) -> Vec<Issue> {
    let mut issues = Vec::new();
    if bands.is_empty() {
        issues.push(Issue::new("age_bands", "cn-v-age-bands-empty"));
    }
    let mut codes = BTreeSet::new();
    let mut previous_max: Option<u8> = None;
    for (i, band) in bands.iter().enumerate() {
        let path = format!("age_bands.{i}");
        let code_ok = !band.code.is_empty()
            && band.code.len() <= 20
            && band
                .code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-_".contains(c));
        if !code_ok {
            issues.push(Issue::new(path.clone(), "cn-v-age-band-code"));
        } else if !codes.insert(band.code.as_str()) {
            issues.push(Issue::new(path.clone(), "cn-v-key-duplicate").arg("key", &*band.code));
        }
        if band.min > band.max || band.min < 5 || band.max > 30 {
            issues.push(Issue::new(path.clone(), "cn-v-age-band-range").arg("band", &*band.code));
        } else if previous_max.is_some_and(|m| band.min <= m) {
            issues.push(Issue::new(path, "cn-v-age-band-order").arg("band", &*band.code));
        }
        previous_max = Some(band.max);
    }
    issues
}

/// Parses age bands written as `9-12, 13-15, 16-17, 18-24` (the code is the text).
///
/// # Errors
/// An issue on `age_bands` naming the band that does not read.
pub fn parse_age_bands(text: &str) -> Result<Vec<AgeBand>, Issue> {
    text.split([',', ';', '\n'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| {
            let bad = || Issue::new("age_bands", "cn-v-age-band-format").arg("band", t);
            let compact: String = t.chars().filter(|c| !c.is_whitespace()).collect();
            let (a, b) = compact
                .split_once(['-', '–'])
                .map(|(a, b)| (a.to_owned(), b.to_owned()))
                .or_else(|| {
                    compact
                        .strip_suffix('+')
                        .map(|a| (a.to_owned(), "30".to_owned()))
                })
                .ok_or_else(bad)?;
            let min: u8 = a.parse().map_err(|_| bad())?;
            let max: u8 = b.parse().map_err(|_| bad())?;
            Ok(AgeBand {
                code: if compact.ends_with('+') {
                    format!("{min}+")
                } else {
                    format!("{min}-{max}")
                },
                min,
                max,
            })
        })
        .collect()
}

/// The rules of one question in its consultation (paths relative to the question: `key`,
/// `text.en`, `options.1.code`, `condition.question`, …). Key uniqueness is checked by
/// [`validate`], which knows every key.
pub fn validate_question(def: &Definition, q: &Question) -> Vec<Issue> {
    let mut issues = Vec::new();
    let default = def.default_language.as_str();
    if !is_valid_key(&q.key) {
        issues.push(Issue::new("key", "cn-v-key-format"));
    }
    check_text(
        &mut issues,
        "text",
        &q.text,
        limits::QUESTION,
        Some(default),
    );
    check_text(&mut issues, "help", &q.help, limits::HELP, None);
    for (band, text) in &q.easy_read {
        if def.age_band(band).is_none() {
            issues.push(
                Issue::new(format!("easy_read.{band}"), "cn-v-easy-read-band").arg("band", &**band),
            );
        }
        check_text(
            &mut issues,
            &format!("easy_read.{band}"),
            text,
            limits::QUESTION,
            None,
        );
    }
    if q.kind == QuestionKind::Info && q.required {
        issues.push(Issue::new("required", "cn-v-info-required"));
    }
    if q.kind.has_options() {
        if q.options.len() < 2 {
            issues.push(Issue::new("options", "cn-v-options-too-few"));
        }
        if q.options.len() > limits::OPTIONS {
            issues.push(Issue::new("options", "cn-v-too-many").arg("max", limits::OPTIONS));
        }
        let mut codes = BTreeSet::new();
        for (i, option) in q.options.iter().enumerate() {
            let path = format!("options.{i}");
            if !is_valid_code(&option.code) {
                issues.push(Issue::new(format!("{path}.code"), "cn-v-code-format"));
            } else if !codes.insert(option.code.as_str()) {
                issues.push(
                    Issue::new(format!("{path}.code"), "cn-v-option-code-duplicate")
                        .arg("code", &*option.code),
                );
            }
            check_text(
                &mut issues,
                &format!("{path}.label"),
                &option.label,
                limits::OPTION_LABEL,
                Some(default),
            );
            if option
                .emoji
                .as_ref()
                .is_some_and(|e| e.chars().count() > limits::EMOJI)
            {
                issues.push(
                    Issue::new(format!("{path}.emoji"), "cn-v-too-long").arg("max", limits::EMOJI),
                );
            }
            if option.value.is_some_and(|v| !v.is_finite()) {
                issues.push(Issue::new(format!("{path}.value"), "cn-v-number"));
            }
        }
        if q.pictorial
            && q.options
                .iter()
                .any(|o| o.emoji.as_deref().is_none_or(|e| e.trim().is_empty()))
        {
            issues.push(Issue::new("pictorial", "cn-v-pictorial-needs-pictures"));
        }
    } else if !q.options.is_empty() {
        issues.push(Issue::new("options", "cn-v-options-not-used"));
    }
    validate_statements(q, default, &mut issues);
    if let Some(same_as) = &q.same_as {
        if !is_valid_key(same_as) {
            issues.push(Issue::new("same_as", "cn-v-key-format"));
        } else if !q.kind.compares_over_time() {
            issues.push(Issue::new("same_as", "cn-v-same-as-kind"));
        } else if def
            .questions()
            .any(|(_, other)| other.key != q.key && other.compared_as() == same_as)
        {
            // Two questions of one consultation under one key: a report could show only one.
            issues.push(Issue::new("same_as", "cn-v-same-as-here").arg("key", same_as.as_str()));
        }
    }
    if q.pictorial && q.kind != QuestionKind::Scale {
        issues.push(Issue::new("pictorial", "cn-v-pictorial-scale-only"));
    }
    match (q.kind, q.max_choices) {
        (QuestionKind::MultipleChoice | QuestionKind::Ranking, Some(n))
            if n == 0 || n as usize > q.options.len() =>
        {
            issues
                .push(Issue::new("max_choices", "cn-v-max-choices").arg("count", q.options.len()));
        }
        (QuestionKind::MultipleChoice | QuestionKind::Ranking, _) | (_, None) => {}
        (_, Some(_)) => issues.push(Issue::new("max_choices", "cn-v-not-for-kind")),
    }
    if q.kind == QuestionKind::Number {
        for (name, value) in [("min", q.min), ("max", q.max)] {
            if value.is_some_and(|v| !v.is_finite()) {
                issues.push(Issue::new(name, "cn-v-number"));
            }
        }
        if let (Some(min), Some(max)) = (q.min, q.max)
            && min > max
        {
            issues.push(Issue::new("min", "cn-v-min-above-max"));
        }
    } else if q.min.is_some() || q.max.is_some() {
        let name = if q.min.is_some() { "min" } else { "max" };
        issues.push(Issue::new(name, "cn-v-not-for-kind"));
    }
    match (q.kind, q.max_length) {
        (QuestionKind::ShortText, Some(n)) if n == 0 || n > limits::MAX_LENGTH_SHORT => {
            issues.push(
                Issue::new("max_length", "cn-v-range")
                    .arg("min", 1u32)
                    .arg("max", limits::MAX_LENGTH_SHORT),
            );
        }
        (QuestionKind::LongText, Some(n)) if n == 0 || n > limits::MAX_LENGTH_LONG => {
            issues.push(
                Issue::new("max_length", "cn-v-range")
                    .arg("min", 1u32)
                    .arg("max", limits::MAX_LENGTH_LONG),
            );
        }
        (QuestionKind::ShortText | QuestionKind::LongText, _) | (_, None) => {}
        (_, Some(_)) => issues.push(Issue::new("max_length", "cn-v-not-for-kind")),
    }
    if let Some(condition) = &q.condition {
        let earlier = def.questions_before(&q.key);
        let target_later = def.question(&condition.question).is_some()
            && !earlier.iter().any(|e| e.key == condition.question);
        match earlier.iter().find(|e| e.key == condition.question) {
            None if target_later || condition.question == q.key => {
                issues.push(
                    Issue::new("condition.question", "cn-v-condition-forward")
                        .arg("question", &*condition.question),
                );
            }
            None => issues.push(
                Issue::new("condition.question", "cn-v-condition-missing")
                    .arg("question", &*condition.question),
            ),
            Some(target) if !target.kind.takes_answer() => {
                issues.push(Issue::new("condition.question", "cn-v-condition-info"));
            }
            Some(target) if target.condition.is_some() => {
                issues.push(
                    Issue::new("condition.question", "cn-v-condition-nested")
                        .arg("question", &*target.key),
                );
            }
            Some(target) => {
                let fits = match condition.operator {
                    ConditionOperator::Equals => matches!(
                        target.kind,
                        QuestionKind::SingleChoice | QuestionKind::Scale | QuestionKind::Rating
                    ),
                    ConditionOperator::Includes => target.kind == QuestionKind::MultipleChoice,
                    ConditionOperator::NotAnswered => true,
                };
                if !fits {
                    issues.push(Issue::new("condition.operator", "cn-v-condition-operator"));
                } else if condition.operator != ConditionOperator::NotAnswered {
                    let value = condition.value.as_deref().unwrap_or_default();
                    if target.option(value).is_none() {
                        issues.push(
                            Issue::new("condition.value", "cn-v-condition-value")
                                .arg("question", &*target.key),
                        );
                    }
                }
            }
        }
    }
    issues
}

/// A `statements` question: each statement with a valid, unique code and a text in the
/// default language (added ones in their writer's language), and settings within bounds;
/// other kinds have none of it.
fn validate_statements(q: &Question, default: &str, issues: &mut Vec<Issue>) {
    if q.kind != QuestionKind::Statements {
        if !q.statements.is_empty() {
            issues.push(Issue::new("statements", "cn-v-not-for-kind"));
        }
        if q.allow_new_statements || q.statements_per_person.is_some() {
            issues.push(Issue::new("statements_per_person", "cn-v-not-for-kind"));
        }
        return;
    }
    if q.statements.len() > limits::STATEMENTS {
        issues.push(Issue::new("statements", "cn-v-too-many").arg("max", limits::STATEMENTS));
    }
    let mut codes = BTreeSet::new();
    for (i, st) in q.statements.iter().enumerate() {
        let path = format!("statements.{i}");
        if !is_valid_code(&st.code) {
            issues.push(Issue::new(format!("{path}.code"), "cn-v-code-format"));
        } else if !codes.insert(st.code.as_str()) {
            issues.push(
                Issue::new(format!("{path}.code"), "cn-v-option-code-duplicate")
                    .arg("code", &*st.code),
            );
        }
        let required = (!st.added).then_some(default);
        check_text(
            issues,
            &format!("{path}.text"),
            &st.text,
            limits::OPTION_LABEL,
            required,
        );
        for (band, text) in &st.easy_read {
            check_text(
                issues,
                &format!("{path}.easy_read.{band}"),
                text,
                limits::OPTION_LABEL,
                None,
            );
        }
    }
    if q.statements_per_person.is_some_and(|n| n == 0 || n > 200) {
        issues.push(
            Issue::new("statements_per_person", "cn-v-range")
                .arg("min", 1u32)
                .arg("max", 200u32),
        );
    }
}

/// What must also hold before a consultation opens: every required text in the default
/// language, every text in every enabled language (the "what we did" feedback excepted, it
/// is written later), and at least one question that takes an answer. Paths of missing
/// texts are `translations.{lang}.{text path}`.
pub fn missing_for_open(def: &Definition) -> Vec<Issue> {
    let mut issues = validate(def);
    let default = def.default_language.as_str();
    for (path, text) in [
        ("texts.introduction", &def.texts.introduction),
        ("texts.data_use", &def.texts.data_use),
        ("texts.closing", &def.texts.closing),
    ] {
        if text_in(text, default).trim().is_empty() {
            issues.push(
                Issue::new(format!("translations.{default}.{path}"), "cn-missing-text")
                    .arg("language", default)
                    .arg("what", path),
            );
        }
    }
    for lang in def.languages.iter().filter(|l| **l != def.default_language) {
        for slot in translations::slots(def) {
            if slot.path == "texts.feedback" {
                continue;
            }
            let source = text_in(slot.text, default);
            if !source.trim().is_empty() && text_in(slot.text, lang).trim().is_empty() {
                issues.push(
                    Issue::new(
                        format!("translations.{lang}.{}", slot.path),
                        "cn-missing-text",
                    )
                    .arg("language", &**lang)
                    .arg("what", slot.path.clone()),
                );
            }
        }
    }
    if def.answerable().next().is_none() {
        issues.push(Issue::new("sections", "cn-v-no-question"));
    }
    issues
}

/// What differs between two definitions in ways answers depend on: age bands, and each
/// question's place, key, kind, required flag, option codes and their order, limits and
/// condition. Wording (in any language), help, easy read, pictures and section titles may
/// change. Paths are the new definition's.
pub fn structural_changes(old: &Definition, new: &Definition) -> Vec<Issue> {
    let mut issues = Vec::new();
    let bands = |d: &Definition| d.settings.age_bands.clone();
    if bands(old) != bands(new) {
        issues.push(Issue::new("settings.age_bands", "cn-locked-age-bands"));
    }
    let shape = |d: &Definition| -> Vec<(String, String)> {
        d.sections
            .iter()
            .flat_map(|s| {
                s.questions
                    .iter()
                    .map(move |q| (s.key.clone(), q.key.clone()))
            })
            .collect()
    };
    if shape(old) != shape(new) {
        let old_keys: BTreeMap<_, _> = old.questions().map(|(_, q)| (q.key.clone(), ())).collect();
        let new_keys: BTreeMap<_, _> = new.questions().map(|(_, q)| (q.key.clone(), ())).collect();
        for key in old_keys.keys().filter(|k| !new_keys.contains_key(*k)) {
            issues.push(Issue::new("sections", "cn-locked-removed").arg("question", &**key));
        }
        for key in new_keys.keys().filter(|k| !old_keys.contains_key(*k)) {
            issues.push(Issue::new("sections", "cn-locked-added").arg("question", &**key));
        }
        if old_keys == new_keys {
            issues.push(Issue::new("sections", "cn-locked-order"));
        }
    }
    for (si, section) in new.sections.iter().enumerate() {
        for (qi, q) in section.questions.iter().enumerate() {
            let Some(before) = old.question(&q.key) else {
                continue;
            };
            let path = format!("sections.{si}.questions.{qi}");
            let codes = |q: &Question| {
                q.options
                    .iter()
                    .map(|o| (o.code.clone(), o.value))
                    .collect::<Vec<_>>()
            };
            let what = if before.kind != q.kind {
                Some("kind")
            } else if before.required != q.required {
                Some("required")
            } else if codes(before) != codes(q) {
                Some("options")
            } else if before.max_choices != q.max_choices
                || before.min != q.min
                || before.max != q.max
                || before.max_length != q.max_length
            {
                Some("limits")
            } else if before.condition != q.condition {
                Some("condition")
            } else {
                None
            };
            if let Some(field) = what {
                issues.push(
                    Issue::new(format!("{path}.{field}"), "cn-locked-question")
                        .arg("question", &*q.key),
                );
            }
        }
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consultations::definition::{Choice, Condition, Section};

    fn choice(code: &str) -> Choice {
        Choice {
            code: code.into(),
            label: [("en".to_owned(), code.to_uppercase())].into(),
            ..Choice::default()
        }
    }

    fn question(key: &str, kind: QuestionKind) -> Question {
        let mut q = Question::new(key, kind);
        q.text.insert("en".into(), format!("Question {key}?"));
        if kind.has_options() {
            q.options = vec![choice("yes"), choice("no")];
        }
        q
    }

    fn def(questions: Vec<Question>) -> Definition {
        let mut d = Definition::new(vec!["en".into(), "fr".into()], "en", "Safety online");
        d.sections.push(Section {
            key: "main".into(),
            title: LocalText::new(),
            questions,
        });
        d
    }

    fn keys(issues: &[Issue]) -> Vec<String> {
        issues
            .iter()
            .map(|i| format!("{} {}", i.path, i.key))
            .collect()
    }

    fn k(path: &str, key: &str) -> String {
        format!("{path} {key}")
    }

    #[test]
    fn a_sound_definition_has_no_issue() {
        let d = def(QuestionKind::ALL
            .iter()
            .enumerate()
            .map(|(i, k)| question(&format!("q{i}"), *k))
            .collect());
        assert_eq!(keys(&validate(&d)), Vec::<String>::new());
    }

    #[test]
    fn the_issue_list_refuses_each_bad_input_at_its_field() {
        let mut one_option = question("one", QuestionKind::SingleChoice);
        one_option.options.truncate(1);
        let mut min_max = question("num", QuestionKind::Number);
        min_max.min = Some(10.0);
        min_max.max = Some(1.0);
        let mut forward = question("early", QuestionKind::ShortText);
        forward.condition = Some(Condition {
            question: "late".into(),
            operator: ConditionOperator::Equals,
            value: Some("yes".into()),
        });
        let late = question("late", QuestionKind::SingleChoice);
        let mut missing = question("orphan", QuestionKind::ShortText);
        missing.condition = Some(Condition {
            question: "nowhere".into(),
            operator: ConditionOperator::NotAnswered,
            value: None,
        });
        let mut long = question("long", QuestionKind::ShortText);
        long.text.insert("en".into(), "x".repeat(1001));
        let dup = question("one", QuestionKind::ShortText);
        let mut top = question("top", QuestionKind::Ranking);
        top.max_choices = Some(9);
        let mut d = def(vec![
            one_option, min_max, forward, late, missing, long, dup, top,
        ]);
        d.texts.title.insert("en".into(), "  ".into());
        let found = keys(&validate(&d));
        for expected in [
            ("texts.title.en", "cn-v-required"),
            ("sections.0.questions.0.options", "cn-v-options-too-few"),
            ("sections.0.questions.1.min", "cn-v-min-above-max"),
            (
                "sections.0.questions.2.condition.question",
                "cn-v-condition-forward",
            ),
            (
                "sections.0.questions.4.condition.question",
                "cn-v-condition-missing",
            ),
            ("sections.0.questions.5.text.en", "cn-v-too-long"),
            ("sections.0.questions.6.key", "cn-v-key-duplicate"),
            ("sections.0.questions.7.max_choices", "cn-v-max-choices"),
        ] {
            let expected = k(expected.0, expected.1);
            assert!(found.contains(&expected), "{expected:?} not in {found:?}");
        }
    }

    #[test]
    fn conditions_must_fit_the_earlier_question() {
        let first = question("first", QuestionKind::MultipleChoice);
        let mut second = question("second", QuestionKind::ShortText);
        second.condition = Some(Condition {
            question: "first".into(),
            operator: ConditionOperator::Equals,
            value: Some("yes".into()),
        });
        let mut third = question("third", QuestionKind::ShortText);
        third.condition = Some(Condition {
            question: "first".into(),
            operator: ConditionOperator::Includes,
            value: Some("maybe".into()),
        });
        let mut fourth = question("fourth", QuestionKind::ShortText);
        fourth.condition = Some(Condition {
            question: "second".into(),
            operator: ConditionOperator::NotAnswered,
            value: None,
        });
        let found = keys(&validate(&def(vec![first, second, third, fourth])));
        assert_eq!(
            found,
            vec![
                k(
                    "sections.0.questions.1.condition.operator",
                    "cn-v-condition-operator"
                ),
                k(
                    "sections.0.questions.2.condition.value",
                    "cn-v-condition-value"
                ),
                k(
                    "sections.0.questions.3.condition.question",
                    "cn-v-condition-nested"
                ),
            ]
        );
    }

    #[test]
    fn the_threshold_never_goes_below_five_and_retention_stays_within_a_year() {
        let mut d = def(vec![]);
        d.settings.threshold = 4;
        d.settings.retention_days = 366;
        let found = keys(&validate(&d));
        assert!(found.contains(&k("settings.threshold", "cn-v-threshold-min")));
        assert!(found.contains(&k("settings.retention_days", "cn-v-retention-range")));
    }

    #[test]
    fn opening_lists_every_missing_translation_and_needs_a_question() {
        let mut d = def(vec![]);
        d.texts
            .introduction
            .insert("en".into(), "Why we ask".into());
        let found = keys(&missing_for_open(&d));
        assert!(found.contains(&k("translations.en.texts.data_use", "cn-missing-text")));
        assert!(found.contains(&k("translations.fr.texts.title", "cn-missing-text")));
        assert!(found.contains(&k("translations.fr.texts.introduction", "cn-missing-text")));
        assert!(found.contains(&k("sections", "cn-v-no-question")));
        assert!(!found.iter().any(|p| p.contains("feedback")));
    }

    #[test]
    fn wording_may_change_after_answers_but_codes_and_kinds_may_not() {
        let old = def(vec![question("a", QuestionKind::SingleChoice)]);
        let mut reworded = old.clone();
        reworded.sections[0].questions[0]
            .text
            .insert("en".into(), "Reworded?".into());
        reworded.sections[0].questions[0].options[0]
            .label
            .insert("fr".into(), "OUI".into());
        assert!(structural_changes(&old, &reworded).is_empty());

        let mut recoded = old.clone();
        recoded.sections[0].questions[0].options[0].code = "yeah".into();
        assert_eq!(
            keys(&structural_changes(&old, &recoded)),
            vec![k("sections.0.questions.0.options", "cn-locked-question")]
        );
        let mut added = old.clone();
        added.sections[0]
            .questions
            .push(question("b", QuestionKind::Number));
        assert_eq!(
            keys(&structural_changes(&old, &added)),
            vec![k("sections", "cn-locked-added")]
        );
    }

    #[test]
    fn a_question_is_compared_under_another_key_only_when_its_kind_compares() {
        let mut scale = question("feel_safe_now", QuestionKind::Scale);
        scale.same_as = Some("feel_safe".into());
        let ok = def(vec![scale.clone()]);
        assert!(validate_question(&ok, &scale).is_empty());
        assert_eq!(scale.compared_as(), "feel_safe");
        let mut text = question("idea", QuestionKind::ShortText);
        text.same_as = Some("feel_safe".into());
        let d = def(vec![text.clone()]);
        assert_eq!(
            keys(&validate_question(&d, &text)),
            vec![k("same_as", "cn-v-same-as-kind")]
        );
        let mut again = question("feel_safe", QuestionKind::Scale);
        again.text.insert("en".into(), "Asked twice?".into());
        let d = def(vec![scale.clone(), again]);
        assert_eq!(
            keys(&validate_question(&d, &scale)),
            vec![k("same_as", "cn-v-same-as-here")]
        );
        scale.same_as = Some("Feel Safe!".into());
        let d = def(vec![scale.clone()]);
        assert_eq!(
            keys(&validate_question(&d, &scale)),
            vec![k("same_as", "cn-v-key-format")]
        );
    }

    #[test]
    fn age_bands_read_from_plain_text() {
        let bands = parse_age_bands("9-12, 13 – 15;16-17\n18+").unwrap();
        assert_eq!(
            bands.iter().map(|b| b.code.as_str()).collect::<Vec<_>>(),
            ["9-12", "13-15", "16-17", "18+"]
        );
        assert!(validate_age_bands(&bands).is_empty());
        assert!(parse_age_bands("nine to twelve").is_err());
        let overlapping = parse_age_bands("9-13, 13-15").unwrap();
        assert_eq!(
            validate_age_bands(&overlapping)[0].key,
            "cn-v-age-band-order"
        );
    }

    #[test]
    fn every_authoring_message_reads_in_the_six_languages() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("frontend/locales/en/consultations.ftl");
        let english = std::fs::read_to_string(dir).unwrap();
        let keys: Vec<&str> = english
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(k, _)| k))
            .filter(|k| k.starts_with("cn-"))
            .collect();
        assert!(keys.len() > 300);
        for lang in crate::consultations::definition::DEFAULT_LANGUAGES {
            let l = Locale::new(lang);
            for key in &keys {
                let args = [
                    ("count", Arg::Num(3.0)),
                    ("max", Arg::Num(200.0)),
                    ("min", Arg::Num(1.0)),
                    ("age", Arg::Num(13.0)),
                    ("version", Arg::Num(4.0)),
                    ("language", Arg::Str("English")),
                    ("what", Arg::Str("x")),
                    ("question", Arg::Str("q")),
                    ("dependent", Arg::Str("q2")),
                    ("section", Arg::Str("s")),
                    ("code", Arg::Str("c")),
                    ("band", Arg::Str("9-12")),
                    ("key", Arg::Str("k")),
                    ("slug", Arg::Str("demo")),
                    ("title", Arg::Str("T")),
                    ("value", Arg::Str("v")),
                    ("from", Arg::Str("a")),
                    ("to", Arg::Str("b")),
                    ("status", Arg::Str("s")),
                    ("detail", Arg::Str("d")),
                    ("date", Arg::Str("2027-02-01 09:00 UTC")),
                ];
                let text = l.t_args(key, &args);
                assert!(
                    !text.is_empty() && !text.contains(key) && !text.contains('{'),
                    "{lang} {key}: {text}"
                );
            }
        }
    }

    #[test]
    fn slugs_come_from_titles() {
        assert_eq!(
            slugify("Sécurité en ligne : ton avis !"),
            "securite-en-ligne-ton-avis"
        );
        assert_eq!(slugify("网络安全"), "");
        assert!(is_valid_slug("safety-2027"));
        assert!(!is_valid_slug("-x-"));
        assert!(is_valid_key("feel_safe"));
        assert!(!is_valid_key("9lives"));
    }
}
