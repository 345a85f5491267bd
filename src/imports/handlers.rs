//! The three doors of an import that are HTTP (the command line is `cli`'s): the API
//! (`POST /api/v1/groups/{group}/imports`, the file as the body or multipart), the page's
//! upload (`POST /manage/groups/{group}/import/file`, shown on the group's import page),
//! dismissing the report in the editor, and the XLSForm export.
use actix_web::{HttpRequest, HttpResponse, get, http::StatusCode, post, web};
use futures_util::StreamExt;
use serde::Serialize;
use utoipa::ToSchema;

use super::{ImportError, MAX_FILE_BYTES, Refusal};
use crate::{
    accounts::Actor,
    consultations::{
        authoring::EditError,
        handlers::{forms::Errors, group::import_page},
        import_report::{self, ImportReport},
        repo,
    },
    error::{AppError, FieldError},
    i18n::Locale,
    state::AppState,
    web::no_store_page,
};

/// The answer to an import: the new draft's slug and what was done with each row.
#[derive(Debug, Serialize, ToSchema)]
pub struct ImportResult {
    pub slug: String,
    pub report: ImportReport,
}

/// Why a body was not read.
pub enum BodyError {
    TooLarge,
    Broken,
}

/// The APIs' answer: 413 over the limit, 400 for a body cut short.
impl From<BodyError> for AppError {
    fn from(err: BodyError) -> Self {
        match err {
            BodyError::TooLarge => Self::PayloadTooLarge,
            BodyError::Broken => Self::BadRequest("The body was cut.".into()),
        }
    }
}

/// Reads a request body up to the file limit (plus room for a multipart envelope); what
/// comes after the limit is read and dropped, so the client hears the refusal.
pub async fn read_body(mut payload: web::Payload) -> Result<Vec<u8>, BodyError> {
    let limit = MAX_FILE_BYTES + 64 * 1024;
    let mut body = Vec::new();
    let mut seen = 0usize;
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| BodyError::Broken)?;
        seen += chunk.len();
        if seen > limit {
            if seen > 8 * limit {
                break;
            }
            continue;
        }
        body.extend_from_slice(&chunk);
    }
    if seen > limit {
        Err(BodyError::TooLarge)
    } else {
        Ok(body)
    }
}

/// One part of a `multipart/form-data` body.
pub struct Part<'a> {
    pub name: String,
    pub file_name: String,
    pub content_type: String,
    pub data: &'a [u8],
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn header_param(header: &str, name: &str) -> Option<String> {
    header.split(';').find_map(|p| {
        let (k, v) = p.trim().split_once('=')?;
        (k.trim().eq_ignore_ascii_case(name)).then(|| v.trim().trim_matches('"').to_owned())
    })
}

/// The parts of a `multipart/form-data` body.
pub fn multipart<'a>(content_type: &str, body: &'a [u8]) -> Option<Vec<Part<'a>>> {
    let boundary = header_param(content_type, "boundary")?;
    let delimiter = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut rest = &body[find(body, delimiter.as_bytes())? + delimiter.len()..];
    loop {
        if rest.starts_with(b"--") {
            break;
        }
        rest = rest.strip_prefix(b"\r\n").unwrap_or(rest);
        let head_end = find(rest, b"\r\n\r\n")?;
        let head = String::from_utf8_lossy(&rest[..head_end]).into_owned();
        let content = &rest[head_end + 4..];
        let end = find(content, format!("\r\n{delimiter}").as_bytes())?;
        let mut part = Part {
            name: String::new(),
            file_name: String::new(),
            content_type: String::new(),
            data: &content[..end],
        };
        for line in head.lines() {
            let Some((k, v)) = line.split_once(':') else {
                continue;
            };
            if k.trim().eq_ignore_ascii_case("content-disposition") {
                part.name = header_param(v, "name").unwrap_or_default();
                part.file_name = header_param(v, "filename").unwrap_or_default();
            } else if k.trim().eq_ignore_ascii_case("content-type") {
                v.trim().clone_into(&mut part.content_type);
            }
        }
        parts.push(part);
        rest = &content[end + 2 + delimiter.len()..];
    }
    Some(parts)
}

pub fn content_type(req: &HttpRequest) -> String {
    req.headers()
        .get(actix_web::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

fn refusal_error(r: &Refusal, l: &Locale) -> AppError {
    AppError::Invalid(vec![FieldError {
        field: "file".into(),
        message: r.message(l),
    }])
}

/// Imports a form as a new draft of the group: an XLSForm (`.xlsx`, or pyxform's `.csv`
/// and `.md` layouts) or a LimeSurvey survey export (`.lss`), sent as the body with its
/// `Content-Type` (the name may be given as `?filename=`), or as the `file` part of a
/// `multipart/form-data` body. At most 10 MB. The report lists every row or element not
/// imported as it was, and why; the editor shows it until dismissed.
#[utoipa::path(
    tag = "consultations",
    params(
        ("group" = String, Path, description = "The group's slug"),
        ("filename" = Option<String>, Query, description = "The file's name (its extension helps recognise the format)")
    ),
    request_body(content = Vec<u8>, description = "The file", content_type = "application/octet-stream"),
    responses(
        (status = 201, body = ImportResult),
        (status = 403, body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 413, description = "Over 10 MB", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "Refused: the `file` error says why (nothing was created)", body = crate::error::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[post("/api/v1/groups/{group}/imports")]
async fn import_api(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    req: HttpRequest,
    path: web::Path<String>,
    query: web::Query<std::collections::HashMap<String, String>>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let group = repo::group_by_slug(&state.db, &path)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.require_facilitator(group.id)?;
    let body = read_body(payload).await?;
    let ct = content_type(&req);
    let (data, name, ct) = if ct.to_ascii_lowercase().starts_with("multipart/form-data") {
        let parts = multipart(&ct, &body)
            .ok_or_else(|| refusal_error(&Refusal::new("imp-refuse-multipart", ""), &l))?;
        let part = parts
            .into_iter()
            .find(|p| p.name == "file")
            .ok_or_else(|| refusal_error(&Refusal::new("imp-refuse-multipart", "file"), &l))?;
        (part.data.to_vec(), part.file_name, part.content_type)
    } else {
        (body, query.get("filename").cloned().unwrap_or_default(), ct)
    };
    match super::import(&state.db, &actor, group.id, &data, &name, &ct).await {
        Ok((c, report)) => Ok(HttpResponse::Created()
            .insert_header((
                actix_web::http::header::LOCATION,
                format!("/api/v1/consultations/{}", c.slug()),
            ))
            .json(ImportResult {
                slug: c.slug().to_owned(),
                report,
            })),
        Err(ImportError::Refused(r)) => Err(refusal_error(&r, &l)),
        Err(ImportError::Edit(e)) => Err(e.into_app_error(&l)),
    }
}

/// The page's upload: a new draft, then its editor (which shows the report); on a refusal
/// the import page again, with the message next to the file field.
#[post("/manage/groups/{group}/import/file")]
async fn import_page_upload(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let group = repo::group_by_slug(&state.db, &path)
        .await?
        .ok_or(AppError::NotFound)?;
    let body = read_body(payload).await;
    let ct = content_type(&req);
    let parts = match &body {
        Ok(body) => multipart(&ct, body),
        Err(_) => None,
    };
    if let Some(parts) = &parts {
        let csrf = parts
            .iter()
            .find(|p| p.name == "csrf")
            .map(|p| String::from_utf8_lossy(p.data).into_owned())
            .unwrap_or_default();
        actor.check_csrf(&csrf)?;
    } else if actor.session.is_some() && !matches!(body, Err(BodyError::TooLarge)) {
        return Err(AppError::Forbidden);
    }
    actor.require_facilitator(group.id)?;
    let (status, refusal) = match (&body, parts) {
        (Err(BodyError::TooLarge), _) => (
            StatusCode::PAYLOAD_TOO_LARGE,
            Refusal::new("imp-refuse-too-large", "10 MB"),
        ),
        (_, None) => (
            StatusCode::UNPROCESSABLE_ENTITY,
            Refusal::new("imp-refuse-multipart", ""),
        ),
        (_, Some(parts)) => {
            let Some(file) = parts.iter().find(|p| p.name == "file") else {
                return Err(AppError::BadRequest("No file part.".into()));
            };
            match super::import(
                &state.db,
                &actor,
                group.id,
                file.data,
                &file.file_name,
                &file.content_type,
            )
            .await
            {
                Ok((c, _)) => {
                    return Ok(crate::web::forms::see_other(&format!(
                        "/manage/c/{}",
                        c.slug()
                    )));
                }
                Err(ImportError::Refused(r)) => (StatusCode::UNPROCESSABLE_ENTITY, r),
                Err(ImportError::Edit(EditError::Forbidden)) => return Err(AppError::Forbidden),
                Err(ImportError::Edit(e)) => return Err(e.into_app_error(&l)),
            }
        }
    };
    let mut errors = Errors::default();
    errors.push("file", refusal.message(&l));
    let page = import_page(&state, l, actor, &group, None, errors).await?;
    no_store_page(status, &page)
}

/// The facilitator has read the import report: the editor no longer shows it.
#[post("/manage/c/{slug}/import-report/dismiss")]
async fn dismiss_report(
    state: web::Data<AppState>,
    actor: Actor,
    path: web::Path<String>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let form = crate::web::forms::FormData(form.into_inner());
    actor.check_csrf(form.csrf())?;
    let c = repo::find_by_slug(&state.db, &path)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.require_facilitator(c.group_id())?;
    import_report::dismiss(&state.db, c.id()).await?;
    Ok(crate::web::forms::see_other(&format!(
        "/manage/c/{}",
        c.slug()
    )))
}

async fn form_xlsx(state: &AppState, actor: &Actor, slug: &str) -> Result<HttpResponse, AppError> {
    let c = repo::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.require_reader(c.group_id())?;
    let bytes = super::export::workbook(&c.definition, c.slug(), c.version())
        .map_err(|e| AppError::context(e, "Failed to write the XLSForm"))?;
    Ok(crate::web::no_store(
        HttpResponse::Ok()
            .content_type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .insert_header((
                actix_web::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{}.xlsform.xlsx\"", c.slug()),
            ))
            .body(bytes),
    ))
}

/// The consultation as an XLSForm (KoboToolbox, ODK): one `label::<Language> (<code>)`
/// column per language, choices, conditions as `relevant`, settings. Importing it gives
/// back the same questions, options, conditions and texts. Members of the group.
#[utoipa::path(
    tag = "exports",
    params(("slug" = String, Path, description = "The consultation's slug")),
    responses(
        (status = 200, description = "The workbook", content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        (status = 403, body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, body = crate::error::Problem, content_type = "application/problem+json"),
    ),
    security(("bearer" = []))
)]
#[get("/api/v1/consultations/{slug}/exports/form.xlsx")]
async fn export_form_api(
    state: web::Data<AppState>,
    actor: Actor,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    form_xlsx(&state, &actor, &path).await
}

/// The same file for signed-in pages (the editor's link).
#[get("/manage/consultations/{slug}/exports/form.xlsx")]
async fn export_form_page(
    state: web::Data<AppState>,
    actor: Actor,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    form_xlsx(&state, &actor, &path).await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(import_api).service(export_form_api);
    cfg.map(|c| {
        c.service(import_page_upload)
            .service(dismiss_report)
            .service(export_form_page)
    });
}
