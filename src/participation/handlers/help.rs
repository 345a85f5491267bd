//! `GET /c/{slug}/help`: the consultation's child helplines for the young person's country
//! (and its default one), then the general advice of `/help`.
use actix_web::{HttpRequest, HttpResponse, get, http::StatusCode, web};
use askama::Template;
use serde::Deserialize;

use super::{Frame, choose_language, load, page};
use crate::{
    consultations::repo::DefinitionCache,
    error::AppError,
    i18n::{Locale, countries},
    state::AppState,
};

pub struct HelplineView {
    /// The country's name, empty for the default helpline.
    pub country: String,
    pub name: String,
    pub phone: String,
    /// The phone number as a `tel:` link (digits and `+` only).
    pub tel: String,
    /// Only web addresses (`http`, `https`) are linked.
    pub url: String,
}

#[derive(Template)]
#[template(path = "participation/help.html")]
struct HelpPage {
    l: Locale,
    f: Frame,
    helplines: Vec<HelplineView>,
}

#[derive(Deserialize)]
struct HelpQuery {
    country: Option<String>,
}

#[get("/c/{slug}/help")]
async fn show_consultation_help(
    req: HttpRequest,
    state: web::Data<AppState>,
    definitions: web::Data<DefinitionCache>,
    slug: web::Path<String>,
    query: web::Query<HelpQuery>,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let c = load(&state, &definitions, &slug).await?;
    let l = Locale::new(&choose_language(&req, &c.definition, None));
    let country = query
        .into_inner()
        .country
        .filter(|code| countries::is_known(code));
    let lines = &c.definition.settings.helplines;
    let helplines = country
        .iter()
        .filter_map(|code| {
            lines
                .get(code)
                .map(|h| (countries::name(code, l.code()), h))
        })
        .chain(lines.get("*").map(|h| (None, h)))
        .map(|(country, h)| HelplineView {
            country: country.unwrap_or_default().to_owned(),
            name: h.name.clone(),
            tel: h
                .phone
                .chars()
                .filter(|c| c.is_ascii_digit() || *c == '+')
                .collect(),
            phone: h.phone.clone(),
            url: Some(h.url.clone())
                .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
                .unwrap_or_default(),
        })
        .collect();
    let mut f = Frame::new(&c, &l, l.t("help-title"), country.as_deref());
    f.switch_href = match &country {
        Some(code) => format!("/c/{}/help?country={code}&lang=", c.slug()),
        None => format!("/c/{}/help?lang=", c.slug()),
    };
    page(StatusCode::OK, &HelpPage { f, helplines, l })
}
