//! The JSON API of live mode, for tools that run a meeting without the control page: start a
//! session, read its state, open, close, reveal or hide a question, end the session. The same
//! repository calls as the pages, so both stay in step (and every instance hears the change).
use actix_web::{HttpResponse, delete, get, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{join_url, session_for_facilitator, start_problem};
use crate::{
    accounts::Actor,
    consultations::repo as consultations_repo,
    entities::live_session,
    error::{AppError, FieldError},
    i18n::Locale,
    live::Hub,
    live::{domain::Action, repo, snapshot},
    state::AppState,
};

/// A live session as its facilitators see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct LiveSessionView {
    /// The join code (upper case, no ambiguous characters).
    pub code: String,
    /// The link participants open (also the QR code's content).
    pub join_url: String,
    pub running: bool,
    /// Grows with every change the facilitator makes.
    pub version: i64,
    /// The question on the phones, if any.
    pub current: Option<String>,
    pub questions: Vec<LiveQuestionView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LiveQuestionView {
    pub key: String,
    /// `waiting`, `open` or `closed`.
    pub state: String,
    /// Whether the projector shows its results.
    pub revealed: bool,
    /// Answers so far.
    pub answers: u64,
    /// For text questions: answers shown, held by a flag, approved and rejected.
    pub text: Option<LiveTextView>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LiveTextView {
    pub shown: u64,
    pub held: u64,
    pub approved: u64,
    pub rejected: u64,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct LiveActionInput {
    /// `open` (closes any other open question), `close`, `reveal` or `hide`.
    pub action: String,
}

async fn view(
    state: &AppState,
    session: &live_session::Model,
) -> Result<LiveSessionView, AppError> {
    let s = snapshot::load(&state.db, session.id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(LiveSessionView {
        code: session.join_code.clone(),
        join_url: join_url(state, &session.join_code),
        running: s.running,
        version: s.version,
        current: s.current.clone(),
        questions: s
            .questions
            .iter()
            .map(|q| LiveQuestionView {
                key: q.key.clone(),
                state: q.state.as_str().to_owned(),
                revealed: q.revealed,
                answers: q.answers,
                text: q.text.map(|t| LiveTextView {
                    shown: t.shown,
                    held: t.held,
                    approved: t.approved,
                    rejected: t.rejected,
                }),
            })
            .collect(),
    })
}

/// Starts the live session of a consultation, or answers with the one already running.
#[utoipa::path(
    tag = "live",
    params(("slug" = String, Path, description = "The consultation's address")),
    responses(
        (status = 201, description = "Started", body = LiveSessionView),
        (status = 200, description = "A session was already running", body = LiveSessionView),
        (status = 401, body = crate::error::Problem),
        (status = 403, body = crate::error::Problem),
        (status = 404, body = crate::error::Problem),
        (status = 409, description = "Not open, no during-the-meeting phase or no question", body = crate::error::Problem),
    ),
    security(("bearer" = []))
)]
#[post("/api/v1/consultations/{slug}/live")]
async fn start_live(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    hub: web::Data<Hub>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let c = consultations_repo::find_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.require_facilitator(c.group_id())?;
    let already = repo::running_for(&state.db, c.id()).await?.is_some();
    let session = repo::start(&state.db, &c, &actor)
        .await
        .map_err(|e| match start_problem(e) {
            Ok(key) => AppError::Conflict(l.t(key)),
            Err(unexpected) => unexpected,
        })?;
    hub.changed(session.id);
    let body = view(&state, &session).await?;
    Ok(if already {
        HttpResponse::Ok().json(body)
    } else {
        HttpResponse::Created().json(body)
    })
}

/// A running session's state: the current question and every question's state and count.
#[utoipa::path(
    tag = "live",
    params(("code" = String, Path, description = "The join code")),
    responses(
        (status = 200, body = LiveSessionView),
        (status = 401, body = crate::error::Problem),
        (status = 403, body = crate::error::Problem),
        (status = 404, description = "No running session with this code", body = crate::error::Problem),
    ),
    security(("bearer" = []))
)]
#[get("/api/v1/live/{code}")]
async fn show_live_session(
    actor: Actor,
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (session, _) = session_for_facilitator(&state, &actor, &code).await?;
    Ok(HttpResponse::Ok().json(view(&state, &session).await?))
}

/// Opens, closes, reveals or hides one question; answers with the new state.
#[utoipa::path(
    tag = "live",
    params(
        ("code" = String, Path, description = "The join code"),
        ("key" = String, Path, description = "The question's key"),
    ),
    request_body = LiveActionInput,
    responses(
        (status = 200, body = LiveSessionView),
        (status = 400, description = "Malformed body", body = crate::error::Problem),
        (status = 401, body = crate::error::Problem),
        (status = 403, body = crate::error::Problem),
        (status = 404, description = "No running session or no such question", body = crate::error::Problem),
        (status = 422, description = "Unknown action", body = crate::error::Problem),
    ),
    security(("bearer" = []))
)]
#[post("/api/v1/live/{code}/questions/{key}")]
async fn act_on_live_question(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    hub: web::Data<Hub>,
    path: web::Path<(String, String)>,
    input: web::Json<LiveActionInput>,
) -> Result<HttpResponse, AppError> {
    let (code, key) = path.into_inner();
    let (session, _) = session_for_facilitator(&state, &actor, &code).await?;
    let action = Action::parse(&input.action).ok_or_else(|| {
        AppError::Invalid(vec![FieldError {
            field: "action".into(),
            message: l.t("live-api-unknown-action"),
        }])
    })?;
    if !repo::apply(&state.db, session.id, action, &key).await? {
        return Err(AppError::NotFound);
    }
    hub.changed(session.id);
    Ok(HttpResponse::Ok().json(view(&state, &session).await?))
}

/// Ends a running session: its code stops working and every answer stays in the
/// consultation with phase "during the meeting".
#[utoipa::path(
    tag = "live",
    params(("code" = String, Path, description = "The join code")),
    responses(
        (status = 204, description = "Ended"),
        (status = 401, body = crate::error::Problem),
        (status = 403, body = crate::error::Problem),
        (status = 404, description = "No running session with this code", body = crate::error::Problem),
    ),
    security(("bearer" = []))
)]
#[delete("/api/v1/live/{code}")]
async fn end_live_session(
    actor: Actor,
    state: web::Data<AppState>,
    hub: web::Data<Hub>,
    code: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (session, _) = session_for_facilitator(&state, &actor, &code).await?;
    repo::end(&state.db, &session, &actor).await?;
    hub.changed(session.id);
    Ok(HttpResponse::NoContent().finish())
}
