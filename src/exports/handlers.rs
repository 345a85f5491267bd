//! The downloads over HTTP. One handler serves two doors: the JSON API
//! (`/api/v1/consultations/{slug}/exports/{file}`, bearer token or none for the public) and
//! the signed-in pages (`/manage/consultations/{slug}/exports/{file}`, session cookie), so
//! the summary page links work without a token.
use actix_web::{HttpResponse, get, http::header, web};

use super::{Format, pdf, polis, raw, tables, writers};
use crate::aggregation::document;
use crate::{
    accounts::{Actor, Viewer, repo::audit},
    aggregation::{opinion_page, query, suppression::Audience},
    consultations::{Consultation, repo},
    error::AppError,
    i18n::Locale,
    state::AppState,
};

async fn consultation(state: &AppState, slug: &str) -> Result<Consultation, AppError> {
    repo::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// The summary document a reader gets: for the public, the snapshot frozen at publication.
async fn summary_document(
    state: &AppState,
    c: &Consultation,
    audience: Audience,
    l: &Locale,
) -> Result<document::SummaryDocument, AppError> {
    if audience == Audience::Public
        && let Some(doc) = document::snapshot(&state.db, c.id(), l.code()).await?
    {
        return Ok(doc);
    }
    document::build(&state.db, c, audience, l).await
}

fn attachment(format: Format, slug: &str, lang: &str, body: Vec<u8>, public: bool) -> HttpResponse {
    let (stem, ext) = format
        .file_name()
        .split_once('.')
        .unwrap_or(("file", "bin"));
    let res = HttpResponse::Ok()
        .content_type(format.content_type())
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{slug}-{stem}-{lang}.{ext}\""),
        ))
        .body(body);
    if public {
        res
    } else {
        crate::web::no_store(res)
    }
}

async fn download(
    state: &AppState,
    viewer: &Viewer,
    l: &Locale,
    slug: &str,
    file: &str,
) -> Result<HttpResponse, AppError> {
    if let Some(polis_file) = polis::PolisFile::parse(file) {
        return polis_download(state, viewer, slug, file, polis_file).await;
    }
    let format = Format::parse(file).ok_or_else(|| AppError::BadRequest(Format::unknown(file)))?;
    let c = consultation(state, slug).await?;
    let audience = match query::audience_of(viewer, &c) {
        // Results an administrator withdrew say so (410 with the reason), not "not found".
        Err(AppError::NotFound) => {
            return Err(repo::publication_withdrawal(&state.db, c.id())
                .await?
                .map_or(AppError::NotFound, |w| AppError::Gone(w.reason)));
        }
        other => other?,
    };
    let l = document::document_language(&c, l);
    let lang = l.code().to_owned();
    let public = audience == Audience::Public;
    if format.is_raw() {
        match (audience, viewer.actor()) {
            (Audience::Facilitator, Some(actor)) => {
                audit(
                    &state.db,
                    Some(actor.id()),
                    Some(c.group_id()),
                    "export.raw",
                    c.slug(),
                    &format!("{} {lang}", format.file_name()),
                )
                .await?;
            }
            (Audience::Public, _) => return Err(AppError::NotFound),
            _ => return Err(AppError::Forbidden),
        }
        let export = raw::RawExport::new(&c, &lang);
        let kind = if format == Format::ResponsesCsv {
            raw::RawFormat::Csv
        } else {
            raw::RawFormat::Xlsx
        };
        let (stem, ext) = format
            .file_name()
            .split_once('.')
            .unwrap_or(("file", "bin"));
        tracing::info!(
            consultation = c.id(),
            format = format.file_name(),
            "Raw export started"
        );
        return Ok(crate::web::no_store(
            HttpResponse::Ok()
                .content_type(format.content_type())
                .insert_header((
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{slug}-{stem}-{lang}.{ext}\""),
                ))
                .streaming(raw::stream(state.db.clone(), export, kind, l.is_rtl())),
        ));
    }
    let doc = summary_document(state, &c, audience, &l).await?;
    // The opinion map of each `statements` question, suppressed for this reader like the page.
    let opinion = if matches!(
        format,
        Format::SummaryCsv | Format::SummaryXlsx | Format::ReportPdf
    ) {
        opinion_page::sections(&state.db, &c, audience, &l).await?
    } else {
        Vec::new()
    };
    let sheets = || {
        let mut sheets = tables::sheets(&doc, &l);
        sheets.extend(opinion.iter().map(|o| tables::opinion_sheet(o, &l)));
        sheets
    };
    let body: Vec<u8> = match format {
        Format::SummaryJson => serde_json::to_vec_pretty(&doc)
            .map_err(|e| AppError::context(e, "Failed to write the summary JSON"))?,
        Format::SummaryCsv => writers::summary_csv(&sheets())
            .map_err(|e| AppError::context(e, "Failed to write the summary CSV"))?,
        Format::SummaryXlsx => writers::summary_xlsx(&sheets(), l.is_rtl())
            .map_err(|e| AppError::context(e, "Failed to write the summary XLSX"))?,
        Format::ReportPdf => pdf::render(&c, &doc, &opinion, &l).await?,
        Format::ResponsesCsv | Format::ResponsesXlsx => {
            return Err(AppError::Unexpected(anyhow::anyhow!(
                "Raw formats are streamed above"
            )));
        }
    };
    Ok(attachment(format, slug, &lang, body, public))
}

/// A `statements` question in Pol.is's layouts: facilitators only (votes row by row), written
/// to the audit log like the raw answers.
async fn polis_download(
    state: &AppState,
    viewer: &Viewer,
    slug: &str,
    file: &str,
    polis_file: polis::PolisFile,
) -> Result<HttpResponse, AppError> {
    let c = consultation(state, slug).await?;
    let actor = match (query::audience_of(viewer, &c)?, viewer.actor()) {
        (Audience::Facilitator, Some(actor)) => actor,
        (Audience::Public, _) => return Err(AppError::NotFound),
        _ => return Err(AppError::Forbidden),
    };
    let body = polis::write(&state.db, &c, polis_file)
        .await
        .map_err(|e| AppError::context(e, format!("Failed to write {file} of {}", c.id())))?
        .ok_or(AppError::NotFound)?;
    audit(
        &state.db,
        Some(actor.id()),
        Some(c.group_id()),
        "export.raw",
        c.slug(),
        file,
    )
    .await?;
    Ok(crate::web::no_store(
        HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{slug}-{file}\""),
            ))
            .body(body),
    ))
}

/// Downloads a consultation's summary (`summary.csv`, `summary.xlsx`, `summary.json`), its
/// PDF report (`report.pdf`) or — facilitators only — its anonymised raw answers
/// (`responses.csv`, `responses.xlsx`, streamed). `?lang=` picks the language of labels.
///
/// Aggregates follow the summary API's rules: facilitators see every figure, members of the
/// group the suppressed figures, the public (no token) the figures frozen when the
/// consultation was published. Each raw export is written to the audit log.
#[utoipa::path(
    tag = "exports",
    params(
        ("slug" = String, Path, description = "The consultation's slug"),
        ("file" = String, Path, description = "summary.csv, summary.xlsx, summary.json, responses.csv, responses.xlsx or report.pdf; for a consultation with a `statements` question, facilitators only: comments.csv, votes.csv, participants-votes.csv (Pol.is layouts)"),
        ("lang" = Option<String>, Query, description = "Language of texts and labels (an enabled language)")
    ),
    responses(
        (status = 200, description = "The file (summary.json: a SummaryDocument)", body = document::SummaryDocument),
        (status = 400, description = "Unknown file name", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 401, description = "The bearer token is not valid", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not allowed (raw answers: facilitators only)", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation, or not published (without a token)", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 410, description = "Published results withdrawn by an administrator (without a token): the reason is the `detail`", body = crate::error::Problem, content_type = "application/problem+json")
    ),
    security((), ("bearer" = []))
)]
#[get("/api/v1/consultations/{slug}/exports/{file}")]
async fn download_export(
    state: web::Data<AppState>,
    viewer: Viewer,
    l: Locale,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, file) = path.into_inner();
    download(&state, &viewer, &l, &slug, &file).await
}

/// The same downloads for signed-in pages (session cookie).
#[get("/manage/consultations/{slug}/exports/{file}")]
async fn download_export_page(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, file) = path.into_inner();
    download(&state, &Viewer::Signed(Box::new(actor)), &l, &slug, &file).await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(download_export);
    cfg.map(|c| c.service(download_export_page));
}
