//! A summary document laid out as sheets of plain tables — the one layout behind the CSV
//! (one table after another), the XLSX (one sheet per view) and the PDF report's tables:
//! an overview, one sheet per question, one cross-tab sheet per dimension.
use serde::{Deserialize, Serialize};

use crate::aggregation::document::SummaryDocument;
use crate::{
    aggregation::{
        opinion_page::OpinionSection,
        query::dimension_label,
        summary::{OptionFigure, QuestionSummary, Statistics},
    },
    consultations::definition::QuestionKind,
    i18n::{Arg, Locale},
};

/// One cell: text, or a figure that is empty when it is hidden.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Cell {
    Text(String),
    Number(Option<f64>),
}

impl Cell {
    fn count(n: Option<u64>) -> Self {
        #[allow(clippy::cast_precision_loss)] // counts stay far below 2^52
        Self::Number(n.map(|n| n as f64))
    }

    fn percent(p: Option<u8>) -> Self {
        Self::Number(p.map(f64::from))
    }

    fn text(s: impl Into<String>) -> Self {
        Self::Text(s.into())
    }

    fn flag(on: bool) -> Self {
        Self::Text(if on { "1".into() } else { String::new() })
    }
}

/// A titled table: a header row and rows of cells.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Table {
    /// A stable name (`options`, `statistics`…), for programs reading the CSV.
    pub name: String,
    /// The title in the document's language.
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// One view: the overview, a question or a cross-tab.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Sheet {
    /// A stable name: `overview`, the question key, or `by_<dimension>`.
    pub name: String,
    pub title: String,
    pub tables: Vec<Table>,
}

fn table(name: &str, title: String, columns: Vec<String>) -> Table {
    Table {
        name: name.to_owned(),
        title,
        columns,
        rows: Vec::new(),
    }
}

fn cols(l: &Locale, keys: &[&str]) -> Vec<String> {
    keys.iter().map(|k| l.t(&format!("pub-col-{k}"))).collect()
}

/// The methodology note: how figures were counted and hidden.
pub fn methodology(l: &Locale, threshold: u64) -> String {
    l.t_args(
        "pub-methodology",
        #[allow(clippy::cast_precision_loss)]
        &[("threshold", Arg::Num(threshold as f64))],
    )
}

/// Lays a document out as sheets, labels in `l`'s language.
pub fn sheets(doc: &SummaryDocument, l: &Locale) -> Vec<Sheet> {
    let mut out = vec![overview(doc, l)];
    out.extend(
        doc.overall
            .questions
            .iter()
            .filter(|q| q.kind != QuestionKind::Info)
            .map(|q| question_sheet(q, l)),
    );
    for tab in &doc.cross_tabs {
        let Some(d) = tab.by else { continue };
        let dimension = dimension_label(l, d);
        let mut t = table(
            "cross_tab",
            l.t_args("pub-by", &[("dimension", Arg::Str(&dimension))]),
            cols(
                l,
                &[
                    "question",
                    "group",
                    "group-label",
                    "group-responses",
                    "answered",
                    "option",
                    "option-label",
                    "count",
                    "percent",
                    "suppressed",
                ],
            ),
        );
        for q in tab
            .questions
            .iter()
            .filter(|q| q.kind != QuestionKind::Info)
        {
            for g in q.breakdown.iter().flatten() {
                let head = [
                    Cell::text(&q.key),
                    Cell::text(&g.group),
                    Cell::text(&g.label),
                    Cell::count(g.responses),
                    Cell::count(g.answered),
                ];
                match &g.options {
                    Some(options) => {
                        for o in options {
                            let mut row = head.to_vec();
                            row.extend(option_cells(o));
                            t.rows.push(row);
                        }
                    }
                    None => {
                        let mut row = head.to_vec();
                        row.extend([
                            Cell::text(""),
                            Cell::text(""),
                            Cell::Number(None),
                            Cell::Number(None),
                            Cell::flag(!g.suppressed.is_empty()),
                        ]);
                        t.rows.push(row);
                    }
                }
            }
        }
        out.push(Sheet {
            name: format!("by_{}", d.as_str()),
            title: t.title.clone(),
            tables: vec![t],
        });
    }
    out
}

/// The opinion map of one `statements` question as a sheet: the groups (sizes already
/// suppressed for the reader), the consensus and divisive statements, and consensus across
/// each demographic dimension (groups below the threshold left out).
pub fn opinion_sheet(o: &OpinionSection, l: &Locale) -> Sheet {
    let statements = || vec![l.t("agg-kind-statements")];
    let list = |name: &str, title: String, lines: &[String]| {
        let mut t = table(name, title, statements());
        t.rows = lines.iter().map(|s| vec![Cell::text(s)]).collect();
        t
    };
    let mut groups = table(
        "opinion_groups",
        l.t("agg-opinion-groups"),
        ["group-col", "size-col", "representative-col"]
            .iter()
            .map(|k| l.t(&format!("agg-opinion-{k}")))
            .collect(),
    );
    groups.rows = o
        .groups
        .iter()
        .map(|g| {
            let size = g
                .size
                .parse::<u64>()
                .map_or_else(|_| Cell::text(&g.size), |n| Cell::count(Some(n)));
            vec![
                Cell::text(&g.label),
                size,
                Cell::text(g.representative.join("; ")),
            ]
        })
        .collect();
    let mut tables = vec![
        groups,
        list(
            "opinion_consensus",
            l.t("agg-opinion-consensus"),
            &o.consensus,
        ),
        list("opinion_divisive", l.t("agg-opinion-divisive"), &o.divisive),
    ];
    for (i, b) in o.by.iter().enumerate() {
        let mut title = format!("{}: {}", b.dimension, b.groups);
        if b.left_out > 0 {
            title = format!("{title}. {}", l.t_count("agg-opinion-left-out", b.left_out));
        }
        tables.push(list(&format!("opinion_by_{i}"), title, &b.statements));
    }
    Sheet {
        name: o.id.clone(),
        title: format!(
            "{}: {}. {}",
            l.t("agg-opinion-heading"),
            o.heading,
            o.summary
        ),
        tables,
    }
}

fn option_cells(o: &OptionFigure) -> [Cell; 5] {
    [
        Cell::text(&o.code),
        Cell::text(&o.label),
        Cell::count(o.count),
        Cell::percent(o.percent),
        Cell::flag(o.suppressed),
    ]
}

fn overview(doc: &SummaryDocument, l: &Locale) -> Sheet {
    let mut about = table("about", l.t("pub-about"), cols(l, &["field", "value"]));
    let rows: [(&str, Cell); 7] = [
        ("pub-field-title", Cell::text(&doc.consultation.title)),
        ("pub-field-slug", Cell::text(&doc.consultation.slug)),
        ("pub-field-language", Cell::text(&doc.language)),
        (
            "pub-field-audience",
            Cell::text(l.t(&format!("pub-audience-{}", audience_code(doc)))),
        ),
        ("pub-field-responses", Cell::count(doc.overall.responses)),
        (
            "pub-field-generated",
            Cell::text(doc.generated_at.to_rfc3339()),
        ),
        (
            "pub-field-methodology",
            Cell::text(methodology(l, doc.threshold)),
        ),
    ];
    for (key, value) in rows {
        about.rows.push(vec![Cell::text(l.t(key)), value]);
    }
    let mut questions = table(
        "questions",
        l.t("pub-questions"),
        cols(l, &["question", "kind", "text", "answered", "skipped"]),
    );
    for q in doc
        .overall
        .questions
        .iter()
        .filter(|q| q.kind != QuestionKind::Info)
    {
        questions.rows.push(vec![
            Cell::text(&q.key),
            Cell::text(q.kind.as_str()),
            Cell::text(&q.text),
            Cell::count(q.answered),
            Cell::count(q.skipped),
        ]);
    }
    let mut tables = vec![about, questions];
    if let Some(totals) = &doc.overall.totals {
        let mut t = table(
            "representativeness",
            l.t("pub-representativeness"),
            cols(
                l,
                &[
                    "dimension",
                    "group",
                    "group-label",
                    "count",
                    "percent",
                    "suppressed",
                ],
            ),
        );
        for d in totals {
            for g in &d.groups {
                t.rows.push(vec![
                    Cell::text(d.dimension.as_str()),
                    Cell::text(&g.group),
                    Cell::text(&g.label),
                    Cell::count(g.responses),
                    Cell::percent(g.percent),
                    Cell::flag(g.suppressed),
                ]);
            }
        }
        tables.push(t);
    }
    Sheet {
        name: "overview".into(),
        title: l.t("pub-overview"),
        tables,
    }
}

fn audience_code(doc: &SummaryDocument) -> &'static str {
    match doc.audience {
        crate::aggregation::suppression::Audience::Facilitator => "facilitator",
        crate::aggregation::suppression::Audience::Member => "member",
        crate::aggregation::suppression::Audience::Public => "public",
    }
}

fn question_sheet(q: &QuestionSummary, l: &Locale) -> Sheet {
    let mut tables = Vec::new();
    let mut counts = table(
        "answered",
        l.t("pub-answered-table"),
        cols(l, &["answered", "skipped"]),
    );
    counts
        .rows
        .push(vec![Cell::count(q.answered), Cell::count(q.skipped)]);
    tables.push(counts);
    if let Some(options) = &q.options {
        let mut keys = vec!["option", "option-label", "count", "percent", "suppressed"];
        if q.kind == QuestionKind::Ranking {
            keys.push("average-rank");
        }
        let mut t = table("options", l.t("pub-options"), cols(l, &keys));
        for o in options {
            let mut row = option_cells(o).to_vec();
            if q.kind == QuestionKind::Ranking {
                row.push(Cell::Number(o.average_rank));
            }
            t.rows.push(row);
        }
        tables.push(t);
    }
    if let Some(bins) = &q.bins {
        let mut t = table(
            "bins",
            l.t("pub-bins"),
            cols(
                l,
                &[
                    "from",
                    "to",
                    "option-label",
                    "count",
                    "percent",
                    "suppressed",
                ],
            ),
        );
        for b in bins {
            t.rows.push(vec![
                Cell::Number(Some(b.from)),
                Cell::Number(Some(b.to)),
                Cell::text(&b.label),
                Cell::count(b.count),
                Cell::percent(b.percent),
                Cell::flag(b.suppressed),
            ]);
        }
        tables.push(t);
    }
    if let Some(s) = &q.statistics {
        tables.push(statistics(s, l));
    }
    if let Some(analysis) = &q.text_analysis {
        let mut terms = table(
            "key_terms",
            l.t("pub-key-terms"),
            cols(l, &["language", "term", "count"]),
        );
        for lang in &analysis.languages {
            for term in lang.terms.iter().chain(&lang.phrases) {
                #[allow(clippy::cast_precision_loss)]
                terms.rows.push(vec![
                    Cell::text(&lang.language),
                    Cell::text(&term.text),
                    Cell::Number(Some(term.count as f64)),
                ]);
            }
        }
        tables.push(terms);
        let mut quotes = table("quotes", l.t("pub-quotes"), cols(l, &["language", "quote"]));
        for quote in &analysis.quotes {
            quotes
                .rows
                .push(vec![Cell::text(&quote.language), Cell::text(&quote.text)]);
        }
        tables.push(quotes);
    }
    Sheet {
        name: q.key.clone(),
        title: q.text.clone(),
        tables,
    }
}

fn statistics(s: &Statistics, l: &Locale) -> Table {
    let mut t = table(
        "statistics",
        l.t("pub-statistics"),
        cols(l, &["statistic", "value"]),
    );
    for (key, value) in [
        ("mean", s.mean),
        ("median", s.median),
        ("q1", s.q1),
        ("q3", s.q3),
        ("min", s.min),
        ("max", s.max),
    ] {
        t.rows.push(vec![Cell::text(key), Cell::Number(value)]);
    }
    t
}
