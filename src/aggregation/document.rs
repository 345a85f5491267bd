//! The summary download document: the overall summary and one cross-tab per dimension, as
//! one reader may see them, built once by [`crate::aggregation::query::build`] so that every
//! download shows the same numbers and the same suppression as the summary API. It is also
//! what publishing freezes.
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{
    aggregation::{
        counters::Dimension,
        query::{self, Options},
        summary::{Summary, View},
        suppression::{Audience, effective_threshold},
    },
    consultations::{Consultation, definition::text_in},
    entities::published_snapshot,
    error::AppError,
    i18n::Locale,
};

/// The schema name and version of [`SummaryDocument`]; a new version only adds fields.
pub const SCHEMA: &str = "consulta.summary/1";

/// Dimensions of the cross-tabs, in order.
pub const DIMENSIONS: [Dimension; 7] = [
    Dimension::AgeBand,
    Dimension::Country,
    Dimension::Region,
    Dimension::ItuRegion,
    Dimension::Gender,
    Dimension::Language,
    Dimension::Phase,
];

/// A consultation's summary for download (`summary.json`), and what a publication freezes.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct SummaryDocument {
    /// Always `consulta.summary/1`.
    pub schema: String,
    pub consultation: ConsultationInfo,
    /// When the figures were computed (for a publication: when it was published).
    pub generated_at: DateTime<Utc>,
    /// Who the figures are for: `facilitator`, `member` or `public`.
    pub audience: Audience,
    /// Counts from fewer young people than this are hidden from members and the public.
    pub threshold: u64,
    /// The language of texts and labels.
    pub language: String,
    /// Every question over all young people, with free-text key terms and approved quotes.
    pub overall: Summary,
    /// Every question broken down by each dimension (`by` is set in each).
    pub cross_tabs: Vec<Summary>,
}

/// Which consultation a document is about.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct ConsultationInfo {
    pub slug: String,
    /// The title in the document's language.
    pub title: String,
    /// Enabled languages.
    pub languages: Vec<String>,
    pub status: crate::consultations::Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_at: Option<DateTime<Utc>>,
}

/// The title of a consultation in `lang`, else in its default language.
pub fn title_of(consultation: &Consultation, lang: &str) -> String {
    let def = &consultation.definition;
    let t = text_in(&def.texts.title, lang);
    if t.is_empty() {
        text_in(&def.texts.title, &def.default_language).to_owned()
    } else {
        t.to_owned()
    }
}

/// The language a document is written in: the reader's when the consultation has it, else
/// the consultation's default language.
pub fn document_language(consultation: &Consultation, l: &Locale) -> Locale {
    let def = &consultation.definition;
    if def.languages.iter().any(|x| x == l.code()) {
        l.clone()
    } else {
        Locale::new(&def.default_language)
    }
}

/// Builds the document of `consultation` for `audience` in `l`'s language.
///
/// # Errors
/// A database error, or counters that contradict each other.
pub async fn build(
    db: &impl ConnectionTrait,
    consultation: &Consultation,
    audience: Audience,
    l: &Locale,
) -> Result<SummaryDocument, AppError> {
    let overall = query::build(
        db,
        consultation,
        audience,
        &View::Overall,
        l,
        &Options {
            question: None,
            text: true,
        },
    )
    .await?;
    let mut cross_tabs = Vec::with_capacity(DIMENSIONS.len());
    for d in DIMENSIONS {
        cross_tabs.push(
            query::build(
                db,
                consultation,
                audience,
                &View::By(d),
                l,
                &Options::default(),
            )
            .await?,
        );
    }
    Ok(SummaryDocument {
        schema: SCHEMA.to_owned(),
        consultation: ConsultationInfo {
            slug: consultation.slug().to_owned(),
            title: title_of(consultation, l.code()),
            languages: consultation.definition.languages.clone(),
            status: consultation.status,
            published_at: consultation.row.published_at,
        },
        generated_at: Utc::now(),
        audience,
        threshold: effective_threshold(u64::from(consultation.definition.threshold())),
        language: l.code().to_owned(),
        overall,
        cross_tabs,
    })
}

/// The frozen public document of a published consultation in `lang` (else in any language
/// it was frozen in, the first by language code).
///
/// # Errors
/// A database error, or a stored snapshot that no longer parses.
pub async fn snapshot(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    lang: &str,
) -> Result<Option<SummaryDocument>, AppError> {
    let rows = published_snapshot::Entity::find()
        .filter(published_snapshot::Column::ConsultationId.eq(consultation_id))
        .order_by_asc(published_snapshot::Column::Language)
        .all(db)
        .await?;
    let row = rows
        .iter()
        .find(|r| r.language == lang)
        .or_else(|| rows.first());
    row.map(|r| {
        serde_json::from_str(&r.document).map_err(|e| {
            AppError::context(e, format!("Snapshot of {consultation_id} does not parse"))
        })
    })
    .transpose()
}
