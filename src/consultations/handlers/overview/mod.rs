//! A consultation's home in the editor (sections and questions with keyboard reordering,
//! lifecycle buttons, what stops opening) and deleting it; in the API, the facilitators'
//! view, the public definition and deletion.
mod page;

use actix_web::{HttpResponse, get, http::StatusCode, post, web};
use serde::Deserialize;

use self::page::overview_page;
use super::{
    edit::{PageProblem, save, saved_location},
    forms::{Errors, FormData, IssueErrors, Posted, see_other},
    frame::{Editing, editing},
    group::ConfirmPage,
};
use crate::{
    accounts::Actor,
    consultations::{
        Consultation,
        authoring::{self, EditError, Editable},
        rules::Issue,
    },
    error::AppError,
    i18n::Locale,
    state::AppState,
    web::no_store_page,
};

#[derive(Deserialize)]
struct SavedQuery {
    saved: Option<String>,
}

/// The editor's home for one consultation.
#[get("/manage/c/{slug}")]
async fn show_overview(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    query: web::Query<SavedQuery>,
) -> Result<HttpResponse, AppError> {
    let e = editing_overview(&state, &actor, &l, &path).await?;
    let page = overview_page(
        &state,
        actor,
        l,
        e,
        Errors::default(),
        query.saved.is_some(),
    )
    .await?;
    no_store_page(StatusCode::OK, &page)
}

/// Loads the consultation for its overview tab, for a facilitator of its group.
pub async fn editing_overview(
    state: &AppState,
    actor: &Actor,
    l: &Locale,
    slug: &str,
) -> Result<Editing, AppError> {
    editing(
        state,
        actor,
        l,
        slug,
        "overview",
        &format!("/manage/c/{slug}"),
    )
    .await
}

/// Shows the overview again with what went wrong (a move, a status change, a deletion).
pub async fn overview_with(
    state: &AppState,
    actor: Actor,
    l: Locale,
    slug: &str,
    problem: PageProblem,
) -> Result<HttpResponse, AppError> {
    let e = editing_overview(state, &actor, &l, slug).await?;
    let mut errors = Errors::default();
    let status = match problem {
        PageProblem::Stale => {
            errors.push("", l.t("cn-stale-version-overview"));
            StatusCode::CONFLICT
        }
        PageProblem::Issues(issues) => {
            // A refusal to publish links to the publish page's link (`f-publish`).
            errors.add_issues(&issues, &l, |path| {
                (path == "publish").then(|| path.to_owned())
            });
            StatusCode::UNPROCESSABLE_ENTITY
        }
    };
    let page = overview_page(state, actor, l, e, errors, false).await?;
    no_store_page(status, &page)
}

// ----- moving and deleting sections and questions from the overview -----

/// Saves a change asked for on the overview: back to it (at `anchor`) when saved, or the
/// overview again with what went wrong.
#[allow(clippy::too_many_arguments)]
pub(super) async fn save_from_overview<F>(
    state: &AppState,
    actor: Actor,
    l: Locale,
    slug: &str,
    form: &FormData,
    action: &str,
    anchor: &str,
    change: F,
) -> Result<HttpResponse, AppError>
where
    F: FnOnce(&mut Editable, &Consultation) -> Result<(), Vec<Issue>>,
{
    let e = editing_overview(state, &actor, &l, slug).await?;
    match save(state, &actor, &l, &e.c, form.version()?, action, change).await? {
        Ok(c) => Ok(see_other(&saved_location(c.slug(), anchor))),
        Err(problem) => overview_with(state, actor, l, slug, problem).await,
    }
}

/// Asks to confirm a deletion started on the overview, which is where "back" leads.
pub(super) fn confirm_deletion(
    l: Locale,
    actor: Actor,
    slug: &str,
    version: i32,
    title: String,
    message: String,
    action: String,
) -> Result<HttpResponse, AppError> {
    let page = ConfirmPage {
        title,
        message,
        action,
        back: format!("/manage/c/{slug}"),
        button: l.t("cn-delete"),
        version,
        errors: Errors::default(),
        fields: Vec::new(),
        l,
        actor,
    };
    no_store_page(StatusCode::OK, &page)
}

#[get("/manage/c/{slug}/delete")]
async fn confirm_delete(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let e = editing_overview(&state, &actor, &l, &path).await?;
    let title = l.t("cn-consultation-delete-title");
    let message = l.t_args(
        "cn-consultation-delete-message",
        &[("title", crate::i18n::Arg::Str(&e.frame.title))],
    );
    let action = format!("/manage/c/{path}/delete");
    confirm_deletion(l, actor, &path, e.c.row.version, title, message, action)
}

#[post("/manage/c/{slug}/delete")]
async fn delete_consultation(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    FormData::posted_by(&actor, form)?;
    let e = editing_overview(&state, &actor, &l, &path).await?;
    match authoring::delete(&state.db, &actor, e.c.id()).await {
        Ok(()) => Ok(see_other(&format!("/groups/{}", e.frame.group_slug))),
        Err(EditError::Locked(issues)) => {
            overview_with(&state, actor, l, &path, PageProblem::Issues(issues)).await
        }
        Err(other) => Err(other.into_app_error(&l)),
    }
}

/// The JSON API of the consultation itself.
mod api {
    use actix_web::{HttpResponse, delete, get, web};

    use crate::consultations::handlers::view::ConsultationView;
    use crate::{
        accounts::{Actor, Viewer},
        consultations::{
            Consultation, Status, authoring,
            handlers::{edit::managed, view::ok_view},
            public::PublicDefinition,
            repo,
        },
        error::AppError,
        i18n::Locale,
        state::AppState,
    };

    /// Who may read a consultation's definition: anyone once it has opened (open, live,
    /// closed, published); the group's facilitators also while it is a draft; the group's
    /// readers when archived. Everyone else gets 404, so drafts stay unknown.
    fn may_see(viewer: &Viewer, c: &Consultation) -> bool {
        match c.status {
            Status::Open | Status::Live | Status::Closed | Status::Published => true,
            Status::Draft => viewer
                .actor()
                .is_some_and(|a| a.can_facilitate(c.group_id())),
            Status::Archived => viewer.actor().is_some_and(|a| a.can_read(c.group_id())),
        }
    }

    /// A consultation's public definition: what young people are asked, in every language.
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path, description = "The consultation's address")),
    responses(
        (status = 200, body = PublicDefinition),
        (status = 401, description = "Invalid bearer token", body = crate::error::Problem),
        (status = 404, description = "No such consultation, or not visible to the caller", body = crate::error::Problem),
    ),
    security((), ("bearer" = []))
)]
    #[get("/api/v1/consultations/{slug}")]
    async fn show_definition(
        state: web::Data<AppState>,
        viewer: Viewer,
        path: web::Path<String>,
    ) -> Result<HttpResponse, AppError> {
        let c = repo::find_by_slug(&state.db, &path)
            .await?
            .ok_or(AppError::NotFound)?;
        if !may_see(&viewer, &c) {
            return Err(AppError::NotFound);
        }
        Ok(HttpResponse::Ok().json(PublicDefinition::of(&c)))
    }

    /// Everything about a consultation for its facilitators: status, version, what stops it
    /// from opening, translation progress and the whole definition.
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path)),
    responses((status = 200, body = ConsultationView), (status = 403), (status = 404)),
    security(("bearer" = []))
)]
    #[get("/api/v1/consultations/{slug}/authoring")]
    async fn show_authoring(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<String>,
    ) -> Result<HttpResponse, AppError> {
        let c = managed(&state, &actor, &path).await?;
        ok_view(&state, c, &l).await
    }

    /// Deletes a consultation without answers that is not open (one with answers can only be
    /// archived).
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path)),
    responses((status = 204), (status = 403), (status = 404), (status = 409, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[delete("/api/v1/consultations/{slug}")]
    async fn delete_consultation(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<String>,
    ) -> Result<HttpResponse, AppError> {
        let c = managed(&state, &actor, &path).await?;
        authoring::delete(&state.db, &actor, c.id())
            .await
            .map_err(|e| e.into_app_error(&l))?;
        Ok(HttpResponse::NoContent().finish())
    }

    pub(super) fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
        cfg.service(show_definition)
            .service(show_authoring)
            .service(delete_consultation);
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    api::routes(cfg);
    cfg.map(|c| {
        c.service(show_overview)
            .service(confirm_delete)
            .service(delete_consultation)
    });
}
