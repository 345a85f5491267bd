//! The question form, for all nine kinds: key, required, text and help in every enabled
//! language, easy-read wording per age band, options with stable codes (add, remove,
//! reorder with buttons, presets for scales and ratings), limits, picture variant and a
//! one-level condition. Buttons other than "Save" redisplay the form with the change made,
//! keeping everything typed; nothing is stored until "Save".
//! Moving and deleting a question from the overview, and the question API, are here too.
mod form;
mod page;

use actix_web::{HttpResponse, get, http::StatusCode, post, web};
use serde::Deserialize;

use self::{
    form::RawQuestion,
    page::{Comparable, question_errors, question_page},
};
use super::{
    edit::{PageProblem, save},
    forms::{Errors, FormData, Posted, see_other},
    frame::{Editing, editing, posted, problem_status, reloaded},
    overview::{confirm_deletion, editing_overview, save_from_overview},
};
use crate::{
    accounts::Actor,
    consultations::{
        definition::{Definition, QuestionKind, text_in},
        ops::{self, Direction},
        repo,
    },
    error::AppError,
    i18n::Locale,
    state::AppState,
    web::no_store_page,
};

#[derive(Deserialize)]
struct KindQuery {
    kind: Option<String>,
}

#[get("/manage/c/{slug}/sections/{section}/questions/new")]
async fn show_new_question(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    query: web::Query<KindQuery>,
) -> Result<HttpResponse, AppError> {
    let (slug, section) = path.into_inner();
    let here = format!("/manage/c/{slug}/sections/{section}/questions/new");
    let e = editing(&state, &actor, &l, &slug, "overview", &here).await?;
    if e.c.definition.section_index(&section).is_none() {
        return Err(AppError::NotFound);
    }
    let kind = query
        .kind
        .as_deref()
        .and_then(QuestionKind::parse)
        .unwrap_or(QuestionKind::SingleChoice);
    let raw = RawQuestion::new(&e.c.definition, kind);
    let blank = if kind.has_options() && raw.options.is_empty() {
        3
    } else {
        1
    };
    let comparable = comparable(&state, &e, &l).await?;
    let page = question_page(
        actor,
        l,
        &e,
        &raw,
        None,
        &section,
        blank,
        Errors::default(),
        false,
        &comparable,
    );
    no_store_page(StatusCode::OK, &page)
}

#[get("/manage/c/{slug}/questions/{key}")]
async fn show_question(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let here = format!("/manage/c/{slug}/questions/{key}");
    let e = editing(&state, &actor, &l, &slug, "overview", &here).await?;
    let (si, qi) =
        e.c.definition
            .question_position(&key)
            .ok_or(AppError::NotFound)?;
    let section = e.c.definition.sections[si].key.clone();
    let raw = RawQuestion::from_question(&e.c.definition.sections[si].questions[qi]);
    let locked = repo::count_responses(&state.db, e.c.id()).await? > 0;
    let blank = usize::from(!locked);
    let comparable = comparable(&state, &e, &l).await?;
    let page = question_page(
        actor,
        l,
        &e,
        &raw,
        Some(&key),
        &section,
        blank,
        Errors::default(),
        locked,
        &comparable,
    );
    no_store_page(StatusCode::OK, &page)
}

/// What the form's buttons asked for: `None` to save; else show the form again, not saved,
/// with this many more empty option rows (after applying a row's button: move, remove, …).
fn shown_again(form: &FormData, raw: &mut RawQuestion, def: &Definition) -> Option<usize> {
    match form.get("op") {
        "" | "save" => None,
        "add_options" => Some(3),
        op => {
            raw.apply_op(op, def);
            Some(0)
        }
    }
}

#[post("/manage/c/{slug}/sections/{section}/questions")]
async fn create_question(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, section) = path.into_inner();
    let here = format!("/manage/c/{slug}/sections/{section}/questions/new");
    let (e, form) = posted(&state, &actor, &l, &slug, "overview", &here, form).await?;
    let version = form.version()?;
    let mut raw = RawQuestion::from_form(&form, &e.c.definition);
    let blank = form.get("blank").parse::<usize>().unwrap_or(1).clamp(1, 20);
    if let Some(more) = shown_again(&form, &mut raw, &e.c.definition) {
        let blank = blank + more;
        return redisplay(&state, actor, l, &e, &raw, None, &section, blank, version).await;
    }
    let (problem, prefix) = match raw.to_question(&e.c.definition) {
        Err(issues) => (PageProblem::Issues(issues), None),
        Ok(question) => {
            let key = question.key.clone();
            let mut prefix = None;
            let result = save(&state, &actor, &l, &e.c, version, "question", |ed, _| {
                ops::add_question(&mut ed.definition, &section, question, None)?;
                prefix = position_prefix(&ed.definition, &key);
                Ok(())
            })
            .await?;
            match result {
                Ok(c) => {
                    return Ok(see_other(&format!(
                        "/manage/c/{}?saved=1#q-{key}",
                        c.slug()
                    )));
                }
                Err(problem) => (problem, prefix),
            }
        }
    };
    failed(
        &state,
        actor,
        l,
        e,
        &raw,
        None,
        &section,
        blank,
        version,
        problem,
        prefix.as_deref(),
    )
    .await
}

fn position_prefix(def: &Definition, key: &str) -> Option<String> {
    def.question_position(key)
        .map(|(si, qi)| format!("sections.{si}.questions.{qi}"))
}

/// The questions of the group's other consultations this one's may be compared with in the
/// group's reports, each once under the key it is compared under, newest consultation first.
async fn comparable(
    state: &AppState,
    e: &Editing,
    l: &Locale,
) -> Result<Vec<Comparable>, AppError> {
    let mut found: Vec<Comparable> = Vec::new();
    for other in repo::consultations_of_group(&state.db, e.c.group_id()).await? {
        if other.id() == e.c.id() {
            continue;
        }
        let def = &other.definition;
        for (_, q) in def.questions() {
            let key = q.compared_as();
            if q.kind.compares_over_time() && !found.iter().any(|c| c.key == key) {
                found.push(Comparable {
                    key: key.to_owned(),
                    label: format!(
                        "{} — {} ({key})",
                        def.title(l.code()),
                        Some(text_in(&q.text, l.code()))
                            .filter(|t| !t.is_empty())
                            .unwrap_or_else(|| text_in(&q.text, &def.default_language))
                    ),
                });
            }
        }
    }
    Ok(found)
}

#[allow(clippy::too_many_arguments)]
async fn redisplay(
    state: &AppState,
    actor: Actor,
    l: Locale,
    e: &Editing,
    raw: &RawQuestion,
    key: Option<&str>,
    section: &str,
    blank: usize,
    version: i32,
) -> Result<HttpResponse, AppError> {
    let comparable = comparable(state, e, &l).await?;
    let mut page = question_page(
        actor,
        l,
        e,
        raw,
        key,
        section,
        blank,
        Errors::default(),
        false,
        &comparable,
    );
    page.version = version;
    page.notice = Some(page.l.t("cn-question-not-saved"));
    no_store_page(StatusCode::OK, &page)
}

#[allow(clippy::too_many_arguments)]
async fn failed(
    state: &AppState,
    actor: Actor,
    l: Locale,
    mut e: Editing,
    raw: &RawQuestion,
    key: Option<&str>,
    section: &str,
    blank: usize,
    version: i32,
    problem: PageProblem,
    prefix: Option<&str>,
) -> Result<HttpResponse, AppError> {
    let (errors, conflict) = match problem {
        PageProblem::Stale => {
            e = reloaded(state, &actor, &l, e).await?;
            (Errors::default(), true)
        }
        PageProblem::Issues(issues) => {
            (question_errors(&issues, prefix, &e.c.definition, &l), false)
        }
    };
    let locked = key.is_some() && repo::count_responses(&state.db, e.c.id()).await? > 0;
    let comparable = comparable(state, &e, &l).await?;
    let mut page = question_page(
        actor,
        l,
        &e,
        raw,
        key,
        section,
        blank,
        errors,
        locked,
        &comparable,
    );
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    no_store_page(problem_status(conflict), &page)
}

#[post("/manage/c/{slug}/questions/{key}")]
async fn update_question(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let here = format!("/manage/c/{slug}/questions/{key}");
    let (e, form) = posted(&state, &actor, &l, &slug, "overview", &here, form).await?;
    let (si, _) =
        e.c.definition
            .question_position(&key)
            .ok_or(AppError::NotFound)?;
    let section = e.c.definition.sections[si].key.clone();
    let version = form.version()?;
    let mut raw = RawQuestion::from_form(&form, &e.c.definition);
    let blank = form.get("blank").parse::<usize>().unwrap_or(1).clamp(1, 20);
    if let Some(more) = shown_again(&form, &mut raw, &e.c.definition) {
        let blank = blank + more;
        return redisplay(
            &state,
            actor,
            l,
            &e,
            &raw,
            Some(&key),
            &section,
            blank,
            version,
        )
        .await;
    }
    let (problem, prefix) = match raw.to_question(&e.c.definition) {
        Err(issues) => (PageProblem::Issues(issues), None),
        Ok(question) => {
            let new_key = question.key.clone();
            let mut prefix = None;
            let result = save(&state, &actor, &l, &e.c, version, "question", |ed, _| {
                ops::update_question(&mut ed.definition, &key, question)?;
                prefix = position_prefix(&ed.definition, &new_key);
                Ok(())
            })
            .await?;
            match result {
                Ok(c) => {
                    return Ok(see_other(&format!(
                        "/manage/c/{}?saved=1#q-{new_key}",
                        c.slug()
                    )));
                }
                Err(problem) => (problem, prefix),
            }
        }
    };
    failed(
        &state,
        actor,
        l,
        e,
        &raw,
        Some(&key),
        &section,
        blank,
        version,
        problem,
        prefix.as_deref(),
    )
    .await
}

#[post("/manage/c/{slug}/questions/{key}/move")]
async fn move_question(
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
        "question moved",
        &format!("q-{key}"),
        |ed, _| ops::move_question(&mut ed.definition, &key, dir),
    )
    .await
}

#[get("/manage/c/{slug}/questions/{key}/delete")]
async fn confirm_delete_question(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let e = editing_overview(&state, &actor, &l, &slug).await?;
    if e.c.definition.question(&key).is_none() {
        return Err(AppError::NotFound);
    }
    let title = l.t("cn-question-delete-title");
    let message = l.t_args(
        "cn-question-delete-message",
        &[("question", crate::i18n::Arg::Str(&key))],
    );
    let action = format!("/manage/c/{slug}/questions/{key}/delete");
    confirm_deletion(l, actor, &slug, e.c.row.version, title, message, action)
}

#[post("/manage/c/{slug}/questions/{key}/delete")]
async fn delete_question(
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
        "question deleted",
        "",
        |ed, _| ops::delete_question(&mut ed.definition, &key),
    )
    .await
}

/// The JSON API of questions.
mod api {
    use actix_web::{HttpResponse, delete, post, put, web};
    use serde::Deserialize;
    use utoipa::ToSchema;

    use crate::consultations::handlers::view::ConsultationView;
    use crate::{
        accounts::Actor,
        consultations::{
            definition::Question,
            handlers::edit::{MoveInput, VersionQuery, apply, created},
            ops,
        },
        error::AppError,
        i18n::Locale,
        state::AppState,
    };

    #[derive(Debug, Deserialize, ToSchema)]
    pub struct NewQuestionInput {
        pub version: i32,
        pub question: Question,
        /// Where in the section (0 = first); the end when absent.
        pub position: Option<usize>,
    }

    /// Adds a question to a section.
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path), ("key" = String, Path, description = "The section's key")),
    request_body = NewQuestionInput,
    responses((status = 201, body = ConsultationView), (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[post("/api/v1/consultations/{slug}/sections/{key}/questions")]
    async fn add_question(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<(String, String)>,
        body: web::Json<NewQuestionInput>,
    ) -> Result<HttpResponse, AppError> {
        let (slug, key) = path.into_inner();
        let input = body.into_inner();
        let res = apply(
            &state,
            &actor,
            &l,
            &slug,
            input.version,
            "question",
            |e, _| ops::add_question(&mut e.definition, &key, input.question, input.position),
        )
        .await?;
        Ok(created(res))
    }

    #[derive(Debug, Deserialize, ToSchema)]
    pub struct QuestionInput {
        pub version: i32,
        /// Replaces the question (a new key is carried to the conditions using it).
        pub question: Question,
    }

    /// Changes a question: texts, options (in their order), limits, condition.
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path), ("key" = String, Path, description = "The question's key")),
    request_body = QuestionInput,
    responses((status = 200, body = ConsultationView), (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[put("/api/v1/consultations/{slug}/questions/{key}")]
    async fn update_question(
        state: web::Data<AppState>,
        actor: Actor,
        l: Locale,
        path: web::Path<(String, String)>,
        body: web::Json<QuestionInput>,
    ) -> Result<HttpResponse, AppError> {
        let (slug, key) = path.into_inner();
        let input = body.into_inner();
        apply(
            &state,
            &actor,
            &l,
            &slug,
            input.version,
            "question",
            |e, _| ops::update_question(&mut e.definition, &key, input.question),
        )
        .await
    }

    /// Deletes a question (refused while another question's condition uses it).
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path), ("key" = String, Path), VersionQuery),
    responses((status = 200, body = ConsultationView), (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[delete("/api/v1/consultations/{slug}/questions/{key}")]
    async fn delete_question(
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
            "question deleted",
            |e, _| ops::delete_question(&mut e.definition, &key),
        )
        .await
    }

    /// Moves a question one place (across sections at their borders).
    #[utoipa::path(
    tag = "consultations",
    params(("slug" = String, Path), ("key" = String, Path)),
    request_body = MoveInput,
    responses((status = 200, body = ConsultationView), (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
    #[post("/api/v1/consultations/{slug}/questions/{key}/move")]
    async fn move_question(
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
            "question moved",
            |e, _| ops::move_question(&mut e.definition, &key, body.direction),
        )
        .await
    }

    pub(super) fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
        cfg.service(add_question)
            .service(update_question)
            .service(delete_question)
            .service(move_question);
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    api::routes(cfg);
    cfg.map(|c| {
        c.service(move_question)
            .service(confirm_delete_question)
            .service(delete_question)
            .service(show_new_question)
            .service(create_question)
            .service(show_question)
            .service(update_question)
    });
}
