//! `/` (the public start page, or for a signed-in adult the way to their home) and
//! `/groups/{group}`, a group's home: each consultation with its status, dates, counts, next
//! step and a link to every page of its cycle.
use actix_web::{HttpRequest, HttpResponse, get, http::StatusCode, http::header, web};
use askama::Template;
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use super::next_step::{self, Facts, Step};
use crate::{
    accounts::{Actor, Viewer},
    consultations::{
        Consultation, Status,
        definition::text_in,
        handlers::{forms::status_label, group::meeting_dates},
        lifecycle, repo, rules, schedule, translations,
    },
    entities::{live_session, meeting, work_group},
    error::AppError,
    i18n::{Locale, is_available, url_query_value},
    live::repo as live_repo,
    moderation::{repo as moderation_repo, retention},
    state::AppState,
    web::{no_store, no_store_page, site::home_page},
};

/// The start page for young people and visitors; a signed-in adult is sent on to their
/// group's home (one group), or to the list of their groups (several, or an administrator,
/// who sees every group). A language chosen here (`/?lang=fr`) goes along: the home is an
/// adult page, where the choice is remembered.
#[get("/")]
async fn show_start(
    state: web::Data<AppState>,
    viewer: Viewer,
    l: Locale,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    match viewer.actor() {
        Some(actor) => {
            let mut home = home_of(&state, actor).await?;
            if let Some(lang) =
                url_query_value(req.query_string(), "lang").filter(|lang| is_available(lang))
            {
                home = format!("{home}?lang={lang}");
            }
            Ok(no_store(
                HttpResponse::SeeOther()
                    .insert_header((header::LOCATION, home))
                    .finish(),
            ))
        }
        None => home_page(l),
    }
}

/// Where an adult's home is.
async fn home_of(state: &AppState, actor: &Actor) -> Result<String, AppError> {
    if let [only] = actor.group_ids()[..]
        && !actor.is_admin()
        && let Some(group) = repo::group_by_id(&state.db, only).await?
    {
        return Ok(format!("/groups/{}", group.slug));
    }
    Ok("/groups".to_owned())
}

/// A link to one page of a consultation's cycle.
pub struct CycleLink {
    pub href: String,
    pub label: String,
}

/// A consultation's next step, as its card shows it.
pub struct NextButton {
    pub href: String,
    pub label: String,
    /// Hidden fields of the form to post (besides the CSRF token); `None`: a link.
    pub posted: Option<Vec<(&'static str, &'static str)>>,
}

/// One consultation on a group's home.
pub struct Card {
    pub slug: String,
    pub title: String,
    pub title_lang: String,
    pub status: Status,
    pub status_label: String,
    pub opens: Option<String>,
    pub closes: Option<String>,
    pub meeting: Option<String>,
    pub responses: i64,
    pub pending: i64,
    pub safeguarding_open: i64,
    /// When its raw answers will be (or were) deleted, once it has closed.
    pub deletion: Option<String>,
    /// The calendar was to open it and could not (its overview says why).
    pub not_opened: Option<String>,
    pub next: Option<NextButton>,
    /// The projector's address while a live session runs.
    pub projector: Option<String>,
    pub links: Vec<CycleLink>,
}

pub struct MeetingRow {
    pub id: i32,
    pub title: String,
    pub dates: String,
    pub place: String,
    pub is_online: bool,
}

#[derive(Template)]
#[template(path = "home/group.html")]
struct GroupPage {
    l: Locale,
    actor: Actor,
    group: work_group::Model,
    can_edit: bool,
    cards: Vec<Card>,
    meetings: Vec<MeetingRow>,
}

/// A group's home. Members see every consultation with its results and downloads;
/// facilitators and administrators also its next step and every page of its cycle.
#[get("/groups/{group}")]
async fn show_group(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let group = repo::group_by_slug(&state.db, &path)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.require_reader(group.id)?;
    let can_edit = actor.can_facilitate(group.id);
    let consultations = repo::consultations_of_group(&state.db, group.id).await?;
    let meetings = repo::meetings_of_group(&state.db, group.id).await?;
    // The same count as the overview and the consultations API: stored responses.
    let ids: Vec<i32> = consultations.iter().map(Consultation::id).collect();
    let counts = repo::response_counts(&state.db, &ids).await?;
    let mut cards = Vec::with_capacity(consultations.len());
    for c in &consultations {
        let responses = counts.get(&c.id()).copied().unwrap_or(0);
        cards.push(card(&state, &l, c, responses, &meetings, can_edit).await?);
    }
    let meetings = meetings.iter().map(meeting_row).collect();
    no_store_page(
        StatusCode::OK,
        &GroupPage {
            l,
            actor,
            group,
            can_edit,
            cards,
            meetings,
        },
    )
}

fn meeting_row(m: &meeting::Model) -> MeetingRow {
    MeetingRow {
        id: m.id,
        title: m.title.clone(),
        dates: meeting_dates(m),
        place: m.place.clone(),
        is_online: m.is_online,
    }
}

fn day(at: Option<DateTime<Utc>>) -> Option<String> {
    at.map(|at| at.format("%Y-%m-%d").to_string())
}

fn count(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

async fn card(
    state: &AppState,
    l: &Locale,
    c: &Consultation,
    responses: u64,
    meetings: &[meeting::Model],
    can_edit: bool,
) -> Result<Card, AppError> {
    let def = &c.definition;
    let slug = c.slug();
    let (facts, running) = if can_edit {
        facts_of(state, c).await?
    } else {
        (Facts::default(), None)
    };
    let next = next_step::next(&facts).map(|step| next_button(l, slug, step));
    let not_opened = if can_edit {
        schedule::could_not_open(&state.db, c, Utc::now())
            .await?
            .map(|due| schedule::could_not_open_text(l, due))
    } else {
        None
    };
    // The title in the reader's language when the consultation has it, else its main one.
    let title_lang = if text_in(&def.texts.title, l.code()).is_empty() {
        def.default_language.as_str()
    } else {
        l.code()
    };
    Ok(Card {
        slug: slug.to_owned(),
        title: def.title(title_lang).to_owned(),
        title_lang: title_lang.to_owned(),
        status: c.status,
        status_label: status_label(l, c.status),
        opens: day(c.row.opens_at),
        closes: day(c.row.closes_at),
        meeting: c
            .row
            .meeting_id
            .and_then(|id| meetings.iter().find(|m| m.id == id))
            .map(|m| m.title.clone()),
        responses: count(responses),
        pending: count(facts.pending),
        safeguarding_open: count(facts.safeguarding_open),
        deletion: day(retention::deletion_date(c)),
        not_opened,
        next,
        projector: running.map(|code| format!("/present/{code}")),
        links: cycle_links(l, c, can_edit),
    })
}

fn next_button(l: &Locale, slug: &str, step: Step) -> NextButton {
    NextButton {
        href: step.href(slug),
        label: match step.count() {
            Some(n) => l.t_count(step.label_key(), count(n)),
            None => l.t(step.label_key()),
        },
        posted: step.posted(),
    }
}

/// What the next step depends on, and the join code of a running live session.
async fn facts_of(state: &AppState, c: &Consultation) -> Result<(Facts, Option<String>), AppError> {
    let def = &c.definition;
    let db = &state.db;
    let moderation = moderation_repo::counts(db, c.id()).await?;
    let running = live_repo::running_for(db, c.id()).await?;
    let held = live_session::Entity::find()
        .filter(live_session::Column::ConsultationId.eq(c.id()))
        .count(db)
        .await?;
    let translations_missing = translations::progress(def)
        .iter()
        .any(|p| !p.is_default && (p.missing > 0 || p.stale > 0));
    let mut problems = rules::missing_for_open(def);
    problems.extend(lifecycle::date_problems(
        c.row.opens_at,
        c.row.closes_at,
        Utc::now(),
        true,
    ));
    let facts = Facts {
        status: Some(c.status),
        has_questions: def.questions().any(|(_, q)| q.kind.takes_answer()),
        translations_missing,
        other_problems: !problems.is_empty(),
        live_phase: def
            .settings
            .phases
            .contains(&crate::consultations::definition::Phase::During),
        live_running: running.is_some(),
        live_held: held > 0,
        pending: moderation.pending,
        safeguarding_open: moderation.safeguarding_open,
        feedback_written: def.texts.feedback.values().any(|t| !t.trim().is_empty()),
    };
    Ok((facts, running.map(|s| s.join_code)))
}

/// Every page of the consultation's cycle the reader may open: members get its results,
/// downloads and public page.
fn cycle_links(l: &Locale, c: &Consultation, can_edit: bool) -> Vec<CycleLink> {
    let slug = c.slug();
    let editor = format!("/manage/c/{slug}");
    let results = format!("/manage/consultations/{slug}");
    let mut links: Vec<(String, &str)> = Vec::new();
    if can_edit {
        links.extend([
            (editor.clone(), "gh-link-editor"),
            (format!("{editor}/preview"), "cn-tab-preview"),
            (format!("{editor}/translations"), "cn-tab-translations"),
            (format!("{editor}/live"), "cn-tab-live"),
            (format!("{editor}/moderation"), "cn-tab-moderation"),
        ]);
    }
    links.push((format!("{results}/summary"), "cn-tab-results"));
    links.push((format!("{results}/downloads"), "cn-tab-downloads"));
    if can_edit {
        links.push((format!("{results}/publish"), "cn-tab-publish"));
    }
    if c.results_public() {
        links.push((format!("/results/{slug}"), "cn-tab-public"));
    }
    links
        .into_iter()
        .map(|(href, key)| CycleLink {
            href,
            label: l.t(key),
        })
        .collect()
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| c.service(show_start).service(show_group));
}
