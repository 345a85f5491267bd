//! A consultation's details (address, meeting, languages, phases), on a page and in the API.
use actix_web::{HttpResponse, get, http::StatusCode, post, web};
use askama::Template;

use super::{
    edit::{after_problem, save, saved_location},
    forms::{Choice, Errors, Field, FormData, language_choices, see_other},
    frame::{Editing, EditorFrame, editing, posted, problem_status},
    group::parse_phases,
};
use crate::{
    accounts::Actor,
    consultations::{Status, repo},
    error::AppError,
    i18n::Locale,
    state::AppState,
    web::no_store_page,
};

#[derive(Template)]
#[template(path = "consultations/details.html")]
struct DetailsPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    version: i32,
    slug: Field,
    meetings: Vec<Choice>,
    languages: Vec<Choice>,
    default_language: Vec<Choice>,
    phases: Vec<Choice>,
    errors: Errors,
    conflict: bool,
}

async fn details_page(
    state: &AppState,
    actor: Actor,
    l: Locale,
    e: Editing,
    form: Option<&FormData>,
    errors: Errors,
) -> Result<DetailsPage, AppError> {
    let c = &e.c;
    let meetings = repo::meetings_of_group(&state.db, c.group_id()).await?;
    let languages: Vec<String> = form.map_or_else(
        || c.definition.languages.clone(),
        |f| f.all("languages").into_iter().map(str::to_owned).collect(),
    );
    let default = form.map_or_else(
        || c.definition.default_language.clone(),
        |f| f.get("default_language").to_owned(),
    );
    let meeting: Option<i32> = form.map_or(c.row.meeting_id, |f| f.get("meeting").parse().ok());
    let phases = form.map_or_else(
        || c.definition.settings.phases.clone(),
        |f| parse_phases(&f.all("phases")),
    );
    let draft = c.status == Status::Draft;
    Ok(DetailsPage {
        slug: Field::text("slug", l.t("cn-field-slug"))
            .value(form.map_or(c.row.slug.as_str(), |f| f.get("slug")))
            .hint(if draft {
                l.t("cn-field-slug-hint")
            } else {
                l.t("cn-v-slug-locked")
            })
            .readonly(!draft)
            .errors(&errors),
        meetings: std::iter::once(Choice::new("", l.t("cn-no-meeting"), meeting.is_none()))
            .chain(meetings.iter().map(|m| {
                Choice::new(
                    m.id.to_string(),
                    format!("{} ({})", m.title, m.starts_on),
                    meeting == Some(m.id),
                )
            }))
            .collect(),
        languages: language_choices(&languages),
        default_language: language_choices(&[default]),
        phases: [
            crate::consultations::definition::Phase::Before,
            crate::consultations::definition::Phase::During,
        ]
        .into_iter()
        .map(|p| {
            Choice::new(
                p.as_str(),
                l.t(&format!("cn-phase-{}", p.as_str())),
                phases.contains(&p),
            )
        })
        .collect(),
        version: c.row.version,
        frame: e.frame,
        l,
        actor,
        errors,
        conflict: false,
    })
}

#[get("/manage/c/{slug}/details")]
async fn show_details(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/details");
    let e = editing(&state, &actor, &l, &path, "details", &here).await?;
    let page = details_page(&state, actor, l, e, None, Errors::default()).await?;
    no_store_page(StatusCode::OK, &page)
}

#[post("/manage/c/{slug}/details")]
async fn update_details(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/details");
    let (e, form) = posted(&state, &actor, &l, &path, "details", &here, form).await?;
    let version = form.version()?;
    let result = save(&state, &actor, &l, &e.c, version, "details", |ed, c| {
        if c.status == Status::Draft {
            ed.slug = form.get("slug").trim().to_owned();
        }
        ed.meeting_id = form.get("meeting").parse().ok();
        ed.definition.languages = form
            .all("languages")
            .into_iter()
            .map(str::to_owned)
            .collect();
        ed.definition.default_language = form.get("default_language").to_owned();
        ed.definition.settings.phases = parse_phases(&form.all("phases"));
        Ok(())
    })
    .await?;
    let problem = match result {
        Ok(c) => return Ok(see_other(&saved_location(c.slug(), ""))),
        Err(problem) => problem,
    };
    let (e, errors, conflict) = after_problem(&state, &actor, &l, e, problem, |p| {
        Some(match p {
            "meeting_id" => "meeting".to_owned(),
            "settings.phases" => "phases".to_owned(),
            "slug" | "languages" | "default_language" => p.to_owned(),
            _ => return None,
        })
    })
    .await?;
    let mut page = details_page(&state, actor, l, e, Some(&form), errors).await?;
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    no_store_page(problem_status(conflict), &page)
}

/// The JSON API of a consultation's details (and dates).
mod api {
    use actix_web::{HttpResponse, patch, web};
    use chrono::{DateTime, Utc};
    use serde::Deserialize;
    use utoipa::ToSchema;

    use crate::consultations::handlers::view::ConsultationView;
    use crate::{
        accounts::Actor,
        consultations::handlers::edit::{apply, double_option},
        error::AppError,
        i18n::Locale,
        state::AppState,
    };

    /// Changes to a consultation's own details; absent fields stay as they are.
    #[derive(Debug, Deserialize, ToSchema)]
    pub struct DetailsInput {
        pub version: i32,
        /// A new address (drafts only).
        pub slug: Option<String>,
        /// A meeting of the group, or `null` for none.
        #[serde(default, deserialize_with = "double_option")]
        #[schema(value_type = Option<i32>)]
        pub meeting_id: Option<Option<i32>>,
        pub languages: Option<Vec<String>>,
        pub default_language: Option<String>,
        #[serde(default, deserialize_with = "double_option")]
        #[schema(value_type = Option<DateTime<Utc>>)]
        pub opens_at: Option<Option<DateTime<Utc>>>,
        #[serde(default, deserialize_with = "double_option")]
        #[schema(value_type = Option<DateTime<Utc>>)]
        pub closes_at: Option<Option<DateTime<Utc>>>,
    }

    /// Changes the address, meeting, languages or dates.
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path)),
    request_body = DetailsInput,
    responses((status = 200, body = ConsultationView), (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[patch("/api/v1/consultations/{slug}")]
    async fn update_details(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<String>,
        body: web::Json<DetailsInput>,
    ) -> Result<HttpResponse, AppError> {
        let input = body.into_inner();
        apply(
            &state,
            &actor,
            &l,
            &path,
            input.version,
            "details",
            |e, _| {
                if let Some(slug) = input.slug {
                    e.slug = slug;
                }
                if let Some(meeting) = input.meeting_id {
                    e.meeting_id = meeting;
                }
                if let Some(languages) = input.languages {
                    e.definition.languages = languages;
                }
                if let Some(default) = input.default_language {
                    e.definition.default_language = default;
                }
                if let Some(opens) = input.opens_at {
                    e.opens_at = opens;
                }
                if let Some(closes) = input.closes_at {
                    e.closes_at = closes;
                }
                Ok(())
            },
        )
        .await
    }

    pub(super) fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
        cfg.service(update_details);
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    api::routes(cfg);
    cfg.map(|c| c.service(show_details).service(update_details));
}
