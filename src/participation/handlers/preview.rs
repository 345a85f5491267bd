//! The facilitators' preview of the journey (`/manage/c/{slug}/preview/phone`), shown in a
//! phone-sized frame beside the editor: every screen is the real one (landing, access code,
//! age, adult's confirmation, about you, sections, check, receipt), in any state of the
//! consultation, drafts included. Its journey is marked as a preview, which the public
//! journey refuses, and its end renders the receipt page without storing or counting.
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Deserialize;

use super::{
    enabled_languages,
    journey::{advance, preview_thanks},
    landing::landing_preview,
    read_body,
    screens::render,
};
use crate::{
    accounts::Actor,
    consultations::{Consultation, repo},
    error::AppError,
    i18n::Locale,
    participation::journey::Journey,
    secrets::Keys,
    state::AppState,
    web::forms::FormData,
};

#[derive(Deserialize)]
struct PreviewQuery {
    /// Not `lang`: that would change the facilitator's own interface language.
    language: Option<String>,
}

/// The consultation, for a facilitator of its group (404 unknown, 403 otherwise).
async fn previewed(state: &AppState, actor: &Actor, slug: &str) -> Result<Consultation, AppError> {
    let c = repo::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.require_facilitator(c.group_id())?;
    Ok(c)
}

/// The young person's language: the one asked for when the consultation has it, else its
/// default.
fn preview_language(c: &Consultation, asked: Option<&str>) -> String {
    let enabled = enabled_languages(&c.definition);
    asked
        .filter(|code| enabled.iter().any(|e| e == code))
        .map(str::to_owned)
        .or_else(|| {
            enabled
                .contains(&c.definition.default_language)
                .then(|| c.definition.default_language.clone())
        })
        .or_else(|| enabled.first().cloned())
        .unwrap_or_else(|| "en".to_owned())
}

#[get("/manage/c/{slug}/preview/phone")]
async fn show_preview_landing(
    state: web::Data<AppState>,
    actor: Actor,
    slug: web::Path<String>,
    query: web::Query<PreviewQuery>,
) -> Result<HttpResponse, AppError> {
    let c = previewed(&state, &actor, &slug).await?;
    let l = Locale::new(&preview_language(&c, query.language.as_deref()));
    landing_preview(&state, &c, l).await
}

/// The form posted by a preview's screen, with its preview journey when the signature holds.
async fn read_preview(
    req: &HttpRequest,
    state: &AppState,
    actor: &Actor,
    slug: &str,
    payload: web::Payload,
) -> Result<(Consultation, Keys, FormData, Option<Journey>), AppError> {
    let c = previewed(state, actor, slug).await?;
    let body = read_body(req, payload, state).await?;
    let form = FormData::parse(&body).map_err(|e| AppError::BadRequest(e.to_string()))?;
    let keys = state.keys.get().await?.clone();
    let journey = Journey::verify(
        &c,
        &keys,
        form.opt("state").unwrap_or_default(),
        form.opt("sig").unwrap_or_default(),
    )
    .filter(|j| j.preview);
    Ok((c, keys, form, journey))
}

#[post("/manage/c/{slug}/preview/phone")]
async fn continue_preview(
    req: HttpRequest,
    state: web::Data<AppState>,
    actor: Actor,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let (c, keys, form, journey) = read_preview(&req, &state, &actor, &slug, payload).await?;
    match journey {
        Some(journey) => advance(&c, &keys, journey, form),
        None => restart(&c, &keys, &form),
    }
}

/// "Start" on the preview's landing page, or a preview whose state was lost: it starts
/// (again) at the first screen.
fn restart(c: &Consultation, keys: &Keys, form: &FormData) -> Result<HttpResponse, AppError> {
    let journey = Journey {
        preview: true,
        ..Journey::start(c, &preview_language(c, form.opt("lang")))
    };
    render(c, keys, &journey, None, &[])
}

#[post("/manage/c/{slug}/preview/phone/submit")]
async fn submit_preview(
    req: HttpRequest,
    state: web::Data<AppState>,
    actor: Actor,
    slug: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let (c, keys, form, journey) = read_preview(&req, &state, &actor, &slug, payload).await?;
    let Some(mut journey) = journey else {
        return restart(&c, &keys, &form);
    };
    // What the public journey would refuse to store sends the preview back to check too.
    if journey.gate(&c).is_some() {
        journey.go(&c, crate::participation::journey::Screen::Check);
        return render(&c, &keys, &journey, None, &[]);
    }
    preview_thanks(&c, &keys, &journey)
}
