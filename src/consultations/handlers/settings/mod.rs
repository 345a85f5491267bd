//! A consultation's settings (audience, dates, privacy, results note, helplines), on a page
//! and in the API.
mod form;
mod page;

use std::collections::BTreeMap;

use actix_web::{HttpResponse, get, http::StatusCode, post, web};

use self::{form::parse_settings, page::settings_page};
use super::{
    edit::{PageProblem, after_problem, save, saved_location},
    forms::{Errors, see_other, under},
    frame::{editing, posted, problem_status},
};
use crate::{accounts::Actor, error::AppError, i18n::Locale, state::AppState, web::no_store_page};

#[get("/manage/c/{slug}/settings")]
async fn show_settings(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/settings");
    let e = editing(&state, &actor, &l, &path, "settings", &here).await?;
    no_store_page(
        StatusCode::OK,
        &settings_page(actor, l, e, None, Errors::default()),
    )
}

#[post("/manage/c/{slug}/settings")]
async fn update_settings(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/settings");
    let (e, form) = posted(&state, &actor, &l, &path, "settings", &here, form).await?;
    let version = form.version()?;
    let parsed = parse_settings(&form, &e.c.definition.settings, &e.c.definition.languages);
    let (problem, rows) = match parsed {
        Err(issues) => (PageProblem::Issues(issues), BTreeMap::new()),
        Ok(input) => {
            let rows = input.rows.clone();
            let result = save(&state, &actor, &l, &e.c, version, "settings", |ed, _| {
                ed.definition.settings = input.settings;
                ed.opens_at = input.opens_at;
                ed.closes_at = input.closes_at;
                Ok(())
            })
            .await?;
            match result {
                Ok(c) => return Ok(see_other(&saved_location(c.slug(), ""))),
                Err(problem) => (problem, rows),
            }
        }
    };
    let (e, errors, conflict) = after_problem(&state, &actor, &l, e, problem, |p| {
        if let Some(rest) = under(p, "settings.helplines") {
            let (country, field) = rest.split_once('.')?;
            let row = rows.get(country)?;
            return Some(format!("helplines.{row}.{field}"));
        }
        if p.starts_with("settings.age_bands") {
            return Some("age_bands".into());
        }
        if let Some(rest) = under(p, "settings") {
            return Some(rest);
        }
        Some(p.to_owned()).filter(|p| {
            !p.contains('.') || p.starts_with("helplines.") || p.starts_with("targets.")
        })
    })
    .await?;
    let mut page = settings_page(actor, l, e, Some(&form), errors);
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    no_store_page(problem_status(conflict), &page)
}

/// The JSON API of a consultation's settings (and dates).
mod api {
    use actix_web::{HttpResponse, put, web};
    use chrono::{DateTime, Utc};
    use serde::Deserialize;
    use utoipa::ToSchema;

    use crate::consultations::handlers::view::ConsultationView;
    use crate::{
        accounts::Actor,
        consultations::{
            definition::Settings,
            handlers::edit::{apply, double_option},
        },
        error::AppError,
        i18n::Locale,
        state::AppState,
    };

    #[derive(Debug, Deserialize, ToSchema)]
    pub struct SettingsInput {
        pub version: i32,
        pub settings: Settings,
        #[serde(default, deserialize_with = "double_option")]
        #[schema(value_type = Option<DateTime<Utc>>)]
        pub opens_at: Option<Option<DateTime<Utc>>>,
        #[serde(default, deserialize_with = "double_option")]
        #[schema(value_type = Option<DateTime<Utc>>)]
        pub closes_at: Option<Option<DateTime<Utc>>>,
    }

    /// Age bands, ages, demographic questions, phases, threshold, retention, access code,
    /// helplines, duration, results note; and the dates.
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path)),
    request_body = SettingsInput,
    responses((status = 200, body = ConsultationView), (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[put("/api/v1/consultations/{slug}/settings")]
    async fn update_settings(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<String>,
        body: web::Json<SettingsInput>,
    ) -> Result<HttpResponse, AppError> {
        let input = body.into_inner();
        apply(
            &state,
            &actor,
            &l,
            &path,
            input.version,
            "settings",
            |e, _| {
                e.definition.settings = input.settings;
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
        cfg.service(update_settings);
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    api::routes(cfg);
    cfg.map(|c| c.service(show_settings).service(update_settings));
}
