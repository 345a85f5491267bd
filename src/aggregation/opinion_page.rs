//! The opinion section of the summary page: per `statements` question, the opinion map (SVG,
//! groups as shaded regions, never one mark per young person) with the same groups in a
//! table, the consensus and divisive statements, and consensus across demographic groups.
use sea_orm::ConnectionTrait;

use super::{
    charts::{self, ChartText, Direction, Region},
    opinion::{Analysis, Scored},
    opinion_query::{self, OpinionDocument},
    query,
    suppression::Audience,
};
use crate::{
    consultations::{Consultation, definition::Question},
    error::AppError,
    i18n::{Arg, Locale},
};

/// One row of the groups' table.
#[derive(Clone, Debug)]
pub struct GroupRow {
    pub label: String,
    /// The size, or "fewer than 10".
    pub size: String,
    pub suppressed: bool,
    pub representative: Vec<String>,
}

/// Consensus over one demographic dimension, as shown.
#[derive(Clone, Debug)]
pub struct ByRow {
    pub dimension: String,
    pub groups: String,
    pub left_out: i64,
    pub statements: Vec<String>,
}

/// One `statements` question's opinion section.
#[derive(Clone, Debug)]
pub struct OpinionSection {
    pub id: String,
    pub heading: String,
    pub summary: String,
    pub map: Option<String>,
    pub groups: Vec<GroupRow>,
    pub consensus: Vec<String>,
    pub divisive: Vec<String>,
    pub by: Vec<ByRow>,
    pub api_href: String,
}

/// The opinion sections of a consultation for a reader.
///
/// # Errors
/// A database error.
pub async fn sections(
    db: &impl ConnectionTrait,
    c: &Consultation,
    audience: Audience,
    l: &Locale,
) -> Result<Vec<OpinionSection>, AppError> {
    let mut out = Vec::new();
    for (i, q) in opinion_query::statement_questions(c)
        .into_iter()
        .enumerate()
    {
        let (doc, analysis) = opinion_query::build(db, c, q, audience, l.code())
            .await
            .map_err(|e| {
                AppError::context(e, format!("Failed to analyse the votes of {}", c.id()))
            })?;
        out.push(section(c, q, format!("opinion-{i}"), &doc, &analysis, l));
    }
    Ok(out)
}

/// The opinion section of `q` (its element ids start with `id`) from its analysis and the
/// document `doc` made of it for the reader: a group the reader may not see has no region
/// on the map, no size and no statements. The public results page and the live projector
/// show the same.
pub fn section(
    c: &Consultation,
    q: &Question,
    id: String,
    doc: &OpinionDocument,
    analysis: &Analysis,
    l: &Locale,
) -> OpinionSection {
    let labels: Vec<String> = doc
        .groups
        .iter()
        .map(|g| {
            l.t_args(
                "agg-opinion-group",
                &[("number", Arg::Num((g.id + 1) as f64))],
            )
        })
        .collect();
    let regions: Vec<Region<'_>> = analysis
        .groups
        .iter()
        .zip(&doc.groups)
        .zip(&labels)
        .filter(|((_, shown), _)| shown.size.is_some())
        .map(|((g, _), label)| Region {
            label,
            centre: g.centre,
            spread: g.spread,
        })
        .collect();
    let map = (!regions.is_empty()).then(|| {
        let title = l.t("agg-opinion-map");
        let desc = l.t("agg-opinion-map-desc");
        let fewer = l.t_count("agg-fewer-than", i64::from(c.definition.threshold()));
        let text = ChartText {
            id: &id,
            title: &title,
            desc: &desc,
            direction: Direction::from_dir(l.dir()),
            fewer_than: &fewer,
            hidden_marker: "",
        };
        charts::opinion_map(&text, &regions)
    });
    OpinionSection {
        heading: q.wording(l.code(), None).to_owned(),
        summary: summary_line(doc, l),
        map,
        groups: group_rows(doc, &labels, c, l),
        consensus: doc.consensus.iter().map(line).collect(),
        divisive: doc.divisive.iter().map(line).collect(),
        by: doc
            .consensus_by
            .iter()
            .map(|(dimension, d)| ByRow {
                dimension: l.t(&format!("agg-opinion-by-{dimension}")),
                groups: d
                    .groups
                    .iter()
                    .map(|g| group_value(dimension, &g.value, l))
                    .collect::<Vec<_>>()
                    .join(", "),
                left_out: i64::try_from(d.left_out).unwrap_or(i64::MAX),
                statements: d.statements.iter().map(line).collect(),
            })
            .collect(),
        api_href: format!(
            "/api/v1/consultations/{}/opinion?question={}",
            c.slug(),
            q.key
        ),
        id,
    }
}

fn summary_line(doc: &OpinionDocument, l: &Locale) -> String {
    match (doc.participants, doc.votes) {
        (Some(p), Some(v)) => l.t_args(
            "agg-opinion-summary",
            &[
                ("participants", Arg::Num(p as f64)),
                ("votes", Arg::Num(v as f64)),
                ("groups", Arg::Num(doc.groups.len() as f64)),
            ],
        ),
        _ => l.t_count("agg-fewer-than", doc.threshold as i64),
    }
}

fn group_rows(
    doc: &OpinionDocument,
    labels: &[String],
    c: &Consultation,
    l: &Locale,
) -> Vec<GroupRow> {
    doc.groups
        .iter()
        .zip(labels)
        .map(|(g, label)| GroupRow {
            label: label.clone(),
            size: g.size.map_or_else(
                || l.t_count("agg-fewer-than", i64::from(c.definition.threshold())),
                |n| n.to_string(),
            ),
            suppressed: g.suppressed,
            representative: g
                .representative
                .iter()
                .map(|s| {
                    let direction = l.t(&format!("p-vote-{}", s.direction.unwrap_or("agree")));
                    format!("{} ({direction})", s.text)
                })
                .collect(),
        })
        .collect()
}

fn group_value(dimension: &str, value: &str, l: &Locale) -> String {
    match super::counters::Dimension::parse(dimension) {
        Some(d) => query::group_label(l, d, value),
        None => value.to_owned(),
    }
}

fn line(s: &Scored) -> String {
    format!("{} ({:.2})", s.text, s.score)
}
