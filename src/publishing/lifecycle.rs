//! Moving a consultation in its lifecycle, from the editor's overview and the API. Every move
//! but publishing is `consultations::lifecycle`'s; publishing also checks moderation and
//! safeguarding and freezes the public results, so every move goes through [`transition`].
use actix_web::{HttpResponse, http::StatusCode, post, web};
use chrono::Utc;
use sea_orm::DatabaseConnection;

use super::repo::PublishError;
use crate::consultations::handlers::forms::Posted;
use crate::{
    accounts::{Actor, repo as accounts_repo},
    consultations::{
        Consultation, Status,
        handlers::{
            edit::{PageProblem, managed, saved_location},
            forms::{FormData, see_other, status_label},
            group::ConfirmPage,
            lifecycle::{TransitionInput, transition_error},
            overview::{editing_overview, overview_with},
            view::{ConsultationView, ok_view},
        },
        lifecycle::{self, Facts, TransitionError, preconditions},
        repo,
        rules::Issue,
    },
    error::AppError,
    i18n::{Arg, Locale},
    state::AppState,
    web::{forms::Errors, no_store_page},
};

/// Moves the consultation `id` to `to` (see [`lifecycle::transition`]); publishing goes
/// through [`publish`].
///
/// # Errors
/// [`TransitionError`].
pub async fn transition(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    to: Status,
    expected: Option<Status>,
) -> Result<Consultation, TransitionError> {
    if to == Status::Published {
        publish(db, actor, id, expected).await
    } else {
        lifecycle::transition(db, actor, id, to, expected).await
    }
}

/// Publishing goes through [`super::repo::publish`], the one path that checks moderation and
/// freezes the public results (a plain status change would publish live, unmoderated figures).
async fn publish(
    db: &DatabaseConnection,
    actor: &Actor,
    id: i32,
    expected: Option<Status>,
) -> Result<Consultation, TransitionError> {
    let c = repo::find_by_id(db, id)
        .await?
        .ok_or(TransitionError::NotFound)?;
    if !actor.can_facilitate(c.group_id()) {
        return Err(TransitionError::Forbidden);
    }
    if expected.is_some_and(|e| e != c.status) {
        return Err(TransitionError::Moved(c.status));
    }
    let facts = Facts {
        now: Utc::now(),
        responses: 0,
    };
    let issues = preconditions(&c, Status::Published, facts);
    if !issues.is_empty() {
        return Err(TransitionError::Refused(issues));
    }
    super::repo::publish(db, &c, Some(actor.id()), false)
        .await
        .map_err(|err| match err {
            PublishError::NotClosed(_) => TransitionError::Moved(c.status),
            PublishError::ModerationPending(count) => TransitionError::Refused(vec![
                // The overview has no "publish without them" box: its message points to the
                // publish page (linked next to the status buttons, id `f-publish`) that has.
                Issue::new("publish", "pub-error-pending-overview").arg("count", count),
            ]),
            PublishError::SafeguardingOpen(count) => TransitionError::Refused(vec![
                Issue::new("status", "pub-error-safeguarding").arg("count", count),
            ]),
            PublishError::App(e) => TransitionError::App(e),
        })?;
    accounts_repo::audit(
        db,
        Some(actor.id()),
        Some(c.group_id()),
        "consultation_status",
        &format!("consultation:{}", c.slug()),
        &format!("{} -> {}", c.status.as_str(), Status::Published.as_str()),
    )
    .await?;
    repo::find_by_id(db, id)
        .await?
        .ok_or(TransitionError::NotFound)
}

/// Moves the consultation in its lifecycle; refusals are listed on the overview. "Go live"
/// also starts the live session and opens its control page: the status alone would let no
/// phone join.
#[post("/manage/c/{slug}/status")]
async fn change_status(
    state: web::Data<AppState>,
    hub: web::Data<crate::live::Hub>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let form = FormData::posted_by(&actor, form)?;
    let e = editing_overview(&state, &actor, &l, &path).await?;
    let to = Status::parse(form.get("to"))
        .ok_or_else(|| AppError::BadRequest("Unknown status.".into()))?;
    let from = Status::parse(form.get("from"));
    if asks_confirmation(to) && form.get("confirmed") != "yes" {
        return confirm_move(l, actor, &e.c, to, form.get("from"));
    }
    match transition(&state.db, &actor, e.c.id(), to, from).await {
        Ok(moved) if to == Status::Live => {
            Ok(see_other(&start_live(&state, &hub, &actor, &moved).await?))
        }
        Ok(moved) => Ok(see_other(&saved_location(moved.slug(), ""))),
        Err(TransitionError::Refused(issues)) => {
            let mut all =
                vec![Issue::new("", "cn-transition-refused").arg("to", status_label(&l, to))];
            all.extend(issues);
            overview_with(&state, actor, l, &path, PageProblem::Issues(all)).await
        }
        Err(TransitionError::Moved(now)) => {
            let issue = Issue::new("", "cn-status-moved").arg("status", status_label(&l, now));
            let page =
                overview_with(&state, actor, l, &path, PageProblem::Issues(vec![issue])).await?;
            let mut page = page;
            *page.status_mut() = StatusCode::CONFLICT;
            Ok(page)
        }
        Err(other) => Err(transition_error(other, &l)),
    }
}

/// Moves that stop young people answering or freeze the consultation for good.
fn asks_confirmation(to: Status) -> bool {
    matches!(to, Status::Closed | Status::Archived | Status::Draft)
}

/// "Close “Safety online”? Young people can no longer answer…", with the move's button and
/// a way back to the overview.
fn confirm_move(
    l: Locale,
    actor: Actor,
    c: &Consultation,
    to: Status,
    from: &str,
) -> Result<HttpResponse, AppError> {
    let title = c.definition.title(l.code()).to_owned();
    let page = ConfirmPage {
        title: l.t("cn-confirm-move-title"),
        message: l.t_args(
            &format!("cn-confirm-move-{}", to.as_str()),
            &[("title", Arg::Str(&title))],
        ),
        action: format!("/manage/c/{}/status", c.slug()),
        back: format!("/manage/c/{}", c.slug()),
        button: l.t(&format!("cn-move-to-{}", to.as_str())),
        version: c.row.version,
        errors: Errors::default(),
        fields: vec![
            ("from".into(), from.to_owned()),
            ("to".into(), to.as_str().to_owned()),
            ("confirmed".into(), "yes".into()),
        ],
        l,
        actor,
    };
    no_store_page(StatusCode::OK, &page)
}

/// Starts (or finds) the live session of a consultation that just went live: where to go
/// next, its control page, or the start page that says what stops it.
async fn start_live(
    state: &AppState,
    hub: &std::sync::Arc<crate::live::Hub>,
    actor: &Actor,
    c: &Consultation,
) -> Result<String, AppError> {
    match crate::live::repo::start(&state.db, c, actor).await {
        Ok(session) => {
            hub.changed(session.id);
            Ok(format!("/manage/live/{}", session.join_code))
        }
        Err(crate::live::repo::StartError::Db(e)) => Err(e.into()),
        Err(_) => Ok(format!("/manage/c/{}/live", c.slug())),
    }
}

/// Moves a consultation in its lifecycle: draft → open → live → closed → published →
/// archived (and open → draft without answers, closed → open, live → open). Opening checks
/// every enabled language is complete, at least one question, and the dates; 422 lists
/// exactly what is missing.
#[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path)),
    request_body = TransitionInput,
    responses(
        (status = 200, body = ConsultationView),
        (status = 409, description = "The status changed meanwhile", body = crate::error::Problem),
        (status = 422, description = "Preconditions not met, each named", body = crate::error::Problem),
    ),
    security(("bearer" = []))
)]
#[post("/api/v1/consultations/{slug}/transitions")]
async fn transition_api(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    body: web::Json<TransitionInput>,
) -> Result<HttpResponse, AppError> {
    let c = managed(&state, &actor, &path).await?;
    let moved = transition(&state.db, &actor, c.id(), body.to, body.from)
        .await
        .map_err(|e| transition_error(e, &l))?;
    ok_view(&state, moved, &l).await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| c.service(change_status))
        .service(transition_api);
}
