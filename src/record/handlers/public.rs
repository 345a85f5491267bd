//! The public record, without an account: a group's meetings and the search of its
//! documents (`/g/{group}`), a meeting's permanent page (`/meetings/{id}`), a document's
//! page (`/documents/{id}`) and its files (`/documents/{id}/{lang}`). Drafts are not public;
//! a withdrawn document answers 410 with the reason.
use actix_web::{HttpRequest, HttpResponse, get, http::StatusCode, http::header, web};
use askama::Template;

use crate::{
    accounts::Viewer,
    aggregation::document::title_of,
    consultations::{Status, handlers::forms::status_label, repo as consultations_repo},
    entities::{meeting, meeting_document, work_group},
    error::AppError,
    i18n::Locale,
    record::{
        files,
        repo::{self, DRAFT, WITHDRAWN},
        search::SearchInput,
        view::{DocItem, MeetingItem},
    },
    state::AppState,
};

async fn group(state: &AppState, slug: &str) -> Result<work_group::Model, AppError> {
    consultations_repo::group_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// Whether the viewer sees a group's drafts (its members, facilitators, administrators).
fn reads(viewer: &Viewer, group_id: i32) -> bool {
    viewer.actor().is_some_and(|a| a.can_read(group_id))
}

/// A page that differs for members (drafts, links to manage) is never cached.
fn answer(
    status: StatusCode,
    personal: bool,
    page: &impl Template,
) -> Result<HttpResponse, AppError> {
    if personal {
        crate::web::no_store_page(status, page)
    } else {
        crate::web::page(status, page)
    }
}

pub struct SearchView {
    pub q: String,
    pub year: String,
    pub kind: String,
    pub language: String,
    pub error_field: &'static str,
    pub error: String,
}

impl SearchView {
    /// The error summary: the refused filter, linked to its field.
    fn errors(&self) -> crate::web::forms::Errors {
        let message = (!self.error.is_empty()).then_some(&self.error);
        crate::web::forms::Errors::at(&format!("search-{}", self.error_field), message)
    }
}

#[derive(Template)]
#[template(path = "record/group.html")]
struct GroupRecordPage {
    l: Locale,
    group: work_group::Model,
    meetings: Vec<MeetingItem>,
    search: SearchView,
    /// `None` when nothing was searched.
    results: Option<Vec<DocItem>>,
    results_count: i64,
    years: Vec<i32>,
    kinds: Vec<(&'static str, String)>,
    manage: bool,
    /// Published reports: period, title.
    reports: Vec<(String, String)>,
    /// A facilitator looking: the link to the reports' editor.
    facilitate: bool,
}

/// A group's public record: its meetings (newest first) and a search of its documents.
#[get("/g/{group}")]
async fn show_group_record(
    state: web::Data<AppState>,
    l: Locale,
    viewer: Viewer,
    path: web::Path<String>,
    query: web::Query<SearchInput>,
) -> Result<HttpResponse, AppError> {
    let group = group(&state, &path).await?;
    let manage = reads(&viewer, group.id);
    let meetings = repo::meetings_newest_first(&state.db, group.id).await?;
    let ids: Vec<i32> = meetings.iter().map(|m| m.id).collect();
    let documents = repo::documents_of(&state.db, &ids, false).await?;
    let doc_ids: Vec<i32> = documents.iter().map(|d| d.id).collect();
    let files = repo::files_of(&state.db, &doc_ids).await?;
    let mut years: Vec<i32> = documents
        .iter()
        .map(|d| chrono::Datelike::year(&d.dated_on))
        .chain(
            meetings
                .iter()
                .map(|m| chrono::Datelike::year(&m.starts_on)),
        )
        .collect();
    years.sort_unstable_by(|a, b| b.cmp(a));
    years.dedup();
    let mut search = SearchView {
        q: query.q.chars().take(search_field_chars()).collect(),
        year: query.year.clone(),
        kind: query.kind.clone(),
        language: query.language.clone(),
        error_field: "",
        error: String::new(),
    };
    let mut status = StatusCode::OK;
    let results = if query.is_empty() {
        None
    } else {
        match query.parse() {
            Ok(s) => Some(
                documents
                    .iter()
                    .filter(|d| s.matches(d, &files))
                    .map(|d| DocItem::new(&l, d, &files, meeting_title(&meetings, d)))
                    .collect(),
            ),
            Err(problem) => {
                status = StatusCode::BAD_REQUEST;
                search.error_field = problem.field;
                search.error = l.t(problem.key);
                None
            }
        }
    };
    let meetings = meetings
        .iter()
        .map(|m| MeetingItem::new(m, documents.iter().filter(|d| d.meeting_id == m.id).count()))
        .collect();
    let kinds = repo::DocumentKind::ALL
        .iter()
        .map(|k| (k.as_str(), l.t(&format!("rec-kind-{}", k.as_str()))))
        .collect();
    let results_count = results.as_ref().map_or(0, |r: &Vec<DocItem>| {
        i64::try_from(r.len()).unwrap_or(i64::MAX)
    });
    let reports = crate::reports::repo::published_periods(&state.db, group.id)
        .await?
        .into_iter()
        .map(|p| {
            let title = crate::reports::view::title(&l, !p.contains('-'), &p);
            (p, title)
        })
        .collect();
    let page = GroupRecordPage {
        facilitate: viewer.actor().is_some_and(|a| a.can_facilitate(group.id)),
        reports,
        results_count,
        l,
        group,
        meetings,
        search,
        results,
        years,
        kinds,
        manage,
    };
    answer(status, manage, &page)
}

/// What is shown back of a refused search (the page stays small).
fn search_field_chars() -> usize {
    crate::record::search::MAX_QUERY_CHARS * 2
}

fn meeting_title<'a>(meetings: &'a [meeting::Model], d: &meeting_document::Model) -> &'a str {
    meetings
        .iter()
        .find(|m| m.id == d.meeting_id)
        .map_or("", |m| m.title.as_str())
}

pub struct ConsultationItem {
    pub title: String,
    pub status_label: String,
    pub opens: String,
    pub closes: String,
    /// The published results, when they are public.
    pub results: Option<String>,
}

#[derive(Template)]
#[template(path = "record/meeting.html")]
struct MeetingRecordPage {
    l: Locale,
    group: work_group::Model,
    meeting: MeetingItem,
    consultations: Vec<ConsultationItem>,
    documents: Vec<DocItem>,
    manage: bool,
}

/// A meeting's permanent page.
#[get("/meetings/{id}")]
async fn show_meeting_record(
    state: web::Data<AppState>,
    l: Locale,
    viewer: Viewer,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let m = consultations_repo::meeting_by_id(&state.db, *path)
        .await?
        .ok_or(AppError::NotFound)?;
    let group = consultations_repo::group_by_id(&state.db, m.group_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let manage = reads(&viewer, group.id);
    let documents = repo::documents_of(&state.db, &[m.id], false).await?;
    let doc_ids: Vec<i32> = documents.iter().map(|d| d.id).collect();
    let files = repo::files_of(&state.db, &doc_ids).await?;
    let consultations = consultations_repo::consultations_of_group(&state.db, group.id)
        .await?
        .into_iter()
        .filter(|c| c.row.meeting_id == Some(m.id) && c.status != Status::Draft)
        .map(|c| ConsultationItem {
            title: title_of(&c, l.code()),
            status_label: status_label(&l, c.status),
            opens: day(c.row.opens_at),
            closes: day(c.row.closes_at.or(c.row.closed_at)),
            results: c
                .results_public()
                .then(|| format!("/results/{}?lang={}", c.slug(), l.code())),
        })
        .collect();
    let page = MeetingRecordPage {
        documents: documents
            .iter()
            .map(|d| DocItem::new(&l, d, &files, &m.title))
            .collect(),
        meeting: MeetingItem::new(&m, documents.len()),
        l,
        group,
        consultations,
        manage,
    };
    answer(StatusCode::OK, manage, &page)
}

fn day(at: Option<chrono::DateTime<chrono::Utc>>) -> String {
    at.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

#[derive(Template)]
#[template(path = "record/document.html")]
struct DocumentPage {
    l: Locale,
    group: work_group::Model,
    d: DocItem,
    withdrawn_on: String,
}

/// A document the viewer may see: published or withdrawn for anyone, drafts for the group.
async fn visible_document(
    state: &AppState,
    viewer: &Viewer,
    id: i32,
) -> Result<(meeting_document::Model, meeting::Model, work_group::Model), AppError> {
    let d = repo::document(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let m = consultations_repo::meeting_by_id(&state.db, d.meeting_id)
        .await?
        .ok_or(AppError::NotFound)?;
    if d.status == DRAFT && !reads(viewer, m.group_id) {
        return Err(AppError::NotFound);
    }
    let group = consultations_repo::group_by_id(&state.db, m.group_id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((d, m, group))
}

/// A withdrawn document's page: 410 with the reason, on its page and at its files' URLs.
fn withdrawn_page(
    l: Locale,
    d: &meeting_document::Model,
    m: &meeting::Model,
    group: work_group::Model,
) -> Result<HttpResponse, AppError> {
    let page = DocumentPage {
        d: DocItem::new(&l, d, &[], &m.title),
        withdrawn_on: day(d.withdrawn_at),
        l,
        group,
    };
    crate::web::page(StatusCode::GONE, &page)
}

/// A document's page: its facts and a link per language.
#[get("/documents/{id}")]
async fn show_document(
    state: web::Data<AppState>,
    l: Locale,
    viewer: Viewer,
    path: web::Path<i32>,
) -> Result<HttpResponse, AppError> {
    let (d, m, group) = visible_document(&state, &viewer, *path).await?;
    if d.status == WITHDRAWN {
        return withdrawn_page(l, &d, &m, group);
    }
    let files = repo::files_of(&state.db, &[d.id]).await?;
    let page = DocumentPage {
        d: DocItem::new(&l, &d, &files, &m.title),
        withdrawn_on: String::new(),
        l,
        group,
    };
    answer(StatusCode::OK, d.status == DRAFT, &page)
}

/// A document's file in one language: always a download (`attachment`), with its checked
/// type, never shown inline.
#[get("/documents/{id}/{lang}")]
async fn download_file(
    req: HttpRequest,
    state: web::Data<AppState>,
    l: Locale,
    viewer: Viewer,
    path: web::Path<(i32, String)>,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let (id, lang) = path.into_inner();
    let (d, m, group) = visible_document(&state, &viewer, id).await?;
    if d.status == WITHDRAWN {
        return withdrawn_page(l, &d, &m, group);
    }
    let f = repo::file(&state.db, d.id, &lang)
        .await?
        .ok_or(AppError::NotFound)?;
    // Only a type this module checked is ever sent; anything else is plain bytes.
    let content_type = files::FileKind::from_content_type(&f.content_type)
        .map_or("application/octet-stream", files::FileKind::content_type);
    let cache = if d.status == DRAFT {
        "private, no-store"
    } else {
        "public, max-age=3600"
    };
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((
            header::CONTENT_DISPOSITION,
            files::content_disposition(&f.filename),
        ))
        .insert_header((header::CACHE_CONTROL, cache))
        .body(f.content))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| {
        c.service(show_group_record)
            .service(show_meeting_record)
            .service(show_document)
            .service(download_file)
    });
}
