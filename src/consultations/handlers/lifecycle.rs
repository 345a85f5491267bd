//! A consultation's moves from status to status, in the API: the history, the input of a
//! move and its errors (the moves themselves are `publishing::lifecycle`'s).
use actix_web::{HttpResponse, get, web};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::edit::managed;
use crate::{
    accounts::Actor,
    consultations::{
        Status,
        authoring::field_errors,
        lifecycle::{self, TransitionError},
    },
    error::AppError,
    i18n::Locale,
    state::AppState,
};

#[derive(Debug, Deserialize, ToSchema)]
pub struct TransitionInput {
    pub to: Status,
    /// The status the caller saw: a different current status is refused with 409.
    pub from: Option<Status>,
}

pub fn transition_error(err: TransitionError, l: &Locale) -> AppError {
    match err {
        TransitionError::NotFound => AppError::NotFound,
        TransitionError::Forbidden => AppError::Forbidden,
        TransitionError::Moved(now) => AppError::Conflict(l.t_args(
            "cn-status-moved",
            &[(
                "status",
                crate::i18n::Arg::Str(&l.t(&format!("cn-status-{}", now.as_str()))),
            )],
        )),
        TransitionError::Refused(issues) => AppError::Invalid(field_errors(&issues, l)),
        TransitionError::Db(e) => e.into(),
        TransitionError::App(e) => e,
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TransitionView {
    pub from: String,
    pub to: String,
    pub at: DateTime<Utc>,
    pub actor_account_id: Option<i32>,
    /// Moved by the consultation's calendar (`opens_at`, `closes_at`), not by an adult.
    pub by_schedule: bool,
}

/// Every move of the consultation, oldest first.
#[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<TransitionView>), (status = 403), (status = 404)),
    security(("bearer" = []))
)]
#[get("/api/v1/consultations/{slug}/transitions")]
async fn list_transitions(
    state: web::Data<AppState>,
    actor: Actor,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let c = managed(&state, &actor, &path).await?;
    let list: Vec<TransitionView> = lifecycle::history(&state.db, c.id())
        .await?
        .into_iter()
        .map(|t| TransitionView {
            from: t.from_status,
            to: t.to_status,
            at: t.at,
            actor_account_id: t.actor_account_id,
            by_schedule: t.by_schedule,
        })
        .collect();
    Ok(HttpResponse::Ok().json(list))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(list_transitions);
}
