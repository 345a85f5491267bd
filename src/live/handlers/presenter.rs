//! `/present/{code}`: the projector. Large, high contrast: the join code and its QR code,
//! the current question, how many answered, and the results once revealed.
use actix_web::{HttpResponse, get, http::StatusCode, web};
use askama::Template;

use super::{CurrentView, join_url, page, payload, qr_svg, session_for_reader};
use crate::{
    accounts::Actor, consultations::join_code, error::AppError, i18n::Locale, state::AppState,
};

#[derive(Template)]
#[template(path = "live/results.html")]
struct Fragment<'a> {
    l: &'a Locale,
    current: Option<&'a CurrentView>,
}

/// The part of the projector that updates (also sent in each event).
pub fn fragment(l: &Locale, current: Option<&CurrentView>) -> String {
    Fragment { l, current }.render().unwrap_or_default()
}

#[derive(Template)]
#[template(path = "live/present.html")]
struct PresenterPage {
    l: Locale,
    code: String,
    shown_code: String,
    join_url: String,
    qr: String,
    fragment: String,
    version: i64,
}

#[derive(serde::Deserialize)]
struct LangQuery {
    lang: Option<String>,
}

#[get("/present/{code}")]
async fn show_presenter(
    l: Locale,
    actor: Actor,
    state: web::Data<AppState>,
    code: web::Path<String>,
    query: web::Query<LangQuery>,
) -> Result<HttpResponse, AppError> {
    let (session, _) = session_for_reader(&state, &actor, &code).await?;
    let l = query
        .into_inner()
        .lang
        .filter(|c| crate::i18n::is_available(c))
        .map_or(l, |c| Locale::new(&c));
    let snapshot = crate::live::snapshot::load(&state.db, session.id)
        .await?
        .ok_or(AppError::NotFound)?;
    let data: serde_json::Value = serde_json::from_str(&payload(&snapshot, &l))
        .map_err(|e| AppError::context(e, "Failed to read a live payload"))?;
    let url = join_url(&state, &session.join_code);
    page(
        StatusCode::OK,
        &PresenterPage {
            code: session.join_code.clone(),
            shown_code: join_code::display(&session.join_code),
            qr: qr_svg(&url),
            join_url: url,
            fragment: data["html"].as_str().unwrap_or_default().to_owned(),
            version: snapshot.version,
            l,
        },
    )
}
