//! `/manage/consultations/{slug}/downloads`: a consultation's files in one place, a tab of
//! its cycle. Members of the group get the summaries and the report (suppressed figures);
//! facilitators also the anonymised raw answers.
use actix_web::{HttpResponse, get, http::StatusCode, web};
use askama::Template;

use super::Format;
use crate::{
    accounts::Actor,
    consultations::{
        handlers::frame::{EditorFrame, frame_of},
        repo,
    },
    error::AppError,
    i18n::Locale,
    state::AppState,
};

/// One file to download.
pub struct FileLink {
    pub href: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "exports/downloads.html")]
struct DownloadsPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    files: Vec<FileLink>,
}

#[get("/manage/consultations/{slug}/downloads")]
async fn show_downloads(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let c = repo::find_by_slug(&state.db, &path)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.require_reader(c.group_id())?;
    let here = format!("/manage/consultations/{}/downloads", c.slug());
    let frame = frame_of(&state, &actor, &l, &c, "downloads", &here).await?;
    let files = Format::ALL
        .into_iter()
        .filter(|f| frame.can_edit || !f.is_raw())
        .map(|f| FileLink {
            href: format!(
                "/manage/consultations/{}/exports/{}?lang={}",
                c.slug(),
                f.file_name(),
                l.code()
            ),
            label: l.t(&format!("pub-download-{}", f.file_name().replace('.', "-"))),
        })
        .collect();
    crate::web::no_store_page(
        StatusCode::OK,
        &DownloadsPage {
            l,
            actor,
            frame,
            files,
        },
    )
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| c.service(show_downloads));
}
