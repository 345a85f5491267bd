//! The answering journey as a small state machine carried in the forms themselves: no
//! cookie, no server-side draft. Each page holds the journey so far as JSON in a hidden field
//! with an HMAC signature; a changed field fails the signature and is refused, and the whole
//! response is checked again by [`super::response::parse_response`] before it is stored.
use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::Uuid;

use super::response::{
    self, GENDER_DESCRIPTION_LIMIT, GENDERS, Problem, ProblemArg, ResponseInput, check_answer,
    clean_text, parse_number,
};
use crate::consultations::{
    Consultation,
    definition::{AnswerValue, Definition, Question, QuestionKind, StatementsAnswer},
    join_code,
};
use crate::i18n::countries;
use crate::secrets::Keys;
use crate::web::forms::FormData;

/// The value of the age question meaning "younger than the youngest band".
pub const UNDER_MIN_AGE: &str = "under";

/// Where the young person is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The access code of a class or a room.
    Access,
    Age,
    /// Younger than the minimum age: a kind page, the end of the journey.
    TooYoung,
    /// A parent, guardian or teacher confirms.
    Consent,
    /// Optional country and gender.
    About,
    /// A section of questions, by index in the definition.
    Section(usize),
    /// Check your answers.
    Check,
}

impl Screen {
    /// The position in the journey, for "next" and "back".
    fn order(self) -> usize {
        match self {
            Self::Access => 0,
            Self::Age => 1,
            Self::TooYoung => 2,
            Self::Consent => 3,
            Self::About => 4,
            Self::Section(i) => 5 + i,
            Self::Check => usize::MAX,
        }
    }

    pub fn code(self) -> String {
        match self {
            Self::Access => "access".into(),
            Self::Age => "age".into(),
            Self::TooYoung => "too_young".into(),
            Self::Consent => "consent".into(),
            Self::About => "about".into(),
            Self::Section(i) => format!("s{i}"),
            Self::Check => "check".into(),
        }
    }

    pub fn parse(code: &str) -> Option<Self> {
        Some(match code {
            "access" => Self::Access,
            "age" => Self::Age,
            "too_young" => Self::TooYoung,
            "consent" => Self::Consent,
            "about" => Self::About,
            "check" => Self::Check,
            other => Self::Section(other.strip_prefix('s')?.parse().ok()?),
        })
    }
}

impl Serialize for Screen {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.code())
    }
}

impl<'de> Deserialize<'de> for Screen {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        Self::parse(&code).ok_or_else(|| serde::de::Error::custom("unknown screen"))
    }
}

/// Everything answered so far, and where the young person is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Journey {
    #[serde(rename = "c")]
    pub consultation_id: i32,
    /// Made when the journey starts, so a double click or a retry stores one response.
    #[serde(rename = "id")]
    pub submission_id: Uuid,
    #[serde(rename = "l")]
    pub lang: String,
    pub at: Screen,
    #[serde(rename = "k", default, skip_serializing_if = "Option::is_none")]
    pub access_code: Option<String>,
    #[serde(rename = "b", default, skip_serializing_if = "Option::is_none")]
    pub age_band: Option<String>,
    #[serde(rename = "g", default, skip_serializing_if = "std::ops::Not::not")]
    pub guardian: bool,
    #[serde(rename = "co", default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(rename = "ge", default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    #[serde(rename = "gd", default, skip_serializing_if = "Option::is_none")]
    pub gender_description: Option<String>,
    /// Came from "check your answers" to change something: "continue" goes back there.
    #[serde(rename = "r", default, skip_serializing_if = "std::ops::Not::not")]
    pub returning: bool,
    #[serde(rename = "a", default)]
    pub answers: BTreeMap<String, AnswerValue>,
    /// A facilitator's preview (`/manage/c/{slug}/preview/phone`): the same screens, but
    /// the public journey refuses it, so it can never be stored.
    #[serde(rename = "pv", default, skip_serializing_if = "std::ops::Not::not")]
    pub preview: bool,
}

/// The journey as carried in a form: its JSON and the signature of exactly those bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignedState {
    pub json: String,
    pub sig: String,
}

/// The form field names of an answer.
pub fn answer_name(key: &str) -> String {
    format!("a:{key}")
}

/// The form field name of the vote on one statement.
pub fn vote_name(key: &str, code: &str) -> String {
    format!("v:{key}:{code}")
}

/// The form field name of one option's place in a ranking.
pub fn rank_name(key: &str, code: &str) -> String {
    format!("r:{key}:{code}")
}

impl Journey {
    /// A new journey in `lang`, at its first screen.
    pub fn start(c: &Consultation, lang: &str) -> Self {
        let mut journey = Self {
            consultation_id: c.id(),
            submission_id: Uuid::new_v4(),
            lang: lang.to_owned(),
            at: Screen::Age,
            access_code: None,
            age_band: None,
            guardian: false,
            country: None,
            gender: None,
            gender_description: None,
            returning: false,
            answers: BTreeMap::new(),
            preview: false,
        };
        journey.at = journey.gate(c).unwrap_or(Screen::Age);
        journey
    }

    pub fn sign(&self, keys: &Keys) -> SignedState {
        let json = serde_json::to_string(self).unwrap_or_default();
        let sig = keys.sign_state(json.as_bytes());
        SignedState { json, sig }
    }

    /// The journey in a form, when its signature holds and it belongs to this consultation.
    pub fn verify(c: &Consultation, keys: &Keys, json: &str, sig: &str) -> Option<Self> {
        if !keys.verify_state(json.as_bytes(), sig) {
            return None;
        }
        serde_json::from_str::<Self>(json)
            .ok()
            .filter(|j| j.consultation_id == c.id())
    }

    /// The first step still to pass before any later one: the access code, the age band,
    /// the minimum age, the adult's confirmation.
    pub fn gate(&self, c: &Consultation) -> Option<Screen> {
        let def = &c.definition;
        if let Some(code) = def
            .settings
            .access_code
            .as_deref()
            .filter(|s| !s.is_empty())
        {
            let given = self.access_code.as_deref().unwrap_or_default();
            if join_code::normalise(given) != join_code::normalise(code) {
                return Some(Screen::Access);
            }
        }
        let Some(band_code) = self.age_band.as_deref() else {
            return Some(Screen::Age);
        };
        if band_code == UNDER_MIN_AGE {
            return Some(Screen::TooYoung);
        }
        let Some(band) = def.age_band(band_code) else {
            return Some(Screen::Age);
        };
        if def.too_young(band) {
            return Some(Screen::TooYoung);
        }
        if def.needs_guardian(band) && !self.guardian {
            return Some(Screen::Consent);
        }
        None
    }

    /// Every screen of this journey in order, given the answers so far.
    pub fn screens(&self, c: &Consultation) -> Vec<Screen> {
        let def = &c.definition;
        let mut screens = Vec::new();
        if def
            .settings
            .access_code
            .as_deref()
            .is_some_and(|s| !s.is_empty())
        {
            screens.push(Screen::Access);
        }
        screens.push(Screen::Age);
        if self.gate(c) == Some(Screen::TooYoung) {
            screens.push(Screen::TooYoung);
            return screens;
        }
        let needs_guardian = self
            .age_band
            .as_deref()
            .and_then(|b| def.age_band(b))
            .is_some_and(|b| def.needs_guardian(b));
        if needs_guardian {
            screens.push(Screen::Consent);
        }
        if def.settings.ask_country || def.settings.ask_gender {
            screens.push(Screen::About);
        }
        screens.extend(visible_sections(def, &self.answers).map(Screen::Section));
        screens.push(Screen::Check);
        screens
    }

    /// Moves to `target`, or to the first step still to pass before it.
    pub fn go(&mut self, c: &Consultation, target: Screen) {
        self.at = match self.gate(c) {
            Some(gate) if gate.order() < target.order() => gate,
            _ => target,
        };
        if self.at == Screen::Check {
            self.returning = false;
        }
    }

    /// The screen after the current one ("continue").
    pub fn next(&self, c: &Consultation) -> Screen {
        if self.returning && self.at != Screen::Access {
            return Screen::Check;
        }
        self.screens(c)
            .into_iter()
            .find(|s| s.order() > self.at.order())
            .unwrap_or(Screen::Check)
    }

    /// The screen before the current one ("back"); `None` before the first.
    pub fn previous(&self, c: &Consultation) -> Option<Screen> {
        self.screens(c)
            .into_iter()
            .rev()
            .find(|s| s.order() < self.at.order())
    }

    /// Reads the fields of the current screen into the journey. Valid values are kept even
    /// when others have problems, so nothing typed correctly is lost.
    pub fn read_screen(&mut self, c: &Consultation, form: &FormData) -> Vec<Problem> {
        let def = &c.definition;
        let mut problems = Vec::new();
        match self.at {
            Screen::Access => {
                let typed = form.opt("access_code").unwrap_or_default();
                let expected = def.settings.access_code.as_deref().unwrap_or_default();
                if join_code::normalise(typed) == join_code::normalise(expected) {
                    self.access_code = Some(join_code::normalise(typed));
                } else {
                    problems.push(Problem::new("access_code", "p-err-access-code"));
                }
            }
            Screen::Age => match form.opt("age_band").map(str::trim).unwrap_or_default() {
                "" => problems.push(Problem::new("age_band", "p-err-age-required")),
                UNDER_MIN_AGE => self.age_band = Some(UNDER_MIN_AGE.to_owned()),
                code if def.age_band(code).is_some() => self.age_band = Some(code.to_owned()),
                _ => problems.push(Problem::new("age_band", "p-err-age-band")),
            },
            Screen::Consent => {
                if form.opt("guardian") == Some("yes") {
                    self.guardian = true;
                } else {
                    problems.push(Problem::new("guardian", "p-err-guardian-required"));
                }
            }
            Screen::About => self.read_about(def, form, &mut problems),
            Screen::Section(i) => self.read_section(def, i, form, &mut problems),
            Screen::TooYoung | Screen::Check => {}
        }
        problems
    }

    fn read_about(&mut self, def: &Definition, form: &FormData, problems: &mut Vec<Problem>) {
        if def.settings.ask_country {
            match form.opt("country").map(str::trim).unwrap_or_default() {
                "" => self.country = None,
                code if countries::is_known(code) => self.country = Some(code.to_owned()),
                _ => problems.push(Problem::new("country", "p-err-country")),
            }
        }
        if def.settings.ask_gender {
            let chosen = form.opt("gender").unwrap_or_default();
            match chosen {
                "" => self.gender = None,
                g if GENDERS.contains(&g) => self.gender = Some(g.to_owned()),
                _ => problems.push(Problem::new("gender", "p-err-gender")),
            }
            let description = clean_text(form.opt("gender_description").unwrap_or_default());
            let count = description.chars().count();
            self.gender_description = None;
            if count > GENDER_DESCRIPTION_LIMIT {
                problems.push(
                    Problem::new("gender_description", "p-err-text-too-long")
                        .with("count", ProblemArg::Num(count as f64))
                        .with("max", ProblemArg::Num(GENDER_DESCRIPTION_LIMIT as f64)),
                );
            } else if count > 0 && !matches!(chosen, "" | "self_described") {
                problems.push(Problem::new(
                    "gender_description",
                    "p-err-gender-description-alone",
                ));
            } else if count > 0 {
                // Writing words of one's own is describing oneself in another way.
                self.gender = Some("self_described".to_owned());
                self.gender_description = Some(description);
            }
        }
    }

    fn read_section(
        &mut self,
        def: &Definition,
        index: usize,
        form: &FormData,
        problems: &mut Vec<Problem>,
    ) {
        let Some(section) = def.sections.get(index) else {
            return;
        };
        let mut answers = self.answers.clone();
        for q in &section.questions {
            answers.remove(&q.key);
        }
        for q in section.questions.iter().filter(|q| q.kind.takes_answer()) {
            // A question hidden by an answer on this same page (typed with JavaScript off)
            // is simply not kept.
            if !def.is_shown(q, &answers) {
                continue;
            }
            match read_answer(q, form).and_then(|v| v.map_or(Ok(None), |v| check_answer(q, v))) {
                Ok(Some(value)) => {
                    answers.insert(q.key.clone(), value);
                }
                Ok(None) if q.required => {
                    problems.push(Problem::new(format!("answers.{}", q.key), "p-err-required"));
                }
                Ok(None) => {}
                Err(problem) => problems.push(problem),
            }
        }
        prune(def, &mut answers);
        self.answers = answers;
    }

    /// Reads every section from the current one to the end, as the offline page sends them
    /// at once (conditions point backwards, so reading in order settles them), and moves to
    /// "check your answers". A journey not yet at a section reads nothing.
    pub fn read_rest(&mut self, c: &Consultation, form: &FormData) -> Vec<Problem> {
        let mut problems = Vec::new();
        if let Screen::Section(first) = self.at {
            for index in first..c.definition.sections.len() {
                self.read_section(&c.definition, index, form, &mut problems);
            }
            self.at = Screen::Check;
        }
        problems
    }

    /// A journey the offline page starts when none was carried (the connection dropped
    /// before the first section): the start steps it asks at its top (access code, age
    /// band, the adult's confirmation) read with the same checks as step by step, then every
    /// section. The browser's submission id is kept, so a resend stores once. Stops at the
    /// kind page below the minimum age.
    pub fn start_offline(c: &Consultation, lang: &str, form: &FormData) -> (Self, Vec<Problem>) {
        let mut journey = Self::start(c, lang);
        if let Some(id) = form
            .opt("submission_id")
            .and_then(|s| Uuid::parse_str(s).ok())
        {
            journey.submission_id = id;
        }
        let mut problems = Vec::new();
        // Each step passed moves the gate on; one with a problem stops the reading.
        while let Some(gate) = journey.gate(c) {
            journey.at = gate;
            if gate == Screen::TooYoung {
                return (journey, problems);
            }
            problems = journey.read_screen(c, form);
            if !problems.is_empty() {
                break;
            }
        }
        journey.at = Screen::About;
        journey.at = journey.next(c);
        problems.extend(journey.read_rest(c, form));
        journey.at = Screen::Check;
        (journey, problems)
    }

    /// The journey as a response to check and store.
    pub fn to_input(&self) -> ResponseInput {
        ResponseInput {
            submission_id: Some(self.submission_id.to_string()),
            language: Some(self.lang.clone()),
            age_band: self.age_band.clone(),
            country: self.country.clone(),
            gender: self.gender.clone(),
            gender_description: self.gender_description.clone(),
            guardian_confirmed: self.guardian,
            access_code: self.access_code.clone(),
            answers: self
                .answers
                .iter()
                .map(|(k, v)| (k.clone(), Some(v.clone())))
                .collect(),
        }
    }
}

/// Sections with at least one question shown for these answers.
pub fn visible_sections<'a>(
    def: &'a Definition,
    answers: &'a BTreeMap<String, AnswerValue>,
) -> impl Iterator<Item = usize> + 'a {
    def.sections
        .iter()
        .enumerate()
        .filter(|(_, s)| s.questions.iter().any(|q| def.is_shown(q, answers)))
        .map(|(i, _)| i)
}

/// Drops answers to questions that no longer exist or that earlier answers now hide
/// (conditions point backwards, so one pass in order settles them).
pub fn prune(def: &Definition, answers: &mut BTreeMap<String, AnswerValue>) {
    answers.retain(|key, _| def.question(key).is_some_and(|q| q.kind.takes_answer()));
    for (_, q) in def.questions() {
        if answers.contains_key(&q.key) && !def.is_shown(q, answers) {
            answers.remove(&q.key);
        }
    }
}

/// One answer as typed in the form, before the rules of [`check_answer`].
///
/// # Errors
/// A number that is not a number, or a ranking with missing or repeated places.
pub fn read_answer(q: &Question, form: &FormData) -> Result<Option<AnswerValue>, Problem> {
    let name = answer_name(&q.key);
    let field = || format!("answers.{}", q.key);
    Ok(match q.kind {
        QuestionKind::Info => None,
        QuestionKind::SingleChoice | QuestionKind::Scale | QuestionKind::Rating => form
            .opt(&name)
            .filter(|v| !v.is_empty())
            .map(|v| AnswerValue::Text(v.to_owned())),
        QuestionKind::MultipleChoice => {
            let codes: Vec<String> = form
                .all(&name)
                .into_iter()
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
                .collect();
            (!codes.is_empty()).then_some(AnswerValue::Codes(codes))
        }
        QuestionKind::Ranking => {
            let places: Vec<(&str, &str)> = q
                .options
                .iter()
                .map(|o| {
                    let place = form.opt(&rank_name(&q.key, &o.code)).unwrap_or_default();
                    (o.code.as_str(), place.trim())
                })
                .collect();
            if places.iter().all(|(_, p)| p.is_empty()) {
                return Ok(None);
            }
            // Items left without a place are not ranked; the places given keep their order
            // (1 and 3 without a 2 read as first and second).
            let count = q.rank_places();
            let mut ranked: Vec<(usize, &str)> = Vec::new();
            for (code, place) in places.into_iter().filter(|(_, p)| !p.is_empty()) {
                match place.parse::<usize>() {
                    Ok(n) if (1..=count).contains(&n) && !ranked.iter().any(|(m, _)| *m == n) => {
                        ranked.push((n, code));
                    }
                    _ => {
                        return Err(Problem::new(field(), "p-err-ranking")
                            .with("count", ProblemArg::Num(count as f64)));
                    }
                }
            }
            ranked.sort_unstable();
            Some(AnswerValue::Codes(
                ranked.into_iter().map(|(_, c)| c.to_owned()).collect(),
            ))
        }
        QuestionKind::Number => match form.opt(&name).map(str::trim).unwrap_or_default() {
            "" => None,
            typed => Some(AnswerValue::Number(parse_number(typed).ok_or_else(
                || {
                    if q.min.is_some() || q.max.is_some() {
                        response::range_problem(q, field())
                    } else {
                        Problem::new(field(), "p-err-number")
                    }
                },
            )?)),
        },
        QuestionKind::ShortText | QuestionKind::LongText => {
            form.opt(&name).map(|v| AnswerValue::Text(v.to_owned()))
        }
        QuestionKind::Statements => {
            let votes: BTreeMap<String, String> = q
                .statements
                .iter()
                .filter_map(|s| {
                    let vote = form.opt(&vote_name(&q.key, &s.code))?.trim();
                    (!vote.is_empty()).then(|| (s.code.clone(), vote.to_owned()))
                })
                .collect();
            let added: Vec<String> = form
                .opt(&name)
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(|t| vec![t.to_owned()])
                .unwrap_or_default();
            (!votes.is_empty() || !added.is_empty()).then_some(AnswerValue::Votes(
                StatementsAnswer {
                    votes,
                    new_statements: added,
                },
            ))
        }
    })
}
