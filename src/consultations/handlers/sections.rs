//! Sections: the form to add or change one, moving and deleting them from the overview;
//! and the same in the API.
use actix_web::{HttpResponse, get, http::StatusCode, post, web};
use askama::Template;

use super::{
    edit::{after_problem, save, saved_location},
    forms::{Errors, Field, FormData, Posted, WithLanguage, see_other, under},
    frame::{Editing, EditorFrame, editing, posted, problem_status},
    overview::{confirm_deletion, editing_overview, save_from_overview},
};
use crate::{
    accounts::Actor,
    consultations::{
        definition::{LocalText, Section, text_in},
        ops::{self, Direction},
    },
    error::AppError,
    i18n::Locale,
    state::AppState,
    web::no_store_page,
};

#[derive(Template)]
#[template(path = "consultations/section_form.html")]
struct SectionPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    version: i32,
    is_new: bool,
    action: String,
    key: Field,
    titles: Vec<Field>,
    errors: Errors,
    conflict: bool,
}

fn section_page(
    actor: Actor,
    l: Locale,
    e: Editing,
    section: Option<&Section>,
    form: Option<&FormData>,
    errors: Errors,
) -> SectionPage {
    let c = &e.c;
    let value = |name: &str, stored: String| form.map_or(stored, |f| f.get(name).to_owned());
    let titles = c
        .definition
        .languages_default_first()
        .into_iter()
        .map(|lang| {
            let name = format!("title.{lang}");
            Field::text(name.clone(), "")
                .label_named(WithLanguage::new(&l, "cn-section-title-in", &lang))
                .value(value(
                    &name,
                    section
                        .map(|s| text_in(&s.title, &lang).to_owned())
                        .unwrap_or_default(),
                ))
                .lang(&lang)
                .errors(&errors)
        })
        .collect();
    SectionPage {
        is_new: section.is_none(),
        action: section.map_or_else(
            || format!("/manage/c/{}/sections", c.slug()),
            |s| format!("/manage/c/{}/sections/{}", c.slug(), s.key),
        ),
        key: Field::text("key", l.t("cn-field-key"))
            .hint(l.t("cn-section-key-hint"))
            .value(value(
                "key",
                section.map_or_else(
                    || format!("section{}", c.definition.sections.len() + 1),
                    |s| s.key.clone(),
                ),
            ))
            .errors(&errors),
        titles,
        version: c.row.version,
        frame: e.frame,
        errors,
        conflict: false,
        l,
        actor,
    }
}

fn section_from_form(form: &FormData, languages: &[String]) -> (String, LocalText) {
    let title = languages
        .iter()
        .filter_map(|lang| {
            form.opt(&format!("title.{lang}"))
                .map(|v| (lang.clone(), v.to_owned()))
        })
        .collect();
    (form.get("key").trim().to_owned(), title)
}

#[get("/manage/c/{slug}/new-section")]
async fn show_new_section(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/new-section");
    let e = editing(&state, &actor, &l, &path, "overview", &here).await?;
    no_store_page(
        StatusCode::OK,
        &section_page(actor, l, e, None, None, Errors::default()),
    )
}

/// Maps issues of the whole definition onto the section form (`sections.N.title.en`).
fn section_field(index: Option<usize>) -> impl Fn(&str) -> Option<String> {
    move |p: &str| {
        let index = index?;
        let rest = under(p, &format!("sections.{index}"))?;
        (!rest.starts_with("questions")).then_some(rest)
    }
}

#[post("/manage/c/{slug}/sections")]
async fn create_section(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/new-section");
    let (e, form) = posted(&state, &actor, &l, &path, "overview", &here, form).await?;
    let version = form.version()?;
    let (key, title) = section_from_form(&form, &e.c.definition.languages);
    let index = e.c.definition.sections.len();
    let result = save(&state, &actor, &l, &e.c, version, "section", |ed, _| {
        ops::add_section(
            &mut ed.definition,
            Section {
                key: key.clone(),
                title,
                questions: Vec::new(),
            },
            None,
        )
    })
    .await?;
    let problem = match result {
        Ok(c) => return Ok(see_other(&saved_location(c.slug(), &format!("s-{key}")))),
        Err(problem) => problem,
    };
    let (e, errors, conflict) = after_problem(&state, &actor, &l, e, problem, |p| {
        if p == "key" {
            return Some("key".into());
        }
        section_field(Some(index))(p)
    })
    .await?;
    let mut page = section_page(actor, l, e, None, Some(&form), errors);
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    no_store_page(problem_status(conflict), &page)
}

#[get("/manage/c/{slug}/sections/{key}")]
async fn show_section(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let here = format!("/manage/c/{slug}/sections/{key}");
    let e = editing(&state, &actor, &l, &slug, "overview", &here).await?;
    let section =
        e.c.definition
            .sections
            .iter()
            .find(|s| s.key == key)
            .cloned()
            .ok_or(AppError::NotFound)?;
    no_store_page(
        StatusCode::OK,
        &section_page(actor, l, e, Some(&section), None, Errors::default()),
    )
}

#[post("/manage/c/{slug}/sections/{key}")]
async fn update_section(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let here = format!("/manage/c/{slug}/sections/{key}");
    let (e, form) = posted(&state, &actor, &l, &slug, "overview", &here, form).await?;
    let section =
        e.c.definition
            .sections
            .iter()
            .find(|s| s.key == key)
            .cloned()
            .ok_or(AppError::NotFound)?;
    let index = e.c.definition.section_index(&key);
    let version = form.version()?;
    let (new_key, title) = section_from_form(&form, &e.c.definition.languages);
    let result = save(&state, &actor, &l, &e.c, version, "section", |ed, _| {
        ops::update_section(&mut ed.definition, &key, &new_key, title)
    })
    .await?;
    let problem = match result {
        Ok(c) => {
            return Ok(see_other(&saved_location(
                c.slug(),
                &format!("s-{new_key}"),
            )));
        }
        Err(problem) => problem,
    };
    let (e, errors, conflict) = after_problem(&state, &actor, &l, e, problem, |p| {
        if p == "key" {
            return Some("key".into());
        }
        section_field(index)(p)
    })
    .await?;
    let mut page = section_page(actor, l, e, Some(&section), Some(&form), errors);
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    no_store_page(problem_status(conflict), &page)
}

#[post("/manage/c/{slug}/sections/{key}/move")]
async fn move_section(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let form = FormData::posted_by(&actor, form)?;
    let dir = Direction::parse(form.get("direction"))
        .ok_or_else(|| AppError::BadRequest("Unknown direction.".into()))?;
    save_from_overview(
        &state,
        actor,
        l,
        &slug,
        &form,
        "section moved",
        &format!("s-{key}"),
        |ed, _| ops::move_section(&mut ed.definition, &key, dir),
    )
    .await
}

#[get("/manage/c/{slug}/sections/{key}/delete")]
async fn confirm_delete_section(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let e = editing_overview(&state, &actor, &l, &slug).await?;
    let section =
        e.c.definition
            .sections
            .iter()
            .find(|s| s.key == key)
            .ok_or(AppError::NotFound)?;
    let title = l.t("cn-section-delete-title");
    let message = l.t_args(
        "cn-section-delete-message",
        &[
            ("section", crate::i18n::Arg::Str(&key)),
            (
                "count",
                crate::i18n::Arg::Num(section.questions.len() as f64),
            ),
        ],
    );
    let action = format!("/manage/c/{slug}/sections/{key}/delete");
    confirm_deletion(l, actor, &slug, e.c.row.version, title, message, action)
}

#[post("/manage/c/{slug}/sections/{key}/delete")]
async fn delete_section(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let form = FormData::posted_by(&actor, form)?;
    save_from_overview(
        &state,
        actor,
        l,
        &slug,
        &form,
        "section deleted",
        "",
        |ed, _| ops::delete_section(&mut ed.definition, &key),
    )
    .await
}

/// The JSON API of sections.
mod api {
    use actix_web::{HttpResponse, delete, post, put, web};
    use serde::Deserialize;
    use utoipa::ToSchema;

    use crate::consultations::handlers::view::ConsultationView;
    use crate::{
        accounts::Actor,
        consultations::{
            definition::{LocalText, Section},
            handlers::edit::{MoveInput, VersionQuery, apply, created},
            ops,
        },
        error::AppError,
        i18n::Locale,
        state::AppState,
    };

    #[derive(Debug, Deserialize, ToSchema)]
    pub struct NewSectionInput {
        pub version: i32,
        /// Its questions may come with it.
        pub section: Section,
        /// Where (0 = first); the end when absent.
        pub position: Option<usize>,
    }

    /// Adds a section.
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path)),
    request_body = NewSectionInput,
    responses((status = 201, body = ConsultationView), (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[post("/api/v1/consultations/{slug}/sections")]
    async fn add_section(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<String>,
        body: web::Json<NewSectionInput>,
    ) -> Result<HttpResponse, AppError> {
        let input = body.into_inner();
        let res = apply(
            &state,
            &actor,
            &l,
            &path,
            input.version,
            "section",
            |e, _| ops::add_section(&mut e.definition, input.section, input.position),
        )
        .await?;
        Ok(created(res))
    }

    #[derive(Debug, Deserialize, ToSchema)]
    pub struct SectionInput {
        pub version: i32,
        pub key: String,
        #[serde(default)]
        pub title: LocalText,
    }

    /// Changes a section's key and title.
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path), ("key" = String, Path, description = "The section's key")),
    request_body = SectionInput,
    responses((status = 200, body = ConsultationView), (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[put("/api/v1/consultations/{slug}/sections/{key}")]
    async fn update_section(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<(String, String)>,
        body: web::Json<SectionInput>,
    ) -> Result<HttpResponse, AppError> {
        let (slug, key) = path.into_inner();
        let input = body.into_inner();
        apply(
            &state,
            &actor,
            &l,
            &slug,
            input.version,
            "section",
            |e, _| ops::update_section(&mut e.definition, &key, &input.key, input.title),
        )
        .await
    }

    /// Deletes a section and its questions.
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path), ("key" = String, Path), VersionQuery),
    responses((status = 200, body = ConsultationView), (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[delete("/api/v1/consultations/{slug}/sections/{key}")]
    async fn delete_section(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<(String, String)>,
        query: web::Query<VersionQuery>,
    ) -> Result<HttpResponse, AppError> {
        let (slug, key) = path.into_inner();
        apply(
            &state,
            &actor,
            &l,
            &slug,
            query.version,
            "section deleted",
            |e, _| ops::delete_section(&mut e.definition, &key),
        )
        .await
    }

    /// Moves a section one place up or down.
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path), ("key" = String, Path)),
    request_body = MoveInput,
    responses((status = 200, body = ConsultationView), (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[post("/api/v1/consultations/{slug}/sections/{key}/move")]
    async fn move_section(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<(String, String)>,
        body: web::Json<MoveInput>,
    ) -> Result<HttpResponse, AppError> {
        let (slug, key) = path.into_inner();
        apply(
            &state,
            &actor,
            &l,
            &slug,
            body.version,
            "section moved",
            |e, _| ops::move_section(&mut e.definition, &key, body.direction),
        )
        .await
    }

    pub(super) fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
        cfg.service(add_section)
            .service(update_section)
            .service(delete_section)
            .service(move_section);
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    api::routes(cfg);
    cfg.map(|c| {
        c.service(move_section)
            .service(show_new_section)
            .service(create_section)
            .service(confirm_delete_section)
            .service(delete_section)
            .service(show_section)
            .service(update_section)
    });
}
