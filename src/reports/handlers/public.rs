//! The report for everyone once published (`/reports/{group}/{period}`) and its downloads
//! (`/api/v1/groups/{group}/reports/{period}.{json,xlsx,pdf}`). Before publication only the
//! group's facilitators see it (as a draft); anyone else is told it is not published yet.
use actix_web::{HttpResponse, get, http::StatusCode, http::header, web};
use askama::Template;

use crate::{
    accounts::Viewer,
    consultations::repo as consultations_repo,
    entities::work_group,
    error::AppError,
    exports::{pdf, writers},
    i18n::Locale,
    reports::{
        content::{self, Report},
        files,
        period::Period,
        repo,
        view::{self, ReportView},
    },
    state::AppState,
};

#[derive(Template)]
#[template(path = "reports/report.html")]
struct ReportPage {
    l: Locale,
    group: work_group::Model,
    report: Report,
    v: ReportView,
    /// A facilitator looking: the draft notice and the link to the editor.
    manage: bool,
    /// The PDF can be made here (the report program is found): only then is it offered.
    pdf: bool,
}

/// The page for a report one may not see (yet), or an address that is not a period.
#[derive(Template)]
#[template(path = "reports/unavailable.html")]
struct UnavailablePage {
    l: Locale,
    group: work_group::Model,
    title: String,
    message: String,
}

/// What a request for a report found.
enum Found {
    Report(Box<Report>, bool),
    NotPublished,
    BadPeriod(&'static str),
}

async fn find(
    state: &AppState,
    viewer: &Viewer,
    group: &work_group::Model,
    period: &str,
    l: &Locale,
) -> Result<Found, AppError> {
    let period = match Period::parse(period) {
        Ok(p) => p,
        Err(e) => return Ok(Found::BadPeriod(e.key())),
    };
    let drafts = repo::drafts(&state.db, group.id, &period.to_string()).await?;
    let published = drafts.iter().any(|d| d.published_at.is_some());
    let manage = viewer.actor().is_some_and(|a| a.can_facilitate(group.id));
    if !published && !manage {
        return Ok(Found::NotPublished);
    }
    let consultations = content::consultations_in(&state.db, group.id, period).await?;
    let report = content::build(&state.db, group, period, &consultations, &drafts, l).await?;
    Ok(Found::Report(Box::new(report), manage))
}

async fn group(state: &AppState, slug: &str) -> Result<work_group::Model, AppError> {
    consultations_repo::group_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// A yearly (`/reports/demo/2026`) or final (`/reports/demo/2024-2026`) report.
#[get("/reports/{group}/{period}")]
async fn show_report(
    state: web::Data<AppState>,
    l: Locale,
    viewer: Viewer,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, period) = path.into_inner();
    let group = group(&state, &slug).await?;
    match find(&state, &viewer, &group, &period, &l).await? {
        Found::Report(report, manage) => {
            let page = ReportPage {
                v: view::view(&l, &report),
                l,
                group,
                report: *report,
                manage,
                pdf: crate::exports::pdf::program().is_some(),
            };
            if manage {
                crate::web::no_store_page(StatusCode::OK, &page)
            } else {
                crate::web::page(StatusCode::OK, &page)
            }
        }
        Found::NotPublished => {
            let page = UnavailablePage {
                title: l.t("rep-not-published-title"),
                message: l.t("rep-not-published"),
                l,
                group,
            };
            crate::web::no_store_page(StatusCode::NOT_FOUND, &page)
        }
        Found::BadPeriod(key) => {
            let page = UnavailablePage {
                title: l.t("rep-bad-period-title"),
                message: l.t(key),
                l,
                group,
            };
            crate::web::no_store_page(StatusCode::BAD_REQUEST, &page)
        }
    }
}

/// A report's download: `json` (the report document), `xlsx` or `pdf`.
#[utoipa::path(
    tag = "reports",
    params(
        ("group" = String, Path, description = "The group's slug"),
        ("file" = String, Path, description = "`{year}.json`, `{year}.xlsx`, `{year}.pdf`, or the final report's `{from}-{to}.…`"),
        ("lang" = Option<String>, Query, description = "Language of labels (texts fall back to another language when not written in this one)")
    ),
    responses(
        (status = 200, description = "The file (json: a consulta.report/1 document)"),
        (status = 400, description = "Not a year or a range of years", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such group or file, or the report is not published (facilitators of the group see the draft)", body = crate::error::Problem, content_type = "application/problem+json")
    ),
)]
#[get("/api/v1/groups/{group}/reports/{file}")]
async fn download_report(
    state: web::Data<AppState>,
    l: Locale,
    viewer: Viewer,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, file) = path.into_inner();
    let group = group(&state, &slug).await?;
    let (period, ext) = file.rsplit_once('.').ok_or(AppError::NotFound)?;
    if !matches!(ext, "json" | "xlsx" | "pdf") {
        return Err(AppError::NotFound);
    }
    let (report, manage) = match find(&state, &viewer, &group, period, &l).await? {
        Found::Report(r, manage) => (r, manage),
        Found::NotPublished => return Err(AppError::NotFound),
        Found::BadPeriod(key) => return Err(AppError::BadRequest(l.t(key))),
    };
    let (body, content_type) = match ext {
        "json" => (
            serde_json::to_vec_pretty(&report)
                .map_err(|e| AppError::context(e, "Failed to write the report"))?,
            "application/json",
        ),
        "xlsx" => (
            writers::summary_xlsx(&files::sheets(&l, &report), l.is_rtl())
                .map_err(|e| AppError::context(e, "Failed to write the report workbook"))?,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        _ => (
            pdf::render_input(
                &files::pdf_input(&l, &report),
                &format!("report {slug} {period}"),
            )
            .await?,
            "application/pdf",
        ),
    };
    let res = HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"{}-report-{}-{}.{ext}\"",
                group.slug,
                report.period,
                l.code()
            ),
        ))
        .body(body);
    Ok(if manage {
        crate::web::no_store(res)
    } else {
        res
    })
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(download_report);
    cfg.map(|c| c.service(show_report));
}
