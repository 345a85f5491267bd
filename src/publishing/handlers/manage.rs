//! The facilitator's publish page and its API: publishing, "what we did with your views"
//! and the headline findings.
use std::collections::BTreeMap;

use actix_web::{HttpResponse, get, http::StatusCode, http::header, post, put, web};
use askama::Template;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::find;
use crate::{
    accounts::Actor,
    aggregation::document::title_of,
    consultations::{
        Consultation, Status,
        definition::{LocalText, text_in},
        repo as consultations,
    },
    error::AppError,
    exports::Format,
    i18n::{Arg, Locale},
    publishing::repo,
    state::AppState,
};

/// What publishing asks.
#[derive(Debug, Default, Deserialize, ToSchema)]
pub struct PublishInput {
    /// Publish although free-text answers still wait for moderation (they are left out).
    #[serde(default)]
    pub skip_moderation: bool,
}

/// A publication.
#[derive(Debug, Serialize, ToSchema)]
pub struct Published {
    pub slug: String,
    pub status: Status,
    /// The permanent public page.
    pub url: String,
}

/// Publishes a closed consultation's results: freezes the public summary in every enabled
/// language; recorded in the audit log. Refused (409, with the reason) unless the
/// consultation is closed, no possible disclosure waits for the safeguarding lead, and its
/// free text is moderated (or `skip_moderation`).
#[utoipa::path(
    tag = "publishing",
    params(("slug" = String, Path, description = "The consultation's slug")),
    request_body = PublishInput,
    responses(
        (status = 200, description = "Published", body = Published),
        (status = 403, description = "Not a facilitator of the group", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 409, description = "Not closed, a safeguarding concern still open, or moderation pending", body = crate::error::Problem, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
#[post("/api/v1/consultations/{slug}/publish")]
pub(super) async fn publish_results_json(
    state: web::Data<AppState>,
    actor: Actor,
    path: web::Path<String>,
    input: Option<web::Json<PublishInput>>,
) -> Result<HttpResponse, AppError> {
    let c = find(&state, &path).await?;
    actor.require_facilitator(c.group_id())?;
    let skip = input.is_some_and(|i| i.skip_moderation);
    repo::publish(&state.db, &c, Some(actor.id()), skip).await?;
    Ok(HttpResponse::Ok().json(Published {
        slug: c.slug().to_owned(),
        status: Status::Published,
        url: format!("{}/results/{}", state.base_url, c.slug()),
    }))
}

/// "What we did with your views", per language.
#[derive(Debug, Deserialize, Serialize, ToSchema)]
pub struct FeedbackInput {
    /// Language code → text (plain text; blank lines separate paragraphs; links are shown as text).
    pub feedback: BTreeMap<String, String>,
}

/// Replaces "what we did with your views" (shown on the public results page and to young
/// people with a receipt code). Languages the consultation does not have are ignored.
#[utoipa::path(
    tag = "publishing",
    params(("slug" = String, Path, description = "The consultation's slug")),
    request_body = FeedbackInput,
    responses(
        (status = 200, description = "Stored", body = FeedbackInput),
        (status = 403, description = "Not a facilitator of the group", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation", body = crate::error::Problem, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
#[put("/api/v1/consultations/{slug}/feedback")]
pub(super) async fn set_feedback_json(
    state: web::Data<AppState>,
    actor: Actor,
    path: web::Path<String>,
    input: web::Json<FeedbackInput>,
) -> Result<HttpResponse, AppError> {
    let c = find(&state, &path).await?;
    actor.require_facilitator(c.group_id())?;
    repo::set_feedback(&state.db, &c, actor.id(), &input.feedback).await?;
    let c = find(&state, &path).await?;
    Ok(HttpResponse::Ok().json(FeedbackInput {
        feedback: c.definition.texts.feedback.clone(),
    }))
}

pub(super) struct LangText {
    code: String,
    name: String,
    dir: &'static str,
    text: String,
}

/// One language's box of headline findings: as stored or as typed, and its error.
pub(super) struct HeadlineField {
    code: String,
    name: String,
    dir: &'static str,
    text: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "publishing/manage.html")]
pub(super) struct ManagePage {
    l: Locale,
    actor: Actor,
    slug: String,
    title: String,
    status: String,
    closed: bool,
    published: bool,
    pending: i64,
    error: Option<String>,
    feedback: Vec<LangText>,
    headlines: Vec<HeadlineField>,
    /// The first headline box with an error (for the error summary's link).
    headlines_error: Option<(String, String)>,
    downloads: Vec<(String, String)>,
    frame: crate::consultations::handlers::frame::EditorFrame,
    /// Published, then archived: the results stay public.
    archived: bool,
    /// An administrator may withdraw the public results here.
    can_withdraw: bool,
    withdraw: Withdrawing,
    /// The reason given when an administrator withdrew the results.
    withdrawn: Option<String>,
}

impl ManagePage {
    /// The error summary: publishing's, the withdrawal's and the first headline box's.
    fn errors(&self) -> crate::web::forms::Errors {
        let headline = self.headlines_error.as_ref();
        crate::web::forms::Errors::at("skip_moderation", self.error.as_ref())
            .and("f-reason", self.withdraw.error.as_ref())
            .and(
                &format!(
                    "headlines_{}",
                    headline.map_or("", |(code, _)| code.as_str())
                ),
                headline.map(|(_, message)| message),
            )
    }
}

/// The withdrawal form as typed, and its error.
#[derive(Default)]
pub(super) struct Withdrawing {
    pub(super) reason: String,
    pub(super) error: Option<String>,
    /// The headline findings as typed (by language) and their errors, when refused.
    pub(super) headlines: Option<(BTreeMap<String, String>, BTreeMap<String, String>)>,
}

pub(super) async fn manage_page(
    state: &AppState,
    actor: Actor,
    l: Locale,
    c: &Consultation,
    error: Option<String>,
) -> Result<HttpResponse, AppError> {
    manage_page_with(state, actor, l, c, error, Withdrawing::default()).await
}

pub(super) async fn manage_page_with(
    state: &AppState,
    actor: Actor,
    l: Locale,
    c: &Consultation,
    error: Option<String>,
    withdraw: Withdrawing,
) -> Result<HttpResponse, AppError> {
    let pending = repo::pending_text_answers(&state.db, c.id()).await?;
    let withdrawn = consultations::publication_withdrawal(&state.db, c.id())
        .await?
        .map(|w| w.reason);
    let headlines = headline_fields(c, &withdraw);
    let headlines_error = headlines
        .iter()
        .find_map(|h| h.error.clone().map(|e| (h.code.clone(), e)));
    let status = if error.is_some() || withdraw.error.is_some() || headlines_error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let feedback = feedback_fields(c);
    let downloads = downloads(c, &l);
    let here = format!("/manage/consultations/{}/publish", c.slug());
    let frame =
        crate::consultations::handlers::frame::frame_of(state, &actor, &l, c, "publish", &here)
            .await?;
    let page = ManagePage {
        frame,
        title: title_of(c, l.code()),
        slug: c.slug().to_owned(),
        status: l.t(&format!("agg-status-{}", c.status.as_str())),
        closed: c.status == Status::Closed,
        published: c.results_public(),
        pending: i64::try_from(pending).unwrap_or(i64::MAX),
        error,
        feedback,
        headlines,
        headlines_error,
        downloads,
        archived: c.status == Status::Archived && c.results_public(),
        can_withdraw: actor.is_admin() && c.results_public(),
        withdraw,
        withdrawn,
        l,
        actor,
    };
    crate::web::no_store_page(status, &page)
}

/// A box of headline findings per language: as typed when refused, else as stored.
fn headline_fields(c: &Consultation, withdraw: &Withdrawing) -> Vec<HeadlineField> {
    c.definition
        .languages
        .iter()
        .map(|code| {
            let (text, error) = match &withdraw.headlines {
                Some((typed, errors)) => (
                    typed.get(code).cloned().unwrap_or_default(),
                    errors.get(code).cloned(),
                ),
                None => (
                    c.definition
                        .texts
                        .headlines
                        .get(code)
                        .map(|lines| lines.join("\n"))
                        .unwrap_or_default(),
                    None,
                ),
            };
            HeadlineField {
                code: code.clone(),
                name: Locale::new(code).native_name(),
                dir: crate::i18n::direction(code),
                text,
                error,
            }
        })
        .collect()
}

/// "What we did with your views", a box per language.
fn feedback_fields(c: &Consultation) -> Vec<LangText> {
    c.definition
        .languages
        .iter()
        .map(|code| LangText {
            code: code.clone(),
            name: Locale::new(code).native_name(),
            dir: crate::i18n::direction(code),
            text: text_in(&c.definition.texts.feedback, code).to_owned(),
        })
        .collect()
}

/// Every download of the consultation: address and label.
fn downloads(c: &Consultation, l: &Locale) -> Vec<(String, String)> {
    Format::ALL
        .iter()
        .map(|f| {
            (
                format!(
                    "/manage/consultations/{}/exports/{}?lang={}",
                    c.slug(),
                    f.file_name(),
                    l.code()
                ),
                l.t(&format!("pub-download-{}", f.file_name().replace('.', "-"))),
            )
        })
        .collect()
}

/// The facilitator's page: downloads, publishing, and "what we did with your views".
#[get("/manage/consultations/{slug}/publish")]
pub(super) async fn show_publish(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let c = find(&state, &path).await?;
    actor.require_facilitator(c.group_id())?;
    manage_page(&state, actor, l, &c, None).await
}

#[derive(Debug, Deserialize)]
pub(super) struct PublishForm {
    csrf: String,
    skip_moderation: Option<String>,
}

#[post("/manage/consultations/{slug}/publish")]
pub(super) async fn publish_results(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<PublishForm>,
) -> Result<HttpResponse, AppError> {
    let c = find(&state, &path).await?;
    actor.require_facilitator(c.group_id())?;
    actor.check_csrf(&form.csrf)?;
    let skip = form.skip_moderation.is_some();
    match repo::publish(&state.db, &c, Some(actor.id()), skip).await {
        Ok(()) => Ok(HttpResponse::SeeOther()
            .insert_header((
                header::LOCATION,
                format!("/results/{}?lang={}", c.slug(), l.code()),
            ))
            .finish()),
        Err(repo::PublishError::NotClosed(status)) => {
            let status = l.t(&format!("agg-status-{status}"));
            let msg = l.t_args("pub-error-not-closed", &[("status", Arg::Str(&status))]);
            manage_page(&state, actor, l, &c, Some(msg)).await
        }
        Err(repo::PublishError::ModerationPending(n)) => {
            #[allow(clippy::cast_precision_loss)]
            let msg = l.t_args("pub-error-pending", &[("count", Arg::Num(n as f64))]);
            manage_page(&state, actor, l, &c, Some(msg)).await
        }
        Err(repo::PublishError::SafeguardingOpen(n)) => {
            #[allow(clippy::cast_precision_loss)]
            let msg = l.t_args("pub-error-safeguarding", &[("count", Arg::Num(n as f64))]);
            manage_page(&state, actor, l, &c, Some(msg)).await
        }
        Err(repo::PublishError::App(e)) => Err(e),
    }
}

#[post("/manage/consultations/{slug}/feedback")]
pub(super) async fn set_feedback(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<BTreeMap<String, String>>,
) -> Result<HttpResponse, AppError> {
    let c = find(&state, &path).await?;
    actor.require_facilitator(c.group_id())?;
    actor.check_csrf(form.get("csrf").map_or("", String::as_str))?;
    let feedback: LocalText = form
        .iter()
        .filter_map(|(k, v)| {
            k.strip_prefix("feedback_")
                .map(|lang| (lang.to_owned(), v.clone()))
        })
        .collect();
    repo::set_feedback(&state.db, &c, actor.id(), &feedback).await?;
    Ok(HttpResponse::SeeOther()
        .insert_header((
            header::LOCATION,
            format!(
                "/manage/consultations/{}/publish?lang={}",
                c.slug(),
                l.code()
            ),
        ))
        .finish())
}

/// Saves the headline findings; a refused box is shown again as typed, its error beside it.
#[post("/manage/consultations/{slug}/headlines")]
pub(super) async fn set_headlines(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<BTreeMap<String, String>>,
) -> Result<HttpResponse, AppError> {
    let c = find(&state, &path).await?;
    actor.require_facilitator(c.group_id())?;
    actor.check_csrf(form.get("csrf").map_or("", String::as_str))?;
    let typed: BTreeMap<String, String> = form
        .iter()
        .filter_map(|(k, v)| {
            k.strip_prefix("headlines_")
                .filter(|lang| c.definition.languages.iter().any(|x| x == lang))
                .map(|lang| (lang.to_owned(), v.clone()))
        })
        .collect();
    match crate::publishing::headlines::check_all(&typed, &l) {
        Ok(headlines) => {
            repo::set_headlines(&state.db, &c, actor.id(), &headlines).await?;
            Ok(HttpResponse::SeeOther()
                .insert_header((
                    header::LOCATION,
                    format!(
                        "/manage/consultations/{}/publish?lang={}#headlines",
                        c.slug(),
                        l.code()
                    ),
                ))
                .finish())
        }
        Err(errors) => {
            let typed = Withdrawing {
                headlines: Some((typed, errors)),
                ..Withdrawing::default()
            };
            manage_page_with(&state, actor, l, &c, None, typed).await
        }
    }
}
