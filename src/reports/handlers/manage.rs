//! The facilitators' drafting space: the group's reports (one per year with consultations,
//! and a final report over a range of years), and a report's editor — the introduction,
//! the conclusions and each consultation's key findings, one language at a time — with
//! publishing. Texts too long are refused next to their field and nothing is stored.
use actix_web::{HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use chrono::Datelike;
use serde::Deserialize;

use crate::{
    accounts::{Actor, repo::audit},
    consultations::{
        Consultation,
        handlers::forms::{Errors, Field, FormData, Posted, see_other},
        repo as consultations_repo,
    },
    entities::work_group,
    error::AppError,
    i18n::Locale,
    reports::{
        content::{self, started},
        period::{Period, PeriodError},
        repo,
        view::title,
    },
    state::AppState,
    web::no_store_page,
};

/// The longest introduction or conclusions, in characters.
pub const MAX_TEXT: usize = 20_000;
/// The longest key findings of a consultation, in characters.
pub const MAX_FINDINGS: usize = 2_000;

async fn facilitated_group(
    state: &AppState,
    actor: &Actor,
    slug: &str,
) -> Result<work_group::Model, AppError> {
    let group = consultations_repo::group_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    actor.require_facilitator(group.id)?;
    Ok(group)
}

pub struct PeriodItem {
    pub period: String,
    pub title: String,
    pub consultations: i64,
    pub published: bool,
}

#[derive(Template)]
#[template(path = "reports/list.html")]
struct ListPage {
    l: Locale,
    actor: Actor,
    group: work_group::Model,
    periods: Vec<PeriodItem>,
    errors: Errors,
    fields: Vec<Field>,
}

#[derive(Deserialize)]
struct RangeQuery {
    from: Option<String>,
    to: Option<String>,
}

/// The group's reports and the form to start a final report over a range of years.
#[get("/manage/groups/{group}/reports")]
async fn show_reports(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    query: web::Query<RangeQuery>,
) -> Result<HttpResponse, AppError> {
    let group = facilitated_group(&state, &actor, &path).await?;
    let (from, to) = (
        query.from.clone().unwrap_or_default(),
        query.to.clone().unwrap_or_default(),
    );
    let mut errors = Errors::default();
    if query.from.is_some() || query.to.is_some() {
        match range(&from, &to) {
            Ok(p) => return Ok(see_other(&editor_location(&group, p))),
            Err((field, e)) => errors.push(field, l.t(e.key())),
        }
    }
    let periods = periods(&state, &group, &l).await?;
    let fields = vec![
        Field::new("number", "from", l.t("rep-field-from")).value(&from),
        Field::new("number", "to", l.t("rep-field-to")).value(&to),
    ]
    .into_iter()
    .map(|f| f.errors(&errors))
    .collect();
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let page = ListPage {
        l,
        actor,
        group,
        periods,
        errors,
        fields,
    };
    no_store_page(status, &page)
}

fn range(from: &str, to: &str) -> Result<Period, (&'static str, PeriodError)> {
    let from_year = Period::parse(from.trim()).map_err(|e| ("from", e))?.from;
    let to_year = Period::parse(to.trim()).map_err(|e| ("to", e))?.from;
    Period::range(from_year, to_year).map_err(|e| ("to", e))
}

fn editor_location(group: &work_group::Model, p: Period) -> String {
    format!("/manage/groups/{}/reports/{p}", group.slug)
}

/// Every year with consultations (newest first), then the final reports begun.
async fn periods(
    state: &AppState,
    group: &work_group::Model,
    l: &Locale,
) -> Result<Vec<PeriodItem>, AppError> {
    let all = consultations_repo::consultations_of_group(&state.db, group.id).await?;
    let years: std::collections::BTreeSet<i32> = all
        .iter()
        .filter(|c| c.status != crate::consultations::Status::Draft)
        .map(|c| started(c).year())
        .collect();
    let published = repo::published_periods(&state.db, group.id).await?;
    let begun = repo::periods(&state.db, group.id).await?;
    let mut out: Vec<PeriodItem> = years
        .iter()
        .rev()
        .map(|y| Period { from: *y, to: *y })
        .chain(
            begun
                .iter()
                .filter_map(|p| Period::parse(p).ok())
                .filter(|p| !p.is_yearly()),
        )
        .map(|p| PeriodItem {
            title: title(l, p.is_yearly(), &p.to_string()),
            consultations: i64::try_from(years.iter().filter(|y| p.contains(**y)).count())
                .unwrap_or(0),
            published: published.contains(&p.to_string()),
            period: p.to_string(),
        })
        .collect();
    out.dedup_by(|a, b| a.period == b.period);
    Ok(out)
}

pub struct FindingField {
    pub title: String,
    pub field: Field,
}

#[derive(Template)]
#[template(path = "reports/edit.html")]
struct EditPage {
    l: Locale,
    actor: Actor,
    group: work_group::Model,
    period: String,
    title: String,
    /// The language being written.
    language: String,
    languages: Vec<(String, String)>,
    published: bool,
    has_consultations: bool,
    errors: Errors,
    fields: Vec<Field>,
    findings: Vec<FindingField>,
    saved: bool,
}

#[derive(Deserialize)]
struct EditQuery {
    language: Option<String>,
    saved: Option<String>,
}

fn language_of(l: &Locale, asked: Option<&str>) -> String {
    asked
        .filter(|c| crate::i18n::is_available(c))
        .unwrap_or(l.code())
        .to_owned()
}

struct Editing {
    group: work_group::Model,
    period: Period,
    consultations: Vec<Consultation>,
}

async fn editing(
    state: &AppState,
    actor: &Actor,
    slug: &str,
    period: &str,
) -> Result<Editing, AppError> {
    let group = facilitated_group(state, actor, slug).await?;
    let period = Period::parse(period).map_err(|_| AppError::NotFound)?;
    let consultations = content::consultations_in(&state.db, group.id, period).await?;
    Ok(Editing {
        group,
        period,
        consultations,
    })
}

#[allow(clippy::too_many_arguments)]
async fn edit_page(
    state: &AppState,
    l: Locale,
    actor: Actor,
    e: Editing,
    language: String,
    form: Option<&FormData>,
    errors: Errors,
    saved: bool,
) -> Result<EditPage, AppError> {
    let p = e.period.to_string();
    let drafts = repo::drafts(&state.db, e.group.id, &p).await?;
    let mine = drafts.iter().find(|d| d.language == language);
    let ids: Vec<i32> = e.consultations.iter().map(Consultation::id).collect();
    let stored = repo::findings(&state.db, &ids).await?;
    let value =
        |name: &str, stored: &str| form.map_or(stored.to_owned(), |f| f.get(name).to_owned());
    let fields = vec![
        Field::area("introduction", l.t("rep-introduction"))
            .value(value(
                "introduction",
                mine.map_or("", |d| d.introduction.as_str()),
            ))
            .hint(l.t("rep-introduction-hint"))
            .rows(8),
        Field::area("conclusions", l.t("rep-conclusions"))
            .value(value(
                "conclusions",
                mine.map_or("", |d| d.conclusions.as_str()),
            ))
            .rows(8),
    ]
    .into_iter()
    .map(|f| f.lang(&language).errors(&errors))
    .collect();
    let findings = e
        .consultations
        .iter()
        .map(|c| {
            let name = format!("finding-{}", c.id());
            let text = stored
                .iter()
                .find(|f| f.consultation_id == c.id() && f.language == language)
                .map_or("", |f| f.findings.as_str());
            FindingField {
                title: crate::aggregation::document::title_of(c, l.code()),
                field: Field::area(name.clone(), l.t("rep-findings"))
                    .value(value(&name, text))
                    .hint(l.t("rep-findings-hint"))
                    .rows(4)
                    .lang(&language)
                    .errors(&errors),
            }
        })
        .collect();
    Ok(EditPage {
        title: title(&l, e.period.is_yearly(), &p),
        languages: crate::i18n::available()
            .iter()
            .map(|c| (c.clone(), crate::web::forms::language_name(c)))
            .collect(),
        published: drafts.iter().any(|d| d.published_at.is_some()),
        has_consultations: !e.consultations.is_empty(),
        period: p,
        l,
        actor,
        group: e.group,
        language,
        errors,
        fields,
        findings,
        saved,
    })
}

/// A report's editor, in one language (`?language=`).
#[get("/manage/groups/{group}/reports/{period}")]
async fn show_editor(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    query: web::Query<EditQuery>,
) -> Result<HttpResponse, AppError> {
    let (slug, period) = path.into_inner();
    let e = editing(&state, &actor, &slug, &period).await?;
    let language = language_of(&l, query.language.as_deref());
    let saved = query.saved.is_some();
    let page = edit_page(
        &state,
        l,
        actor,
        e,
        language,
        None,
        Errors::default(),
        saved,
    )
    .await?;
    no_store_page(StatusCode::OK, &page)
}

fn limit(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Checks a posted editor form: every problem next to its field.
fn check(l: &Locale, form: &FormData, consultations: &[Consultation]) -> Errors {
    let mut errors = Errors::default();
    for name in ["introduction", "conclusions"] {
        if form.get(name).chars().count() > MAX_TEXT {
            errors.push(name, l.t_count("rep-v-too-long", limit(MAX_TEXT)));
        }
    }
    for c in consultations {
        let name = format!("finding-{}", c.id());
        if form.get(&name).chars().count() > MAX_FINDINGS {
            errors.push(&name, l.t_count("rep-v-too-long", limit(MAX_FINDINGS)));
        }
    }
    if consultations.is_empty() {
        errors.push("", l.t("rep-v-no-consultations"));
    }
    errors
}

/// Saves one language's texts of a report; nothing is stored when any is refused.
#[post("/manage/groups/{group}/reports/{period}")]
async fn save_report(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let form = FormData::posted_by(&actor, form)?;
    let (slug, period) = path.into_inner();
    let e = editing(&state, &actor, &slug, &period).await?;
    let language = language_of(&l, form.opt("language"));
    let errors = check(&l, &form, &e.consultations);
    if !errors.is_empty() {
        let page = edit_page(&state, l, actor, e, language, Some(&form), errors, false).await?;
        return no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let p = e.period.to_string();
    let tx = crate::db::begin_write(&state.db).await?;
    repo::save_texts(
        &tx,
        e.group.id,
        &p,
        &language,
        form.get("introduction").trim(),
        form.get("conclusions").trim(),
    )
    .await?;
    for c in &e.consultations {
        let text = form.get(&format!("finding-{}", c.id())).trim().to_owned();
        repo::save_finding(&tx, c.id(), &language, &text).await?;
    }
    audit(
        &tx,
        Some(actor.id()),
        Some(e.group.id),
        "report_saved",
        &p,
        &language,
    )
    .await?;
    tx.commit().await?;
    Ok(see_other(&format!(
        "{}?language={language}&saved=1",
        editor_location(&e.group, e.period)
    )))
}

/// Publishes a report (`publish=1`) or takes it back to draft (`publish=0`).
#[post("/manage/groups/{group}/reports/{period}/publish")]
async fn publish_report(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let form = FormData::posted_by(&actor, form)?;
    let (slug, period) = path.into_inner();
    let e = editing(&state, &actor, &slug, &period).await?;
    let language = language_of(&l, form.opt("language"));
    let publish = form.get("publish") == "1";
    if publish && e.consultations.is_empty() {
        let mut errors = Errors::default();
        errors.push("", l.t("rep-v-no-consultations"));
        let page = edit_page(&state, l, actor, e, language, None, errors, false).await?;
        return no_store_page(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let p = e.period.to_string();
    let tx = crate::db::begin_write(&state.db).await?;
    repo::set_published(&tx, e.group.id, &p, &language, publish).await?;
    let action = if publish {
        "report_published"
    } else {
        "report_unpublished"
    };
    audit(&tx, Some(actor.id()), Some(e.group.id), action, &p, "").await?;
    tx.commit().await?;
    Ok(see_other(&format!("/reports/{}/{p}", e.group.slug)))
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| {
        c.service(show_reports)
            .service(show_editor)
            .service(save_report)
            .service(publish_report)
    });
}
