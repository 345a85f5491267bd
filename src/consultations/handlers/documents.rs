//! A consultation as a document: duplicating it, exporting it as JSON and replacing its
//! definition by re-importing one; on pages and in the API.
use actix_web::{HttpResponse, get, http::StatusCode, post, web};

use super::{
    edit::{PageProblem, save, saved_location},
    forms::{Errors, Field, FormData, Posted, see_other},
    frame::{editing, posted, problem_status, reloaded},
    group::{ImportPage, document_errors},
    overview::editing_overview,
};
use crate::{
    accounts::Actor,
    consultations::{Consultation, authoring, public::ConsultationDocument},
    error::AppError,
    i18n::Locale,
    state::AppState,
    web::no_store_page,
};

#[post("/manage/c/{slug}/duplicate")]
async fn duplicate(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    FormData::posted_by(&actor, form)?;
    let e = editing_overview(&state, &actor, &l, &path).await?;
    let copy = authoring::duplicate(&state.db, &actor, e.c.id(), None)
        .await
        .map_err(|err| err.into_app_error(&l))?;
    Ok(see_other(&saved_location(copy.slug(), "")))
}

/// The whole consultation as one JSON file.
#[get("/manage/c/{slug}/export")]
async fn export(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let e = editing_overview(&state, &actor, &l, &path).await?;
    let body = serde_json::to_string_pretty(&ConsultationDocument::of(&e.c))
        .map_err(|err| AppError::context(err, "Failed to export a consultation"))?;
    Ok(crate::web::no_store(
        HttpResponse::Ok()
            .content_type("application/json; charset=utf-8")
            .insert_header((
                actix_web::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}.consulta.json\"", e.c.slug()),
            ))
            .body(body),
    ))
}

fn replace_page(
    actor: Actor,
    l: Locale,
    c: &Consultation,
    form: Option<&FormData>,
    errors: Errors,
) -> ImportPage {
    ImportPage {
        heading: l.t("cn-replace-title"),
        intro: l.t("cn-replace-intro"),
        action: format!("/manage/c/{}/replace", c.slug()),
        back: format!("/manage/c/{}", c.slug()),
        document: Field::area("document", l.t("cn-import-document"))
            .hint(l.t("cn-import-document-hint"))
            .rows(16)
            .value(form.map_or("", |f| f.get("document")))
            .errors(&errors),
        slug: None,
        meetings: Vec::new(),
        version: c.row.version,
        conflict: false,
        here: format!("/manage/c/{}", c.slug()),
        l,
        actor,
        errors,
    }
}

#[get("/manage/c/{slug}/replace")]
async fn show_replace(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/replace");
    let e = editing(&state, &actor, &l, &path, "overview", &here).await?;
    no_store_page(
        StatusCode::OK,
        &replace_page(actor, l, &e.c, None, Errors::default()),
    )
}

/// Re-import: the definition and dates of a pasted document replace the consultation's.
#[post("/manage/c/{slug}/replace")]
async fn replace(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/replace");
    let (e, form) = posted(&state, &actor, &l, &path, "overview", &here, form).await?;
    let version = form.version()?;
    let (issues, conflict) = match super::group::parse_document(form.get("document")) {
        Err(issue) => (vec![issue], false),
        Ok(doc) => {
            let result = save(&state, &actor, &l, &e.c, version, "import", |ed, _| {
                ed.definition = doc.definition;
                ed.opens_at = doc.opens_at;
                ed.closes_at = doc.closes_at;
                Ok(())
            })
            .await?;
            match result {
                Ok(c) => return Ok(see_other(&saved_location(c.slug(), ""))),
                Err(PageProblem::Stale) => (Vec::new(), true),
                Err(PageProblem::Issues(issues)) => (issues, false),
            }
        }
    };
    let c = if conflict {
        reloaded(&state, &actor, &l, e).await?.c
    } else {
        e.c
    };
    let mut page = replace_page(
        actor,
        l.clone(),
        &c,
        Some(&form),
        document_errors(&issues, &l),
    );
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    no_store_page(problem_status(conflict), &page)
}

/// The JSON API of documents.
mod api {
    use actix_web::{HttpResponse, get, post, put, web};
    use serde::Deserialize;
    use utoipa::ToSchema;

    use crate::consultations::handlers::view::ConsultationView;
    use crate::{
        accounts::Actor,
        consultations::{
            authoring,
            handlers::{
                edit::{apply, managed},
                view::created_view,
            },
            public::ConsultationDocument,
        },
        error::AppError,
        i18n::Locale,
        state::AppState,
    };

    /// The whole consultation as one JSON document, to keep or to import elsewhere.
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path)),
    responses((status = 200, body = ConsultationDocument), (status = 403), (status = 404)),
    security(("bearer" = []))
)]
    #[get("/api/v1/consultations/{slug}/document")]
    async fn export_document(
        state: web::Data<AppState>,
        actor: Actor,
        path: web::Path<String>,
    ) -> Result<HttpResponse, AppError> {
        let c = managed(&state, &actor, &path).await?;
        Ok(HttpResponse::Ok().json(ConsultationDocument::of(&c)))
    }

    #[derive(Debug, Deserialize, ToSchema)]
    pub struct ReplaceInput {
        pub version: i32,
        /// Its definition and dates replace the consultation's (its slug is ignored).
        pub document: ConsultationDocument,
    }

    /// Replaces the definition and dates with those of a document (re-import).
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path)),
    request_body = ReplaceInput,
    responses((status = 200, body = ConsultationView), (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[put("/api/v1/consultations/{slug}/document")]
    async fn replace_document(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<String>,
        body: web::Json<ReplaceInput>,
    ) -> Result<HttpResponse, AppError> {
        let input = body.into_inner();
        apply(
            &state,
            &actor,
            &l,
            &path,
            input.version,
            "import",
            |e, _| {
                e.definition = input.document.definition;
                e.opens_at = input.document.opens_at;
                e.closes_at = input.document.closes_at;
                Ok(())
            },
        )
        .await
    }

    #[derive(Debug, Default, Deserialize, ToSchema)]
    pub struct DuplicateInput {
        /// The copy's address; `{slug}-copy` when absent.
        pub slug: Option<String>,
    }

    /// Copies a consultation as a new draft (same definition and meeting, no dates, no answers).
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path)),
    request_body = DuplicateInput,
    responses((status = 201, body = ConsultationView), (status = 403), (status = 404), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[post("/api/v1/consultations/{slug}/duplicate")]
    async fn duplicate(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<String>,
        body: Option<web::Json<DuplicateInput>>,
    ) -> Result<HttpResponse, AppError> {
        let c = managed(&state, &actor, &path).await?;
        let slug = body.and_then(|b| b.into_inner().slug);
        let copy = authoring::duplicate(&state.db, &actor, c.id(), slug)
            .await
            .map_err(|e| e.into_app_error(&l))?;
        created_view(&state, copy, &l).await
    }

    pub(super) fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
        cfg.service(export_document)
            .service(replace_document)
            .service(duplicate);
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    api::routes(cfg);
    cfg.map(|c| {
        c.service(duplicate)
            .service(export)
            .service(show_replace)
            .service(replace)
    });
}
