//! A conversation by text message, one turn at a time: the keyword, consent and privacy
//! line, language, age band (and an adult's confirmation below the consent age), then one
//! question at a time with the consultation's own rules (conditions, ranges, limits), until
//! the answers make one response. Pure: no database, no HTTP; [`turn`] takes what was kept
//! and what arrived and says what to reply and what to keep.
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::segments::LONGEST_INCOMING;
use crate::{
    consultations::{
        Consultation,
        definition::{AnswerValue, Definition, Question, QuestionKind, text_in},
    },
    i18n::{Arg, Locale},
    moderation::{assess, safeguarding},
    participation::response::{ResponseInput, check_answer, parse_number},
};

/// What is kept between two messages of one sender (deleted when the response is stored, at
/// STOP, or after a day of silence).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct State {
    pub step: Step,
    pub language: String,
    pub age_band: Option<String>,
    pub guardian_confirmed: bool,
    /// From the number's calling code, for HELP only: never part of the response.
    pub country: Option<String>,
    pub answers: BTreeMap<String, AnswerValue>,
    /// Chosen at the keyword: the response's idempotency key, as any channel's.
    pub submission_id: Uuid,
    /// Keyed hashes of the gateway's message ids already processed (the last few).
    #[serde(default)]
    pub seen: Vec<String>,
}

/// Where a conversation waits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Language,
    AgeBand,
    Guardian,
    Question(String),
}

/// What follows a turn.
#[derive(Debug, PartialEq)]
pub enum Next {
    Keep(State),
    /// Delete whatever was kept (STOP, turned away, unknown sender).
    Forget,
    /// Every question is answered: store the response, then forget.
    Submit(State),
}

/// A turn: the reply (empty: none) and what follows.
#[derive(Debug, PartialEq)]
pub struct Turn {
    pub reply: String,
    pub next: Next,
}

/// What the conversation needs of the consultation and its channel.
pub struct Context<'a> {
    pub c: &'a Consultation,
    pub keyword: &'a str,
    /// Where people reach this instance (links in texts).
    pub base_url: &'a str,
}

impl Context<'_> {
    fn def(&self) -> &Definition {
        &self.c.definition
    }

    fn privacy_url(&self, lang: &str) -> String {
        format!("{}/c/{}/privacy?lang={lang}", self.base_url, self.c.slug())
    }
}

/// The reply to `text` from a sender whose conversation is `kept` (`None`: none yet).
/// `country` is the sender's country as their number says it, for the helpline.
pub fn turn(cx: &Context<'_>, kept: Option<State>, text: &str, country: Option<&str>) -> Turn {
    let word = command_word(text);
    if word == cx.keyword {
        return start(cx, country);
    }
    let Some(state) = kept else {
        let l = Locale::new(&cx.def().default_language);
        return match Command::of(&word, &l) {
            Some(Command::Help) => reply(help(cx, country, &l), Next::Forget),
            Some(Command::Stop) => reply(stopped(cx, &l), Next::Forget),
            _ => reply(unknown(cx, &l), Next::Forget),
        };
    };
    let l = Locale::new(&state.language);
    match Command::of(&word, &l) {
        Some(Command::Stop) => reply(stopped(cx, &l), Next::Forget),
        Some(Command::Help) => {
            let country = state.country.clone();
            reply(help(cx, country.as_deref(), &l), Next::Keep(state))
        }
        Some(Command::Back) => reply(prompt_of(cx, &state), Next::Keep(state)),
        Some(Command::Skip) => skip(cx, state),
        None => answer(cx, state, text.trim()),
    }
}

/// The prompt a conversation waits on, in its language (BACK, a retried message).
pub fn prompt_of(cx: &Context<'_>, state: &State) -> String {
    let l = Locale::new(&state.language);
    match &state.step {
        Step::Language => language_menu(cx),
        Step::AgeBand => age_menu(cx, &l),
        Step::Guardian => guardian_question(cx, &l),
        Step::Question(key) => cx
            .def()
            .question(key)
            .and_then(|q| question_prompt(q, &state.language, state.age_band.as_deref(), &l))
            .unwrap_or_default(),
    }
}

/// What any channel submits for a finished conversation, as the web form would.
pub fn to_input(state: &State) -> ResponseInput {
    ResponseInput {
        submission_id: Some(state.submission_id.to_string()),
        language: Some(state.language.clone()),
        age_band: state.age_band.clone(),
        guardian_confirmed: state.guardian_confirmed,
        answers: state
            .answers
            .iter()
            .map(|(k, v)| (k.clone(), Some(v.clone())))
            .collect(),
        ..ResponseInput::default()
    }
}

/// The polite text after the consultation closed.
pub fn closed(cx: &Context<'_>, lang: &str) -> String {
    let l = Locale::new(lang);
    let url = format!("{}/results?lang={}", cx.base_url, l.code());
    l.t_args("sms-closed", &[("url", Arg::Str(&url))])
}

/// The thank-you text with the receipt code.
pub fn thanks(lang: &str, receipt: &str) -> String {
    Locale::new(lang).t_args("sms-thanks", &[("receipt", Arg::Str(receipt))])
}

/// The text when storing failed: nothing is lost on the young person's side but the
/// conversation, which they can start again.
pub fn failed(cx: &Context<'_>, lang: &str) -> String {
    Locale::new(lang).t_args("sms-failed", &[("keyword", Arg::Str(cx.keyword))])
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Command {
    Stop,
    Help,
    Back,
    Skip,
}

impl Command {
    /// The command a word is, in English or in the conversation's language.
    fn of(word: &str, l: &Locale) -> Option<Self> {
        [
            (Self::Stop, "STOP", "sms-word-stop"),
            (Self::Help, "HELP", "sms-word-help"),
            (Self::Back, "BACK", "sms-word-back"),
            (Self::Skip, "SKIP", "sms-word-skip"),
        ]
        .into_iter()
        .find(|(_, english, key)| word == *english || word == command_word(&l.t(key)))
        .map(|(c, _, _)| c)
    }
}

/// A message as a command: trimmed, upper case, without final punctuation.
pub fn command_word(text: &str) -> String {
    text.trim()
        .trim_end_matches(['.', '!', '?', '。', '！', '؟'])
        .trim()
        .to_uppercase()
}

fn reply(reply: String, next: Next) -> Turn {
    Turn {
        reply: without_isolates(&reply),
        next,
    }
}

/// The text without the invisible bidi isolation marks Fluent puts around inserted values
/// in Arabic: a text message pays for every character, and phones order digits by themselves.
fn without_isolates(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// The keyword: a fresh conversation (a keyword mid-way starts again).
fn start(cx: &Context<'_>, country: Option<&str>) -> Turn {
    let def = cx.def();
    let languages = &def.languages;
    let mut state = State {
        step: Step::Language,
        language: def.default_language.clone(),
        age_band: None,
        guardian_confirmed: false,
        country: country.map(str::to_owned),
        answers: BTreeMap::new(),
        submission_id: Uuid::new_v4(),
        seen: Vec::new(),
    };
    let l = Locale::new(&state.language);
    if languages.len() > 1 {
        let text = format!("{}\n{}", consent(cx, &l), language_menu(cx));
        return reply(text, Next::Keep(state));
    }
    if let Some(only) = languages.first() {
        state.language.clone_from(only);
    }
    let l = Locale::new(&state.language);
    state.step = Step::AgeBand;
    reply(
        format!("{}\n{}", consent(cx, &l), age_menu(cx, &l)),
        Next::Keep(state),
    )
}

fn consent(cx: &Context<'_>, l: &Locale) -> String {
    let def = cx.def();
    l.t_args(
        "sms-consent",
        &[
            ("title", Arg::Str(def.title(l.code()))),
            ("url", Arg::Str(&cx.privacy_url(l.code()))),
        ],
    )
}

/// "1 العربية / 2 English / …": each language by its own name.
fn language_menu(cx: &Context<'_>) -> String {
    let def = cx.def();
    let names: Vec<String> = def
        .languages
        .iter()
        .enumerate()
        .map(|(i, code)| format!("{} {}", i + 1, Locale::new(code).native_name()))
        .collect();
    names.join("\n")
}

fn age_menu(cx: &Context<'_>, l: &Locale) -> String {
    let bands: Vec<String> = cx
        .def()
        .settings
        .age_bands
        .iter()
        .enumerate()
        .map(|(i, b)| format!("{} {}", i + 1, b.code))
        .collect();
    format!("{}\n{}", l.t("sms-age"), bands.join("\n"))
}

fn guardian_question(cx: &Context<'_>, l: &Locale) -> String {
    let age = f64::from(cx.def().settings.consent_age);
    l.t_args("sms-guardian", &[("age", Arg::Num(age))])
}

fn stopped(cx: &Context<'_>, l: &Locale) -> String {
    l.t_args("sms-stopped", &[("keyword", Arg::Str(cx.keyword))])
}

fn unknown(cx: &Context<'_>, l: &Locale) -> String {
    l.t_args(
        "sms-unknown",
        &[
            ("keyword", Arg::Str(cx.keyword)),
            ("title", Arg::Str(cx.def().title(l.code()))),
        ],
    )
}

/// HELP: the consultation's helpline for the sender's country (or its default one).
fn help(cx: &Context<'_>, country: Option<&str>, l: &Locale) -> String {
    let notice = safeguarding::notice(cx.def(), country, l.code());
    match notice.helplines.first() {
        Some(line) => l.t_args(
            "sms-help",
            &[
                ("name", Arg::Str(&line.name)),
                ("phone", Arg::Str(&line.phone)),
            ],
        ),
        None => {
            let url = format!("{}/help?lang={}", cx.base_url, l.code());
            l.t_args("sms-help-none", &[("url", Arg::Str(&url))])
        }
    }
}

/// What a text that may tell of harm gets at once: the helpline.
fn harm_line(cx: &Context<'_>, country: Option<&str>, l: &Locale) -> String {
    let notice = safeguarding::notice(cx.def(), country, l.code());
    match notice.helplines.first() {
        Some(line) => l.t_args(
            "sms-harm",
            &[
                ("name", Arg::Str(&line.name)),
                ("phone", Arg::Str(&line.phone)),
            ],
        ),
        None => {
            let url = format!("{}/help?lang={}", cx.base_url, l.code());
            l.t_args("sms-harm-none", &[("url", Arg::Str(&url))])
        }
    }
}

fn out_of_range(l: &Locale, max: usize) -> String {
    l.t_args("sms-out-of-range", &[("max", Arg::Num(max as f64))])
}

/// A number from 1 to `max` as young people type it ("2", "٢", " 2. ").
fn pick(text: &str, max: usize) -> Option<usize> {
    let n = parse_number(text.trim_end_matches(['.', ')']))?;
    (n.fract() == 0.0 && n >= 1.0 && n <= max as f64).then_some(n as usize)
}

/// Several numbers from 1 to `max` ("1 3", "1,3", "1、3"), in the order typed.
fn picks(text: &str, max: usize) -> Option<Vec<usize>> {
    let parts: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '、' | '،' | '，'))
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() {
        return None;
    }
    parts.into_iter().map(|p| pick(p, max)).collect()
}

fn answer(cx: &Context<'_>, mut state: State, text: &str) -> Turn {
    let def = cx.def();
    let l = Locale::new(&state.language);
    match state.step.clone() {
        Step::Language => match pick(text, def.languages.len()) {
            Some(n) => {
                state.language.clone_from(&def.languages[n - 1]);
                state.step = Step::AgeBand;
                let l = Locale::new(&state.language);
                let text = format!("{}\n{}", consent(cx, &l), age_menu(cx, &l));
                reply(text, Next::Keep(state))
            }
            None => reply(out_of_range(&l, def.languages.len()), Next::Keep(state)),
        },
        Step::AgeBand => {
            let bands = &def.settings.age_bands;
            let Some(band) = pick(text, bands.len()).map(|n| &bands[n - 1]) else {
                return reply(out_of_range(&l, bands.len()), Next::Keep(state));
            };
            if def.too_young(band) {
                let age = f64::from(def.settings.min_age);
                return reply(
                    l.t_args("sms-too-young", &[("age", Arg::Num(age))]),
                    Next::Forget,
                );
            }
            state.age_band = Some(band.code.clone());
            if def.needs_guardian(band) {
                state.step = Step::Guardian;
                return reply(guardian_question(cx, &l), Next::Keep(state));
            }
            advance(cx, state, String::new())
        }
        Step::Guardian => match pick(text, 2) {
            Some(1) => {
                state.guardian_confirmed = true;
                advance(cx, state, String::new())
            }
            Some(_) => reply(
                l.t_args("sms-guardian-no", &[("keyword", Arg::Str(cx.keyword))]),
                Next::Forget,
            ),
            None => reply(out_of_range(&l, 2), Next::Keep(state)),
        },
        Step::Question(key) => {
            let Some(q) = def.question(&key) else {
                return advance(cx, state, String::new());
            };
            match read(cx, q, text, &state, &l) {
                Ok((value, note)) => {
                    match value {
                        Some(v) => state.answers.insert(key, v),
                        None => state.answers.remove(&key),
                    };
                    advance(cx, state, note)
                }
                Err(problem) => reply(problem, Next::Keep(state)),
            }
        }
    }
}

/// SKIP: an optional question is left unanswered; anything else is asked again.
fn skip(cx: &Context<'_>, mut state: State) -> Turn {
    let l = Locale::new(&state.language);
    if let Step::Question(key) = &state.step
        && let Some(q) = cx.def().question(key)
        && !q.required
    {
        state.answers.remove(&q.key);
        return advance(cx, state, String::new());
    }
    let again = format!("{}\n{}", l.t("sms-required"), prompt_of(cx, &state));
    reply(again, Next::Keep(state))
}

/// One answer read from a text: the value (`None`: skipped) and a note for the reply (a
/// text cut, a helpline), or what to reply instead.
fn read(
    cx: &Context<'_>,
    q: &Question,
    text: &str,
    state: &State,
    l: &Locale,
) -> Result<(Option<AnswerValue>, String), String> {
    let codes = |numbers: Vec<usize>| -> Vec<String> {
        numbers
            .into_iter()
            .map(|n| q.options[n - 1].code.clone())
            .collect()
    };
    let n = q.options.len();
    let (value, note) = match q.kind {
        QuestionKind::Rating if numeric_points(q).is_some() => {
            let (min, max) = numeric_points(q).unwrap_or_default();
            let wrong = || {
                l.t_args(
                    "sms-reply-range",
                    &[("min", Arg::Num(min)), ("max", Arg::Num(max))],
                )
            };
            let typed = parse_number(text).ok_or_else(wrong)?;
            let point = q
                .options
                .iter()
                .find(|o| o.code.parse::<f64>().ok() == Some(typed))
                .ok_or_else(wrong)?;
            (AnswerValue::Text(point.code.clone()), String::new())
        }
        QuestionKind::SingleChoice | QuestionKind::Scale | QuestionKind::Rating => {
            let i = pick(text, n).ok_or_else(|| out_of_range(l, n))?;
            (
                AnswerValue::Text(q.options[i - 1].code.clone()),
                String::new(),
            )
        }
        QuestionKind::MultipleChoice | QuestionKind::Ranking => {
            let numbers = picks(text, n).ok_or_else(|| out_of_range(l, n))?;
            (AnswerValue::Codes(codes(numbers)), String::new())
        }
        QuestionKind::Number => {
            let number = parse_number(text).ok_or_else(|| l.t("sms-reply-amount"))?;
            (AnswerValue::Number(number), String::new())
        }
        QuestionKind::ShortText | QuestionKind::LongText => {
            let limit = q.text_limit().min(LONGEST_INCOMING);
            let mut note = Vec::new();
            let kept: String = text.chars().take(limit).collect();
            if kept.chars().count() < text.chars().count() {
                note.push(l.t_args("sms-text-cut", &[("max", Arg::Num(limit as f64))]));
            }
            if assess(&kept, &state.language).discloses() {
                note.push(harm_line(cx, state.country.as_deref(), l));
            }
            (AnswerValue::Text(kept), note.join("\n"))
        }
        QuestionKind::Info | QuestionKind::Statements => return Ok((None, String::new())),
    };
    match check_answer(q, value) {
        Ok(value) => Ok((value, note)),
        Err(problem) => Err(problem.message(l)),
    }
}

/// Moves to the next question shown after the current one (conditions applied to the
/// answers so far), or to the end.
fn advance(cx: &Context<'_>, mut state: State, note: String) -> Turn {
    let def = cx.def();
    let l = Locale::new(&state.language);
    // Answers to questions a changed answer now hides are dropped, as on the web.
    crate::participation::journey::prune(def, &mut state.answers);
    let after = match &state.step {
        Step::Question(key) => def.question_position(key),
        _ => None,
    };
    let next = def
        .questions()
        .map(|(_, q)| q)
        .filter(|q| after.is_none_or(|at| def.question_position(&q.key) > Some(at)))
        .find_map(|q| {
            let shown = def.is_shown(q, &state.answers);
            let prompt = question_prompt(q, &state.language, state.age_band.as_deref(), &l);
            (shown && q.kind.takes_answer())
                .then_some(prompt)
                .flatten()
                .map(|p| (q.key.clone(), p))
        });
    let join = |prompt: String| {
        if note.is_empty() {
            prompt
        } else {
            format!("{note}\n{prompt}")
        }
    };
    match next {
        Some((key, prompt)) => {
            state.step = Step::Question(key);
            reply(join(prompt), Next::Keep(state))
        }
        None => reply(note, Next::Submit(state)),
    }
}

/// One question as a text: its wording, then how to answer. `None` for kinds a text message
/// cannot ask (they are skipped, as optional answers).
pub fn question_prompt(
    q: &Question,
    lang: &str,
    age_band: Option<&str>,
    l: &Locale,
) -> Option<String> {
    let wording = q.wording(lang, age_band);
    let options = || -> String {
        q.options
            .iter()
            .enumerate()
            .map(|(i, o)| format!("{} {}", i + 1, text_in(&o.label, lang)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    let max = Arg::Num(q.options.len() as f64);
    let how = match q.kind {
        QuestionKind::Rating if numeric_points(q).is_some() => {
            let (min, max) = numeric_points(q).unwrap_or_default();
            l.t_args(
                "sms-reply-range",
                &[("min", Arg::Num(min)), ("max", Arg::Num(max))],
            )
        }
        QuestionKind::SingleChoice | QuestionKind::Scale | QuestionKind::Rating => format!(
            "{}\n{}",
            options(),
            l.t_args("sms-reply-number", &[("max", max)])
        ),
        QuestionKind::MultipleChoice => format!("{}\n{}", options(), l.t("sms-reply-numbers")),
        QuestionKind::Ranking => format!("{}\n{}", options(), l.t("sms-reply-ranking")),
        QuestionKind::Number => match (q.min, q.max) {
            (Some(min), Some(max)) => l.t_args(
                "sms-reply-range",
                &[("min", Arg::Num(min)), ("max", Arg::Num(max))],
            ),
            _ => l.t("sms-reply-amount"),
        },
        QuestionKind::ShortText | QuestionKind::LongText => l.t("sms-reply-words"),
        // A page of statements to vote on is for the web; a text skips it.
        QuestionKind::Info | QuestionKind::Statements => return None,
    };
    let skip = if q.required {
        String::new()
    } else {
        format!(" {}", l.t("sms-skip-hint"))
    };
    Some(without_isolates(&format!("{wording}\n{how}{skip}")))
}

/// A rating whose points are numbers (0 to 10): young people reply the number itself, not
/// its place in the list. Its lowest and highest points.
fn numeric_points(q: &Question) -> Option<(f64, f64)> {
    let points: Option<Vec<f64>> = q.options.iter().map(|o| o.code.parse().ok()).collect();
    let points = points.filter(|p| !p.is_empty())?;
    let min = points.iter().copied().fold(f64::INFINITY, f64::min);
    let max = points.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    Some((min, max))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::{
        consultations::{Status, definition::Choice},
        entities::consultation,
    };

    fn demo() -> Consultation {
        let now = chrono::Utc::now();
        Consultation {
            row: consultation::Model {
                id: 1,
                group_id: 1,
                meeting_id: None,
                slug: "demo".into(),
                join_code: "ABCDEF".into(),
                status: "open".into(),
                default_language: "en".into(),
                definition: String::new(),
                version: 1,
                opens_at: None,
                closes_at: None,
                closed_at: None,
                published_at: None,
                created_at: now,
                updated_at: now,
            },
            status: Status::Open,
            definition: Arc::new(demo_definition()),
        }
    }

    /// The demo consultation's definition (six languages, every kind, a condition).
    fn demo_definition() -> Definition {
        let doc: serde_json::Value =
            serde_json::from_str(include_str!("../../frontend/demo/consultation.json")).unwrap();
        serde_json::from_value(doc["definition"].clone()).unwrap()
    }

    fn cx(c: &Consultation) -> Context<'_> {
        Context {
            c,
            keyword: "SAFE",
            base_url: "https://example.org",
        }
    }

    /// Plays `texts` from a fresh phone; the last turn.
    fn play(c: &Consultation, texts: &[&str]) -> Turn {
        let mut kept = None;
        let mut last = None;
        for text in texts {
            let t = turn(&cx(c), kept.take(), text, Some("GB"));
            if let Next::Keep(s) = &t.next {
                kept = Some(s.clone());
            }
            last = Some(t);
        }
        last.expect("at least one text")
    }

    #[test]
    fn a_band_below_the_consent_age_asks_for_an_adult_and_a_no_keeps_nothing() {
        let c = demo();
        let t = play(&c, &["SAFE", "2", "1"]);
        assert!(matches!(&t.next, Next::Keep(s) if s.step == Step::Guardian));
        let t = play(&c, &["SAFE", "2", "1", "2"]);
        assert_eq!(t.next, Next::Forget);
    }

    #[test]
    fn a_band_below_the_minimum_age_is_turned_away_kindly() {
        let mut c = demo();
        Arc::make_mut(&mut c.definition).settings.min_age = 13;
        let t = play(&c, &["SAFE", "2", "1"]);
        assert_eq!(t.next, Next::Forget);
        assert!(t.reply.contains("13 and over"), "{}", t.reply);
    }

    #[test]
    fn the_keyword_starts_again_and_unknown_kinds_of_replies_ask_again() {
        let c = demo();
        let t = play(&c, &["SAFE", "2", "3", "x"]);
        assert!(t.reply.contains("Please reply 1 to 5."), "{}", t.reply);
        let t = play(&c, &["SAFE", "2", "3", "safe!"]);
        assert!(
            matches!(&t.next, Next::Keep(s) if s.step == Step::Language && s.answers.is_empty())
        );
    }

    #[test]
    fn a_required_question_cannot_be_skipped() {
        let c = demo();
        let t = play(&c, &["SAFE", "2", "3", "SKIP"]);
        assert!(
            t.reply.starts_with("This question needs an answer."),
            "{}",
            t.reply
        );
        assert!(matches!(&t.next, Next::Keep(s) if s.step == Step::Question("time_online".into())));
    }

    #[test]
    fn choices_are_numbered_in_the_options_order_and_read_back_as_codes() {
        let mut q = Question::new("q", QuestionKind::MultipleChoice);
        for code in ["a", "b", "c"] {
            q.options.push(Choice {
                code: code.into(),
                label: [("en".to_owned(), code.to_uppercase())].into(),
                ..Default::default()
            });
        }
        let l = Locale::new("en");
        let prompt = question_prompt(&q, "en", None, &l).unwrap();
        assert!(prompt.contains("1 A\n2 B\n3 C"), "{prompt}");
        assert_eq!(picks("3, 1", 3), Some(vec![3, 1]));
        assert_eq!(picks("1 4", 3), None);
        assert_eq!(pick("٢", 3), Some(2));
        assert_eq!(pick("2.", 3), Some(2));
        assert_eq!(pick("0", 3), None);
    }
}
