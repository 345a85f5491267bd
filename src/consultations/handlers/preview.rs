//! Preview: every section of a consultation as a young person would read it, in any
//! enabled language and age band (easy-read wording replacing the standard one). A read-only
//! rendering: nothing is submitted or stored, no cookie is set.
use actix_web::{HttpResponse, get, http::StatusCode, web};
use askama::Template;
use serde::Deserialize;

use super::{
    forms::{Choice, language_name},
    frame::{EditorFrame, editing},
};
use crate::web::no_store_page;
use crate::{
    accounts::Actor,
    consultations::definition::{
        Condition, ConditionOperator, Definition, Question, QuestionKind, text_in,
    },
    error::AppError,
    i18n::{Arg, Locale},
    state::AppState,
};

pub struct PreviewOption {
    pub code: String,
    pub label: String,
    pub emoji: String,
}

pub struct PreviewQuestion {
    pub key: String,
    pub kind: String,
    pub text: String,
    pub help: String,
    pub required: bool,
    pub options: Vec<PreviewOption>,
    pub pictorial: bool,
    /// Said to the young person ("Choose up to 3", "From 3 to 24", "At most 150 characters").
    pub limit: String,
    /// For the facilitator: when it is shown.
    pub condition: Option<String>,
    pub easy_read: bool,
    pub min: String,
    pub max: String,
    /// Ranking: the places 1..=n.
    pub positions: Vec<usize>,
}

pub struct PreviewSection {
    pub key: String,
    pub title: String,
    pub questions: Vec<PreviewQuestion>,
}

#[derive(Template)]
#[template(path = "consultations/preview.html")]
struct PreviewPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    /// The young person's language (interface strings of the preview).
    yl: Locale,
    lang: String,
    dir: &'static str,
    band: String,
    band_note: String,
    languages: Vec<Choice>,
    bands: Vec<Choice>,
    title: String,
    introduction: String,
    data_use: String,
    closing: String,
    duration: String,
    sections: Vec<PreviewSection>,
}

#[derive(Deserialize)]
struct PreviewQuery {
    /// Not `lang`: that would change the facilitator's own interface language.
    language: Option<String>,
    band: Option<String>,
}

#[get("/manage/c/{slug}/preview")]
async fn show_preview(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    query: web::Query<PreviewQuery>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/preview");
    let e = editing(&state, &actor, &l, &path, "preview", &here).await?;
    let def = &e.c.definition;
    let lang = query
        .language
        .clone()
        .filter(|lang| def.has_language(lang))
        .unwrap_or_else(|| def.default_language.clone());
    let band = query
        .band
        .clone()
        .filter(|b| def.age_band(b).is_some())
        .or_else(|| def.settings.age_bands.first().map(|b| b.code.clone()))
        .unwrap_or_default();
    let yl = Locale::new(&lang);
    let band_note = band_note(def, &band, &l);
    let sections = def
        .sections
        .iter()
        .map(|s| PreviewSection {
            key: s.key.clone(),
            title: text_in(&s.title, &lang).to_owned(),
            questions: s
                .questions
                .iter()
                .map(|q| preview_question(q, &lang, &band, &yl, &l))
                .collect(),
        })
        .collect();
    let languages = def
        .languages_default_first()
        .into_iter()
        .map(|code| {
            let mut c = Choice::new(code.clone(), language_name(&code), code == lang);
            c.lang = code;
            c
        })
        .collect();
    let bands = def
        .settings
        .age_bands
        .iter()
        .map(|b| Choice::new(b.code.clone(), b.code.clone(), b.code == band))
        .collect();
    let page = PreviewPage {
        title: def.title(&lang).to_owned(),
        introduction: text_in(&def.texts.introduction, &lang).to_owned(),
        data_use: text_in(&def.texts.data_use, &lang).to_owned(),
        closing: text_in(&def.texts.closing, &lang).to_owned(),
        duration: yl.t_count("cn-preview-duration", i64::from(def.minutes())),
        dir: crate::i18n::direction(&lang),
        frame: e.frame,
        yl,
        lang,
        band,
        band_note,
        languages,
        bands,
        sections,
        l,
        actor,
    };
    no_store_page(StatusCode::OK, &page)
}

/// What the band means for the facilitator: too young, with a guardian, or alone.
fn band_note(def: &Definition, band: &str, l: &Locale) -> String {
    def.age_band(band).map_or_else(String::new, |b| {
        if def.too_young(b) {
            l.t("cn-preview-band-too-young")
        } else if def.needs_guardian(b) {
            l.t_args(
                "cn-preview-band-guardian",
                &[("age", Arg::Num(f64::from(def.settings.consent_age)))],
            )
        } else {
            l.t("cn-preview-band-alone")
        }
    })
}

/// One question as the young person reads it in `lang` and `band` (`yl`), with its
/// condition told to the facilitator (`l`).
fn preview_question(
    q: &Question,
    lang: &str,
    band: &str,
    yl: &Locale,
    l: &Locale,
) -> PreviewQuestion {
    PreviewQuestion {
        key: q.key.clone(),
        kind: q.kind.as_str().to_owned(),
        text: q.wording(lang, Some(band)).to_owned(),
        easy_read: q
            .easy_read
            .get(band)
            .is_some_and(|t| !text_in(t, lang).is_empty()),
        help: text_in(&q.help, lang).to_owned(),
        required: q.required,
        options: q
            .options
            .iter()
            .map(|o| PreviewOption {
                code: o.code.clone(),
                label: text_in(&o.label, lang).to_owned(),
                emoji: o.emoji.clone().unwrap_or_default(),
            })
            .collect(),
        pictorial: q.pictorial,
        limit: limit_text(q, yl),
        condition: q.condition.as_ref().map(|c| condition_text(c, l)),
        min: q.min.map(|n| n.to_string()).unwrap_or_default(),
        max: q.max.map(|n| n.to_string()).unwrap_or_default(),
        positions: (1..=q.rank_places()).collect(),
    }
}

/// The limit said to the young person ("Choose up to 3", "From 3 to 24", "At most 150
/// characters").
fn limit_text(q: &Question, yl: &Locale) -> String {
    match q.kind {
        QuestionKind::MultipleChoice => q.max_choices.map_or_else(
            || yl.t("cn-preview-choose-any"),
            |n| yl.t_count("cn-preview-choose-up-to", i64::from(n)),
        ),
        QuestionKind::Ranking => yl.t_count("cn-preview-rank", q.rank_places() as i64),
        QuestionKind::Number => match (q.min, q.max) {
            (Some(min), Some(max)) => yl.t_args(
                "cn-preview-number-between",
                &[("min", Arg::Num(min)), ("max", Arg::Num(max))],
            ),
            _ => String::new(),
        },
        QuestionKind::ShortText | QuestionKind::LongText => {
            yl.t_count("cn-preview-max-length", q.text_limit() as i64)
        }
        _ => String::new(),
    }
}

/// When the question is shown, for the facilitator.
fn condition_text(c: &Condition, l: &Locale) -> String {
    let op = match c.operator {
        ConditionOperator::Equals => "equals",
        ConditionOperator::Includes => "includes",
        ConditionOperator::NotAnswered => "not-answered",
    };
    l.t_args(
        &format!("cn-condition-summary-{op}"),
        &[
            ("question", Arg::Str(&c.question)),
            ("value", Arg::Str(c.value.as_deref().unwrap_or(""))),
        ],
    )
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| c.service(show_preview));
}
