//! The two JSON shapes of a consultation: the public definition young people's apps read
//! (`GET /api/v1/consultations/{slug}`, ARCHITECTURE.md's contract) and the whole document
//! facilitators export and import.
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    Consultation, Status,
    definition::{Condition, Definition, GENDER_CODES, Helpline, LocalText, Phase, QuestionKind},
};

/// What young people's apps need to show and check a consultation. Texts are maps from
/// language code to text; the access code and translation records are never included.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct PublicDefinition {
    pub slug: String,
    pub status: Status,
    /// Enabled languages.
    pub languages: Vec<String>,
    pub default_language: String,
    pub title: LocalText,
    pub introduction: LocalText,
    /// What happens with the answers.
    pub data_use: LocalText,
    /// Shown after submitting.
    pub closing: LocalText,
    pub results_note: LocalText,
    pub duration_minutes: u32,
    pub age_bands: Vec<PublicAgeBand>,
    /// Below this age a young person is kindly turned away.
    pub min_age: u8,
    /// Below this age a parent, guardian or teacher confirms.
    pub consent_age: u8,
    pub ask_country: bool,
    pub ask_gender: bool,
    /// Gender codes offered when `ask_gender` is on.
    pub gender_options: Vec<String>,
    /// Whether young people must type an access code first.
    pub needs_access_code: bool,
    pub phases: Vec<Phase>,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    /// Helplines by country code (`*` for every other country).
    pub helplines: BTreeMap<String, Helpline>,
    pub sections: Vec<PublicSection>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct PublicAgeBand {
    pub code: String,
    pub min: u8,
    pub max: u8,
    /// A parent, guardian or teacher must confirm for this band.
    pub needs_guardian: bool,
    /// Entirely below the minimum age.
    pub too_young: bool,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct PublicSection {
    pub key: String,
    pub title: LocalText,
    pub questions: Vec<PublicQuestion>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct PublicQuestion {
    /// Answers are keyed by it.
    pub key: String,
    pub kind: QuestionKind,
    pub required: bool,
    pub text: LocalText,
    pub help: LocalText,
    /// Wording by age band code, replacing `text` for that band.
    pub easy_read: BTreeMap<String, LocalText>,
    /// Choices, scale points and rating points, in order (empty for other kinds).
    pub options: Vec<PublicOption>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_choices: Option<u32>,
    /// Number: smallest accepted value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Number: largest accepted value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Short and long text: most characters accepted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    /// Scale: show the pictures with the points.
    pub pictorial: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub condition: Option<Condition>,
    /// Statements: the seed statements and the approved added ones, with texts per language
    /// (never anything about who added them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<PublicStatement>,
    /// Statements: young people may add their own (from `new_statements_min_age`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub allow_new_statements: bool,
    /// Statements: the youngest age allowed to add.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_statements_min_age: Option<u8>,
    /// Statements: the most shown to one person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statements_per_person: Option<u32>,
}

/// One statement of a `statements` question.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct PublicStatement {
    /// Votes are keyed by it.
    pub code: String,
    pub text: LocalText,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub easy_read: BTreeMap<String, LocalText>,
}

#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct PublicOption {
    pub code: String,
    pub label: LocalText,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub emoji: Option<String>,
    /// The point value for scales and ratings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
}

impl PublicDefinition {
    pub fn of(c: &Consultation) -> Self {
        let d: &Definition = &c.definition;
        let s = &d.settings;
        Self {
            slug: c.slug().to_owned(),
            status: c.status,
            languages: d.languages.clone(),
            default_language: d.default_language.clone(),
            title: d.texts.title.clone(),
            introduction: d.texts.introduction.clone(),
            data_use: d.texts.data_use.clone(),
            closing: d.texts.closing.clone(),
            results_note: s.results_note.clone(),
            duration_minutes: d.minutes(),
            age_bands: s
                .age_bands
                .iter()
                .map(|b| PublicAgeBand {
                    code: b.code.clone(),
                    min: b.min,
                    max: b.max,
                    needs_guardian: d.needs_guardian(b),
                    too_young: d.too_young(b),
                })
                .collect(),
            min_age: s.min_age,
            consent_age: s.consent_age,
            ask_country: s.ask_country,
            ask_gender: s.ask_gender,
            gender_options: if s.ask_gender {
                GENDER_CODES.iter().map(|g| (*g).to_owned()).collect()
            } else {
                Vec::new()
            },
            needs_access_code: s.access_code.is_some(),
            phases: s.phases.clone(),
            opens_at: c.row.opens_at,
            closes_at: c.row.closes_at,
            helplines: s.helplines.clone(),
            sections: d
                .sections
                .iter()
                .map(|section| PublicSection {
                    key: section.key.clone(),
                    title: section.title.clone(),
                    questions: section
                        .questions
                        .iter()
                        .map(|q| PublicQuestion {
                            key: q.key.clone(),
                            kind: q.kind,
                            required: q.required,
                            text: q.text.clone(),
                            help: q.help.clone(),
                            easy_read: q.easy_read.clone(),
                            options: q
                                .options
                                .iter()
                                .map(|o| PublicOption {
                                    code: o.code.clone(),
                                    label: o.label.clone(),
                                    emoji: o.emoji.clone(),
                                    value: o.value,
                                })
                                .collect(),
                            max_choices: q.max_choices,
                            min: q.min,
                            max: q.max,
                            max_length: q
                                .kind
                                .is_text()
                                .then(|| u32::try_from(q.text_limit()).unwrap_or(u32::MAX)),
                            pictorial: q.pictorial,
                            condition: q.condition.clone(),
                            statements: q
                                .statements
                                .iter()
                                .map(|st| PublicStatement {
                                    code: st.code.clone(),
                                    text: st.text.clone(),
                                    easy_read: st.easy_read.clone(),
                                })
                                .collect(),
                            allow_new_statements: q.allow_new_statements,
                            new_statements_min_age: (q.kind == QuestionKind::Statements)
                                .then(|| q.new_statements_min_age.unwrap_or(13)),
                            statements_per_person: (q.kind == QuestionKind::Statements)
                                .then(|| u32::try_from(q.statements_shown()).unwrap_or(20)),
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

/// The format name of exported consultations.
pub const DOCUMENT_FORMAT: &str = "consulta.consultation/1";

fn document_format() -> String {
    DOCUMENT_FORMAT.to_owned()
}

/// A whole consultation as one JSON document: exported, and imported (or posted to create
/// one) as a new draft.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct ConsultationDocument {
    /// `consulta.consultation/1`.
    #[serde(default = "document_format")]
    pub format: String,
    /// The address wished for; made from the title when absent or empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// A meeting of the same group (never exported: meetings belong to an instance).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meeting_id: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_at: Option<DateTime<Utc>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closes_at: Option<DateTime<Utc>>,
    pub definition: Definition,
}

impl ConsultationDocument {
    pub fn of(c: &Consultation) -> Self {
        Self {
            format: DOCUMENT_FORMAT.to_owned(),
            slug: Some(c.slug().to_owned()),
            meeting_id: None,
            opens_at: c.row.opens_at,
            closes_at: c.row.closes_at,
            definition: Definition::clone(&c.definition),
        }
    }
}
