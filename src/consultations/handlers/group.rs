//! Creating or importing a consultation in a group (the group's home is `home`'s).
use actix_web::{HttpResponse, get, http::StatusCode, post, web};
use askama::Template;

use super::forms::{IssueErrors, Posted};
use super::{
    forms::{Choice, Errors, Field, FormData, language_choices, see_other},
    group_by_slug,
};
use crate::web::no_store_page;
use crate::{
    accounts::Actor,
    consultations::{
        authoring::{self, EditError, NewConsultation},
        definition::{Definition, Phase},
        public::ConsultationDocument,
        repo,
        rules::Issue,
    },
    entities::{meeting, work_group},
    error::AppError,
    i18n::Locale,
    state::AppState,
};

/// `12 March 2027` or `12 – 14 March 2027`, in ISO form to stay clear in every language.
pub fn meeting_dates(m: &meeting::Model) -> String {
    match m.ends_on.filter(|e| *e != m.starts_on) {
        Some(end) => format!("{} – {}", m.starts_on, end),
        None => m.starts_on.to_string(),
    }
}

#[derive(Template)]
#[template(path = "consultations/confirm.html")]
pub struct ConfirmPage {
    pub l: Locale,
    pub actor: Actor,
    pub title: String,
    pub message: String,
    pub action: String,
    pub back: String,
    pub button: String,
    pub version: i32,
    pub errors: Errors,
    /// Posted again with the confirmation (a status move's `from` and `to`).
    pub fields: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "consultations/new.html")]
struct NewPage {
    l: Locale,
    actor: Actor,
    group: work_group::Model,
    title: Field,
    slug: Field,
    languages: Vec<Choice>,
    default_language: Vec<Choice>,
    meetings: Vec<Choice>,
    phases: Vec<Choice>,
    errors: Errors,
}

fn meeting_choices(meetings: &[meeting::Model], selected: Option<i32>, l: &Locale) -> Vec<Choice> {
    std::iter::once(Choice::new("", l.t("cn-no-meeting"), selected.is_none()))
        .chain(meetings.iter().map(|m| {
            Choice::new(
                m.id.to_string(),
                format!("{} ({})", m.title, meeting_dates(m)),
                selected == Some(m.id),
            )
        }))
        .collect()
}

fn phase_choices(selected: &[Phase], l: &Locale) -> Vec<Choice> {
    [Phase::Before, Phase::During]
        .into_iter()
        .map(|p| {
            Choice::new(
                p.as_str(),
                l.t(&format!("cn-phase-{}", p.as_str())),
                selected.contains(&p),
            )
        })
        .collect()
}

impl NewPage {
    async fn build(
        state: &AppState,
        l: Locale,
        actor: Actor,
        group: work_group::Model,
        form: Option<&FormData>,
        errors: Errors,
    ) -> Result<Self, AppError> {
        let meetings = repo::meetings_of_group(&state.db, group.id).await?;
        let languages: Vec<String> = form.map_or_else(
            || {
                crate::consultations::definition::DEFAULT_LANGUAGES
                    .iter()
                    .map(|s| (*s).to_owned())
                    .collect()
            },
            |f| f.all("languages").into_iter().map(str::to_owned).collect(),
        );
        let default = form.map_or_else(
            || l.code().to_owned(),
            |f| f.get("default_language").to_owned(),
        );
        let meeting = form.and_then(|f| f.get("meeting").parse().ok());
        let phases: Vec<Phase> =
            form.map_or_else(|| vec![Phase::Before], |f| parse_phases(&f.all("phases")));
        Ok(Self {
            title: Field::text("title", l.t("cn-new-title"))
                .hint(l.t("cn-new-title-hint"))
                .value(form.map_or("", |f| f.get("title")))
                .errors(&errors),
            slug: Field::text("slug", l.t("cn-field-slug"))
                .hint(l.t("cn-field-slug-hint"))
                .value(form.map_or("", |f| f.get("slug")))
                .errors(&errors),
            languages: language_choices(&languages),
            default_language: language_choices(&[default]),
            meetings: meeting_choices(&meetings, meeting, &l),
            phases: phase_choices(&phases, &l),
            l,
            actor,
            group,
            errors,
        })
    }
}

pub fn parse_phases(values: &[&str]) -> Vec<Phase> {
    [Phase::Before, Phase::During]
        .into_iter()
        .filter(|p| values.contains(&p.as_str()))
        .collect()
}

#[get("/manage/groups/{group}/consultations/new")]
async fn show_new_consultation(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let group = group_by_slug(&state, &path).await?;
    actor.require_facilitator(group.id)?;
    let page = NewPage::build(&state, l, actor, group, None, Errors::default()).await?;
    no_store_page(StatusCode::OK, &page)
}

/// Creates a draft from the first page's answers, then opens the editor.
#[post("/manage/groups/{group}/consultations")]
async fn create_consultation(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let form = FormData::posted_by(&actor, form)?;
    let group = group_by_slug(&state, &path).await?;
    actor.require_facilitator(group.id)?;
    let languages: Vec<String> = form
        .all("languages")
        .into_iter()
        .map(str::to_owned)
        .collect();
    let mut definition =
        Definition::new(languages, form.get("default_language"), form.get("title"));
    definition.settings.phases = parse_phases(&form.all("phases"));
    let new = NewConsultation {
        slug: Some(form.get("slug").to_owned()).filter(|s| !s.trim().is_empty()),
        meeting_id: form.get("meeting").parse().ok(),
        opens_at: None,
        closes_at: None,
        definition,
    };
    match authoring::create(&state.db, &actor, group.id, new, "consultation_created").await {
        Ok(c) => Ok(see_other(&format!("/manage/c/{}", c.slug()))),
        Err(EditError::Invalid(issues)) => {
            let mut errors = Errors::default();
            errors.add_issues(&issues, &l, |p| {
                Some(match p {
                    "texts.title" => "title".to_owned(),
                    "meeting_id" => "meeting".to_owned(),
                    "settings.phases" => "phases".to_owned(),
                    other if other.starts_with("texts.title.") => "title".to_owned(),
                    other => other.to_owned(),
                })
            });
            let page = NewPage::build(&state, l, actor, group, Some(&form), errors).await?;
            no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(other) => Err(other.into_app_error(&l)),
    }
}

#[derive(Template)]
#[template(path = "consultations/import.html")]
pub struct ImportPage {
    pub l: Locale,
    pub actor: Actor,
    pub heading: String,
    pub intro: String,
    pub action: String,
    pub back: String,
    pub document: Field,
    pub slug: Option<Field>,
    pub meetings: Vec<Choice>,
    pub version: i32,
    pub errors: Errors,
    pub conflict: bool,
    pub here: String,
}

/// The import page of a group (a file to upload, or a Consulta document to paste).
///
/// # Errors
/// A database error.
pub async fn import_page(
    state: &AppState,
    l: Locale,
    actor: Actor,
    group: &work_group::Model,
    form: Option<&FormData>,
    errors: Errors,
) -> Result<ImportPage, AppError> {
    let meetings = repo::meetings_of_group(&state.db, group.id).await?;
    let meeting = form.and_then(|f| f.get("meeting").parse().ok());
    Ok(ImportPage {
        heading: l.t("cn-import-title"),
        intro: l.t("cn-import-intro"),
        action: format!("/manage/groups/{}/import", group.slug),
        back: format!("/groups/{}", group.slug),
        document: Field::area("document", l.t("cn-import-document"))
            .hint(l.t("cn-import-document-hint"))
            .rows(16)
            .value(form.map_or("", |f| f.get("document")))
            .errors(&errors),
        slug: Some(
            Field::text("slug", l.t("cn-field-slug"))
                .hint(l.t("cn-import-slug-hint"))
                .value(form.map_or("", |f| f.get("slug")))
                .errors(&errors),
        ),
        meetings: meeting_choices(&meetings, meeting, &l),
        version: 0,
        conflict: false,
        here: format!("/manage/groups/{}/import", group.slug),
        l,
        actor,
        errors,
    })
}

#[get("/manage/groups/{group}/import")]
async fn show_import(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let group = group_by_slug(&state, &path).await?;
    actor.require_facilitator(group.id)?;
    let page = import_page(&state, l, actor, &group, None, Errors::default()).await?;
    no_store_page(StatusCode::OK, &page)
}

/// Reads a pasted consultation document.
///
/// # Errors
/// An issue on `document` saying why it does not read.
pub fn parse_document(text: &str) -> Result<ConsultationDocument, Issue> {
    serde_json::from_str::<ConsultationDocument>(text.trim())
        .map_err(|e| Issue::new("document", "cn-v-json").arg("detail", e.to_string()))
}

/// Where an issue of a whole document goes on a page with one text area.
pub fn document_issue_field(path: &str) -> Option<String> {
    match path {
        "slug" => Some("slug".into()),
        "meeting_id" => Some("meeting".into()),
        _ => Some("document".into()),
    }
}

/// Prefixes each issue's message with its path, so problems inside a pasted document can
/// be found.
pub fn document_errors(issues: &[Issue], l: &Locale) -> Errors {
    let mut errors = Errors::default();
    for issue in issues {
        let field = document_issue_field(&issue.path).unwrap_or_default();
        let message = if field == "document" && issue.path != "document" {
            format!("{}: {}", issue.path, issue.message(l))
        } else {
            issue.message(l)
        };
        errors.push(field, message);
    }
    errors
}

#[post("/manage/groups/{group}/import")]
async fn import_consultation(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let form = FormData::posted_by(&actor, form)?;
    let group = group_by_slug(&state, &path).await?;
    actor.require_facilitator(group.id)?;
    let issues = match parse_document(form.get("document")) {
        Err(issue) => vec![issue],
        Ok(doc) => {
            let slug = Some(form.get("slug").trim().to_owned())
                .filter(|s| !s.is_empty())
                .or(doc.slug);
            let slug = match slug {
                Some(s) if repo::slug_taken(&state.db, &s, None).await? => {
                    Some(repo::free_slug(&state.db, &s).await?)
                }
                other => other,
            };
            let new = NewConsultation {
                slug,
                meeting_id: form.get("meeting").parse().ok(),
                opens_at: doc.opens_at,
                closes_at: doc.closes_at,
                definition: doc.definition,
            };
            match authoring::create(&state.db, &actor, group.id, new, "consultation_imported").await
            {
                Ok(c) => return Ok(see_other(&format!("/manage/c/{}", c.slug()))),
                Err(EditError::Invalid(issues)) => issues,
                Err(other) => return Err(other.into_app_error(&l)),
            }
        }
    };
    let errors = document_errors(&issues, &l);
    let page = import_page(&state, l, actor, &group, Some(&form), errors).await?;
    no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page)
}
/// The JSON API of a group's consultations.
mod api {
    use actix_web::{HttpResponse, get, post, web};
    use chrono::{DateTime, Utc};
    use serde::Serialize;
    use utoipa::ToSchema;

    use crate::consultations::handlers::view::ConsultationView;
    use crate::{
        accounts::Actor,
        consultations::{
            Consultation, Status,
            authoring::{self, NewConsultation},
            definition::LocalText,
            handlers::{group_by_slug, view::created_view},
            public::ConsultationDocument,
            repo,
        },
        error::{AppError, FieldError},
        i18n::Locale,
        state::AppState,
    };

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
                title: c.definition.texts.title.clone(),
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

    pub(super) fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
        cfg.service(list_consultations).service(create_consultation);
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    api::routes(cfg);
    cfg.map(|c| {
        c.service(show_new_consultation)
            .service(create_consultation)
            .service(show_import)
            .service(import_consultation)
    });
}
