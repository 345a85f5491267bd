//! A report's downloads: the PDF through the same report program as a consultation's report
//! (`exports::pdf`, typst), and the workbook through the same writer as the summaries.
use super::{
    content::Report,
    view::{figure, pct, title},
};
use crate::{
    exports::{
        pdf::{Labels, ReportDimension, ReportInput, ReportQuestion},
        tables::{Cell, Sheet, Table, methodology},
    },
    i18n::{Arg, Locale},
};

#[allow(clippy::cast_precision_loss)] // counts stay far below 2^52
fn number(n: Option<u64>) -> Cell {
    Cell::Number(n.map(|n| n as f64))
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn labels(l: &Locale, r: &Report) -> Labels {
    Labels {
        context: l.t("rep-introduction"),
        methodology: l.t("pub-report-methodology"),
        results: l.t("rep-consultations"),
        representativeness: l.t("rep-who-took-part"),
        feedback: l.t("rep-conclusions"),
        option: l.t("pub-col-option-label"),
        count: l.t("pub-col-count"),
        percent: l.t("pub-col-percent"),
        key_terms: l.t("pub-key-terms"),
        quotes: l.t("rep-quotes"),
        hidden: l.t("pub-hidden-note"),
        generated: r
            .published_at
            .map_or_else(|| l.t("rep-draft"), |at| at.format("%Y-%m-%d").to_string()),
    }
}

fn consultations(l: &Locale, r: &Report) -> Vec<ReportQuestion> {
    let view = super::view::view(l, r);
    view.consultations
        .into_iter()
        .map(|c| {
            let mut notes = Vec::new();
            if !c.findings.text.is_empty() {
                notes.push(format!("{}: {}", l.t("rep-findings"), c.findings.text));
            }
            if !c.feedback.text.is_empty() {
                notes.push(format!("{}: {}", l.t("rep-feedback"), c.feedback.text));
            }
            ReportQuestion {
                answered: [c.dates, c.phases, c.status, c.responses]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · "),
                text: c.title,
                rows: c
                    .top
                    .into_iter()
                    .map(|(q, o, p)| {
                        let width = p.trim_end_matches('%').parse().unwrap_or(0.0);
                        (format!("{q}: {o}"), String::new(), p, width)
                    })
                    .collect(),
                terms: Vec::new(),
                quotes: c.quotes.into_iter().map(|q| q.text).collect(),
                notes,
            }
        })
        .collect()
}

fn trends(l: &Locale, r: &Report) -> Vec<ReportQuestion> {
    r.trends
        .iter()
        .map(|t| ReportQuestion {
            text: l.t_args("rep-asked-again", &[("question", Arg::Str(&t.question))]),
            answered: String::new(),
            rows: t
                .points
                .iter()
                .flat_map(|p| {
                    p.options.iter().map(move |o| {
                        (
                            format!("{} · {}", p.year, o.label),
                            figure(o.count),
                            pct(o.percent),
                            f64::from(o.percent.unwrap_or(0)),
                        )
                    })
                })
                .collect(),
            terms: Vec::new(),
            quotes: Vec::new(),
            notes: Vec::new(),
        })
        .collect()
}

/// The PDF report's document.
pub fn pdf_input(l: &Locale, r: &Report) -> ReportInput {
    let mut questions = consultations(l, r);
    questions.extend(trends(l, r));
    ReportInput {
        lang: l.code().to_owned(),
        dir: l.dir(),
        title: format!("{} · {}", title(l, r.yearly, &r.period), r.group_name),
        context: r.introduction.text.clone(),
        feedback: r.conclusions.text.clone(),
        labels: labels(l, r),
        methodology: methodology(l, r.threshold),
        responses: l.t_args(
            "pub-responses",
            &[("count", Arg::Str(&figure(r.responses)))],
        ),
        questions,
        representativeness: r
            .participation
            .iter()
            .map(|p| ReportDimension {
                name: p.label.clone(),
                rows: p
                    .groups
                    .iter()
                    .map(|g| (g.label.clone(), figure(g.count), pct(g.percent)))
                    .collect(),
            })
            .collect(),
        // A yearly report quotes figures, not opinion maps: each consultation's own report
        // carries its map.
        opinion: Vec::new(),
    }
}

fn table(name: &str, title: String, columns: &[String], rows: Vec<Vec<Cell>>) -> Table {
    Table {
        name: name.to_owned(),
        title,
        columns: columns.to_vec(),
        rows,
    }
}

/// The workbook's sheets: the consultations, who took part, the questions asked again.
pub fn sheets(l: &Locale, r: &Report) -> Vec<Sheet> {
    let col = |k: &str| l.t(k);
    let consultations = r
        .consultations
        .iter()
        .map(|c| {
            vec![
                text(&c.slug),
                text(&c.title),
                text(c.opens.map(|d| d.to_string()).unwrap_or_default()),
                text(c.closes.map(|d| d.to_string()).unwrap_or_default()),
                text(c.phases.join(" ")),
                text(c.status.as_str()),
                number(c.responses),
                text(&c.findings.text),
                text(&c.feedback.text),
            ]
        })
        .collect();
    let overview = Sheet {
        name: "overview".into(),
        title: format!("{} · {}", title(l, r.yearly, &r.period), r.group_name),
        tables: vec![
            table(
                "texts",
                l.t("rep-texts"),
                &[l.t("rep-introduction"), l.t("rep-conclusions")],
                vec![vec![text(&r.introduction.text), text(&r.conclusions.text)]],
            ),
            table(
                "consultations",
                l.t("rep-consultations"),
                &[
                    "slug".into(),
                    col("rep-col-title"),
                    col("rep-col-opens"),
                    col("rep-col-closes"),
                    col("rep-col-phases"),
                    col("rep-col-status"),
                    col("pub-col-count"),
                    col("rep-findings"),
                    col("rep-feedback"),
                ],
                consultations,
            ),
        ],
    };
    let who = Sheet {
        name: "participation".into(),
        title: l.t("rep-who-took-part"),
        tables: r
            .participation
            .iter()
            .map(|p| {
                table(
                    p.dimension.as_str(),
                    p.label.clone(),
                    &[
                        col("pub-col-group-label"),
                        col("pub-col-count"),
                        col("pub-col-percent"),
                    ],
                    p.groups
                        .iter()
                        .map(|g| {
                            vec![
                                text(&g.label),
                                number(g.count),
                                number(g.percent.map(u64::from)),
                            ]
                        })
                        .collect(),
                )
            })
            .collect(),
    };
    let again = Sheet {
        name: "trends".into(),
        title: l.t("rep-trends"),
        tables: r
            .trends
            .iter()
            .map(|t| {
                let rows = t
                    .points
                    .iter()
                    .flat_map(|p| {
                        p.options.iter().map(move |o| {
                            vec![
                                text(&p.slug),
                                number(u64::try_from(p.year).ok()),
                                text(&o.code),
                                text(&o.label),
                                number(o.count),
                                number(o.percent.map(u64::from)),
                            ]
                        })
                    })
                    .collect();
                table(
                    &t.key,
                    t.question.clone(),
                    &[
                        "slug".into(),
                        col("rep-col-year"),
                        col("pub-col-option"),
                        col("pub-col-option-label"),
                        col("pub-col-count"),
                        col("pub-col-percent"),
                    ],
                    rows,
                )
            })
            .collect(),
    };
    vec![overview, who, again]
}
