//! `GET /c/{slug}/privacy`: the consultation's privacy notice for young people, in plain
//! words, in any of its languages.
use actix_web::{HttpRequest, HttpResponse, get, web};
use askama::Template;
use chrono::Utc;
use sea_orm::EntityTrait;

use crate::{
    accounts::Viewer,
    consultations::repo as consultations_repo,
    entities::work_group,
    error::AppError,
    i18n::{self, Locale},
    moderation::privacy::{self, NoticeSection},
    state::AppState,
};

#[derive(Template)]
#[template(path = "moderation/privacy.html")]
pub struct PrivacyPage {
    pub l: Locale,
    pub slug: String,
    pub title: String,
    pub intro: String,
    pub sections: Vec<NoticeSection>,
    /// The consultation's other languages: (code, own name).
    pub languages: Vec<(String, String)>,
}

#[get("/c/{slug}/privacy")]
pub async fn show_privacy(
    req: HttpRequest,
    viewer: Viewer,
    state: web::Data<AppState>,
    slug: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let c = consultations_repo::find_by_slug(&state.db, &slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let may_see = privacy::is_public(c.status)
        || viewer
            .actor()
            .is_some_and(|a| a.can_facilitate(c.group_id()));
    if !may_see {
        return Err(AppError::NotFound);
    }
    let group = work_group::Entity::find_by_id(c.group_id())
        .one(&state.db)
        .await?
        .map(|g| g.name)
        .unwrap_or_default();
    let enabled = &c.definition.languages;
    let asked = i18n::url_query_value(req.query_string(), "lang");
    let negotiated = i18n::locale_of(&req);
    let code = asked
        .filter(|code| enabled.contains(code))
        .or_else(|| enabled.iter().find(|c| *c == negotiated.code()).cloned())
        .unwrap_or_else(|| c.definition.default_language.clone());
    let l = Locale::new(&code);
    let notice = privacy::notice(&c, &group, &l, Utc::now());
    let page = PrivacyPage {
        slug: c.slug().to_owned(),
        title: notice.title,
        intro: notice.intro,
        sections: notice.sections,
        languages: enabled
            .iter()
            .filter(|code| i18n::is_available(code))
            .map(|code| (code.clone(), Locale::new(code).native_name()))
            .collect(),
        l,
    };
    crate::web::page(actix_web::http::StatusCode::OK, &page)
}
