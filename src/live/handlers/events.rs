//! The Server-Sent Event streams: `/live/{code}/events` tells phones when the question
//! changes; `/present/{code}/events` sends the projector and the control page every update.
//! Each event's id is the session's state version; a client reconnecting (with
//! `Last-Event-ID`) first receives the whole current state, so it misses no change. A stream
//! ends when its client goes away or the session ends; each client may hold only so many.
use std::{sync::Arc, time::Duration};

use actix_web::{HttpRequest, Responder, get, http::header, web};
use actix_web_lab::sse::{self, Sse};
use tokio::sync::{broadcast, mpsc};

use super::{client_of, payload, session_for_reader};
use crate::{
    accounts::Actor,
    entities::{live_question, live_session},
    error::AppError,
    i18n::Locale,
    live::Hub,
    live::{domain::QuestionState, hub::StreamSlot, repo, snapshot::Snapshot},
    state::AppState,
};

/// A comment line this often: it keeps proxies from closing an idle stream, and writing it is
/// how a client that went away is noticed (its stream and its place are then released).
const KEEP_ALIVE: Duration = Duration::from_secs(5);

/// What a phone follows: the current question, whether it is open, the version.
pub fn participant_state(
    session: &live_session::Model,
    questions: &[live_question::Model],
) -> serde_json::Value {
    let open = session
        .current_question
        .as_deref()
        .and_then(|k| questions.iter().find(|q| q.question_key == k))
        .is_some_and(|q| QuestionState::parse(&q.state) == QuestionState::Open);
    serde_json::json!({
        "v": session.version,
        "current": session.current_question.clone().unwrap_or_default(),
        "open": open,
        "running": session.status == crate::live::domain::RUNNING,
    })
}

fn snapshot_state(s: &Snapshot) -> serde_json::Value {
    let open = s
        .current_question()
        .is_some_and(|q| q.state == QuestionState::Open);
    serde_json::json!({
        "v": s.version,
        "current": s.current.clone().unwrap_or_default(),
        "open": open,
        "running": s.running,
    })
}

fn slot(hub: &Arc<Hub>, req: &HttpRequest) -> Result<StreamSlot, AppError> {
    hub.stream_slot(&client_of(req))
        .ok_or(AppError::TooManyRequests)
}

fn stream(rx: mpsc::Receiver<sse::Event>) -> impl Responder {
    Sse::from_infallible_receiver(rx)
        .with_keep_alive(KEEP_ALIVE)
        .with_retry_duration(Duration::from_secs(2))
        .customize()
        .insert_header((header::CACHE_CONTROL, "no-store"))
}

/// Forwards snapshots to one client until it goes away or the session ends, turning each
/// into an event with `render`; `only_if` skips snapshots this client does not need.
fn forward(
    first: Arc<Snapshot>,
    mut updates: broadcast::Receiver<Arc<Snapshot>>,
    slot: StreamSlot,
    render: impl Fn(&Snapshot) -> sse::Event + Send + 'static,
    only_if: impl Fn(&Snapshot, &Snapshot) -> bool + Send + 'static,
) -> mpsc::Receiver<sse::Event> {
    let (tx, rx) = mpsc::channel(8);
    tokio::spawn(async move {
        let _slot = slot;
        if tx.send(render(&first)).await.is_err() {
            return;
        }
        let mut last = first;
        while last.running {
            let next = tokio::select! {
                () = tx.closed() => return,
                next = updates.recv() => next,
            };
            match next {
                Ok(s) => {
                    if only_if(&last, &s) && tx.send(render(&s)).await.is_err() {
                        return;
                    }
                    last = s;
                }
                // A slow client skips to the newest state: every event is the whole state.
                Err(broadcast::error::RecvError::Lagged(_)) => {}
                Err(broadcast::error::RecvError::Closed) => return,
            }
        }
    });
    rx
}

#[get("/live/{code}/events")]
async fn participant_events(
    req: HttpRequest,
    state: web::Data<AppState>,
    hub: web::Data<Hub>,
    code: web::Path<String>,
) -> Result<impl Responder, AppError> {
    let slot = slot(&hub, &req)?;
    let session = repo::running_by_code(&state.db, &code)
        .await?
        .ok_or(AppError::NotFound)?;
    let (first, updates) = hub.subscribe(session.id).await?.ok_or(AppError::NotFound)?;
    let rx = forward(
        first,
        updates,
        slot,
        |s| {
            sse::Data::new(snapshot_state(s).to_string())
                .event("state")
                .id(s.version.to_string())
                .into()
        },
        |a, b| snapshot_state(a) != snapshot_state(b),
    );
    Ok(stream(rx))
}

#[derive(serde::Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

#[get("/present/{code}/events")]
async fn presenter_events(
    req: HttpRequest,
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    hub: web::Data<Hub>,
    code: web::Path<String>,
    query: web::Query<LangQuery>,
) -> Result<impl Responder, AppError> {
    let slot = slot(&hub, &req)?;
    let (session, _) = session_for_reader(&state, &actor, &code).await?;
    let (first, updates) = hub.subscribe(session.id).await?.ok_or(AppError::NotFound)?;
    let l = query
        .into_inner()
        .lang
        .filter(|c| crate::i18n::is_available(c))
        .map_or(l, |c| Locale::new(&c));
    let rx = forward(
        first,
        updates,
        slot,
        move |s| {
            sse::Data::new(payload(s, &l))
                .event("update")
                .id(s.version.to_string())
                .into()
        },
        |_, _| true,
    );
    Ok(stream(rx))
}
