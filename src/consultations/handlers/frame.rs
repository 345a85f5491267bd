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
    /// A facilitator of the group (or an administrator): every tab; a member sees only the
    /// results, the downloads and the public page.
    pub can_edit: bool,
    /// Its results were published (`/results/{slug}` answers).
    pub published: bool,
}

impl EditorFrame {
    /// (tab, address, label) of the consultation's tabs: every page of its cycle, so each is
    /// one click from any other. Members get only what they may open.
    pub fn tabs(&self, l: &Locale) -> Vec<(&'static str, String, String)> {
        let slug = &self.slug;
        let editor = format!("/manage/c/{slug}");
        let results = format!("/manage/consultations/{slug}");
        let mut tabs: Vec<(&'static str, String, &str)> = Vec::new();
        if self.can_edit {
            tabs.extend([
                ("overview", editor.clone(), "cn-tab-overview"),
                ("details", format!("{editor}/details"), "cn-tab-details"),
                ("texts", format!("{editor}/texts"), "cn-tab-texts"),
                ("settings", format!("{editor}/settings"), "cn-tab-settings"),
                (
                    "translations",
                    format!("{editor}/translations"),
                    "cn-tab-translations",
                ),
                ("preview", format!("{editor}/preview"), "cn-tab-preview"),
                ("live", format!("{editor}/live"), "cn-tab-live"),
                (
                    "moderation",
                    format!("{editor}/moderation"),
                    "cn-tab-moderation",
                ),
            ]);
        }
        tabs.push(("summary", format!("{results}/summary"), "cn-tab-results"));
        tabs.push((
            "downloads",
            format!("{results}/downloads"),
            "cn-tab-downloads",
        ));
        if self.can_edit {
            tabs.push(("publish", format!("{results}/publish"), "cn-tab-publish"));
        }
        if self.is_public() {
            tabs.push(("public", format!("/results/{slug}"), "cn-tab-public"));
        }
        tabs.into_iter()
            .map(|(tab, href, key)| (tab, href, l.t(key)))
            .collect()
    }

    /// Whether its results have a public page (`/results/{slug}` answers while published).
    pub fn is_public(&self) -> bool {
        self.published
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
        can_edit: actor.can_facilitate(c.group_id()),
        published: c.results_public(),
    })
}
