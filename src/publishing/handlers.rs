//! Publishing over HTTP: the facilitator's publish-and-feedback page and API, the public
//! result pages, the receipt-code feedback page for young people, and the open-data feed.
use std::collections::BTreeMap;

use actix_web::{HttpRequest, HttpResponse, get, http::StatusCode, http::header, post, put, web};
use askama::Template;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{LICENCE, LICENCE_URL, repo};
use crate::{
    accounts::{Actor, Viewer},
    aggregation::{
        bars::{self, Item, Words},
        document::{self, SummaryDocument, document_language, title_of},
        opinion_page::{self, OpinionSection},
        summary::QuestionSummary,
        suppression::{Audience, Cell},
    },
    consultations::{
        Consultation, Status,
        definition::{LocalText, QuestionKind, text_in},
        repo as consultations,
    },
    error::AppError,
    exports::{Format, tables::methodology},
    i18n::{Arg, Locale},
    moderation::retention,
    participation::store::{find_by_receipt, receipt_hash, receipt_well_formed},
    state::AppState,
};

async fn find(state: &AppState, slug: &str) -> Result<Consultation, AppError> {
    consultations::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// A published consultation and its frozen public document; 404 for anything else.
async fn published(
    state: &AppState,
    slug: &str,
    l: &Locale,
) -> Result<(Consultation, SummaryDocument), AppError> {
    let c = find(state, slug).await?;
    if !c.results_public() {
        return Err(not_public(state, &c).await?);
    }
    let l = document_language(&c, l);
    let doc = document::snapshot(&state.db, c.id(), l.code())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((c, doc))
}

/// Why results are not public: withdrawn by an administrator (410 with the reason), or
/// never published (404).
async fn not_public(state: &AppState, c: &Consultation) -> Result<AppError, AppError> {
    Ok(consultations::publication_withdrawal(&state.db, c.id())
        .await?
        .map_or(AppError::NotFound, |w| AppError::Gone(w.reason)))
}

// ---------------------------------------------------------------- facilitators

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
async fn publish_results_json(
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
async fn set_feedback_json(
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

struct LangText {
    code: String,
    name: String,
    dir: &'static str,
    text: String,
}

/// One language's box of headline findings: as stored or as typed, and its error.
struct HeadlineField {
    code: String,
    name: String,
    dir: &'static str,
    text: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "publishing/manage.html")]
struct ManagePage {
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

/// The withdrawal form as typed, and its error.
#[derive(Default)]
struct Withdrawing {
    reason: String,
    error: Option<String>,
    /// The headline findings as typed (by language) and their errors, when refused.
    headlines: Option<(BTreeMap<String, String>, BTreeMap<String, String>)>,
}

async fn manage_page(
    state: &AppState,
    actor: Actor,
    l: Locale,
    c: &Consultation,
    error: Option<String>,
) -> Result<HttpResponse, AppError> {
    manage_page_with(state, actor, l, c, error, Withdrawing::default()).await
}

async fn manage_page_with(
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
    let headlines: Vec<HeadlineField> = c
        .definition
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
        .collect();
    let headlines_error = headlines
        .iter()
        .find_map(|h| h.error.clone().map(|e| (h.code.clone(), e)));
    let status = if error.is_some() || withdraw.error.is_some() || headlines_error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let feedback = c
        .definition
        .languages
        .iter()
        .map(|code| LangText {
            code: code.clone(),
            name: Locale::new(code).native_name(),
            dir: crate::i18n::direction(code),
            text: text_in(&c.definition.texts.feedback, code).to_owned(),
        })
        .collect();
    let downloads = Format::ALL
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
        .collect();
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

/// The facilitator's page: downloads, publishing, and "what we did with your views".
#[get("/manage/consultations/{slug}/publish")]
async fn show_publish(
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
struct PublishForm {
    csrf: String,
    skip_moderation: Option<String>,
}

#[post("/manage/consultations/{slug}/publish")]
async fn publish_results(
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
async fn set_feedback(
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
async fn set_headlines(
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
    match super::headlines::check_all(&typed, &l) {
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

// ---------------------------------------------------------------- withdrawal (administrators)

/// The longest reason for a withdrawal, in characters.
const REASON_MAX: usize = 2000;

/// The reason as typed, or what is wrong with it (in the reader's language).
fn checked_reason(typed: &str, l: &Locale) -> Result<String, String> {
    let reason = typed.trim();
    if reason.is_empty() {
        return Err(l.t("pub-withdraw-reason-missing"));
    }
    if reason.chars().count() > REASON_MAX {
        #[allow(clippy::cast_precision_loss)]
        return Err(l.t_args(
            "pub-withdraw-reason-long",
            &[("max", Arg::Num(REASON_MAX as f64))],
        ));
    }
    Ok(reason.to_owned())
}

/// What withdrawing asks.
#[derive(Debug, Deserialize, ToSchema)]
pub struct WithdrawalInput {
    /// Shown to the public in place of the results (at most 2000 characters).
    pub reason: String,
}

/// A withdrawn publication.
#[derive(Debug, Serialize, ToSchema)]
pub struct Withdrawal {
    pub slug: String,
    pub reason: String,
    pub withdrawn_at: chrono::DateTime<chrono::Utc>,
}

/// Withdraws a consultation's public results (administrators only): the results page,
/// downloads and open-data entry answer 410 with the reason from then on. A published
/// consultation is archived; an archived one stays archived.
#[utoipa::path(
    tag = "publishing",
    params(("slug" = String, Path, description = "The consultation's slug")),
    request_body = WithdrawalInput,
    responses(
        (status = 200, description = "Withdrawn", body = Withdrawal),
        (status = 401, description = "No token", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Not an administrator", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such published consultation", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 410, description = "Withdrawn already: the reason is the `detail`", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 422, description = "No reason given, or too long", body = crate::error::Problem, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
#[post("/api/v1/results/{slug}/withdrawal")]
async fn withdraw_json(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    input: web::Json<WithdrawalInput>,
) -> Result<HttpResponse, AppError> {
    actor.require_admin()?;
    let c = find(&state, &path).await?;
    let reason = checked_reason(&input.reason, &l).map_err(|message| {
        AppError::Invalid(vec![crate::error::FieldError {
            field: "reason".into(),
            message,
        }])
    })?;
    match repo::withdraw(&state.db, &c, actor.id(), &reason).await {
        Ok(()) => {}
        Err(repo::WithdrawError::NotPublished) => return Err(not_public(&state, &c).await?),
        Err(repo::WithdrawError::App(e)) => return Err(e),
    }
    let w = consultations::publication_withdrawal(&state.db, c.id())
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok().json(Withdrawal {
        slug: c.slug().to_owned(),
        reason: w.reason,
        withdrawn_at: w.withdrawn_at,
    }))
}

#[derive(Debug, Deserialize)]
struct WithdrawForm {
    csrf: String,
    #[serde(default)]
    reason: String,
}

/// The same from the publish page (administrators only); a missing reason is shown next to
/// the field with what was typed.
#[post("/manage/consultations/{slug}/withdraw")]
async fn withdraw_page(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    form: web::Form<WithdrawForm>,
) -> Result<HttpResponse, AppError> {
    actor.require_admin()?;
    actor.check_csrf(&form.csrf)?;
    let c = find(&state, &path).await?;
    let reason = match checked_reason(&form.reason, &l) {
        Ok(reason) => reason,
        Err(message) => {
            let typed = Withdrawing {
                headlines: None,
                reason: form.reason.clone(),
                error: Some(message),
            };
            return manage_page_with(&state, actor, l, &c, None, typed).await;
        }
    };
    match repo::withdraw(&state.db, &c, actor.id(), &reason).await {
        Ok(()) | Err(repo::WithdrawError::NotPublished) => Ok(HttpResponse::SeeOther()
            .insert_header((
                header::LOCATION,
                format!("/results/{}?lang={}", c.slug(), l.code()),
            ))
            .finish()),
        Err(repo::WithdrawError::App(e)) => Err(e),
    }
}

#[derive(Template)]
#[template(path = "publishing/withdrawn.html")]
struct WithdrawnPage {
    l: Locale,
    title: String,
    reason: Vec<String>,
    withdrawn: String,
}

// ---------------------------------------------------------------- public pages

struct ListItem {
    slug: String,
    title: String,
    published: String,
    archived: bool,
}

#[derive(Template)]
#[template(path = "publishing/results.html")]
struct ResultsPage {
    l: Locale,
    items: Vec<ListItem>,
    /// Groups with a public record (`/g/{slug}`): (slug, name).
    records: Vec<(String, String)>,
}

/// Groups that have held at least one meeting, by name: their public records.
async fn groups_with_records(state: &AppState) -> Result<Vec<(String, String)>, AppError> {
    use sea_orm::{EntityTrait, QueryOrder};
    let meetings = crate::entities::meeting::Entity::find()
        .all(&state.db)
        .await?;
    Ok(crate::entities::work_group::Entity::find()
        .order_by_asc(crate::entities::work_group::Column::Name)
        .all(&state.db)
        .await?
        .into_iter()
        .filter(|g| meetings.iter().any(|m| m.group_id == g.id))
        .map(|g| (g.slug, g.name))
        .collect())
}

/// Published consultations.
#[get("/results")]
async fn show_results(state: web::Data<AppState>, l: Locale) -> Result<HttpResponse, AppError> {
    let items = repo::published(&state.db)
        .await?
        .iter()
        .map(|c| ListItem {
            slug: c.slug().to_owned(),
            title: title_of(c, l.code()),
            published: c
                .row
                .published_at
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            archived: c.status == Status::Archived,
        })
        .collect();
    let records = groups_with_records(&state).await?;
    crate::web::page(StatusCode::OK, &ResultsPage { l, items, records })
}

struct Block {
    key: String,
    text: String,
    kind: String,
    answered: String,
    chart: Option<String>,
    rows: Vec<(String, String, String)>,
    /// Approved quotes by language: its code, its name and the quotes.
    quotes: Vec<QuoteGroup>,
    terms: Vec<String>,
}

/// The approved quotes of one question in one language.
struct QuoteGroup {
    lang: String,
    name: String,
    quotes: Vec<String>,
}

#[derive(Template)]
#[template(path = "publishing/result.html")]
struct ResultPage {
    l: Locale,
    slug: String,
    title: String,
    introduction: String,
    feedback: Vec<String>,
    published: String,
    responses: String,
    methodology: String,
    citation: String,
    blocks: Vec<Block>,
    /// The opinion map of each `statements` question, as the public may see it (groups
    /// below the threshold hidden).
    opinion: Vec<OpinionSection>,
    /// The headline findings the facilitators chose, in the page's language.
    headlines: Vec<String>,
    downloads: Vec<(String, String)>,
    archived: bool,
    /// For an adult of the consultation's group: its results inside Consulta, so that the
    /// public page (where publishing lands) is not a dead end for them.
    manage: Option<String>,
}

fn figure(n: Option<u64>, fewer: &str) -> String {
    n.map_or_else(|| fewer.to_owned(), |n| n.to_string())
}

fn block(q: &QuestionSummary, l: &Locale, fewer: &str) -> Block {
    let mut rows = Vec::new();
    let mut bars_src: Vec<(String, Cell)> = Vec::new();
    for o in q.options.iter().flatten() {
        rows.push((
            o.label.clone(),
            figure(o.count, fewer),
            o.percent.map(|p| format!("{p}%")).unwrap_or_default(),
        ));
        bars_src.push((
            o.label.clone(),
            Cell {
                count: o.count,
                percent: o.percent,
                suppressed: o.suppressed,
            },
        ));
    }
    for b in q.bins.iter().flatten() {
        rows.push((
            b.label.clone(),
            figure(b.count, fewer),
            b.percent.map(|p| format!("{p}%")).unwrap_or_default(),
        ));
        bars_src.push((
            b.label.clone(),
            Cell {
                count: b.count,
                percent: b.percent,
                suppressed: b.suppressed,
            },
        ));
    }
    let chart = (!bars_src.is_empty()).then(|| {
        let items: Vec<Item<'_>> = bars_src
            .iter()
            .map(|(label, cell)| Item { label, cell: *cell })
            .collect();
        bars::html(
            &items,
            &Words {
                fewer_than: fewer,
                hidden_marker: "",
            },
        )
    });
    let (quotes, terms) = q.text_analysis.as_ref().map_or_else(Default::default, |a| {
        let mut groups: Vec<QuoteGroup> = Vec::new();
        for x in &a.quotes {
            if let Some(g) = groups.iter_mut().find(|g| g.lang == x.language) {
                g.quotes.push(x.text.clone());
            } else {
                groups.push(QuoteGroup {
                    lang: x.language.clone(),
                    name: if crate::i18n::is_available(&x.language) {
                        Locale::new(&x.language).native_name()
                    } else {
                        x.language.clone()
                    },
                    quotes: vec![x.text.clone()],
                });
            }
        }
        (
            groups,
            a.languages
                .iter()
                .flat_map(|x| x.terms.iter().map(|t| t.text.clone()))
                .collect(),
        )
    });
    let (answered, skipped) = (figure(q.answered, fewer), figure(q.skipped, fewer));
    Block {
        key: q.key.clone(),
        text: q.text.clone(),
        kind: l.t(&format!("agg-kind-{}", q.kind.as_str())),
        answered: l.t_args(
            "pub-answered-of",
            &[
                ("answered", Arg::Str(&answered)),
                ("skipped", Arg::Str(&skipped)),
            ],
        ),
        chart,
        rows,
        quotes,
        terms,
    }
}

fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A published consultation's results: public summary, approved quotes, downloads, feedback.
#[get("/results/{slug}")]
async fn show_result(
    state: web::Data<AppState>,
    l: Locale,
    viewer: Viewer,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let c = find(&state, &path).await?;
    if let Some(w) = consultations::publication_withdrawal(&state.db, c.id()).await?
        && !c.results_public()
    {
        let page = WithdrawnPage {
            title: title_of(&c, document_language(&c, &l).code()),
            reason: paragraphs(&w.reason),
            withdrawn: w.withdrawn_at.format("%Y-%m-%d").to_string(),
            l,
        };
        return crate::web::page(StatusCode::GONE, &page);
    }
    let (c, doc) = published(&state, &path, &l).await?;
    #[allow(clippy::cast_precision_loss)]
    let fewer = l.t_args(
        "agg-fewer-than",
        &[("count", Arg::Num(doc.threshold as f64))],
    );
    let lang = doc.language.clone();
    let blocks = doc
        .overall
        .questions
        .iter()
        .filter(|q| q.kind != QuestionKind::Info)
        .map(|q| block(q, &l, &fewer))
        .collect();
    let opinion = opinion_page::sections(&state.db, &c, Audience::Public, &l).await?;
    // The PDF only where this instance can make it (typst installed).
    let pdf = crate::exports::pdf::program().is_some();
    let downloads = [
        Format::SummaryCsv,
        Format::SummaryXlsx,
        Format::SummaryJson,
        Format::ReportPdf,
    ]
    .iter()
    .filter(|f| pdf || !matches!(f, Format::ReportPdf))
    .map(|f| {
        (
            format!(
                "/api/v1/consultations/{}/exports/{}?lang={lang}",
                c.slug(),
                f.file_name()
            ),
            l.t(&format!("pub-download-{}", f.file_name().replace('.', "-"))),
        )
    })
    .collect();
    let page = ResultPage {
        slug: c.slug().to_owned(),
        title: doc.consultation.title.clone(),
        introduction: text_in(&c.definition.texts.introduction, &lang).to_owned(),
        feedback: paragraphs(feedback_in(&c, &lang)),
        published: doc
            .consultation
            .published_at
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        responses: figure(doc.overall.responses, &fewer),
        methodology: methodology(&l, doc.threshold),
        citation: format!("{}/results/{}", state.base_url, c.slug()),
        blocks,
        opinion,
        headlines: c
            .definition
            .texts
            .headlines
            .get(&lang)
            .or_else(|| {
                c.definition
                    .texts
                    .headlines
                    .get(&c.definition.default_language)
            })
            .cloned()
            .unwrap_or_default(),
        downloads,
        archived: c.status == Status::Archived,
        manage: viewer
            .actor()
            .filter(|a| a.can_read(c.group_id()))
            .map(|_| format!("/manage/consultations/{}/publish", c.slug())),
        l,
    };
    if page.manage.is_some() {
        // Personal: never kept by a cache that would show the link to someone else.
        return crate::web::no_store_page(StatusCode::OK, &page);
    }
    crate::web::page(StatusCode::OK, &page)
}

/// "What we did with your views" in `lang`, or in the consultation's main language when
/// none was written in `lang`.
fn feedback_in<'a>(c: &'a Consultation, lang: &str) -> &'a str {
    let feedback = &c.definition.texts.feedback;
    Some(text_in(feedback, lang))
        .filter(|text| !text.trim().is_empty())
        .unwrap_or_else(|| text_in(feedback, &c.definition.default_language))
}

/// The consultation a receipt code belongs to: its response, or, once raw answers were
/// purged, the keyed hash the purge kept.
async fn consultation_of_receipt(state: &AppState, code: &str) -> Result<Option<i32>, AppError> {
    if let Some(response) = find_by_receipt(&state.db, code).await? {
        return Ok(Some(response.consultation_id));
    }
    if !receipt_well_formed(code) {
        return Ok(None);
    }
    let keys = state.keys.get().await?;
    Ok(retention::consultation_of_purged_receipt(&state.db, keys, &receipt_hash(code)).await?)
}

#[derive(Template)]
#[template(path = "publishing/feedback.html")]
struct FeedbackPage {
    l: Locale,
    code: String,
    error: Option<String>,
    found: Option<FoundFeedback>,
}

struct FoundFeedback {
    slug: String,
    title: String,
    published: bool,
    feedback: Vec<String>,
}

/// Young people type their receipt code to see what happened with their views.
#[get("/feedback")]
async fn show_feedback(req: HttpRequest, l: Locale) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    crate::web::no_store_page(
        StatusCode::OK,
        &FeedbackPage {
            l,
            code: String::new(),
            error: None,
            found: None,
        },
    )
}

#[derive(Debug, Deserialize)]
struct CodeForm {
    #[serde(default)]
    code: String,
}

#[post("/feedback")]
async fn find_feedback(
    req: HttpRequest,
    state: web::Data<AppState>,
    l: Locale,
    form: web::Form<CodeForm>,
) -> Result<HttpResponse, AppError> {
    crate::web::limit_public(&req)?;
    let code = form.code.trim().to_owned();
    let Some(consultation_id) = consultation_of_receipt(&state, &code).await? else {
        let error = Some(l.t("pub-feedback-unknown-code"));
        return crate::web::no_store_page(
            StatusCode::UNPROCESSABLE_ENTITY,
            &FeedbackPage {
                l,
                code,
                error,
                found: None,
            },
        );
    };
    let c = consultations::find_by_id(&state.db, consultation_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let dl = document_language(&c, &l);
    let found = FoundFeedback {
        slug: c.slug().to_owned(),
        title: title_of(&c, dl.code()),
        published: c.results_public(),
        feedback: paragraphs(feedback_in(&c, dl.code())),
    };
    crate::web::no_store_page(
        StatusCode::OK,
        &FeedbackPage {
            l,
            code: String::new(),
            error: None,
            found: Some(found),
        },
    )
}

// ---------------------------------------------------------------- open data

/// One published consultation in the feed.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResultEntry {
    pub slug: String,
    /// Title per enabled language.
    pub title: LocalText,
    pub languages: Vec<String>,
    pub published_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The permanent public page.
    pub url: String,
    /// `CC-BY-4.0`.
    pub licence: String,
    pub licence_url: String,
    /// `summary.json` of the published figures (add `?lang=`).
    pub data_url: String,
    /// The consultation is archived: its results stay published and no longer change.
    pub archived: bool,
}

/// The open-data feed: every published consultation.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResultsFeed {
    pub licence: String,
    pub results: Vec<ResultEntry>,
}

/// One published consultation's figures, as frozen at publication.
#[derive(Debug, Serialize, ToSchema)]
pub struct ResultDocument {
    pub licence: String,
    pub licence_url: String,
    /// The permanent, citable page.
    pub url: String,
    /// "What we did with your views" per language.
    pub feedback: LocalText,
    /// The consultation is archived: its results stay published and no longer change.
    pub archived: bool,
    pub summary: SummaryDocument,
}

fn entry(state: &AppState, c: &Consultation) -> ResultEntry {
    ResultEntry {
        slug: c.slug().to_owned(),
        title: c.definition.texts.title.clone(),
        languages: c.definition.languages.clone(),
        published_at: c.row.published_at,
        url: format!("{}/results/{}", state.base_url, c.slug()),
        licence: LICENCE.to_owned(),
        licence_url: LICENCE_URL.to_owned(),
        data_url: format!("{}/api/v1/results/{}", state.base_url, c.slug()),
        archived: c.status == Status::Archived,
    }
}

/// Published results (open data, `CC-BY-4.0`). The schema is stable: fields are only added.
#[utoipa::path(
    tag = "publishing",
    responses((status = 200, description = "Every published consultation", body = ResultsFeed))
)]
#[get("/api/v1/results")]
async fn list_results_json(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let results = repo::published(&state.db)
        .await?
        .iter()
        .map(|c| entry(&state, c))
        .collect();
    Ok(HttpResponse::Ok().json(ResultsFeed {
        licence: LICENCE.to_owned(),
        results,
    }))
}

/// One published consultation's aggregates as frozen at publication (public suppression);
/// `?lang=` picks the language of texts and labels.
#[utoipa::path(
    tag = "publishing",
    params(
        ("slug" = String, Path, description = "The consultation's slug"),
        ("lang" = Option<String>, Query, description = "Language of texts and labels")
    ),
    responses(
        (status = 200, description = "The published figures", body = ResultDocument),
        (status = 404, description = "No such published consultation", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 410, description = "Withdrawn by an administrator: the reason is the `detail`", body = crate::error::Problem, content_type = "application/problem+json")
    )
)]
#[get("/api/v1/results/{slug}")]
async fn show_result_json(
    state: web::Data<AppState>,
    l: Locale,
    path: web::Path<String>,
) -> Result<HttpResponse, AppError> {
    let (c, summary) = published(&state, &path, &l).await?;
    Ok(HttpResponse::Ok().json(ResultDocument {
        licence: LICENCE.to_owned(),
        licence_url: LICENCE_URL.to_owned(),
        url: format!("{}/results/{}", state.base_url, c.slug()),
        feedback: c.definition.texts.feedback.clone(),
        archived: c.status == Status::Archived,
        summary,
    }))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(publish_results_json);
    cfg.service(set_feedback_json);
    cfg.service(list_results_json);
    cfg.service(show_result_json);
    cfg.service(withdraw_json);
    cfg.map(|c| {
        c.service(show_publish)
            .service(withdraw_page)
            .service(publish_results)
            .service(set_feedback)
            .service(set_headlines)
            .service(show_results)
            .service(show_result)
            .service(show_feedback)
            .service(find_feedback)
    });
}
