//! The meeting's documents for the group: members and facilitators upload a document (or
//! another language of one), facilitators publish or withdraw it. Uploads are
//! `multipart/form-data`; a refused one is shown again with the message next to its field
//! and nothing stored.
use actix_multipart::Multipart;
use actix_web::{HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use chrono::NaiveDate;
use futures_util::StreamExt;

use crate::{
    accounts::{Actor, repo as accounts_repo},
    consultations::{
        handlers::forms::{Choice, Errors, Field, FormData, Posted, language_choices, see_other},
        repo as consultations_repo,
    },
    entities::{meeting, work_group},
    error::AppError,
    i18n::Locale,
    record::{
        files::{self, FileKind},
        repo::{self, DocumentKind, NewDocument, NewFile},
        view::{DocItem, MeetingItem},
    },
    state::AppState,
    web::no_store_page,
};

/// Longest title, organisation and withdrawal reason.
const MAX_TITLE: usize = 300;
const MAX_ORG: usize = 200;
const MAX_REASON: usize = 2000;
/// Largest text field of an upload form.
const MAX_TEXT_FIELD: usize = 16 * 1024;

/// An upload as received: its text fields, and its file's name and bytes (`None` bytes: the
/// file was larger than a document may be, and was not kept).
struct Upload {
    form: FormData,
    file: Option<(String, Option<Vec<u8>>)>,
}

/// Reads a multipart form: text fields up to 16 kB each, one file up to 25 MB.
async fn read_upload(mut parts: Multipart) -> Result<Upload, AppError> {
    let unreadable = |e: actix_multipart::MultipartError| {
        AppError::BadRequest(format!("The upload could not be read: {e}"))
    };
    let mut form = FormData::default();
    let mut file = None;
    while let Some(part) = parts.next().await {
        let mut part = part.map_err(unreadable)?;
        let name = part.name().unwrap_or_default().to_owned();
        let filename = part
            .content_disposition()
            .and_then(|cd| cd.get_filename())
            .map(str::to_owned);
        if let Some(filename) = filename.filter(|_| name == "file") {
            let bytes = match part.bytes(files::MAX_FILE_BYTES).await {
                Ok(read) => Some(read.map_err(unreadable)?.to_vec()),
                Err(_too_large) => None,
            };
            file = Some((filename, bytes));
        } else {
            let bytes = part
                .bytes(MAX_TEXT_FIELD)
                .await
                .map_err(|_| AppError::PayloadTooLarge)?
                .map_err(unreadable)?;
            let value = String::from_utf8(bytes.to_vec())
                .map_err(|_| AppError::BadRequest("A field is not valid UTF-8.".into()))?;
            form.0.push((name, value));
        }
    }
    Ok(Upload { form, file })
}

/// The checked file of an upload, or the message for its field.
fn checked_file(l: &Locale, upload: &mut Upload) -> Result<(String, FileKind, Vec<u8>), String> {
    let problem = |p: files::FileProblem| l.t(&format!("rec-v-file-{}", p.as_str()));
    match upload.file.take() {
        None => Err(problem(files::FileProblem::Missing)),
        Some((_, None)) => Err(problem(files::FileProblem::TooLarge)),
        Some((name, Some(bytes))) => match files::check(&name, &bytes) {
            Ok(kind) => Ok((files::stored_name(&name, kind), kind, bytes)),
            Err(p) => Err(problem(p)),
        },
    }
}

/// The values typed in the new-document form, shown again after a refusal.
#[derive(Default)]
pub struct Typed {
    pub title: String,
    pub kind: String,
    pub author_org: String,
    pub dated_on: String,
    pub language: String,
}

#[derive(Template)]
#[template(path = "record/manage.html")]
struct DocumentsPage {
    l: Locale,
    actor: Actor,
    group: work_group::Model,
    meeting: MeetingItem,
    documents: Vec<DocItem>,
    can_publish: bool,
    errors: Errors,
    /// The new document's title, organisation and date.
    fields: Vec<Field>,
    kinds: Vec<Choice>,
    languages: Vec<Choice>,
}

async fn meeting_of(
    state: &AppState,
    actor: &Actor,
    id: i32,
) -> Result<(meeting::Model, work_group::Model), AppError> {
    let m = consultations_repo::meeting_by_id(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.require_reader(m.group_id)?;
    let group = consultations_repo::group_by_id(&state.db, m.group_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((m, group))
}

async fn documents_page(
    state: &AppState,
    l: Locale,
    actor: Actor,
    meeting_id: i32,
    errors: Errors,
    typed: Typed,
) -> Result<DocumentsPage, AppError> {
    let (m, group) = meeting_of(state, &actor, meeting_id).await?;
    let docs = repo::documents_of(&state.db, &[m.id], true).await?;
    let ids: Vec<i32> = docs.iter().map(|d| d.id).collect();
    let found = repo::files_of(&state.db, &ids).await?;
    let documents = docs
        .iter()
        .map(|d| DocItem::new(&l, d, &found, &m.title))
        .collect();
    let kinds = DocumentKind::ALL
        .iter()
        .map(|k| {
            Choice::new(
                k.as_str(),
                l.t(&format!("rec-kind-{}", k.as_str())),
                typed.kind == k.as_str(),
            )
        })
        .collect();
    let chosen = if typed.language.is_empty() {
        l.code().to_owned()
    } else {
        typed.language.clone()
    };
    let fields = vec![
        Field::text("title", l.t("rec-field-title"))
            .value(&typed.title)
            .errors(&errors),
        Field::text("author_org", l.t("rec-field-author-org"))
            .value(&typed.author_org)
            .autocomplete("organization")
            .errors(&errors),
        Field::new("date", "dated_on", l.t("rec-field-date"))
            .value(&typed.dated_on)
            .errors(&errors),
    ];
    Ok(DocumentsPage {
        can_publish: actor.can_facilitate(group.id),
        meeting: MeetingItem::new(&m, docs.len()),
        languages: language_choices(&[chosen]),
        l,
        actor,
        group,
        documents,
        errors,
        fields,
        kinds,
    })
}

/// The meeting's documents and the upload form.
#[get("/manage/meetings/{id}/documents")]
async fn show_documents(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let page = documents_page(&state, l, actor, *path, Errors::default(), Typed::default()).await?;
    no_store_page(StatusCode::OK, &page)
}

fn documents_location(meeting_id: i32) -> String {
    format!("/manage/meetings/{meeting_id}/documents")
}

/// Reads the new document's fields; problems go to `errors` under each field's name.
fn new_document(
    l: &Locale,
    form: &FormData,
    meeting_id: i32,
    errors: &mut Errors,
) -> Option<NewDocument> {
    let title = form.get("title").trim();
    if title.is_empty() || title.chars().count() > MAX_TITLE {
        errors.push("title", l.t("rec-v-title"));
    }
    let kind = DocumentKind::parse(form.get("type"));
    if kind.is_none() {
        errors.add("type", l.t("rec-v-type"));
    }
    let org = form.get("author_org").trim();
    if org.is_empty() || org.chars().count() > MAX_ORG {
        errors.push("author_org", l.t("rec-v-author-org"));
    }
    let dated_on = NaiveDate::parse_from_str(form.get("dated_on").trim(), "%Y-%m-%d").ok();
    if dated_on.is_none() {
        errors.push("dated_on", l.t("rec-v-date"));
    }
    Some(NewDocument {
        meeting_id,
        title: title.to_owned(),
        kind: kind?,
        author_org: org.to_owned(),
        dated_on: dated_on?,
    })
}

fn checked_language(l: &Locale, form: &FormData, field: &str, errors: &mut Errors) -> String {
    let code = form.get("language").trim();
    if !crate::i18n::is_available(code) {
        errors.add(field, l.t("rec-v-language"));
    }
    code.to_owned()
}

/// Uploads a new document (a draft) with its first file.
#[post("/manage/meetings/{id}/documents")]
async fn upload_document(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<i32>,
    parts: Multipart,
) -> Result<HttpResponse, AppError> {
    let mut upload = read_upload(parts).await?;
    actor.check_csrf(upload.form.csrf())?;
    let (m, _) = meeting_of(&state, &actor, *path).await?;
    let mut errors = Errors::default();
    let new = new_document(&l, &upload.form, m.id, &mut errors);
    let language = checked_language(&l, &upload.form, "language", &mut errors);
    let file = checked_file(&l, &mut upload).map_err(|message| errors.add("file", message));
    if let (Some(new), Ok((filename, kind, content)), true) = (new, file, errors.is_empty()) {
        let tx = crate::db::begin_write(&state.db).await?;
        let doc = repo::insert_document(
            &tx,
            new,
            NewFile {
                language,
                filename,
                content_type: kind.content_type(),
                content,
            },
        )
        .await?;
        audit(&tx, &actor, m.group_id, "document_uploaded", doc.id).await?;
        tx.commit().await?;
        return Ok(see_other(&format!(
            "{}#doc-{}",
            documents_location(m.id),
            doc.id
        )));
    }
    let f = &upload.form;
    let typed = Typed {
        title: f.get("title").to_owned(),
        kind: f.get("type").to_owned(),
        author_org: f.get("author_org").to_owned(),
        dated_on: f.get("dated_on").to_owned(),
        language: f.get("language").to_owned(),
    };
    let page = documents_page(&state, l, actor, m.id, errors, typed).await?;
    no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

async fn audit(
    db: &impl sea_orm::ConnectionTrait,
    actor: &Actor,
    group_id: i32,
    action: &str,
    document_id: i32,
) -> Result<(), AppError> {
    accounts_repo::audit(
        db,
        Some(actor.id()),
        Some(group_id),
        action,
        &format!("document:{document_id}"),
        "",
    )
    .await?;
    Ok(())
}

/// A document of a meeting the adult may read, with the meeting.
async fn document_of(
    state: &AppState,
    actor: &Actor,
    id: i32,
) -> Result<(crate::entities::meeting_document::Model, meeting::Model), AppError> {
    let d = repo::document(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (m, _) = meeting_of(state, actor, d.meeting_id).await?;
    Ok((d, m))
}

/// Adds (or replaces) a document's file in a language.
#[post("/manage/documents/{id}/files")]
async fn upload_file(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<i32>,
    parts: Multipart,
) -> Result<HttpResponse, AppError> {
    let mut upload = read_upload(parts).await?;
    actor.check_csrf(upload.form.csrf())?;
    let (d, m) = document_of(&state, &actor, *path).await?;
    let mut errors = Errors::default();
    let language = checked_language(&l, &upload.form, &format!("language-{}", d.id), &mut errors);
    let file =
        checked_file(&l, &mut upload).map_err(|msg| errors.add(&format!("file-{}", d.id), msg));
    if d.status == repo::WITHDRAWN {
        errors.add(&format!("file-{}", d.id), l.t("rec-v-withdrawn"));
    }
    if let (Ok((filename, kind, content)), true) = (file, errors.is_empty()) {
        let tx = crate::db::begin_write(&state.db).await?;
        repo::put_file(
            &tx,
            d.id,
            NewFile {
                language,
                filename,
                content_type: kind.content_type(),
                content,
            },
        )
        .await?;
        audit(&tx, &actor, m.group_id, "document_file_added", d.id).await?;
        tx.commit().await?;
        return Ok(see_other(&format!(
            "{}#doc-{}",
            documents_location(m.id),
            d.id
        )));
    }
    let page = documents_page(&state, l, actor, m.id, errors, Typed::default()).await?;
    no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// Publishes a draft document: from now on anyone can read it.
#[post("/manage/documents/{id}/publish")]
async fn publish_document(
    state: web::Data<AppState>,
    actor: Actor,
    path: web::Path<i32>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    FormData::posted_by(&actor, form)?;
    let (d, m) = document_of(&state, &actor, *path).await?;
    actor.require_facilitator(m.group_id)?;
    let tx = crate::db::begin_write(&state.db).await?;
    if repo::publish(&tx, d.id).await? {
        audit(&tx, &actor, m.group_id, "document_published", d.id).await?;
    }
    tx.commit().await?;
    Ok(see_other(&format!(
        "{}#doc-{}",
        documents_location(m.id),
        d.id
    )))
}

/// Withdraws a document with a reason the public reads in its place.
#[post("/manage/documents/{id}/withdraw")]
async fn withdraw_document(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<i32>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let form = FormData::posted_by(&actor, form)?;
    let (d, m) = document_of(&state, &actor, *path).await?;
    actor.require_facilitator(m.group_id)?;
    let reason = form.get("reason").trim();
    if reason.is_empty() || reason.chars().count() > MAX_REASON {
        let mut errors = Errors::default();
        errors.add(&format!("reason-{}", d.id), l.t("rec-v-reason"));
        let page = documents_page(&state, l, actor, m.id, errors, Typed::default()).await?;
        return no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let tx = crate::db::begin_write(&state.db).await?;
    if repo::withdraw(&tx, d.id, reason).await? {
        audit(&tx, &actor, m.group_id, "document_withdrawn", d.id).await?;
    }
    tx.commit().await?;
    Ok(see_other(&format!(
        "{}#doc-{}",
        documents_location(m.id),
        d.id
    )))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| {
        c.service(show_documents)
            .service(upload_document)
            .service(upload_file)
            .service(publish_document)
            .service(withdraw_document)
    });
}
