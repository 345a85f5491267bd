//! The consultations JSON API: the public definition, and everything a facilitator does in
//! the editor (bearer token; `version` in every change, 409 when stale).
use std::collections::BTreeMap;

use actix_web::{HttpResponse, delete, get, patch, post, put, web};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Deserializer, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::{consultation_by_slug, group_by_slug};
use crate::{
    accounts::{Actor, Viewer},
    consultations::{
        Consultation, Status,
        authoring::{self, EditError, MeetingInput, NewConsultation, field_errors},
        definition::{Definition, LocalText, Question, Section, Settings, Texts},
        lifecycle::{self, TransitionError},
        ops::{self, Direction},
        public::{ConsultationDocument, PublicDefinition},
        repo, rules,
        translations::{self, LanguageProgress, TextState},
    },
    entities::meeting,
    error::{AppError, FieldError},
    i18n::Locale,
    state::AppState,
};

/// `Some(None)` for an explicit `null`, `None` when the field is absent.
fn double_option<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// A consultation as its facilitators see it.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConsultationView {
    pub id: i32,
    pub slug: String,
    pub group_id: i32,
    pub meeting_id: Option<i32>,
    pub status: Status,
    /// Send it back with every change.
    pub version: i32,
    pub join_code: String,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub published_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub responses: u64,
    /// What would stop it from opening now (empty: it could open).
    pub problems: Vec<FieldError>,
    pub translations: Vec<LanguageProgress>,
    pub definition: Definition,
}

async fn view(state: &AppState, c: Consultation, l: &Locale) -> Result<ConsultationView, AppError> {
    let responses = repo::count_responses(&state.db, c.id()).await?;
    let problems = if c.status == Status::Draft {
        let mut issues = rules::missing_for_open(&c.definition);
        issues.extend(lifecycle::date_problems(
            c.row.opens_at,
            c.row.closes_at,
            Utc::now(),
            true,
        ));
        field_errors(&issues, l)
    } else {
        Vec::new()
    };
    Ok(ConsultationView {
        id: c.id(),
        slug: c.row.slug.clone(),
        group_id: c.group_id(),
        meeting_id: c.row.meeting_id,
        status: c.status,
        version: c.row.version,
        join_code: c.row.join_code.clone(),
        opens_at: c.row.opens_at,
        closes_at: c.row.closes_at,
        closed_at: c.row.closed_at,
        published_at: c.row.published_at,
        created_at: c.row.created_at,
        updated_at: c.row.updated_at,
        responses,
        problems,
        translations: translations::progress(&c.definition),
        definition: c.definition,
    })
}

pub async fn ok_view(
    state: &AppState,
    c: Consultation,
    l: &Locale,
) -> Result<HttpResponse, AppError> {
    Ok(HttpResponse::Ok().json(view(state, c, l).await?))
}

async fn created_view(
    state: &AppState,
    c: Consultation,
    l: &Locale,
) -> Result<HttpResponse, AppError> {
    let location = format!("/api/v1/consultations/{}/authoring", c.slug());
    Ok(HttpResponse::Created()
        .insert_header(("Location", location))
        .json(view(state, c, l).await?))
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
async fn apply<F>(
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

/// One line of a group's consultations.
#[derive(Debug, Serialize, ToSchema)]
pub struct ConsultationSummary {
    pub slug: String,
    pub status: Status,
    pub version: i32,
    pub title: LocalText,
    pub meeting_id: Option<i32>,
    pub responses: u64,
    pub updated_at: DateTime<Utc>,
}

/// A group's consultations (its members, facilitators and administrators).
#[utoipa::path(
    tag = "consultations",
    params(("group" = String, Path, description = "The group's slug")),
    responses((status = 200, body = Vec<ConsultationSummary>), (status = 403), (status = 404)),
    security(("bearer" = []))
)]
#[get("/api/v1/groups/{group}/consultations")]
async fn list_consultations(
    state: web::Data<AppState>,
    actor: Actor,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let group = group_by_slug(&state, &path).await?;
    actor.require_reader(group.id)?;
    let all = repo::consultations_of_group(&state.db, group.id).await?;
    let ids: Vec<i32> = all.iter().map(Consultation::id).collect();
    let counts = repo::response_counts(&state.db, &ids).await?;
    let list: Vec<ConsultationSummary> = all
        .into_iter()
        .map(|c| ConsultationSummary {
            responses: counts.get(&c.id()).copied().unwrap_or(0),
            slug: c.row.slug,
            status: c.status,
            version: c.row.version,
            title: c.definition.texts.title,
            meeting_id: c.row.meeting_id,
            updated_at: c.row.updated_at,
        })
        .collect();
    Ok(HttpResponse::Ok().json(list))
}

/// Creates a draft from a consultation document: a new one (only `definition.languages`,
/// `definition.default_language` and the title are needed) or an exported one (import).
#[utoipa::path(
    tag = "consultations",
    params(("group" = String, Path, description = "The group's slug")),
    request_body = ConsultationDocument,
    responses(
        (status = 201, body = ConsultationView),
        (status = 400, body = crate::error::Problem),
        (status = 403, body = crate::error::Problem),
        (status = 422, description = "Invalid definition: errors name each field", body = crate::error::Problem),
    ),
    security(("bearer" = []))
)]
#[post("/api/v1/groups/{group}/consultations")]
async fn create_consultation(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    body: web::Json<ConsultationDocument>,
) -> Result<HttpResponse, AppError> {
    let group = group_by_slug(&state, &path).await?;
    actor.require_facilitator(group.id)?;
    let doc = body.into_inner();
    if doc.format != crate::consultations::public::DOCUMENT_FORMAT {
        return Err(AppError::Invalid(vec![FieldError {
            field: "format".into(),
            message: format!(
                "Expected \"{}\"",
                crate::consultations::public::DOCUMENT_FORMAT
            ),
        }]));
    }
    let c = authoring::create(
        &state.db,
        &actor,
        group.id,
        NewConsultation {
            slug: doc.slug,
            meeting_id: doc.meeting_id,
            opens_at: doc.opens_at,
            closes_at: doc.closes_at,
            definition: doc.definition,
        },
        "consultation_created",
    )
    .await
    .map_err(|e| e.into_app_error(&l))?;
    created_view(&state, c, &l).await
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

fn created(mut res: HttpResponse) -> HttpResponse {
    *res.status_mut() = actix_web::http::StatusCode::CREATED;
    res
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

#[derive(Debug, Deserialize, IntoParams)]
pub struct VersionQuery {
    /// The version the change was made on.
    pub version: i32,
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

#[derive(Debug, Deserialize, ToSchema)]
pub struct MoveInput {
    pub version: i32,
    pub direction: Direction,
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
        TransitionError::Db(e) => AppError::Unexpected(e),
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TransitionView {
    pub from: String,
    pub to: String,
    pub at: DateTime<Utc>,
    pub actor_account_id: Option<i32>,
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
        })
        .collect();
    Ok(HttpResponse::Ok().json(list))
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

/// A meeting of a working group.
#[derive(Debug, Serialize, ToSchema)]
pub struct MeetingView {
    pub id: i32,
    pub group_id: i32,
    pub title: String,
    pub starts_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    pub place: String,
    pub is_online: bool,
    /// Send it back with every change.
    pub version: i32,
}

impl From<meeting::Model> for MeetingView {
    fn from(m: meeting::Model) -> Self {
        Self {
            id: m.id,
            group_id: m.group_id,
            title: m.title,
            starts_on: m.starts_on,
            ends_on: m.ends_on,
            place: m.place,
            is_online: m.is_online,
            version: m.version,
        }
    }
}

#[derive(Debug, Deserialize, ToSchema)]
pub struct MeetingBody {
    /// Needed to change a meeting (not to create one).
    pub version: Option<i32>,
    pub title: String,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub is_online: bool,
}

impl MeetingBody {
    fn input(&self) -> MeetingInput {
        MeetingInput {
            title: self.title.clone(),
            starts_on: self.starts_on,
            ends_on: self.ends_on,
            place: self.place.clone(),
            is_online: self.is_online,
        }
    }
}

/// A group's meetings, soonest first.
#[utoipa::path(
    tag = "meetings",
    params(("group" = String, Path)),
    responses((status = 200, body = Vec<MeetingView>), (status = 403), (status = 404)),
    security(("bearer" = []))
)]
#[get("/api/v1/groups/{group}/meetings")]
async fn list_meetings(
    state: web::Data<AppState>,
    actor: Actor,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let group = group_by_slug(&state, &path).await?;
    actor.require_reader(group.id)?;
    let list: Vec<MeetingView> = repo::meetings_of_group(&state.db, group.id)
        .await?
        .into_iter()
        .map(MeetingView::from)
        .collect();
    Ok(HttpResponse::Ok().json(list))
}

/// Creates a meeting (title, dates, place or online).
#[utoipa::path(
    tag = "meetings",
    params(("group" = String, Path)),
    request_body = MeetingBody,
    responses((status = 201, body = MeetingView), (status = 403), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
#[post("/api/v1/groups/{group}/meetings")]
async fn create_meeting(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    body: web::Json<MeetingBody>,
) -> Result<HttpResponse, AppError> {
    let group = group_by_slug(&state, &path).await?;
    let m = authoring::create_meeting(&state.db, &actor, group.id, &body.input())
        .await
        .map_err(|e| e.into_app_error(&l))?;
    Ok(HttpResponse::Created().json(MeetingView::from(m)))
}

async fn meeting_for(state: &AppState, actor: &Actor, id: i32) -> Result<meeting::Model, AppError> {
    let m = repo::meeting_by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.require_reader(m.group_id)?;
    Ok(m)
}

/// One meeting.
#[utoipa::path(
    tag = "meetings",
    params(("id" = i32, Path)),
    responses((status = 200, body = MeetingView), (status = 403), (status = 404)),
    security(("bearer" = []))
)]
#[get("/api/v1/meetings/{id}")]
async fn show_meeting(
    state: web::Data<AppState>,
    actor: Actor,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let m = meeting_for(&state, &actor, *path).await?;
    Ok(HttpResponse::Ok().json(MeetingView::from(m)))
}

/// Changes a meeting seen at `version`.
#[utoipa::path(
    tag = "meetings",
    params(("id" = i32, Path)),
    request_body = MeetingBody,
    responses((status = 200, body = MeetingView), (status = 403), (status = 409, body = crate::error::Problem), (status = 422, body = crate::error::Problem)),
    security(("bearer" = []))
)]
#[put("/api/v1/meetings/{id}")]
async fn update_meeting(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<i32>,
    body: web::Json<MeetingBody>,
) -> Result<HttpResponse, AppError> {
    let m = meeting_for(&state, &actor, *path).await?;
    let Some(version) = body.version else {
        return Err(AppError::Invalid(vec![FieldError {
            field: "version".into(),
            message: l.t("cn-v-version"),
        }]));
    };
    let m = authoring::update_meeting(&state.db, &actor, m.id, version, &body.input())
        .await
        .map_err(|e| e.into_app_error(&l))?;
    Ok(HttpResponse::Ok().json(MeetingView::from(m)))
}

/// Deletes a meeting; its consultations stay, detached.
#[utoipa::path(
    tag = "meetings",
    params(("id" = i32, Path)),
    responses((status = 204), (status = 403), (status = 404)),
    security(("bearer" = []))
)]
#[delete("/api/v1/meetings/{id}")]
async fn delete_meeting(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let m = meeting_for(&state, &actor, *path).await?;
    authoring::delete_meeting(&state.db, &actor, m.id)
        .await
        .map_err(|e: EditError| e.into_app_error(&l))?;
    Ok(HttpResponse::NoContent().finish())
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(show_definition)
        .service(list_consultations)
        .service(create_consultation)
        .service(show_authoring)
        .service(update_details)
        .service(delete_consultation)
        .service(export_document)
        .service(replace_document)
        .service(update_texts)
        .service(update_settings)
        .service(add_section)
        .service(update_section)
        .service(delete_section)
        .service(move_section)
        .service(add_question)
        .service(update_question)
        .service(delete_question)
        .service(move_question)
        .service(show_translations)
        .service(update_translations)
        .service(list_transitions)
        .service(duplicate)
        .service(list_meetings)
        .service(create_meeting)
        .service(show_meeting)
        .service(update_meeting)
        .service(delete_meeting);
}
