//! What every editor page shares: the consultation being edited (loaded for a facilitator),
//! its header and tabs.
use actix_web::{http::StatusCode, web};

use super::forms::Posted;
use super::{
    consultation_by_slug,
    forms::{FormData, status_label},
};
use crate::{
    accounts::Actor,
    consultations::{Consultation, Status, repo},
    error::AppError,
    i18n::Locale,
    state::AppState,
};

/// The header of every editor page.
#[derive(Clone, Debug)]
pub struct EditorFrame {
    pub slug: String,
    /// In the consultation's default language.
    pub title: String,
    pub title_lang: String,
    pub status: Status,
    pub status_label: String,
    pub version: i32,
    pub group_slug: String,
    pub group_name: String,
    /// Which tab is current.
    pub tab: &'static str,
    /// This page's address (to reopen it after a conflict).
    pub here: String,
    pub csrf: String,
}

impl EditorFrame {
    /// (tab, address, label) of the editor's tabs.
    pub fn tabs(&self, l: &Locale) -> Vec<(&'static str, String, String)> {
        let base = format!("/manage/c/{}", self.slug);
        [
            ("overview", String::new(), "cn-tab-overview"),
            ("details", "/details".into(), "cn-tab-details"),
            ("texts", "/texts".into(), "cn-tab-texts"),
            ("settings", "/settings".into(), "cn-tab-settings"),
            (
                "translations",
                "/translations".into(),
                "cn-tab-translations",
            ),
            ("preview", "/preview".into(), "cn-tab-preview"),
        ]
        .into_iter()
        .map(|(tab, path, key)| (tab, format!("{base}{path}"), l.t(key)))
        .collect()
    }
}

/// A consultation opened in the editor.
pub struct Editing {
    pub c: Consultation,
    pub frame: EditorFrame,
}

/// Loads the consultation for a facilitator of its group (404 unknown, 403 otherwise).
///
/// # Errors
/// [`AppError::NotFound`], [`AppError::Forbidden`], database errors.
pub async fn editing(
    state: &AppState,
    actor: &Actor,
    l: &Locale,
    slug: &str,
    tab: &'static str,
    here: &str,
) -> Result<Editing, AppError> {
    let c = consultation_by_slug(state, slug).await?;
    actor.require_facilitator(c.group_id())?;
    let frame = frame_of(state, actor, l, &c, tab, here).await?;
    Ok(Editing { c, frame })
}

/// What every form posted to an editor page starts with: its CSRF token checked, then the
/// consultation loaded for a facilitator of its group, as [`editing`]. The version the form
/// was made on is the caller's to read (after any check of its own).
///
/// # Errors
/// [`AppError::Forbidden`] (token or role), [`AppError::NotFound`], database errors.
pub async fn posted(
    state: &AppState,
    actor: &Actor,
    l: &Locale,
    slug: &str,
    tab: &'static str,
    here: &str,
    form: web::Form<Vec<(String, String)>>,
) -> Result<(Editing, FormData), AppError> {
    let form = FormData::posted_by(actor, form)?;
    let e = editing(state, actor, l, slug, tab, here).await?;
    Ok((e, form))
}

/// The consultation as it is now, after a save refused as stale: the page shows it again
/// with the current version in its form, so that saving again is a deliberate choice.
///
/// # Errors
/// [`AppError::NotFound`] when it was deleted meanwhile, database errors.
pub async fn reloaded(
    state: &AppState,
    actor: &Actor,
    l: &Locale,
    mut e: Editing,
) -> Result<Editing, AppError> {
    let c = repo::find_by_id(&state.db, e.c.id())
        .await?
        .ok_or(AppError::NotFound)?;
    e.frame = frame_of(state, actor, l, &c, e.frame.tab, &e.frame.here).await?;
    e.c = c;
    Ok(e)
}

/// The status of a form shown again after a failed save: 409 after a conflict, else 422.
pub fn problem_status(conflict: bool) -> StatusCode {
    if conflict {
        StatusCode::CONFLICT
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

/// The header for `c`.
///
/// # Errors
/// Database errors.
pub async fn frame_of(
    state: &AppState,
    actor: &Actor,
    l: &Locale,
    c: &Consultation,
    tab: &'static str,
    here: &str,
) -> Result<EditorFrame, AppError> {
    let group = repo::group_by_id(&state.db, c.group_id())
        .await?
        .ok_or(AppError::NotFound)?;
    let def = &c.definition;
    Ok(EditorFrame {
        slug: c.row.slug.clone(),
        title: def.title(&def.default_language).to_owned(),
        title_lang: def.default_language.clone(),
        status: c.status,
        status_label: status_label(l, c.status),
        version: c.row.version,
        group_slug: group.slug,
        group_name: group.name,
        tab,
        here: here.to_owned(),
        csrf: actor.csrf_token().to_owned(),
    })
}
