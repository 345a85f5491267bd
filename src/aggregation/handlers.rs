//! The summary over HTTP: `GET /api/v1/consultations/{slug}/summary` (JSON, for everyone
//! allowed, suppressed by role) and the summary page for the group,
//! `GET /manage/consultations/{slug}/summary` (charts, tables, cross-tabs, filters, free text,
//! representativeness).
use actix_web::{HttpResponse, get, web};
use askama::Template;
use askama_web::WebTemplate;
use serde::Deserialize;
use utoipa::IntoParams;

use super::{
    counters::Dimension,
    page::{self, SummaryPage},
    query::{self, Options},
    summary::{NOT_STATED, Summary, View},
};
use crate::{
    accounts::{Actor, Viewer},
    consultations::{Consultation, repo},
    error::AppError,
    i18n::Locale,
    state::AppState,
};

/// Filters and options of a summary. At most one of `by` and the five filters.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SummaryQuery {
    /// Break every question down by this dimension (a cross-tab): `age_band`, `country`,
    /// `region` (UN M49), `itu_region`, `gender`, `language` or `phase`. Adds `breakdown[]` to the summary and to each question.
    pub by: Option<String>,
    /// Only young people of this age band (its code, or `not_stated`).
    pub age_band: Option<String>,
    /// Only young people of this country (ISO 3166 code, or `not_stated`).
    pub country: Option<String>,
    /// Only young people of this UN M49 region (`africa`, `americas`, `asia`, `europe`,
    /// `oceania`, or `not_stated`), worked out from their country.
    pub region: Option<String>,
    /// Only young people of this ITU region (`a` to `e`, or `not_stated`), worked out from
    /// their country.
    pub itu_region: Option<String>,
    /// Only young people of this gender (`girl`, `boy`, `self_described`, `prefer_not_to_say`,
    /// or `not_stated`).
    pub gender: Option<String>,
    /// Only young people who answered in this language (`ar`, `en`, `es`, `fr`, `ru`, `zh`…).
    pub language: Option<String>,
    /// Only young people who answered in this phase (`before` or `during` the meeting).
    pub phase: Option<String>,
    /// Only this question (by key).
    pub question: Option<String>,
    /// `true` adds the analysis of free text: key terms and phrases per language, approved
    /// quotes, and for facilitators a preview including answers waiting for moderation.
    pub text: Option<String>,
    /// The language of question texts and labels; default: `Accept-Language`, then English.
    /// (Read by the locale extractor; listed here for the OpenAPI document.)
    #[allow(dead_code)]
    pub lang: Option<String>,
}

impl SummaryQuery {
    /// The view asked for.
    ///
    /// # Errors
    /// A sentence naming the problem: an unknown dimension, or more than one of `by` and the
    /// filters.
    pub fn view(&self) -> Result<View, String> {
        let filters: Vec<(Dimension, &str)> = [
            (Dimension::AgeBand, &self.age_band),
            (Dimension::Country, &self.country),
            (Dimension::Region, &self.region),
            (Dimension::ItuRegion, &self.itu_region),
            (Dimension::Gender, &self.gender),
            (Dimension::Language, &self.language),
            (Dimension::Phase, &self.phase),
        ]
        .into_iter()
        .filter_map(|(d, v)| v.as_deref().filter(|v| !v.is_empty()).map(|v| (d, v)))
        .collect();
        let by = match self.by.as_deref().filter(|b| !b.is_empty()) {
            None => None,
            Some(b) => Some(Dimension::parse(b).ok_or_else(|| {
                format!(
                    "`by` must be one of age_band, country, region, itu_region, gender, language, \
                     phase (not `{b}`)."
                )
            })?),
        };
        match (by, filters.as_slice()) {
            (None, []) => Ok(View::Overall),
            (Some(d), []) => Ok(View::By(d)),
            (None, [(d, v)]) => Ok(View::Filter(*d, normalise_group(*d, v))),
            _ => Err(
                "Use at most one of `by`, `age_band`, `country`, `region`, `itu_region`, \
                      `gender`, `language` and `phase`."
                    .into(),
            ),
        }
    }

    fn text(&self) -> bool {
        matches!(self.text.as_deref(), Some("true" | "1" | "yes"))
    }
}

/// Country codes are stored in capitals; everything else as given.
fn normalise_group(dimension: Dimension, value: &str) -> String {
    if value == NOT_STATED {
        value.to_owned()
    } else if dimension == Dimension::Country {
        value.to_uppercase()
    } else if dimension.region_scheme().is_some() {
        value.to_lowercase()
    } else {
        value.to_owned()
    }
}

async fn consultation(state: &AppState, slug: &str) -> Result<Consultation, AppError> {
    repo::find_by_slug(&state.db, slug)
        .await?
        .ok_or(AppError::NotFound)
}

/// The summary of a consultation: per question who answered and skipped, options with counts
/// and percentages, statistics; optionally broken down (`by`) or limited to one group.
///
/// Facilitators of the group (with a bearer token) see every figure and `suppressed` markers;
/// members of the group and the public (no token; published consultations only) see `null`
/// for every count based on fewer young people than the consultation's threshold, together
/// with every figure it could be worked out from. An invalid token is 401.
#[utoipa::path(
    tag = "summaries",
    params(
        ("slug" = String, Path, description = "The consultation's slug"),
        SummaryQuery
    ),
    responses(
        (status = 200, description = "The summary as the caller may see it", body = Summary),
        (status = 400, description = "Conflicting or unknown parameters", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 401, description = "The bearer token is not valid", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 403, description = "Signed in, but not a member of the consultation's group (and not published)", body = crate::error::Problem, content_type = "application/problem+json"),
        (status = 404, description = "No such consultation, or not published (without a token)", body = crate::error::Problem, content_type = "application/problem+json")
    ),
    security((), ("bearer" = []))
)]
#[get("/api/v1/consultations/{slug}/summary")]
async fn show_summary_json(
    state: web::Data<AppState>,
    viewer: Viewer,
    l: Locale,
    path: web::Path<String>,
    params: web::Query<SummaryQuery>,
) -> Result<HttpResponse, AppError> {
    let consultation = consultation(&state, &path).await?;
    let audience = query::audience_of(&viewer, &consultation)?;
    let view = params.view().map_err(AppError::BadRequest)?;
    let options = Options {
        question: params.question.as_deref().filter(|q| !q.is_empty()),
        text: params.text(),
    };
    let summary = query::build(&state.db, &consultation, audience, &view, &l, &options).await?;
    let mut res = HttpResponse::Ok().json(summary);
    if !matches!(audience, super::suppression::Audience::Public) {
        res = crate::web::no_store(res);
    }
    Ok(res)
}

/// The page's query: the API's, with one `filter` select (`dimension:value`) instead of five.
#[derive(Debug, Default, Deserialize)]
struct PageQuery {
    by: Option<String>,
    filter: Option<String>,
    question: Option<String>,
    /// `yes` shows the facilitators' preview of free text (with answers waiting for
    /// moderation) in full.
    preview: Option<String>,
}

impl PageQuery {
    /// This view's address with the facilitators' preview shown.
    fn with_preview(&self, here: &str) -> String {
        use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};
        let mut parts = vec!["preview=yes".to_owned()];
        for (name, value) in [
            ("by", &self.by),
            ("filter", &self.filter),
            ("question", &self.question),
        ] {
            if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                parts.push(format!(
                    "{name}={}",
                    utf8_percent_encode(v, NON_ALPHANUMERIC)
                ));
            }
        }
        format!("{here}?{}", parts.join("&"))
    }

    fn as_api(&self) -> SummaryQuery {
        let mut q = SummaryQuery {
            by: self.by.clone(),
            question: self.question.clone(),
            ..SummaryQuery::default()
        };
        if let Some((d, v)) = self.filter.as_deref().and_then(|f| f.split_once(':')) {
            let v = Some(v.to_owned());
            match Dimension::parse(d) {
                Some(Dimension::AgeBand) => q.age_band = v,
                Some(Dimension::Country) => q.country = v,
                Some(Dimension::Gender) => q.gender = v,
                Some(Dimension::Language) => q.language = v,
                Some(Dimension::Phase) => q.phase = v,
                Some(Dimension::Region) => q.region = v,
                Some(Dimension::ItuRegion) => q.itu_region = v,
                None => {}
            }
        }
        q
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "aggregation/summary.html")]
struct SummaryTemplate {
    l: Locale,
    actor: Actor,
    frame: crate::consultations::handlers::frame::EditorFrame,
    p: SummaryPage,
    opinion: Vec<super::opinion_page::OpinionSection>,
}

/// The summary page for the group's facilitators and members.
#[get("/manage/consultations/{slug}/summary")]
async fn show_summary(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<String>,
    params: web::Query<PageQuery>,
) -> Result<HttpResponse, AppError> {
    let consultation = consultation(&state, &path).await?;
    actor.require_reader(consultation.group_id())?;
    let audience = query::audience_of(&Viewer::Signed(Box::new(actor.clone())), &consultation)?;
    let api = params.as_api();
    let (view, problem) = match api.view() {
        Ok(view) => (view, None),
        Err(_) => (View::Overall, Some(l.t("agg-error-one-view"))),
    };
    let options = Options {
        question: api.question.as_deref().filter(|q| !q.is_empty()),
        text: true,
    };
    let summary = query::build(&state.db, &consultation, audience, &view, &l, &options).await?;
    let sizes = super::counters::load_sizes(&state.db, consultation.id())
        .await
        .map_err(|e| AppError::context(e, "Failed to load the group sizes"))?;
    let opinion = super::opinion_page::sections(&state.db, &consultation, audience, &l).await?;
    let bad_request = problem.is_some();
    let mut p = page::build(&l, &consultation, &summary, &sizes, &view, &api, problem);
    if audience.sees_everything() {
        // Per day, unsuppressed: facilitators only (a day's count could single someone out).
        let days = super::timeline::per_day(&state.db, consultation.id())
            .await
            .map_err(|e| AppError::context(e, "Failed to count the responses per day"))?;
        p.set_timeline(&l, &days);
    }
    let here = format!("/manage/consultations/{}/summary", consultation.slug());
    if params.preview.as_deref() != Some("yes") {
        p.fold_previews(params.with_preview(&here));
    }
    let frame = crate::consultations::handlers::frame::frame_of(
        &state,
        &actor,
        &l,
        &consultation,
        "summary",
        &here,
    )
    .await?;
    let status = if bad_request {
        actix_web::http::StatusCode::BAD_REQUEST
    } else {
        actix_web::http::StatusCode::OK
    };
    crate::web::no_store_page(
        status,
        &SummaryTemplate {
            l,
            actor,
            frame,
            p,
            opinion,
        },
    )
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(show_summary_json);
    cfg.map(|c| c.service(show_summary));
}
