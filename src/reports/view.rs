//! A report as its page, PDF and workbook show it: every figure as text (`—` when hidden),
//! labels in the reader's language.
use super::content::{Report, ReportConsultation, Shown};
use crate::{
    consultations::handlers::forms::status_label,
    i18n::{Arg, Locale},
};

pub fn figure(n: Option<u64>) -> String {
    n.map_or_else(|| "—".to_owned(), |n| n.to_string())
}

pub fn pct(p: Option<u8>) -> String {
    p.map_or_else(|| "—".to_owned(), |p| format!("{p}%"))
}

pub struct ConsultationView {
    pub title: String,
    pub dates: String,
    pub phases: String,
    pub status: String,
    /// `/results/{slug}` when its results are public.
    pub results: Option<String>,
    pub responses: String,
    pub findings: Shown,
    pub feedback: Shown,
    /// Question, most chosen option, its share.
    pub top: Vec<(String, String, String)>,
    pub quotes: Vec<Shown>,
}

pub struct TableView {
    pub title: String,
    pub columns: Vec<String>,
    /// Label, then one text per column.
    pub rows: Vec<(String, Vec<String>)>,
}

pub struct ReportView {
    pub title: String,
    pub responses: String,
    /// "3 consultations".
    pub count: String,
    pub consultations: Vec<ConsultationView>,
    pub participation: Vec<TableView>,
    pub trends: Vec<TableView>,
}

/// The report's title: "Yearly report 2026" or "Final report 2024–2026".
pub fn title(l: &Locale, yearly: bool, period: &str) -> String {
    let key = if yearly {
        "rep-title-yearly"
    } else {
        "rep-title-final"
    };
    l.t_args(key, &[("period", Arg::Str(&period.replace('-', "–")))])
}

fn consultation(l: &Locale, c: &ReportConsultation) -> ConsultationView {
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let dates = match (c.opens, c.closes) {
        (Some(a), Some(b)) if a != b => format!("{a} – {b}"),
        (a, _) => date(a),
    };
    ConsultationView {
        title: c.title.clone(),
        dates,
        phases: c
            .phases
            .iter()
            .map(|p| l.t(&format!("agg-phase-{p}")))
            .collect::<Vec<_>>()
            .join(" · "),
        status: status_label(l, c.status),
        results: c
            .results_public
            .then(|| format!("/results/{}?lang={}", c.slug, l.code())),
        responses: l.t_args(
            "pub-responses",
            &[("count", Arg::Str(&figure(c.responses)))],
        ),
        findings: c.findings.clone(),
        feedback: c.feedback.clone(),
        top: c
            .top
            .iter()
            .map(|t| (t.question.clone(), t.option.clone(), pct(t.percent)))
            .collect(),
        quotes: c.quotes.clone(),
    }
}

/// The report laid out for reading.
pub fn view(l: &Locale, r: &Report) -> ReportView {
    let count = l.t("pub-col-count");
    let percent = l.t("pub-col-percent");
    ReportView {
        title: title(l, r.yearly, &r.period),
        responses: l.t_args(
            "pub-responses",
            &[("count", Arg::Str(&figure(r.responses)))],
        ),
        count: l.t_count(
            "rep-consultations-count",
            i64::try_from(r.consultations.len()).unwrap_or(i64::MAX),
        ),
        consultations: r.consultations.iter().map(|c| consultation(l, c)).collect(),
        participation: r
            .participation
            .iter()
            .map(|p| TableView {
                title: p.label.clone(),
                columns: vec![count.clone(), percent.clone()],
                rows: p
                    .groups
                    .iter()
                    .map(|g| (g.label.clone(), vec![figure(g.count), pct(g.percent)]))
                    .collect(),
            })
            .collect(),
        trends: r
            .trends
            .iter()
            .map(|t| {
                let mut labels: Vec<(String, String)> = Vec::new();
                for o in t.points.iter().flat_map(|p| &p.options) {
                    if !labels.iter().any(|(c, _)| *c == o.code) {
                        labels.push((o.code.clone(), o.label.clone()));
                    }
                }
                TableView {
                    title: t.question.clone(),
                    columns: t
                        .points
                        .iter()
                        .map(|p| format!("{} · {}", p.year, p.title))
                        .collect(),
                    rows: labels
                        .into_iter()
                        .map(|(code, label)| {
                            let cells = t
                                .points
                                .iter()
                                .map(|p| {
                                    pct(p
                                        .options
                                        .iter()
                                        .find(|o| o.code == code)
                                        .and_then(|o| o.percent))
                                })
                                .collect();
                            (label, cells)
                        })
                        .collect(),
                }
            })
            .collect(),
    }
}
