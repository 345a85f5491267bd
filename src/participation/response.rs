//! A young person's response checked against the consultation's definition: the same rules
//! for the HTML journey and the JSON API. Input from either channel becomes a
//! [`ResponseInput`]; [`parse_response`] turns it into a [`ParsedResponse`] or names every
//! problem, so nothing after it re-validates.
use std::collections::BTreeMap;

use unicode_normalization::UnicodeNormalization;
use uuid::Uuid;

use crate::i18n::countries;
use crate::{
    consultations::{
        Consultation,
        definition::{
            AnswerValue, Definition, Phase, Question, QuestionKind, StatementsAnswer, Vote,
        },
        join_code,
    },
    i18n::{Arg, Locale},
};

/// Gender answers offered (the self-description is a separate, optional text).
pub const GENDERS: [&str; 4] = ["girl", "boy", "self_described", "prefer_not_to_say"];

/// Longest self-description of gender, in characters.
pub const GENDER_DESCRIPTION_LIMIT: usize = 40;

/// What a channel received, before any check.
#[derive(Clone, Debug, Default)]
pub struct ResponseInput {
    pub submission_id: Option<String>,
    pub language: Option<String>,
    pub age_band: Option<String>,
    pub country: Option<String>,
    pub gender: Option<String>,
    pub gender_description: Option<String>,
    pub guardian_confirmed: bool,
    pub access_code: Option<String>,
    /// Answers by question key; `None` is a value of the wrong shape (e.g. an object).
    pub answers: Vec<(String, Option<AnswerValue>)>,
}

/// A response that passed every rule: safe to store.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedResponse {
    pub submission_id: Uuid,
    pub language: String,
    pub age_band: Option<String>,
    pub country: Option<String>,
    pub gender: Option<String>,
    /// Only with `gender = self_described`; scrubbed before it is stored.
    pub gender_description: Option<String>,
    pub phase: Phase,
    /// Normalised answers of the questions shown, by question key.
    pub answers: BTreeMap<String, AnswerValue>,
}

/// One thing wrong with an input, with its message as a Fluent key and arguments.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// The input concerned: `submission_id`, `language`, `age_band`, `answers.q3`…
    pub field: String,
    pub key: &'static str,
    pub args: Vec<(&'static str, ProblemArg)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemArg {
    Num(f64),
    Text(String),
}

impl Problem {
    pub fn new(field: impl Into<String>, key: &'static str) -> Self {
        Self {
            field: field.into(),
            key,
            args: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: ProblemArg) -> Self {
        self.args.push((name, value));
        self
    }

    /// The message in the reader's language.
    pub fn message(&self, l: &Locale) -> String {
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let arg = match value {
                    ProblemArg::Num(n) => Arg::Num(*n),
                    ProblemArg::Text(t) => Arg::Str(t),
                };
                (*name, arg)
            })
            .collect();
        l.t_args(self.key, &args)
    }

    /// The question key when the problem is about an answer.
    pub fn question_key(&self) -> Option<&str> {
        self.field.strip_prefix("answers.")
    }
}

/// Checks a whole response against the consultation. `phase` is the one it is taken in.
///
/// # Errors
/// Every problem found, each naming its input.
pub fn parse_response(
    consultation: &Consultation,
    phase: Phase,
    input: ResponseInput,
) -> Result<ParsedResponse, Vec<Problem>> {
    let def = &consultation.definition;
    let mut problems = Vec::new();

    let submission_id = match input.submission_id.as_deref().map(str::trim) {
        None | Some("") => {
            problems.push(Problem::new("submission_id", "p-err-submission-missing"));
            None
        }
        Some(raw) => match Uuid::parse_str(raw) {
            Ok(id) if !id.is_nil() => Some(id),
            _ => {
                problems.push(Problem::new("submission_id", "p-err-submission-malformed"));
                None
            }
        },
    };

    let language = input.language.unwrap_or_default();
    if !def.languages.contains(&language) {
        problems.push(Problem::new("language", "p-err-language"));
    }

    if let Some(expected) = def
        .settings
        .access_code
        .as_deref()
        .filter(|c| !c.is_empty())
    {
        let given = input.access_code.as_deref().unwrap_or_default();
        if join_code::normalise(given) != join_code::normalise(expected) {
            problems.push(Problem::new("access_code", "p-err-access-code"));
        }
    }

    let age_band = blank_to_none(input.age_band);
    if let Some(code) = &age_band {
        match def.age_band(code) {
            None => problems.push(Problem::new("age_band", "p-err-age-band")),
            Some(band) if def.too_young(band) => {
                problems.push(Problem::new("age_band", "p-err-too-young"));
            }
            Some(band) if def.needs_guardian(band) && !input.guardian_confirmed => {
                problems.push(Problem::new("guardian_confirmed", "p-err-guardian"));
            }
            Some(_) => {}
        }
    }

    let country = blank_to_none(input.country);
    if let Some(code) = &country
        && (!def.settings.ask_country || !countries::is_known(code))
    {
        problems.push(Problem::new("country", "p-err-country"));
    }

    let gender = blank_to_none(input.gender);
    if let Some(g) = &gender
        && (!def.settings.ask_gender || !GENDERS.contains(&g.as_str()))
    {
        problems.push(Problem::new("gender", "p-err-gender"));
    }
    let gender_description = match blank_to_none(input.gender_description.map(|t| clean_text(&t))) {
        Some(_) if gender.as_deref() != Some("self_described") => {
            problems.push(Problem::new(
                "gender_description",
                "p-err-gender-description-alone",
            ));
            None
        }
        Some(text) if text.chars().count() > GENDER_DESCRIPTION_LIMIT => {
            problems.push(
                Problem::new("gender_description", "p-err-text-too-long")
                    .with("count", ProblemArg::Num(text.chars().count() as f64))
                    .with("max", ProblemArg::Num(GENDER_DESCRIPTION_LIMIT as f64)),
            );
            None
        }
        other => other,
    };

    let answers = check_answers(def, input.answers, &mut problems);
    // Adding statements is for the age bands the facilitator allowed (13 and over by default).
    let band = age_band.as_deref().and_then(|code| def.age_band(code));
    for (key, value) in &answers {
        if let (Some(q), AnswerValue::Votes(a)) = (def.question(key), value)
            && !a.new_statements.is_empty()
            && !q.may_add_statements(band)
        {
            problems.push(Problem::new(
                format!("answers.{key}"),
                "p-err-statements-closed",
            ));
        }
    }

    match submission_id {
        Some(submission_id) if problems.is_empty() => Ok(ParsedResponse {
            submission_id,
            language,
            age_band,
            country,
            gender,
            gender_description,
            phase,
            answers,
        }),
        _ => Err(problems),
    }
}

/// Answers in the definition's order: unknown questions, answers to information texts or to
/// questions the other answers hide, wrong shapes and missing required answers are problems.
fn check_answers(
    def: &Definition,
    given: Vec<(String, Option<AnswerValue>)>,
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, AnswerValue> {
    let mut given: BTreeMap<String, Option<AnswerValue>> = given.into_iter().collect();
    let mut accepted = BTreeMap::new();
    // An answer whose condition rests on an invalid answer is not called hidden as well:
    // one problem is enough to fix.
    let mut invalid = std::collections::BTreeSet::new();
    for (_, q) in def.questions() {
        let field = format!("answers.{}", q.key);
        let depends_on_invalid = q
            .condition
            .as_ref()
            .is_some_and(|c| invalid.contains(&c.question));
        let shown = depends_on_invalid || def.is_shown(q, &accepted);
        match given.remove(&q.key) {
            Some(_) if !q.kind.takes_answer() => {
                problems.push(Problem::new(field, "p-err-info-answered"));
            }
            Some(_) if !shown => problems.push(Problem::new(field, "p-err-hidden-question")),
            Some(None) => {
                invalid.insert(q.key.clone());
                problems.push(shape_problem(q, field));
            }
            Some(Some(value)) => match check_answer(q, value) {
                Ok(Some(value)) => {
                    accepted.insert(q.key.clone(), value);
                }
                Ok(None) if q.required => problems.push(Problem::new(field, "p-err-required")),
                Ok(None) => {}
                Err(problem) => {
                    invalid.insert(q.key.clone());
                    problems.push(problem);
                }
            },
            None if shown && !depends_on_invalid && q.required && q.kind.takes_answer() => {
                problems.push(Problem::new(field, "p-err-required"));
            }
            None => {}
        }
    }
    for key in given.into_keys() {
        problems.push(Problem::new(
            format!("answers.{key}"),
            "p-err-unknown-question",
        ));
    }
    accepted
}

/// Checks and normalises one answer. `Ok(None)` means skipped (an empty text or list).
///
/// # Errors
/// The problem with the answer, named `answers.<key>`.
pub fn check_answer(q: &Question, value: AnswerValue) -> Result<Option<AnswerValue>, Problem> {
    let field = format!("answers.{}", q.key);
    match (q.kind, value) {
        (QuestionKind::Info, _) => Err(Problem::new(field, "p-err-info-answered")),
        (
            QuestionKind::SingleChoice | QuestionKind::Scale | QuestionKind::Rating,
            AnswerValue::Text(code),
        ) => {
            if code.is_empty() {
                Ok(None)
            } else if q.option(&code).is_some() {
                Ok(Some(AnswerValue::Text(code)))
            } else {
                Err(Problem::new(field, "p-err-unknown-option"))
            }
        }
        (QuestionKind::MultipleChoice, AnswerValue::Codes(codes)) => {
            if codes.is_empty() {
                return Ok(None);
            }
            if codes.iter().any(|c| q.option(c).is_none()) {
                return Err(Problem::new(field, "p-err-unknown-option"));
            }
            if has_duplicates(&codes) {
                return Err(Problem::new(field, "p-err-duplicate-option"));
            }
            if let Some(max) = q.max_choices
                && codes.len() > max as usize
            {
                return Err(Problem::new(field, "p-err-too-many")
                    .with("count", ProblemArg::Num(f64::from(max))));
            }
            // Keep the options' order, whatever order they came in.
            let ordered = q
                .options
                .iter()
                .filter(|o| codes.contains(&o.code))
                .map(|o| o.code.clone())
                .collect();
            Ok(Some(AnswerValue::Codes(ordered)))
        }
        (QuestionKind::Ranking, AnswerValue::Codes(codes)) => {
            if codes.is_empty() {
                return Ok(None);
            }
            // The top N, best first: any number of places up to the question's limit.
            let valid = codes.len() <= q.rank_places()
                && !has_duplicates(&codes)
                && codes.iter().all(|c| q.option(c).is_some());
            if valid {
                Ok(Some(AnswerValue::Codes(codes)))
            } else {
                Err(Problem::new(field, "p-err-ranking")
                    .with("count", ProblemArg::Num(q.rank_places() as f64)))
            }
        }
        (QuestionKind::Number, AnswerValue::Number(n)) => {
            let below = q.min.is_some_and(|min| n < min);
            let above = q.max.is_some_and(|max| n > max);
            if !n.is_finite() {
                Err(Problem::new(field, "p-err-number"))
            } else if below || above {
                Err(range_problem(q, field))
            } else {
                Ok(Some(AnswerValue::Number(n)))
            }
        }
        (QuestionKind::ShortText | QuestionKind::LongText, AnswerValue::Text(text)) => {
            let text = clean_text(&text);
            let count = text.chars().count();
            if text.is_empty() {
                Ok(None)
            } else if count > q.text_limit() {
                Err(Problem::new(field, "p-err-text-too-long")
                    .with("count", ProblemArg::Num(count as f64))
                    .with("max", ProblemArg::Num(q.text_limit() as f64)))
            } else {
                Ok(Some(AnswerValue::Text(text)))
            }
        }
        (QuestionKind::Statements, AnswerValue::Votes(answer)) => check_statements(q, answer),
        _ => Err(shape_problem(q, field)),
    }
}

/// The longest statement a young person may add, in characters.
pub const STATEMENT_LIMIT: usize = 140;

/// The most statements one young person may add in one response.
pub const NEW_STATEMENTS_LIMIT: usize = 3;

/// Votes only on the question's statements (seed or approved), each `agree`, `disagree` or
/// `pass`; added statements cleaned, within the limits. Whether this young person may add at
/// all depends on the age band: [`parse_response`] checks it.
fn check_statements(
    q: &Question,
    answer: StatementsAnswer,
) -> Result<Option<AnswerValue>, Problem> {
    let field = format!("answers.{}", q.key);
    for (code, vote) in &answer.votes {
        if q.statement(code).is_none() {
            return Err(Problem::new(field, "p-err-statement-unknown")
                .with("code", ProblemArg::Text(code.clone())));
        }
        if Vote::parse(vote).is_none() {
            return Err(
                Problem::new(field, "p-err-vote").with("code", ProblemArg::Text(code.clone()))
            );
        }
    }
    let added: Vec<String> = answer
        .new_statements
        .iter()
        .map(|t| clean_text(t))
        .filter(|t| !t.is_empty())
        .collect();
    if !added.is_empty() && !q.allow_new_statements {
        return Err(Problem::new(field, "p-err-statements-closed"));
    }
    if added.len() > NEW_STATEMENTS_LIMIT {
        return Err(Problem::new(field, "p-err-statements-too-many")
            .with("count", ProblemArg::Num(NEW_STATEMENTS_LIMIT as f64)));
    }
    if let Some(long) = added.iter().find(|t| t.chars().count() > STATEMENT_LIMIT) {
        return Err(Problem::new(field, "p-err-text-too-long")
            .with("count", ProblemArg::Num(long.chars().count() as f64))
            .with("max", ProblemArg::Num(STATEMENT_LIMIT as f64)));
    }
    if answer.votes.is_empty() && added.is_empty() {
        return Ok(None);
    }
    Ok(Some(AnswerValue::Votes(StatementsAnswer {
        votes: answer.votes,
        new_statements: added,
    })))
}

/// "Enter a number from … to …", "at least …" or "at most …".
pub fn range_problem(q: &Question, field: String) -> Problem {
    match (q.min, q.max) {
        (Some(min), Some(max)) => Problem::new(field, "p-err-number-range")
            .with("min", ProblemArg::Num(min))
            .with("max", ProblemArg::Num(max)),
        (Some(min), None) => {
            Problem::new(field, "p-err-number-min").with("min", ProblemArg::Num(min))
        }
        (None, Some(max)) => {
            Problem::new(field, "p-err-number-max").with("max", ProblemArg::Num(max))
        }
        (None, None) => Problem::new(field, "p-err-number"),
    }
}

/// The problem for an answer of the wrong JSON shape, saying which shape the kind takes.
fn shape_problem(q: &Question, field: String) -> Problem {
    let key = match q.kind {
        QuestionKind::SingleChoice | QuestionKind::Scale | QuestionKind::Rating => {
            "p-err-shape-code"
        }
        QuestionKind::MultipleChoice => "p-err-shape-codes",
        QuestionKind::Ranking => "p-err-shape-ranking",
        QuestionKind::Number => "p-err-shape-number",
        QuestionKind::ShortText | QuestionKind::LongText => "p-err-shape-text",
        QuestionKind::Info => "p-err-info-answered",
        QuestionKind::Statements => "p-err-shape-votes",
    };
    Problem::new(field, key)
}

fn has_duplicates(codes: &[String]) -> bool {
    codes
        .iter()
        .enumerate()
        .any(|(i, c)| codes[..i].contains(c))
}

fn blank_to_none(value: Option<String>) -> Option<String> {
    value.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

/// Text as stored: Unicode NFC, `\n` line ends, no control characters but tabs and line
/// breaks, no surrounding blanks.
pub fn clean_text(text: &str) -> String {
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    let cleaned: String = unified
        .nfc()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect();
    cleaned.trim().to_owned()
}

/// Reads a number as young people type it: `12`, `-3`, `1,5` or `1.5`, with Arabic-Indic or
/// full-width digits, spaces between thousands. `None` when it is not a number.
pub fn parse_number(text: &str) -> Option<f64> {
    let mut ascii = String::new();
    for c in text.trim().chars() {
        let mapped = match c {
            '0'..='9' | '-' | '+' | '.' => c,
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{FF10}'..='\u{FF19}' => char::from(b'0' + (c as u32 - 0xFF10) as u8),
            ',' | '\u{066B}' | '\u{FF0E}' | '\u{3002}' => '.',
            '\u{2212}' | '\u{FF0D}' => '-',
            ' ' | '\u{00A0}' | '\u{202F}' | '\u{066C}' | '\'' => continue,
            _ => return None,
        };
        ascii.push(mapped);
    }
    if ascii.is_empty() || ascii.matches('.').count() > 1 {
        return None;
    }
    ascii.parse::<f64>().ok().filter(|n| n.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::consultations::definition::Choice;

    fn choice(code: &str) -> Choice {
        Choice {
            code: code.into(),
            ..Default::default()
        }
    }

    #[test]
    fn numbers_are_read_as_young_people_type_them() {
        assert_eq!(parse_number("12"), Some(12.0));
        assert_eq!(parse_number(" 1,5 "), Some(1.5));
        assert_eq!(parse_number("١٢"), Some(12.0));
        assert_eq!(parse_number("１２"), Some(12.0));
        assert_eq!(parse_number("−3"), Some(-3.0));
        assert_eq!(parse_number("1 000"), Some(1000.0));
        for bad in ["", "abc", "1.2.3", "inf", "NaN", "1e999", "12 ans"] {
            assert_eq!(parse_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn text_is_normalised_and_stripped_of_control_characters() {
        assert_eq!(clean_text("  e\u{301}te\u{0}\r\nok\t "), "éte\nok");
    }

    #[test]
    fn a_ranking_is_the_top_few_each_option_once_within_the_places_offered() {
        let codes = |v: &[&str]| AnswerValue::Codes(v.iter().map(|s| (*s).to_owned()).collect());
        let mut q = Question::new("r", QuestionKind::Ranking);
        q.options = vec![choice("a"), choice("b"), choice("c")];
        for ok in [vec!["c", "a", "b"], vec!["b", "a"], vec!["c"]] {
            assert_eq!(check_answer(&q, codes(&ok)).unwrap(), Some(codes(&ok)));
        }
        for bad in [vec!["a", "a", "b"], vec!["a", "b", "x"]] {
            assert_eq!(
                check_answer(&q, codes(&bad)).unwrap_err().key,
                "p-err-ranking"
            );
        }
        q.max_choices = Some(2);
        assert!(check_answer(&q, codes(&["b", "a"])).is_ok());
        let err = check_answer(&q, codes(&["c", "a", "b"])).unwrap_err();
        assert_eq!(err.key, "p-err-ranking", "the top 2 only");
    }

    #[test]
    fn multiple_choice_respects_the_limit_and_keeps_the_options_order() {
        let mut q = Question::new("m", QuestionKind::MultipleChoice);
        q.options = vec![choice("a"), choice("b"), choice("c")];
        q.max_choices = Some(2);
        let v = AnswerValue::Codes(vec!["c".into(), "a".into()]);
        assert_eq!(
            check_answer(&q, v).unwrap(),
            Some(AnswerValue::Codes(vec!["a".into(), "c".into()]))
        );
        let v = AnswerValue::Codes(vec!["a".into(), "b".into(), "c".into()]);
        assert_eq!(check_answer(&q, v).unwrap_err().key, "p-err-too-many");
        let v = AnswerValue::Text("a".into());
        assert_eq!(check_answer(&q, v).unwrap_err().key, "p-err-shape-codes");
    }

    #[test]
    fn numbers_outside_the_range_and_long_texts_are_refused() {
        let mut q = Question::new("n", QuestionKind::Number);
        q.min = Some(0.0);
        q.max = Some(24.0);
        assert!(check_answer(&q, AnswerValue::Number(24.0)).is_ok());
        assert_eq!(
            check_answer(&q, AnswerValue::Number(25.0)).unwrap_err().key,
            "p-err-number-range"
        );
        let mut t = Question::new("t", QuestionKind::ShortText);
        t.max_length = Some(5);
        assert!(check_answer(&t, AnswerValue::Text("héllo".into())).is_ok());
        assert_eq!(
            check_answer(&t, AnswerValue::Text("héllo!".into()))
                .unwrap_err()
                .key,
            "p-err-text-too-long"
        );
        assert_eq!(
            check_answer(&t, AnswerValue::Text("  ".into())).unwrap(),
            None
        );
    }
}
