//! `GET /c/{slug}`: who asks, why, how long, what happens with the answers; or a kind page
//! when the consultation is not open.
use std::{sync::Arc, time::Instant};

use actix_web::{HttpRequest, HttpResponse, get, http::StatusCode, web};
use askama::Template;
use chrono::Utc;
use sea_orm::EntityTrait;

use super::{
    Availability, Frame, availability, choose_language, load, page, results_note, screens::Kept,
};
use crate::{
    consultations::repo::DefinitionCache,
    consultations::{
        Consultation, Status,
        definition::{Definition, text_in},
    },
    entities::work_group,
    error::AppError,
    i18n::{Arg, Locale},
    state::AppState,
    web::page_cache::{Compressed, PageCache},
};

#[derive(Template)]
#[template(path = "participation/landing.html")]
struct LandingPage {
    l: Locale,
    f: Frame,
    /// "Asked by …", or empty.
    asked_by: String,
    intro: String,
    data_use: String,
    results_note: String,
    duration: String,
    all_optional: bool,
    kept: Kept,
}

#[derive(Template)]
#[template(path = "participation/closed.html")]
pub struct ClosedPage {
    l: Locale,
    f: Frame,
    not_yet: bool,
    /// Answers are taken during the meeting only (with the code on the screen).
    meeting_only: bool,
    /// Show the consultation's title (not for drafts).
    show_title: bool,
    /// "It opens on …", or empty.
    opens_text: String,
    published: bool,
    results_note: String,
}

/// The landing pages of open consultations, kept rendered with the consultation's definition
/// (its languages choose the page's).
pub type LandingCache = PageCache<Arc<Definition>>;

#[get("/c/{slug}")]
async fn show_landing(
    req: HttpRequest,
    state: web::Data<AppState>,
    definitions: web::Data<DefinitionCache>,
    landings: web::Data<LandingCache>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    if let Some(page) = landings.get(&slug, |def| choose_language(&req, def, None)) {
        return Ok(page.respond(&req, StatusCode::OK));
    }
    // Returning early (closed, an error) forgets what was kept.
    let renewal = landings.renewal(&slug);
    let c = load(&state, &definitions, &slug).await?;
    let l = Locale::new(&choose_language(&req, &c.definition, None));
    let now = Utc::now();
    let open = availability(&c, now);
    if open != Availability::Open {
        return closed_page(&c, &l, open, StatusCode::OK);
    }
    let lang = l.code().to_owned();
    let page = Compressed::new(landing_html(&state, &c, l, false).await?);
    // Kept no later than its scheduled closing: the page then says it is closed.
    let closes_in = c.row.closes_at.and_then(|t| (t - now).to_std().ok());
    let until = closes_in.map(|d| Instant::now() + d);
    renewal.keep(&lang, c.definition.clone(), page.clone(), until);
    Ok(page.respond(&req, StatusCode::OK))
}

/// The facilitators' preview of the landing page of `c` in `l`.
pub(super) async fn landing_preview(
    state: &AppState,
    c: &Consultation,
    l: Locale,
) -> Result<HttpResponse, AppError> {
    let html = landing_html(state, c, l, true).await?;
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(html))
}

/// The landing page of `c` in `l`: the public one, or the facilitators' preview of it.
async fn landing_html(
    state: &AppState,
    c: &Consultation,
    l: Locale,
    preview: bool,
) -> Result<String, AppError> {
    let group = work_group::Entity::find_by_id(c.group_id())
        .one(&state.db)
        .await?
        .map(|g| g.name)
        .unwrap_or_default();
    let keys = state.keys.get().await?;
    let def = &c.definition;
    let lang = l.code().to_owned();
    let f = Frame::new(c, &l, def.title(&lang).to_owned(), None);
    LandingPage {
        f: if preview { f.previewing() } else { f },
        asked_by: if group.is_empty() {
            String::new()
        } else {
            l.t_args("p-landing-asked-by", &[("group", Arg::Str(&group))])
        },
        intro: text_in(&def.texts.introduction, &lang).to_owned(),
        data_use: text_in(&def.texts.data_use, &lang).to_owned(),
        results_note: results_note(c, &lang),
        duration: l.t_count("p-duration", i64::from(def.minutes())),
        all_optional: !def.questions().any(|(_, q)| q.required),
        kept: Kept::of(c, keys),
        l,
    }
    .render()
    .map_err(|e| AppError::context(e, "Failed to render a page"))
}

/// The kind page for a consultation that does not take answers now.
///
/// # Errors
/// When the page fails to render.
pub fn closed_page(
    c: &Consultation,
    l: &Locale,
    open: Availability,
    status: StatusCode,
) -> Result<HttpResponse, AppError> {
    let (not_yet, opens_on, published) = match open {
        Availability::NotYetOpen { opens_at } => (
            true,
            opens_at.map(|d| d.format("%Y-%m-%d").to_string()),
            false,
        ),
        Availability::Closed { published } => (false, None, published),
        Availability::Open | Availability::MeetingOnly => (false, None, false),
    };
    let meeting_only = open == Availability::MeetingOnly;
    let key = if meeting_only {
        "p-meeting-only-title"
    } else if not_yet {
        "p-closed-not-yet-title"
    } else {
        "p-closed-title"
    };
    page(
        status,
        &ClosedPage {
            f: Frame::new(c, l, l.t(key), None),
            not_yet,
            meeting_only,
            show_title: c.status != Status::Draft,
            opens_text: opens_on
                .map(|d| l.t_args("p-closed-opens-on", &[("date", Arg::Str(&d))]))
                .unwrap_or_default(),
            published,
            results_note: results_note(c, l.code()),
            l: l.clone(),
        },
    )
}
