//! A consultation's own texts (title, introduction, data use, closing, feedback) in every
//! language, on a page and in the API.
use actix_web::{HttpResponse, get, http::StatusCode, post, web};
use askama::Template;

use super::{
    edit::{after_problem, save, saved_location},
    forms::{Errors, Field, FormData, LanguageName, see_other, under},
    frame::{Editing, EditorFrame, editing, posted, problem_status},
};
use crate::{
    accounts::Actor, consultations::definition::text_in, error::AppError, i18n::Locale,
    state::AppState, web::no_store_page,
};

pub struct LangFields {
    pub name: LanguageName,
    pub is_default: bool,
    pub fields: Vec<Field>,
}

#[derive(Template)]
#[template(path = "consultations/texts.html")]
struct TextsPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    version: i32,
    langs: Vec<LangFields>,
    errors: Errors,
    conflict: bool,
}

const TEXT_NAMES: [&str; 5] = ["title", "introduction", "data_use", "closing", "feedback"];

fn texts_page(
    actor: Actor,
    l: Locale,
    e: Editing,
    form: Option<&FormData>,
    errors: Errors,
) -> TextsPage {
    let def = &e.c.definition;
    let langs = def
        .languages_default_first()
        .into_iter()
        .map(|lang| {
            let fields = TEXT_NAMES
                .iter()
                .map(|name| {
                    let stored = match *name {
                        "title" => &def.texts.title,
                        "introduction" => &def.texts.introduction,
                        "data_use" => &def.texts.data_use,
                        "closing" => &def.texts.closing,
                        _ => &def.texts.feedback,
                    };
                    let field_name = format!("{name}.{lang}");
                    let value = form.map_or_else(
                        || text_in(stored, &lang).to_owned(),
                        |f| f.get(&field_name).to_owned(),
                    );
                    let label = l.t(&format!("cn-text-{}", name.replace('_', "-")));
                    let field = if *name == "title" {
                        Field::text(field_name, label)
                    } else {
                        Field::area(field_name, label).rows(5)
                    };
                    field
                        .value(value)
                        .hint(l.t(&format!("cn-text-{}-hint", name.replace('_', "-"))))
                        .lang(&lang)
                        .errors(&errors)
                })
                .collect();
            LangFields {
                name: LanguageName::new(&lang),
                is_default: lang == def.default_language,
                fields,
            }
        })
        .collect();
    TextsPage {
        version: e.c.row.version,
        frame: e.frame,
        langs,
        errors,
        conflict: false,
        l,
        actor,
    }
}

#[get("/manage/c/{slug}/texts")]
async fn show_texts(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/texts");
    let e = editing(&state, &actor, &l, &path, "texts", &here).await?;
    no_store_page(
        StatusCode::OK,
        &texts_page(actor, l, e, None, Errors::default()),
    )
}

#[post("/manage/c/{slug}/texts")]
async fn update_texts(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/texts");
    let (e, form) = posted(&state, &actor, &l, &path, "texts", &here, form).await?;
    let version = form.version()?;
    let result = save(&state, &actor, &l, &e.c, version, "texts", |ed, _| {
        let langs = ed.definition.languages.clone();
        let t = &mut ed.definition.texts;
        for lang in &langs {
            for (name, text) in [
                ("title", &mut t.title),
                ("introduction", &mut t.introduction),
                ("data_use", &mut t.data_use),
                ("closing", &mut t.closing),
                ("feedback", &mut t.feedback),
            ] {
                if let Some(value) = form.opt(&format!("{name}.{lang}")) {
                    text.insert(lang.clone(), value.to_owned());
                }
            }
        }
        Ok(())
    })
    .await?;
    let problem = match result {
        Ok(c) => return Ok(see_other(&saved_location(c.slug(), ""))),
        Err(problem) => problem,
    };
    let (e, errors, conflict) =
        after_problem(&state, &actor, &l, e, problem, |p| under(p, "texts")).await?;
    let mut page = texts_page(actor, l, e, Some(&form), errors);
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    no_store_page(problem_status(conflict), &page)
}

/// The JSON API of a consultation's texts.
mod api {
    use actix_web::{HttpResponse, put, web};
    use serde::Deserialize;
    use utoipa::ToSchema;

    use crate::consultations::handlers::view::ConsultationView;
    use crate::{
        accounts::Actor,
        consultations::{definition::Texts, handlers::edit::apply},
        error::AppError,
        i18n::Locale,
        state::AppState,
    };

    #[derive(Debug, Deserialize, ToSchema)]
    pub struct TextsInput {
        pub version: i32,
        /// Replaces every text (all languages).
        pub texts: Texts,
    }

    /// Title, introduction, "what happens with your answers", closing message and feedback.
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path)),
    request_body = TextsInput,
    responses((status = 200, body = ConsultationView), (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[put("/api/v1/consultations/{slug}/texts")]
    async fn update_texts(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<String>,
        body: web::Json<TextsInput>,
    ) -> Result<HttpResponse, AppError> {
        let input = body.into_inner();
        apply(&state, &actor, &l, &path, input.version, "texts", |e, _| {
            e.definition.texts = input.texts;
            Ok(())
        })
        .await
    }

    pub(super) fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
        cfg.service(update_texts);
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    api::routes(cfg);
    cfg.map(|c| c.service(show_texts).service(update_texts));
}
