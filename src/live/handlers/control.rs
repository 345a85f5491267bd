//! The facilitator's pages: `/manage/c/{slug}/live` starts a session;
//! `/manage/live/{code}` runs it (open, close, reveal, hide each question; end the session)
//! with plain forms, counts updating by themselves when scripts run.
use actix_web::{HttpResponse, get, http::StatusCode, http::header, post, web};
use askama::Template;
use serde::Deserialize;

use super::{join_url, page, qr_svg, session_for_facilitator, start_problem, wording};
use crate::{
    accounts::Actor,
    consultations::handlers::frame::{EditorFrame, frame_of},
    consultations::{Consultation, join_code, repo as consultations_repo},
    error::AppError,
    i18n::Locale,
    live::Hub,
    live::{
        domain::{Action, QuestionState},
        repo,
    },
    state::AppState,
};

#[derive(Template)]
#[template(path = "live/start.html")]
struct StartPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    slug: String,
    title: String,
    problem: Option<String>,
}

async fn consultation(
    state: &AppState,
    actor: &Actor,
    slug: &str,
) -> Result<Consultation, AppError> {
    let c = consultations_repo::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.require_facilitator(c.group_id())?;
    Ok(c)
}

/// The consultation's header and tabs, with "Live session" current: the start and control
/// pages are one click from every other page of the cycle.
async fn live_frame(
    state: &AppState,
    actor: &Actor,
    l: &Locale,
    c: &Consultation,
) -> Result<EditorFrame, AppError> {
    let here = format!("/manage/c/{}/live", c.slug());
    frame_of(state, actor, l, c, "live", &here).await
}

fn to_control(code: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, format!("/manage/live/{code}")))
        .finish()
}

#[get("/manage/c/{slug}/live")]
async fn show_start(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let c = consultation(&state, &actor, &slug).await?;
    if let Some(running) = repo::running_for(&state.db, c.id()).await? {
        return Ok(to_control(&running.join_code));
    }
    let frame = live_frame(&state, &actor, &l, &c).await?;
    page(
        StatusCode::OK,
        &StartPage {
            frame,
            slug: c.slug().to_owned(),
            title: c.definition.title(l.code()).to_owned(),
            problem: None,
            actor,
            l,
        },
    )
}

#[derive(Deserialize)]
struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

#[post("/manage/c/{slug}/live")]
async fn start_session(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    hub: web::Data<Hub>,
    slug: web::Path<String>,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    let c = consultation(&state, &actor, &slug).await?;
    match repo::start(&state.db, &c, &actor).await {
        Ok(session) => {
            hub.changed(session.id);
            Ok(to_control(&session.join_code))
        }
        Err(e) => {
            let key = start_problem(e)?;
            let frame = live_frame(&state, &actor, &l, &c).await?;
            page(
                StatusCode::UNPROCESSABLE_ENTITY,
                &StartPage {
                    frame,
                    slug: c.slug().to_owned(),
                    title: c.definition.title(l.code()).to_owned(),
                    problem: Some(l.t(key)),
                    actor,
                    l,
                },
            )
        }
    }
}

/// One question on the control page.
pub struct ControlRow {
    pub key: String,
    pub text: String,
    pub state: String,
    pub is_open: bool,
    pub is_current: bool,
    pub revealed: bool,
    pub answers: u64,
    pub moderation: Option<String>,
    /// A `statements` question: "37 votes".
    pub votes: Option<String>,
}

#[derive(Template)]
#[template(path = "live/control.html")]
struct ControlPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    code: String,
    shown_code: String,
    join_url: String,
    qr: String,
    title: String,
    slug: String,
    rows: Vec<ControlRow>,
}

#[get("/manage/live/{code}")]
async fn show_control(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (session, c) = session_for_facilitator(&state, &actor, &code).await?;
    let snapshot = crate::live::snapshot::load(&state.db, session.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = snapshot
        .questions
        .iter()
        .map(|q| ControlRow {
            key: q.key.clone(),
            text: wording(&c, &q.key, l.code()),
            state: l.t(&format!("live-state-{}", q.state.as_str())),
            is_open: q.state == QuestionState::Open,
            is_current: snapshot.current.as_deref() == Some(q.key.as_str()),
            revealed: q.revealed,
            answers: q.answers,
            moderation: super::moderation_text(q, &l),
            votes: super::votes_text(q, &l),
        })
        .collect();
    let url = join_url(&state, &session.join_code);
    let frame = live_frame(&state, &actor, &l, &c).await?;
    page(
        StatusCode::OK,
        &ControlPage {
            frame,
            code: session.join_code.clone(),
            shown_code: join_code::display(&session.join_code),
            qr: qr_svg(&url),
            join_url: url,
            title: c.definition.title(l.code()).to_owned(),
            slug: c.slug().to_owned(),
            rows,
            actor,
            l,
        },
    )
}

#[derive(Deserialize)]
struct ActionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    question: String,
    #[serde(default)]
    action: String,
}

#[post("/manage/live/{code}")]
async fn control_question(
    actor: Actor,
    state: web::Data<AppState>,
    hub: web::Data<Hub>,
    code: web::Path<String>,
    form: web::Form<ActionForm>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    let (session, _) = session_for_facilitator(&state, &actor, &code).await?;
    let action =
        Action::parse(&form.action).ok_or_else(|| AppError::BadRequest("Unknown action".into()))?;
    if !repo::apply(&state.db, session.id, action, &form.question).await? {
        return Err(AppError::NotFound);
    }
    hub.changed(session.id);
    Ok(HttpResponse::SeeOther()
        .insert_header((
            header::LOCATION,
            format!("/manage/live/{}#q-{}", session.join_code, form.question),
        ))
        .finish())
}

#[post("/manage/live/{code}/end")]
async fn end_session(
    actor: Actor,
    state: web::Data<AppState>,
    hub: web::Data<Hub>,
    code: web::Path<String>,
    form: web::Form<CsrfForm>,
) -> Result<HttpResponse, AppError> {
    actor.check_csrf(&form.csrf)?;
    let (session, c) = session_for_facilitator(&state, &actor, &code).await?;
    repo::end(&state.db, &session, &actor).await?;
    hub.changed(session.id);
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, format!("/manage/c/{}/live", c.slug())))
        .finish())
}
