//! The PDF report: a JSON document of already translated texts and figures, handed to the
//! report program (workspace crate `report-pdf`: typst, with its fonts built in) on its
//! standard input; the PDF comes back on its standard output. The program is the `consulta`
//! executable itself, run again as `consulta report-pdf` in a child process, so a report's
//! memory goes back to the system when it is done and the server ships as one file
//! (`cargo run`, the Docker image). `CONSULTA_REPORT_BIN` names another (`consulta-report`).
use std::{
    path::PathBuf,
    sync::atomic::{AtomicBool, Ordering},
    time::Duration,
};

use serde::Serialize;

use super::tables::methodology;
use crate::aggregation::document::SummaryDocument;
use crate::{
    aggregation::{opinion_page::OpinionSection, query::dimension_label, summary::QuestionSummary},
    consultations::{
        Consultation,
        definition::{QuestionKind, text_in},
    },
    error::AppError,
    i18n::{Arg, Locale},
};

/// The longest a report may take.
const TIMEOUT: Duration = Duration::from_secs(120);
/// The first argument that makes the `consulta` executable the report program (src/main.rs).
pub const COMMAND: &str = "report-pdf";
/// Whether the running executable is `consulta` (it says so at start), which has the report.
static IN_THIS_PROGRAM: AtomicBool = AtomicBool::new(false);

/// Said by `consulta`'s `main`: this executable renders reports as `consulta report-pdf`.
pub fn renders_in_this_program() {
    IN_THIS_PROGRAM.store(true, Ordering::Relaxed);
}

/// What `report.typ` reads.
#[derive(Debug, Serialize)]
pub struct ReportInput {
    pub lang: String,
    pub dir: &'static str,
    pub title: String,
    pub context: String,
    pub feedback: String,
    pub labels: Labels,
    pub methodology: String,
    pub responses: String,
    pub questions: Vec<ReportQuestion>,
    pub representativeness: Vec<ReportDimension>,
    /// The opinion map of each `statements` question (already suppressed for the reader).
    pub opinion: Vec<ReportOpinion>,
}

/// One `statements` question's opinion map: groups, consensus, divisive, by demographic.
#[derive(Debug, Serialize)]
pub struct ReportOpinion {
    pub heading: String,
    pub summary: String,
    pub groups_title: String,
    /// Column headers of the groups' table.
    pub columns: (String, String, String),
    /// Group, size (or "fewer than N"), representative statements.
    pub groups: Vec<(String, String, String)>,
    /// (title, statements) lists: consensus, divisive, then one per demographic dimension.
    pub lists: Vec<(String, Vec<String>)>,
}

fn opinion(o: &OpinionSection, l: &Locale) -> ReportOpinion {
    let or_none = |lines: &[String]| {
        if lines.is_empty() {
            vec![l.t("agg-opinion-none")]
        } else {
            lines.to_vec()
        }
    };
    let mut lists = vec![
        (l.t("agg-opinion-consensus"), or_none(&o.consensus)),
        (l.t("agg-opinion-divisive"), or_none(&o.divisive)),
    ];
    for b in &o.by {
        let mut title = format!("{}: {}", b.dimension, b.groups);
        if b.left_out > 0 {
            title = format!("{title}. {}", l.t_count("agg-opinion-left-out", b.left_out));
        }
        let statements = if b.statements.is_empty() {
            vec![l.t("agg-opinion-by-none")]
        } else {
            b.statements.clone()
        };
        lists.push((title, statements));
    }
    ReportOpinion {
        heading: format!("{}: {}", l.t("agg-opinion-heading"), o.heading),
        summary: o.summary.clone(),
        groups_title: l.t("agg-opinion-groups"),
        columns: (
            l.t("agg-opinion-group-col"),
            l.t("agg-opinion-size-col"),
            l.t("agg-opinion-representative-col"),
        ),
        groups: o
            .groups
            .iter()
            .map(|g| (g.label.clone(), g.size.clone(), g.representative.join("; ")))
            .collect(),
        lists,
    }
}

#[derive(Debug, Serialize)]
pub struct Labels {
    pub context: String,
    pub methodology: String,
    pub results: String,
    pub representativeness: String,
    pub feedback: String,
    pub option: String,
    pub count: String,
    pub percent: String,
    pub key_terms: String,
    pub quotes: String,
    pub hidden: String,
    pub generated: String,
}

#[derive(Debug, Serialize)]
pub struct ReportQuestion {
    pub text: String,
    pub answered: String,
    /// Label, count (text, `—` when hidden), bar width in percent (0 when hidden).
    pub rows: Vec<(String, String, String, f64)>,
    pub terms: Vec<String>,
    pub quotes: Vec<String>,
    /// Paragraphs shown under the title (a yearly report's key findings and feedback).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct ReportDimension {
    pub name: String,
    pub rows: Vec<(String, String, String)>,
}

fn figure(n: Option<u64>) -> String {
    n.map_or_else(|| "—".to_owned(), |n| n.to_string())
}

fn pct(p: Option<u8>) -> String {
    p.map_or_else(|| "—".to_owned(), |p| format!("{p}%"))
}

fn question(q: &QuestionSummary, l: &Locale) -> ReportQuestion {
    let mut rows = Vec::new();
    for o in q.options.iter().flatten() {
        rows.push((
            o.label.clone(),
            figure(o.count),
            pct(o.percent),
            f64::from(o.percent.unwrap_or(0)),
        ));
    }
    for b in q.bins.iter().flatten() {
        rows.push((
            b.label.clone(),
            figure(b.count),
            pct(b.percent),
            f64::from(b.percent.unwrap_or(0)),
        ));
    }
    let (terms, quotes) = q.text_analysis.as_ref().map_or_else(Default::default, |a| {
        (
            a.languages
                .iter()
                .flat_map(|x| x.terms.iter().map(|t| format!("{} ({})", t.text, t.count)))
                .collect(),
            a.quotes.iter().map(|x| x.text.clone()).collect(),
        )
    });
    let (answered, skipped) = (figure(q.answered), figure(q.skipped));
    ReportQuestion {
        text: q.text.clone(),
        answered: l.t_args(
            "pub-answered-of",
            &[
                ("answered", Arg::Str(&answered)),
                ("skipped", Arg::Str(&skipped)),
            ],
        ),
        rows,
        terms,
        quotes,
        notes: Vec::new(),
    }
}

/// The report document of a summary in `l`'s language.
pub fn input(
    c: &Consultation,
    doc: &SummaryDocument,
    sections: &[OpinionSection],
    l: &Locale,
) -> ReportInput {
    let def = &c.definition;
    ReportInput {
        lang: l.code().to_owned(),
        dir: l.dir(),
        title: doc.consultation.title.clone(),
        context: text_in(&def.texts.introduction, l.code()).to_owned(),
        feedback: text_in(&def.texts.feedback, l.code()).to_owned(),
        labels: Labels {
            context: l.t("pub-report-context"),
            methodology: l.t("pub-report-methodology"),
            results: l.t("pub-report-results"),
            representativeness: l.t("pub-representativeness"),
            feedback: l.t("pub-feedback-title"),
            option: l.t("pub-col-option-label"),
            count: l.t("pub-col-count"),
            percent: l.t("pub-col-percent"),
            key_terms: l.t("pub-key-terms"),
            quotes: l.t("pub-quotes"),
            hidden: l.t("pub-hidden-note"),
            generated: doc.generated_at.format("%Y-%m-%d").to_string(),
        },
        methodology: methodology(l, doc.threshold),
        responses: l.t_args(
            "pub-responses",
            &[("count", Arg::Str(&figure(doc.overall.responses)))],
        ),
        questions: doc
            .overall
            .questions
            .iter()
            .filter(|q| q.kind != QuestionKind::Info)
            .map(|q| question(q, l))
            .collect(),
        representativeness: doc
            .overall
            .totals
            .iter()
            .flatten()
            .map(|d| ReportDimension {
                name: dimension_label(l, d.dimension),
                rows: d
                    .groups
                    .iter()
                    .map(|g| (g.label.clone(), figure(g.responses), pct(g.percent)))
                    .collect(),
            })
            .collect(),
        opinion: sections.iter().map(|o| opinion(o, l)).collect(),
    }
}

/// The report program and its arguments: `CONSULTA_REPORT_BIN`; else this executable when it
/// is `consulta`; else (the tests, which run in a binary of their own) the `consulta` that
/// cargo built next to them or one folder up.
pub fn program() -> Option<(PathBuf, &'static [&'static str])> {
    if let Ok(p) = std::env::var("CONSULTA_REPORT_BIN") {
        return Some((PathBuf::from(p), &[]));
    }
    let exe = std::env::current_exe().ok()?;
    if IN_THIS_PROGRAM.load(Ordering::Relaxed) {
        return Some((exe, &[COMMAND]));
    }
    exe.ancestors()
        .skip(1)
        .take(2)
        .map(|d| d.join(format!("consulta{}", std::env::consts::EXE_SUFFIX)))
        .find(|p| p.is_file())
        .map(|p| (p, &[COMMAND][..]))
}

/// Renders the PDF report.
///
/// # Errors
/// [`AppError::Unavailable`] when the report program is not installed; an unexpected error
/// when it fails.
pub async fn render(
    c: &Consultation,
    doc: &SummaryDocument,
    sections: &[OpinionSection],
    l: &Locale,
) -> Result<Vec<u8>, AppError> {
    render_input(
        &input(c, doc, sections, l),
        &format!("consultation {}", c.id()),
    )
    .await
}

/// Renders a report document (`report.typ`'s fields) through the report program; `what`
/// names it in the error log.
///
/// # Errors
/// As [`render`].
pub async fn render_input(input: &ReportInput, what: &str) -> Result<Vec<u8>, AppError> {
    let Some((program, args)) = program() else {
        tracing::error!("The report program was not found (set CONSULTA_REPORT_BIN)");
        return Err(AppError::Unavailable);
    };
    let json = serde_json::to_vec(input)
        .map_err(|e| AppError::context(e, "Failed to write the report document"))?;
    let run = tokio::task::spawn_blocking(move || {
        use std::io::Write;
        let mut child = std::process::Command::new(&program)
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin.write_all(&json)?;
        }
        child.wait_with_output()
    });
    let out = tokio::time::timeout(TIMEOUT, run)
        .await
        .map_err(|e| AppError::context(e, "The report took too long"))?
        .map_err(|e| AppError::context(e, "The report task failed"))?
        .map_err(|e| AppError::context(e, "Failed to run the report program"))?;
    if !out.status.success() {
        return Err(AppError::context(
            anyhow::anyhow!("{}", String::from_utf8_lossy(&out.stderr)),
            format!("The report of {what} failed"),
        ));
    }
    Ok(out.stdout)
}
