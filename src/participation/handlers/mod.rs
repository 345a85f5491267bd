//! The HTTP shell of the journey: one file per screen family, each a list of short checks
//! around the domain in `participation::{journey, response, store}`.
mod api;
mod help;
mod journey;
pub use journey::phase_of;
mod landing;
pub use landing::LandingCache;
mod preview;
mod screens;
mod withdraw;

use actix_web::{
    HttpRequest, HttpResponse,
    http::{StatusCode, header},
    web,
};
use askama::Template;
use chrono::{DateTime, Utc};
use futures_util::StreamExt;

use super::journey::SignedState;
use crate::web::no_store_page as page;
use crate::{
    consultations::repo::DefinitionCache,
    consultations::{
        Consultation, Definition, Status,
        definition::{Phase, text_in},
        repo,
    },
    error::AppError,
    i18n::{self, Locale},
    state::AppState,
};

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(api::submit_response);
    cfg.service(api::withdraw_response);
    cfg.map(|c| {
        c.service(landing::show_landing)
            .service(journey::continue_journey)
            .service(journey::submit_answers)
            .service(journey::show_offline)
            .service(journey::submit_offline)
            .service(preview::show_preview_landing)
            .service(preview::continue_preview)
            .service(preview::submit_preview)
            .service(help::show_consultation_help)
            .service(withdraw::show_withdraw)
            .service(withdraw::withdraw_answers)
    });
}

#[derive(Template)]
#[template(path = "participation/withdrawn_before.html")]
struct WithdrawnBeforePage {
    l: Locale,
    /// Where to start a new set of answers.
    again_href: String,
}

/// The answer (410) to answers sent again after the young person withdrew them with their
/// receipt: they are not stored again, and the page says why and how to answer anew.
///
/// # Errors
/// When the page fails to render.
pub fn withdrawn_before_page(l: Locale, again_href: String) -> Result<HttpResponse, AppError> {
    page(StatusCode::GONE, &WithdrawnBeforePage { l, again_href })
}

/// What every consultation page shows around its content.
pub struct Frame {
    pub slug: String,
    /// The consultation's title in the reader's language.
    pub title: String,
    /// The `<title>` of this page (before " · Consulta").
    pub page_title: String,
    /// Enabled languages, each by its own name.
    pub languages: Vec<LanguageChoice>,
    pub help_href: String,
    /// Language links end with this plus the code (`/c/{slug}?lang=`).
    pub switch_href: String,
    /// Inside the journey the help page opens in a new tab, so no answer is lost.
    pub help_new_tab: bool,
    /// The journey so far, on pages that carry it.
    pub state: Option<SignedState>,
    /// Where the reader is in the journey, on its steps.
    pub step: Option<Step>,
    /// Where the journey's forms post (`/c/{slug}`, or the facilitators' preview).
    pub post: String,
    /// Where "check your answers" sends them.
    pub submit: String,
    /// A facilitator's preview: marked as such, nothing kept offline or stored.
    pub preview: bool,
}

/// "Step 3 of 6", and the figures for the progress bar.
pub struct Step {
    pub at: usize,
    pub of: usize,
    pub text: String,
}

pub struct LanguageChoice {
    pub code: String,
    pub name: String,
    pub current: bool,
}

impl Frame {
    pub fn new(c: &Consultation, l: &Locale, page_title: String, country: Option<&str>) -> Self {
        let languages = enabled_languages(&c.definition)
            .into_iter()
            .map(|code| LanguageChoice {
                name: Locale::new(&code).native_name(),
                current: code == l.code(),
                code,
            })
            .collect();
        Self {
            slug: c.slug().to_owned(),
            title: c.definition.title(l.code()).to_owned(),
            page_title,
            languages,
            help_href: help_href(c, l.code(), country),
            switch_href: format!("/c/{}?lang=", c.slug()),
            help_new_tab: false,
            state: None,
            step: None,
            post: format!("/c/{}", c.slug()),
            submit: format!("/c/{}/submit", c.slug()),
            preview: false,
        }
    }

    /// The same page in a facilitator's preview: its forms and language links stay in the
    /// preview, which stores nothing.
    pub fn previewing(mut self) -> Self {
        let base = preview_href(&self.slug);
        self.switch_href = format!("{base}?language=");
        self.submit = format!("{base}/submit");
        self.post = base;
        self.preview = true;
        // Pages outside the journey (help, privacy, results) open beside the editor.
        self.help_new_tab = true;
        self
    }

    /// A page of the journey, carrying its state.
    pub fn carrying(mut self, state: SignedState) -> Self {
        self.state = Some(state);
        self.help_new_tab = true;
        self
    }

    /// A step of the journey, shown above its heading.
    pub fn at_step(mut self, step: Option<Step>) -> Self {
        self.step = step;
        self
    }

    /// No language choice (a page that cannot be shown again, like the receipt).
    pub fn without_languages(mut self) -> Self {
        self.languages.clear();
        self
    }
}

/// The facilitators' preview of the journey, shown in a phone-sized frame.
pub fn preview_href(slug: &str) -> String {
    format!("/manage/c/{slug}/preview/phone")
}

/// Where "back" from the first step goes: the landing page (the preview's own in a preview).
pub fn landing_href(c: &Consultation, lang: &str, preview: bool) -> String {
    if preview {
        format!("{}?language={lang}", preview_href(c.slug()))
    } else {
        format!("/c/{}?lang={lang}", c.slug())
    }
}

/// The consultation's languages that the interface speaks too.
pub fn enabled_languages(def: &Definition) -> Vec<String> {
    def.languages
        .iter()
        .filter(|code| i18n::is_available(code))
        .cloned()
        .collect()
}

/// The language to show a consultation in: an explicit choice, else the remembered one,
/// else the browser's preference, among the consultation's languages; else its default.
pub fn choose_language(req: &HttpRequest, def: &Definition, explicit: Option<&str>) -> String {
    let enabled = enabled_languages(def);
    let ok = |code: &str| enabled.iter().any(|e| e == code);
    let query = i18n::url_query_value(req.query_string(), "lang");
    let cookie = req.cookie(i18n::LANG_COOKIE).map(|c| c.value().to_owned());
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map(accepted_languages)
        .unwrap_or_default();
    explicit
        .map(str::to_owned)
        .into_iter()
        .chain(query)
        .chain(cookie)
        .chain(accept)
        .find(|c| ok(c))
        .or_else(|| ok(&def.default_language).then(|| def.default_language.clone()))
        .or_else(|| enabled.first().cloned())
        .unwrap_or_else(|| "en".to_owned())
}

/// Primary language codes of an `Accept-Language` header, best first.
fn accepted_languages(header: &str) -> Vec<String> {
    let mut ranges: Vec<(f32, String)> = header
        .split(',')
        .filter_map(|part| {
            let mut bits = part.trim().split(';');
            let tag = bits.next()?.trim();
            let q = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .and_then(|q| q.parse().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next()?.to_ascii_lowercase();
            (q > 0.0 && !primary.is_empty()).then_some((q, primary))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranges.into_iter().map(|(_, tag)| tag).collect()
}

/// The "Need help now?" link: the consultation's helplines for the young person's country
/// (or its default helpline) when it has some, else the general help page.
pub fn help_href(c: &Consultation, lang: &str, country: Option<&str>) -> String {
    let helplines = &c.definition.settings.helplines;
    match country.filter(|code| helplines.contains_key(*code)) {
        Some(code) => format!("/c/{}/help?lang={lang}&country={code}", c.slug()),
        None if helplines.contains_key("*") => format!("/c/{}/help?lang={lang}", c.slug()),
        None => format!("/help?lang={lang}"),
    }
}

/// Whether young people can answer now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Availability {
    Open,
    /// A draft, or open with an opening date still to come.
    NotYetOpen {
        opens_at: Option<DateTime<Utc>>,
    },
    /// Closed, published or archived (or past its closing date).
    Closed {
        published: bool,
    },
    /// Open, but its only phase is the meeting: answers come through the live session.
    MeetingOnly,
}

pub fn availability(c: &Consultation, now: DateTime<Utc>) -> Availability {
    let published = c.row.published_at.is_some() || c.status == Status::Published;
    match c.status {
        Status::Draft => Availability::NotYetOpen { opens_at: None },
        Status::Open | Status::Live => match (c.row.opens_at, c.row.closes_at) {
            (Some(opens), _) if opens > now && c.status == Status::Open => {
                Availability::NotYetOpen {
                    opens_at: Some(opens),
                }
            }
            (_, Some(closes)) if closes <= now && c.status == Status::Open => {
                Availability::Closed { published }
            }
            _ if c.status == Status::Open && meeting_only(c) => Availability::MeetingOnly,
            _ => Availability::Open,
        },
        Status::Closed | Status::Published | Status::Archived => Availability::Closed { published },
    }
}

/// A consultation that asks only during the meeting: outside its live session an answer
/// would be counted in a phase the facilitators did not plan.
fn meeting_only(c: &Consultation) -> bool {
    let phases = &c.definition.settings.phases;
    phases.contains(&Phase::During) && !phases.contains(&Phase::Before)
}

/// The consultation with this slug, as young people may see it.
///
/// # Errors
/// [`AppError::NotFound`] when there is none, or it is a draft: a draft is the facilitators'
/// (they preview it from their own pages), and its respondent pages must not even confirm
/// that it exists, as the API does not.
pub async fn load(
    state: &AppState,
    definitions: &DefinitionCache,
    slug: &str,
) -> Result<Consultation, AppError> {
    repo::find_by_slug_cached(&state.db, slug, definitions)
        .await?
        .filter(|c| c.status != Status::Draft)
        .ok_or(AppError::NotFound)
}

/// "When and where results will be public", in the reader's language.
pub fn results_note(c: &Consultation, lang: &str) -> String {
    text_in(&c.definition.settings.results_note, lang).to_owned()
}

/// Reads a request body up to the configured limit, refusing a larger one with 413 as soon
/// as it is known (from `Content-Length` or while reading).
///
/// # Errors
/// [`AppError::PayloadTooLarge`], or a bad request when the body cannot be read.
pub async fn read_body(
    req: &HttpRequest,
    mut payload: web::Payload,
    state: &AppState,
) -> Result<web::Bytes, AppError> {
    let limit = state.settings.max_body_kb * 1024;
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(AppError::PayloadTooLarge);
    }
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk =
            chunk.map_err(|e| AppError::BadRequest(format!("The body could not be read: {e}")))?;
        if body.len() + chunk.len() > limit {
            return Err(AppError::PayloadTooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_is_read_best_first() {
        assert_eq!(
            accepted_languages("de-DE,de;q=0.9,zh-CN;q=0.8,en;q=0.5"),
            ["de", "de", "zh", "en"]
        );
        assert_eq!(accepted_languages("fr;q=0, es"), ["es"]);
    }
}
