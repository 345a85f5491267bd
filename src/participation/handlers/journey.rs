//! `POST /c/{slug}`: every step of the journey (access code, age band, adult's
//! confirmation, about you, each section, check your answers), moving forwards, backwards,
//! to a change, or into another language, with the state carried in the form; and
//! `POST /c/{slug}/submit`: the response checked again, stored, and the receipt shown.
use actix_web::{
    HttpRequest, HttpResponse, get,
    http::{StatusCode, header},
    post, web,
};
use askama::Template;
use chrono::Utc;

use super::{
    Availability, Frame, availability, choose_language, enabled_languages,
    landing::closed_page,
    landing_href, load, page, read_body, results_note,
    screens::{render, render_offline},
};
use crate::web::forms::FormData;
use crate::{
    consultations::repo::DefinitionCache,
    consultations::{
        Consultation,
        definition::{Phase, text_in},
    },
    error::AppError,
    i18n::Locale,
    moderation::safeguarding::{self, SafeguardingNotice},
    participation::writer::Writer,
    participation::{
        journey::{Journey, Screen, prune},
        response::parse_response,
        store::StoreError,
    },
    secrets::Keys,
    state::AppState,
};

#[derive(Template)]
#[template(path = "participation/thanks.html")]
struct ThanksPage {
    l: Locale,
    f: Frame,
    receipt: String,
    /// The code spelled out for screen readers: "K 7 P, 4 M X, …".
    receipt_spelled: String,
    repeated: bool,
    /// A text may tell of harm: where to get help comes first (the calm message and the
    /// helpline of the young person's country, in their language).
    safeguarding: Option<SafeguardingNotice>,
    closing: String,
    results_note: String,
}

#[derive(Template)]
#[template(path = "participation/conflict.html")]
struct ConflictPage {
    l: Locale,
    f: Frame,
}

#[derive(Template)]
#[template(path = "participation/start_again.html")]
struct StartAgainPage {
    l: Locale,
    f: Frame,
}

/// The phase a response is taken in now.
pub fn phase_of(c: &Consultation) -> Phase {
    if c.status == crate::consultations::Status::Live {
        Phase::During
    } else {
        Phase::Before
    }
}

/// The request's form, with the journey it carries (or `None` when its state was changed).
struct Posted {
    c: Consultation,
    keys: Keys,
    form: FormData,
}

async fn read_posted(
    req: &HttpRequest,
    state: &AppState,
    definitions: &DefinitionCache,
    slug: &str,
    payload: web::Payload,
) -> Result<Posted, AppError> {
    crate::web::limit_public(req)?;
    let c = load(state, definitions, slug).await?;
    let body = read_body(req, payload, state).await?;
    let form = FormData::parse(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let keys = state.keys.get().await?.clone();
    Ok(Posted { c, keys, form })
}

#[post("/c/{slug}")]
async fn continue_journey(
    req: HttpRequest,
    state: web::Data<AppState>,
    definitions: web::Data<DefinitionCache>,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let Posted { c, keys, form } = read_posted(&req, &state, &definitions, &slug, payload).await?;
    let carried = carried(&c, &keys, &form);
    let lang = choose_language(
        &req,
        &c.definition,
        carried
            .as_ref()
            .map(|j| j.lang.as_str())
            .or(form.opt("lang")),
    );
    let open = availability(&c, Utc::now());
    if open != Availability::Open {
        return closed_page(&c, &Locale::new(&lang), open, StatusCode::GONE);
    }
    let journey = match carried {
        Some(journey) => journey,
        None if form.opt("state").is_none() && form.opt("action") == Some("start") => {
            let journey = Journey::start(&c, &lang);
            return render(&c, &keys, &journey, None, &[]);
        }
        None => return start_again(&c, &lang),
    };
    advance(&c, &keys, journey, form)
}

/// One step of a journey carried in `form`: a language switch, back, a ranking's move, a
/// change from "check your answers", or continue (the screen read and checked first).
/// The public journey and the facilitators' preview take the same steps.
pub(super) fn advance(
    c: &Consultation,
    keys: &Keys,
    mut journey: Journey,
    form: FormData,
) -> Result<HttpResponse, AppError> {
    if let Some(code) = form.opt("lang_switch") {
        let _ = journey.read_screen(c, &form);
        if enabled_languages(&c.definition).iter().any(|e| e == code) {
            code.clone_into(&mut journey.lang);
        }
        return render(c, keys, &journey, Some(&form), &[]);
    }
    match form.opt("action").unwrap_or("next") {
        "back" => {
            let _ = journey.read_screen(c, &form);
            match journey.previous(c) {
                Some(screen) => journey.go(c, screen),
                None => {
                    return Ok(HttpResponse::SeeOther()
                        .insert_header((
                            header::LOCATION,
                            landing_href(c, &journey.lang, journey.preview),
                        ))
                        .finish());
                }
            }
        }
        // A ranking's move without JavaScript: the same page again, in the new order, with
        // every other answer as typed (nothing is checked or kept until "Continue").
        mv if mv.starts_with("rank:") => {
            let action = mv.to_owned();
            let mut form = form;
            crate::participation::ranking::apply(&c.definition, &mut form, &action);
            return render(c, keys, &journey, Some(&form), &[]);
        }
        change if change.starts_with("goto:") => {
            if let Some(screen) = Screen::parse(&change["goto:".len()..]) {
                journey.returning = true;
                journey.go(c, screen);
            }
        }
        _ => {
            let problems = journey.read_screen(c, &form);
            if !problems.is_empty() {
                return render(c, keys, &journey, Some(&form), &problems);
            }
            let next = journey.next(c);
            journey.go(c, next);
        }
    }
    render(c, keys, &journey, None, &[])
}

#[post("/c/{slug}/submit")]
async fn submit_answers(
    req: HttpRequest,
    state: web::Data<AppState>,
    responses: web::Data<Writer>,
    definitions: web::Data<DefinitionCache>,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let Posted { c, keys, form } = read_posted(&req, &state, &definitions, &slug, payload).await?;
    let carried = carried(&c, &keys, &form);
    let Some(mut journey) = carried else {
        return start_again(&c, &choose_language(&req, &c.definition, None));
    };
    let open = availability(&c, Utc::now());
    if open != Availability::Open {
        return closed_page(&c, &Locale::new(&journey.lang), open, StatusCode::GONE);
    }
    if journey.gate(&c).is_some() {
        journey.go(&c, Screen::Check);
        return render(&c, &keys, &journey, None, &[]);
    }
    store(&req, &state, &responses, &c, &keys, journey).await
}

/// The journey a form carries, when its signature holds and it belongs to `c`.
/// A preview's journey is never one: it can be neither continued nor stored here.
fn carried(c: &Consultation, keys: &Keys, form: &FormData) -> Option<Journey> {
    Journey::verify(c, keys, form.opt("state")?, form.opt("sig")?).filter(|j| !j.preview)
}

/// `GET /c/{slug}/offline?lang=…&band=…`: every section in one form, for the service worker
/// to keep (app.js fetches it once a journey reaches its sections). It carries no journey:
/// app.js puts in the one the young person was on when the connection dropped.
#[get("/c/{slug}/offline")]
async fn show_offline(
    req: HttpRequest,
    state: web::Data<AppState>,
    definitions: web::Data<DefinitionCache>,
    slug: web::Path<String>,
    query: web::Query<OfflineQuery>,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let c = load(&state, &definitions, &slug).await?;
    let keys = state.keys.get().await?.clone();
    let mut journey = Journey::start(
        &c,
        &choose_language(&req, &c.definition, query.lang.as_deref()),
    );
    journey.age_band = query
        .band
        .as_deref()
        .filter(|b| c.definition.age_band(b).is_some())
        .map(str::to_owned);
    // This journey only chooses the texts (language, easy-read by age band): it is not carried.
    render_offline(&c, &keys, &journey, None, &[])
}

#[derive(serde::Deserialize)]
struct OfflineQuery {
    lang: Option<String>,
    band: Option<String>,
}

/// `POST /c/{slug}/offline`: the offline page sent once the connection is back (by app.js,
/// or by the young person's own click): every remaining section read at once, then stored
/// like "check your answers" would, with the journey's submission id.
#[post("/c/{slug}/offline")]
async fn submit_offline(
    req: HttpRequest,
    state: web::Data<AppState>,
    responses: web::Data<Writer>,
    definitions: web::Data<DefinitionCache>,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let Posted { c, keys, form } = read_posted(&req, &state, &definitions, &slug, payload).await?;
    let form = unsealed(&keys, form)?;
    let carried = carried(&c, &keys, &form);
    let lang = choose_language(&req, &c.definition, form.opt("lang"));
    let open = availability(&c, Utc::now());
    if open != Availability::Open {
        let lang = carried.as_ref().map_or(lang.as_str(), |j| j.lang.as_str());
        return closed_page(&c, &Locale::new(lang), open, StatusCode::GONE);
    }
    let Some(sent) = carried.filter(|j| matches!(j.at, Screen::Section(_) | Screen::Check)) else {
        // No journey: the page asked the start steps at its top (offline before the first
        // section), or a journey that had not reached its sections was sent.
        if form.opt("submission_id").is_none() {
            return start_again(&c, &lang);
        }
        let (journey, problems) = Journey::start_offline(&c, &lang, &form);
        if journey.at == Screen::TooYoung {
            return render(&c, &keys, &journey, None, &[]);
        }
        if !problems.is_empty() {
            let mut asked = Journey::start(&c, &lang);
            asked.age_band = journey.age_band;
            return render_offline(&c, &keys, &asked, Some(&form), &problems);
        }
        return store(&req, &state, &responses, &c, &keys, journey).await;
    };
    let mut journey = sent.clone();
    if journey.gate(&c).is_some() {
        journey.go(&c, Screen::Check);
        return render(&c, &keys, &journey, None, &[]);
    }
    let problems = journey.read_rest(&c, &form);
    if !problems.is_empty() {
        return render_offline(&c, &keys, &sent, Some(&form), &problems);
    }
    store(&req, &state, &responses, &c, &keys, journey).await
}

/// The form as the young person filled it in: app.js keeps a form sent while offline sealed
/// to the instance (`sealed=…`, see [`crate::secrets::OfflineKey`]) and sends it so; a form
/// posted by its own button comes as it is. A seal that does not open is refused (400).
fn unsealed(keys: &Keys, form: FormData) -> Result<FormData, AppError> {
    let Some(sealed) = form.opt("sealed") else {
        return Ok(form);
    };
    let plain = keys
        .offline()
        .open(sealed)
        .ok_or_else(|| AppError::BadRequest("the kept answers could not be opened".into()))?;
    FormData::parse(&plain).map_err(|e| AppError::BadRequest(e.to_string()))
}

/// Checks a finished journey again and stores it: the receipt page, or the screen to fix.
async fn store(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    responses: &Writer,
    c: &Consultation,
    keys: &Keys,
    mut journey: Journey,
) -> Result<HttpResponse, AppError> {
    let l = Locale::new(&journey.lang);
    // The definition may have changed since the journey started: answers to questions that
    // are gone or now hidden are dropped; anything else is checked as the API would.
    prune(&c.definition, &mut journey.answers);
    journey.at = Screen::Check;
    let parsed = match parse_response(c, phase_of(c), journey.to_input()) {
        Ok(parsed) => parsed,
        Err(problems) => return render(c, keys, &journey, None, &problems),
    };
    let frame =
        || Frame::new(c, &l, l.t("p-thanks-title"), journey.country.as_deref()).without_languages();
    let (receipt, repeated, help_now) =
        match crate::participation::submit(state, responses, c, &parsed).await {
            Ok(done) => {
                if done.created {
                    crate::web::metrics::response_stored(req);
                }
                (done.receipt, !done.created, done.mentions_harm)
            }
            Err(StoreError::Conflict) => {
                let mut f = frame();
                f.page_title = l.t("p-conflict-title");
                return page(StatusCode::CONFLICT, &ConflictPage { f, l });
            }
            Err(StoreError::Withdrawn) => {
                let again = format!("/c/{}?lang={}", c.slug(), l.code());
                return super::withdrawn_before_page(l, again);
            }
            Err(StoreError::Db(err)) => return Err(err.into()),
        };
    let f = frame();
    let safeguarding = help_now.then(|| {
        let mut notice =
            safeguarding::notice(&c.definition, journey.country.as_deref(), &journey.lang);
        notice.more_help_href = f.help_href.clone();
        notice
    });
    page(
        StatusCode::OK,
        &ThanksPage {
            f,
            receipt_spelled: spell_out(&receipt.receipt),
            receipt: receipt.receipt,
            repeated,
            safeguarding,
            closing: text_in(&c.definition.texts.closing, &journey.lang).to_owned(),
            results_note: results_note(c, &journey.lang),
            l,
        },
    )
}

/// The end of a facilitator's preview: the receipt page as the young person would see it,
/// with the code their journey would get. Nothing is stored or counted.
pub(super) fn preview_thanks(
    c: &Consultation,
    keys: &Keys,
    journey: &Journey,
) -> Result<HttpResponse, AppError> {
    let l = Locale::new(&journey.lang);
    let receipt =
        crate::participation::store::display_receipt(&keys.receipt(c.id(), &journey.submission_id));
    page(
        StatusCode::OK,
        &ThanksPage {
            f: Frame::new(c, &l, l.t("p-thanks-title"), journey.country.as_deref())
                .without_languages()
                .previewing(),
            receipt_spelled: spell_out(&receipt),
            receipt,
            repeated: false,
            safeguarding: None,
            closing: text_in(&c.definition.texts.closing, &journey.lang).to_owned(),
            results_note: results_note(c, &journey.lang),
            l,
        },
    )
}

/// A code spelled character by character, groups separated by commas.
fn spell_out(code: &str) -> String {
    code.split('-')
        .map(|group| {
            group
                .chars()
                .map(String::from)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The page for a journey whose carried state was changed or lost.
fn start_again(c: &Consultation, lang: &str) -> Result<HttpResponse, AppError> {
    let l = Locale::new(lang);
    page(
        StatusCode::BAD_REQUEST,
        &StartAgainPage {
            f: Frame::new(c, &l, l.t("p-start-again-title"), None),
            l,
        },
    )
}
