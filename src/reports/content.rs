//! What a yearly or final report says, built from the group's consultations of the period:
//! the consultations with their dates and phases, who took part, each one's key findings,
//! top figures, "what we did with your views" and chosen quotes, the questions asked again
//! as a trend, and the facilitators' introduction and conclusions. Every figure is what the
//! public may see: the counts go through the one suppression function
//! ([`crate::aggregation::suppression::suppress`]), so facilitators preview exactly what will
//! be published.
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use sea_orm::ConnectionTrait;
use serde::Serialize;

use super::{period::Period, repo};
use crate::{
    aggregation::{
        counters::{self, Dimension},
        document::title_of,
        query::{self, Options, group_label},
        summary::{QuestionSummary, View},
        suppression::{
            Audience, CountRow, CountTable, DEFAULT_THRESHOLD, effective_threshold, suppress,
        },
    },
    consultations::{Consultation, Status, definition::LocalText, repo as consultations_repo},
    entities::{consultation_finding, report_draft, work_group},
    error::AppError,
    i18n::Locale,
};

/// The schema name of the report document (`…/reports/{period}.json`).
pub const SCHEMA: &str = "consulta.report/1";
/// Dimensions of "who took part".
pub const PARTICIPATION: [Dimension; 4] = [
    Dimension::AgeBand,
    Dimension::Region,
    Dimension::Language,
    Dimension::Phase,
];
/// Top figures shown per consultation.
const TOP_FIGURES: usize = 3;
/// Quotes shown per consultation.
const QUOTES: usize = 3;

/// A text in the reader's language when written in it, else in another (named).
#[derive(Clone, Debug, Default, Serialize)]
pub struct Shown {
    pub text: String,
    /// The language the text is in (empty when there is none).
    pub language: String,
}

impl Shown {
    /// The reader's language, else English, else the first language written.
    fn pick<'a>(texts: impl Iterator<Item = (&'a str, &'a str)> + Clone, lang: &str) -> Self {
        let written = texts.filter(|(_, t)| !t.trim().is_empty());
        let found = written
            .clone()
            .find(|(l, _)| *l == lang)
            .or_else(|| written.clone().find(|(l, _)| *l == "en"))
            .or_else(|| written.clone().next());
        found.map_or_else(Self::default, |(l, t)| Self {
            text: t.to_owned(),
            language: l.to_owned(),
        })
    }

    /// The text's paragraphs (separated by an empty line).
    pub fn paragraphs(&self) -> Vec<&str> {
        self.text
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    }

    fn local(text: &LocalText, lang: &str) -> Self {
        Self::pick(text.iter().map(|(l, t)| (l.as_str(), t.as_str())), lang)
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// Always `consulta.report/1`.
    pub schema: &'static str,
    pub group: String,
    pub group_name: String,
    /// `2026` or `2024-2026`.
    pub period: String,
    /// One year (the yearly report) rather than several (the final report).
    pub yearly: bool,
    pub from: i32,
    pub to: i32,
    /// The language of labels and, where written in it, texts.
    pub language: String,
    pub published: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_at: Option<DateTime<Utc>>,
    /// Counts from fewer young people than this are `null`.
    pub threshold: u64,
    pub introduction: Shown,
    pub conclusions: Shown,
    /// Responses over the period's consultations (`null` when too few).
    pub responses: Option<u64>,
    pub consultations: Vec<ReportConsultation>,
    /// Who took part, per dimension.
    pub participation: Vec<Participation>,
    /// Questions asked in more than one consultation of the period.
    pub trends: Vec<Trend>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReportConsultation {
    pub slug: String,
    pub title: String,
    pub status: Status,
    pub opens: Option<NaiveDate>,
    pub closes: Option<NaiveDate>,
    /// `before`, `during`.
    pub phases: Vec<String>,
    /// Whether its results are public (figures, quotes and trends come only from those).
    pub results_public: bool,
    pub responses: Option<u64>,
    pub findings: Shown,
    /// "What we did with your views".
    pub feedback: Shown,
    pub top: Vec<TopFigure>,
    pub quotes: Vec<Shown>,
    #[serde(skip)]
    pub id: i32,
}

/// A question's most chosen option.
#[derive(Clone, Debug, Serialize)]
pub struct TopFigure {
    pub key: String,
    pub question: String,
    pub option: String,
    pub count: Option<u64>,
    pub percent: Option<u8>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Participation {
    pub dimension: Dimension,
    pub label: String,
    pub groups: Vec<GroupFigure>,
}

#[derive(Clone, Debug, Serialize)]
pub struct GroupFigure {
    pub group: String,
    pub label: String,
    pub count: Option<u64>,
    pub percent: Option<u8>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Trend {
    pub key: String,
    pub question: String,
    pub points: Vec<TrendPoint>,
}

/// One consultation's answers to a question asked again.
#[derive(Clone, Debug, Serialize)]
pub struct TrendPoint {
    pub slug: String,
    pub title: String,
    pub year: i32,
    pub answered: Option<u64>,
    pub options: Vec<TrendOption>,
}

#[derive(Clone, Debug, Serialize)]
pub struct TrendOption {
    pub code: String,
    pub label: String,
    pub count: Option<u64>,
    pub percent: Option<u8>,
}

/// The date a consultation ran from: when it opened, else when it was made.
pub fn started(c: &Consultation) -> DateTime<Utc> {
    c.row.opens_at.unwrap_or(c.row.created_at)
}

/// The group's consultations run in the period (not drafts), oldest first.
///
/// # Errors
/// A database error.
pub async fn consultations_in(
    db: &impl ConnectionTrait,
    group_id: i32,
    period: Period,
) -> Result<Vec<Consultation>, AppError> {
    let mut found: Vec<Consultation> = consultations_repo::consultations_of_group(db, group_id)
        .await?
        .into_iter()
        .filter(|c| c.status != Status::Draft && period.contains(started(c).year()))
        .collect();
    found.sort_by_key(|c| (started(c), c.id()));
    Ok(found)
}

/// Builds the report of `group` for `period` in `l`'s language.
///
/// # Errors
/// A database error, or counters that contradict each other.
pub async fn build(
    db: &impl ConnectionTrait,
    group: &work_group::Model,
    period: Period,
    consultations: &[Consultation],
    drafts: &[report_draft::Model],
    l: &Locale,
) -> Result<Report, AppError> {
    let lang = l.code();
    let threshold = consultations
        .iter()
        .map(|c| effective_threshold(u64::from(c.definition.threshold())))
        .max()
        .unwrap_or(DEFAULT_THRESHOLD);
    let ids: Vec<i32> = consultations.iter().map(Consultation::id).collect();
    let findings = repo::findings(db, &ids).await?;
    let (responses, per_consultation) = responses(db, consultations, threshold).await?;
    let mut items = Vec::with_capacity(consultations.len());
    let mut summaries = Vec::new();
    for (c, shown) in consultations.iter().zip(per_consultation) {
        let summary = if c.results_public() {
            let s = query::build(
                db,
                c,
                Audience::Public,
                &View::Overall,
                l,
                &Options {
                    question: None,
                    text: true,
                },
            )
            .await?;
            Some(s.questions)
        } else {
            None
        };
        items.push(item(c, shown, summary.as_deref(), &findings, lang));
        if let Some(s) = summary {
            summaries.push((c, s));
        }
    }
    let text = |f: fn(&report_draft::Model) -> &str| {
        Shown::pick(drafts.iter().map(|d| (d.language.as_str(), f(d))), lang)
    };
    Ok(Report {
        schema: SCHEMA,
        group: group.slug.clone(),
        group_name: group.name.clone(),
        period: period.to_string(),
        yearly: period.is_yearly(),
        from: period.from,
        to: period.to,
        language: lang.to_owned(),
        published: drafts.iter().any(|d| d.published_at.is_some()),
        published_at: drafts.iter().find_map(|d| d.published_at),
        threshold,
        introduction: text(|d| &d.introduction),
        conclusions: text(|d| &d.conclusions),
        responses,
        participation: participation(db, consultations, threshold, l).await?,
        trends: trends(&summaries, lang),
        consultations: items,
    })
}

/// Responses over the period and per consultation, suppressed together (one table) so that
/// no hidden count can be had by subtraction.
async fn responses(
    db: &impl ConnectionTrait,
    consultations: &[Consultation],
    threshold: u64,
) -> Result<(Option<u64>, Vec<Option<u64>>), AppError> {
    let mut counts = Vec::with_capacity(consultations.len());
    for c in consultations {
        counts.push(counters::load(db, c.id(), None).await?.overall.responses);
    }
    let columns = consultations.iter().map(|c| c.slug().to_owned()).collect();
    let table = CountTable::new(columns, vec![CountRow::exclusive("all", counts)])
        .map_err(|e| AppError::context(e, "The report's responses do not add up"))?;
    let shown = suppress(&table, threshold, Audience::Public);
    let per = shown
        .rows
        .first()
        .map(|r| r.cells.iter().map(|c| c.count).collect())
        .unwrap_or_default();
    Ok((shown.base.count, per))
}

/// Who took part: young people per group of each dimension over the period, suppressed.
async fn participation(
    db: &impl ConnectionTrait,
    consultations: &[Consultation],
    threshold: u64,
    l: &Locale,
) -> Result<Vec<Participation>, AppError> {
    let mut sizes =
        std::collections::BTreeMap::<Dimension, std::collections::BTreeMap<String, u64>>::new();
    for c in consultations {
        for (d, groups) in counters::load_sizes(db, c.id()).await? {
            let into = sizes.entry(d).or_default();
            for (g, n) in groups {
                *into.entry(g).or_default() += n;
            }
        }
    }
    let mut out = Vec::new();
    for d in PARTICIPATION {
        let groups: Vec<(String, u64)> = sizes
            .remove(&d)
            .unwrap_or_default()
            .into_iter()
            .filter(|(_, n)| *n > 0)
            .collect();
        if groups.is_empty() {
            continue;
        }
        let columns = groups.iter().map(|(g, _)| g.clone()).collect();
        let counts = groups.iter().map(|(_, n)| *n).collect();
        let table = CountTable::new(columns, vec![CountRow::exclusive("all", counts)])
            .map_err(|e| AppError::context(e, "The report's groups do not add up"))?;
        let shown = suppress(&table, threshold, Audience::Public);
        let cells = shown
            .rows
            .first()
            .map(|r| r.cells.clone())
            .unwrap_or_default();
        out.push(Participation {
            dimension: d,
            label: query::dimension_label(l, d),
            groups: groups
                .iter()
                .zip(cells)
                .map(|((g, _), cell)| GroupFigure {
                    group: if g.is_empty() {
                        "not_stated".into()
                    } else {
                        g.clone()
                    },
                    label: group_label(l, d, g),
                    count: cell.count,
                    percent: cell.percent,
                })
                .collect(),
        });
    }
    Ok(out)
}

fn item(
    c: &Consultation,
    responses: Option<u64>,
    questions: Option<&[QuestionSummary]>,
    findings: &[consultation_finding::Model],
    lang: &str,
) -> ReportConsultation {
    let def = &c.definition;
    let questions = questions.unwrap_or_default();
    let top = questions
        .iter()
        .filter(|q| q.kind.compares_over_time())
        .filter_map(|q| {
            let best = q
                .options
                .iter()
                .flatten()
                .filter(|o| o.count.is_some_and(|n| n > 0))
                .max_by_key(|o| (o.count, std::cmp::Reverse(o.code.clone())))?;
            Some(TopFigure {
                key: q.key.clone(),
                question: q.text.clone(),
                option: best.label.clone(),
                count: best.count,
                percent: best.percent,
            })
        })
        .take(TOP_FIGURES)
        .collect();
    let quotes = questions
        .iter()
        .filter_map(|q| q.text_analysis.as_ref())
        .flat_map(|a| a.quotes.iter())
        .filter(|q| q.language == lang)
        .chain(
            questions
                .iter()
                .filter_map(|q| q.text_analysis.as_ref())
                .flat_map(|a| a.quotes.iter())
                .filter(|q| q.language != lang),
        )
        .take(QUOTES)
        .map(|q| Shown {
            text: q.text.clone(),
            language: q.language.clone(),
        })
        .collect();
    ReportConsultation {
        id: c.id(),
        slug: c.slug().to_owned(),
        title: title_of(c, lang),
        status: c.status,
        opens: Some(started(c).date_naive()),
        closes: c.row.closed_at.or(c.row.closes_at).map(|d| d.date_naive()),
        phases: def
            .settings
            .phases
            .iter()
            .map(|p| p.as_str().to_owned())
            .collect(),
        results_public: c.results_public(),
        responses,
        findings: Shown::pick(
            findings
                .iter()
                .filter(|f| f.consultation_id == c.id())
                .map(|f| (f.language.as_str(), f.findings.as_str())),
            lang,
        ),
        feedback: Shown::local(&def.texts.feedback, lang),
        top,
        quotes,
    }
}

/// The key a question of `c` is compared under across consultations (its own, or the one
/// the facilitators marked it as the same as), when its kind compares.
fn compared_as<'a>(c: &'a Consultation, q: &'a QuestionSummary) -> Option<&'a str> {
    q.kind.compares_over_time().then(|| {
        c.definition
            .question(&q.key)
            .map_or(q.key.as_str(), |d| d.compared_as())
    })
}

/// Questions asked in more than one consultation (the same key, or marked as the same), in
/// the order first asked.
fn trends(summaries: &[(&Consultation, Vec<QuestionSummary>)], lang: &str) -> Vec<Trend> {
    let mut keys: Vec<&str> = Vec::new();
    for (c, questions) in summaries {
        for key in questions.iter().filter_map(|q| compared_as(c, q)) {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    keys.into_iter()
        .filter_map(|key| {
            let points: Vec<(TrendPoint, &QuestionSummary)> = summaries
                .iter()
                .filter_map(|(c, qs)| {
                    let q = qs.iter().find(|q| compared_as(c, q) == Some(key))?;
                    Some((point(c, q, lang), q))
                })
                .collect();
            (points.len() > 1).then(|| Trend {
                key: key.to_owned(),
                question: points
                    .last()
                    .map(|(_, q)| q.text.clone())
                    .unwrap_or_default(),
                points: points.into_iter().map(|(p, _)| p).collect(),
            })
        })
        .collect()
}

fn point(c: &Consultation, q: &QuestionSummary, lang: &str) -> TrendPoint {
    TrendPoint {
        slug: c.slug().to_owned(),
        title: title_of(c, lang),
        year: started(c).year(),
        answered: q.answered,
        options: q
            .options
            .iter()
            .flatten()
            .map(|o| TrendOption {
                code: o.code.clone(),
                label: o.label.clone(),
                count: o.count,
                percent: o.percent,
            })
            .collect(),
    }
}
