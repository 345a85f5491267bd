//! How a change to a consultation is saved, from a page and from the API. Every change
//! carries the version it was made on: a page shows a stale version or invalid fields on the
//! form again, the API answers 409 or 422.
use actix_web::HttpResponse;
use serde::{Deserialize, Deserializer};
use utoipa::{IntoParams, ToSchema};

use super::{
    consultation_by_slug,
    forms::{Errors, IssueErrors},
    frame::{Editing, reloaded},
    view::ok_view,
};
use crate::{
    accounts::Actor,
    consultations::{
        Consultation,
        authoring::{self, EditError, Editable},
        ops::Direction,
        rules::{self, Issue},
    },
    error::AppError,
    i18n::Locale,
    state::AppState,
};

// ----- from a page -----

/// Runs an edit from a page. `Ok(Ok(c))` saved; `Ok(Err(problem))` for the page to show.
pub enum PageProblem {
    Stale,
    Issues(Vec<Issue>),
}

/// Saves a change made on a page, sorting what the page must show.
///
/// # Errors
/// Not found, forbidden, database errors.
pub async fn save<F>(
    state: &AppState,
    actor: &Actor,
    l: &Locale,
    c: &Consultation,
    version: i32,
    action: &str,
    change: F,
) -> Result<Result<Consultation, PageProblem>, AppError>
where
    F: FnOnce(&mut Editable, &Consultation) -> Result<(), Vec<Issue>>,
{
    match authoring::edit(&state.db, actor, c.id(), version, action, change).await {
        Ok(saved) => Ok(Ok(saved)),
        Err(EditError::Stale { .. }) => Ok(Err(PageProblem::Stale)),
        Err(EditError::Invalid(issues) | EditError::Locked(issues)) => {
            Ok(Err(PageProblem::Issues(issues)))
        }
        Err(other) => Err(other.into_app_error(l)),
    }
}

pub fn saved_location(slug: &str, anchor: &str) -> String {
    if anchor.is_empty() {
        format!("/manage/c/{slug}?saved=1")
    } else {
        format!("/manage/c/{slug}?saved=1#{anchor}")
    }
}

/// After a failed save: errors by field and, after a conflict, the current consultation
/// (its version goes into the form so saving again is a deliberate choice).
pub async fn after_problem(
    state: &AppState,
    actor: &Actor,
    l: &Locale,
    e: Editing,
    problem: PageProblem,
    field: impl Fn(&str) -> Option<String>,
) -> Result<(Editing, Errors, bool), AppError> {
    let mut errors = Errors::default();
    match problem {
        PageProblem::Stale => Ok((reloaded(state, actor, l, e).await?, errors, true)),
        PageProblem::Issues(issues) => {
            errors.add_issues(&issues, l, field);
            Ok((e, errors, false))
        }
    }
}

// ----- from the API -----

/// `Some(None)` for an explicit `null`, `None` when the field is absent.
pub fn double_option<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// The facilitator's consultation, or 404/403.
pub async fn managed(
    state: &AppState,
    actor: &Actor,
    slug: &str,
) -> Result<Consultation, AppError> {
    let c = consultation_by_slug(state, slug).await?;
    actor.require_facilitator(c.group_id())?;
    Ok(c)
}

/// Runs an edit and answers with the new state.
pub async fn apply<F>(
    state: &AppState,
    actor: &Actor,
    l: &Locale,
    slug: &str,
    version: i32,
    action: &str,
    change: F,
) -> Result<HttpResponse, AppError>
where
    F: FnOnce(&mut authoring::Editable, &Consultation) -> Result<(), Vec<rules::Issue>>,
{
    let c = managed(state, actor, slug).await?;
    let saved = authoring::edit(&state.db, actor, c.id(), version, action, change)
        .await
        .map_err(|e| e.into_app_error(l))?;
    ok_view(state, saved, l).await
}

/// The answer to an edit that added something: 201.
pub fn created(mut res: HttpResponse) -> HttpResponse {
    *res.status_mut() = actix_web::http::StatusCode::CREATED;
    res
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct VersionQuery {
    /// The version the change was made on.
    pub version: i32,
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct MoveInput {
    pub version: i32,
    pub direction: Direction,
}
