//! The translations view (per language: what is missing or stale) and the page where one
//! language is written beside the main language, text by text.
use actix_web::{HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use serde::Deserialize;

use super::forms::IssueErrors;
use super::{
    edit::{PageProblem, save},
    forms::{Errors, Field, FormData, LanguageName, WithLanguage, language_name, see_other},
    frame::{Editing, EditorFrame, editing, posted, problem_status, reloaded},
};
use crate::web::no_store_page;
use crate::{
    accounts::Actor,
    consultations::{
        definition::text_in,
        rules::Issue,
        translations::{self, TextState},
    },
    error::AppError,
    i18n::Locale,
    state::AppState,
};

pub struct LanguageSummary {
    pub lang: String,
    pub name: String,
    pub is_default: bool,
    pub total: usize,
    pub missing: Vec<String>,
    pub stale: Vec<String>,
}

#[derive(Template)]
#[template(path = "consultations/translations.html")]
struct TranslationsPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    languages: Vec<LanguageSummary>,
}

/// Per language: how many texts, and which are missing or stale.
#[get("/manage/c/{slug}/translations")]
async fn show_translations(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let here = format!("/manage/c/{path}/translations");
    let e = editing(&state, &actor, &l, &path, "translations", &here).await?;
    let def = &e.c.definition;
    let slots = translations::slots(def);
    let languages = translations::progress(def)
        .into_iter()
        .map(|p| {
            let describe = |wanted: TextState| -> Vec<String> {
                slots
                    .iter()
                    .filter(|s| translations::state(def, s, &p.language) == wanted)
                    .map(|s| translations::describe(&s.path, &l))
                    .collect()
            };
            LanguageSummary {
                name: language_name(&p.language),
                is_default: p.is_default,
                total: p.total,
                missing: describe(TextState::Missing),
                stale: describe(TextState::Stale),
                lang: p.language,
            }
        })
        .collect();
    let page = TranslationsPage {
        l,
        actor,
        frame: e.frame,
        languages,
    };
    no_store_page(StatusCode::OK, &page)
}

pub struct TextRow {
    pub state: String,
    pub state_label: String,
    pub source: String,
    pub field: Field,
    pub confirm: Option<Field>,
}

#[derive(Template)]
#[template(path = "consultations/translate.html")]
struct TranslatePage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    version: i32,
    lang: String,
    lang_name: String,
    /// "Texts in …" with the language's own name marked.
    heading: WithLanguage,
    source: LanguageName,
    is_default: bool,
    todo_only: bool,
    rows: Vec<TextRow>,
    errors: Errors,
    conflict: bool,
    saved: bool,
}

#[derive(Deserialize)]
struct TranslateQuery {
    show: Option<String>,
    saved: Option<String>,
}

fn translate_page(
    actor: Actor,
    l: Locale,
    e: Editing,
    lang: &str,
    todo_only: bool,
    form: Option<&FormData>,
    errors: Errors,
) -> TranslatePage {
    let def = &e.c.definition;
    let default = def.default_language.clone();
    let is_default = lang == default;
    let rows = translations::slots(def)
        .into_iter()
        .filter_map(|slot| {
            let state = translations::state(def, &slot, lang);
            if state == TextState::NotNeeded && !is_default {
                return None;
            }
            if todo_only && !matches!(state, TextState::Missing | TextState::Stale) {
                return None;
            }
            let name = format!("t.{}", slot.path);
            let what = translations::describe(&slot.path, &l);
            let value = form.map_or_else(
                || text_in(slot.text, lang).to_owned(),
                |f| f.get(&name).to_owned(),
            );
            let field = if slot.multiline {
                Field::area(name, what.clone()).rows(3)
            } else {
                Field::text(name, what.clone())
            }
            .value(value)
            .lang(lang)
            .errors(&errors);
            let confirm = (state == TextState::Stale).then(|| {
                let name = format!("ok.{}", slot.path);
                Field::new("checkbox", name.clone(), l.t("cn-translate-still-right"))
                    .checked(form.is_some_and(|f| f.has(&name)))
            });
            let state_code = match state {
                TextState::Missing => "missing",
                TextState::Stale => "stale",
                TextState::Current | TextState::NotNeeded => "current",
            };
            Some(TextRow {
                source: text_in(slot.text, &default).to_owned(),
                state: state_code.to_owned(),
                state_label: l.t(&format!("cn-text-state-{state_code}")),
                field,
                confirm,
            })
        })
        .collect();
    TranslatePage {
        version: e.c.row.version,
        lang: lang.to_owned(),
        lang_name: language_name(lang),
        heading: WithLanguage::new(&l, "cn-translate-title", lang),
        source: LanguageName::new(&default),
        is_default,
        todo_only,
        frame: e.frame,
        rows,
        errors,
        conflict: false,
        saved: false,
        l,
        actor,
    }
}

#[get("/manage/c/{slug}/translations/{lang}")]
async fn show_translate(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    query: web::Query<TranslateQuery>,
) -> Result<HttpResponse, AppError> {
    let (slug, lang) = path.into_inner();
    let here = format!("/manage/c/{slug}/translations/{lang}");
    let e = editing(&state, &actor, &l, &slug, "translations", &here).await?;
    if !e.c.definition.has_language(&lang) {
        return Err(AppError::NotFound);
    }
    let todo = query.show.as_deref() == Some("todo");
    let mut page = translate_page(actor, l, e, &lang, todo, None, Errors::default());
    page.saved = query.saved.is_some();
    no_store_page(StatusCode::OK, &page)
}

/// The texts posted by path, the paths confirmed as still right, and the texts that are
/// too long.
fn read_translations(
    form: &FormData,
    def: &crate::consultations::definition::Definition,
) -> (
    std::collections::BTreeMap<String, String>,
    Vec<String>,
    Vec<Issue>,
) {
    let mut texts = std::collections::BTreeMap::new();
    let mut confirm = Vec::new();
    let mut issues = Vec::new();
    for slot in translations::slots(def) {
        let name = format!("t.{}", slot.path);
        if let Some(value) = form.opt(&name) {
            let count = value.trim().chars().count();
            if count > slot.max {
                issues.push(
                    Issue::new(name.clone(), "cn-v-too-long")
                        .arg("max", slot.max)
                        .arg("count", count),
                );
            }
            texts.insert(slot.path.clone(), value.to_owned());
        }
        if form.has(&format!("ok.{}", slot.path)) {
            confirm.push(slot.path.clone());
        }
    }
    (texts, confirm, issues)
}

#[post("/manage/c/{slug}/translations/{lang}")]
async fn update_translate(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, lang) = path.into_inner();
    let here = format!("/manage/c/{slug}/translations/{lang}");
    let (mut e, form) = posted(&state, &actor, &l, &slug, "translations", &here, form).await?;
    if !e.c.definition.has_language(&lang) {
        return Err(AppError::NotFound);
    }
    let version = form.version()?;
    let todo = form.has("todo");
    let (texts, confirm, issues) = read_translations(&form, &e.c.definition);
    let problem = if issues.is_empty() {
        let result = save(
            &state,
            &actor,
            &l,
            &e.c,
            version,
            "translations",
            |ed, _| {
                crate::consultations::ops::set_translations(
                    &mut ed.definition,
                    &lang,
                    texts,
                    &confirm,
                )
            },
        )
        .await?;
        match result {
            Ok(c) => {
                return Ok(see_other(&format!(
                    "/manage/c/{}/translations/{lang}?saved=1{}",
                    c.slug(),
                    if todo { "&show=todo" } else { "" }
                )));
            }
            Err(problem) => problem,
        }
    } else {
        PageProblem::Issues(issues)
    };
    let mut errors = Errors::default();
    let conflict = match problem {
        PageProblem::Stale => {
            e = reloaded(&state, &actor, &l, e).await?;
            true
        }
        PageProblem::Issues(issues) => {
            errors.add_issues(&issues, &l, |p| {
                Some(p.to_owned()).filter(|p| p.starts_with("t."))
            });
            false
        }
    };
    let mut page = translate_page(actor, l, e, &lang, todo, Some(&form), errors);
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    no_store_page(problem_status(conflict), &page)
}

/// The JSON API of translations.
mod api {
    use std::collections::BTreeMap;

    use actix_web::{HttpResponse, get, put, web};
    use serde::{Deserialize, Serialize};
    use utoipa::ToSchema;

    use crate::consultations::handlers::view::ConsultationView;
    use crate::{
        accounts::Actor,
        consultations::{
            handlers::edit::{apply, managed},
            ops,
            translations::{self, LanguageProgress, TextState},
        },
        error::AppError,
        i18n::Locale,
        state::AppState,
    };

    /// One text in one language.
    #[derive(Debug, Serialize, ToSchema)]
    pub struct TextStatus {
        /// The text's path (`questions.feel_safe.text`).
        pub path: String,
        pub state: TextState,
        /// The default-language text.
        pub source: String,
        pub text: String,
    }

    #[derive(Debug, Serialize, ToSchema)]
    pub struct LanguageTranslations {
        #[serde(flatten)]
        pub progress: LanguageProgress,
        pub texts: Vec<TextStatus>,
    }

    /// Per language: every text, missing, stale (its source changed since) or current.
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path)),
    responses((status = 200, body = Vec<LanguageTranslations>), (status = 403), (status = 404)),
    security(("bearer" = []))
)]
    #[get("/api/v1/consultations/{slug}/translations")]
    async fn show_translations(
        state: web::Data<AppState>,
        actor: Actor,
        path: web::Path<String>,
    ) -> Result<HttpResponse, AppError> {
        let c = managed(&state, &actor, &path).await?;
        let def = &c.definition;
        let slots = translations::slots(def);
        let out: Vec<LanguageTranslations> = translations::progress(def)
            .into_iter()
            .map(|progress| {
                let texts = slots
                    .iter()
                    .map(|s| TextStatus {
                        path: s.path.clone(),
                        state: translations::state(def, s, &progress.language),
                        source: crate::consultations::definition::text_in(
                            s.text,
                            &def.default_language,
                        )
                        .to_owned(),
                        text: crate::consultations::definition::text_in(s.text, &progress.language)
                            .to_owned(),
                    })
                    .filter(|t| t.state != TextState::NotNeeded)
                    .collect();
                LanguageTranslations { progress, texts }
            })
            .collect();
        Ok(HttpResponse::Ok().json(out))
    }

    #[derive(Debug, Deserialize, ToSchema)]
    pub struct TranslationsInput {
        pub version: i32,
        /// Texts by path, in the language of the URL (an empty text removes it).
        #[serde(default)]
        pub texts: BTreeMap<String, String>,
        /// Paths whose translation is still right although the source changed.
        #[serde(default)]
        pub confirm: Vec<String>,
    }

    /// Writes texts of one language by path, and confirms stale translations.
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path), ("lang" = String, Path, description = "An enabled language")),
    request_body = TranslationsInput,
    responses((status = 200, body = ConsultationView), (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[put("/api/v1/consultations/{slug}/translations/{lang}")]
    async fn update_translations(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<(String, String)>,
        body: web::Json<TranslationsInput>,
    ) -> Result<HttpResponse, AppError> {
        let (slug, lang) = path.into_inner();
        let input = body.into_inner();
        apply(
            &state,
            &actor,
            &l,
            &slug,
            input.version,
            "translations",
            |e, _| ops::set_translations(&mut e.definition, &lang, input.texts, &input.confirm),
        )
        .await
    }

    pub(super) fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
        cfg.service(show_translations).service(update_translations);
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    api::routes(cfg);
    cfg.map(|c| {
        c.service(show_translations)
            .service(show_translate)
            .service(update_translate)
    });
}
