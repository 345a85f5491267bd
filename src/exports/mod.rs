//! Downloads: the summary as CSV, XLSX and JSON (the same numbers and suppression as the
//! summary API, for members, facilitators and — once published — the public), the anonymised
//! raw answers for facilitators (streamed), and the PDF report.
//!
//! - `tables` / `writers`: its layout as sheets and the CSV/XLSX writers;
//! - `raw`: the streaming raw-answers export (HTTP and `consulta export`);
//! - `polis` / `polis_api`: Pol.is interchange (its layouts out, a conversation in);
//! - `pdf`: the report document handed to the `consulta-report` program;
//! - `bench`: throughput and memory of a raw export, for `consulta bench`.
pub mod cli;
mod downloads;
mod handlers;
pub mod pdf;
pub mod polis;
mod polis_api;
pub mod raw;
pub mod tables;
pub mod writers;

pub use crate::aggregation::document::{SummaryDocument, build as build_document};

/// A downloadable file, by its name in the URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    SummaryCsv,
    SummaryXlsx,
    SummaryJson,
    ResponsesCsv,
    ResponsesXlsx,
    ReportPdf,
}

impl Format {
    pub const ALL: [Self; 6] = [
        Self::SummaryCsv,
        Self::SummaryXlsx,
        Self::SummaryJson,
        Self::ResponsesCsv,
        Self::ResponsesXlsx,
        Self::ReportPdf,
    ];

    pub fn file_name(self) -> &'static str {
        match self {
            Self::SummaryCsv => "summary.csv",
            Self::SummaryXlsx => "summary.xlsx",
            Self::SummaryJson => "summary.json",
            Self::ResponsesCsv => "responses.csv",
            Self::ResponsesXlsx => "responses.xlsx",
            Self::ReportPdf => "report.pdf",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.file_name() == name)
    }

    /// The raw answers (facilitators only).
    pub fn is_raw(self) -> bool {
        matches!(self, Self::ResponsesCsv | Self::ResponsesXlsx)
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Self::SummaryCsv | Self::ResponsesCsv => "text/csv; charset=utf-8",
            Self::SummaryXlsx | Self::ResponsesXlsx => {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
            Self::SummaryJson => "application/json",
            Self::ReportPdf => "application/pdf",
        }
    }

    /// The sentence of a 400 for an unknown file name.
    pub fn unknown(name: &str) -> String {
        let known: Vec<&str> = Self::ALL.iter().map(|f| f.file_name()).collect();
        format!(
            "Unknown download `{name}`: use one of {}.",
            known.join(", ")
        )
    }
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    handlers::routes(cfg);
    downloads::routes(cfg);
    polis_api::routes(cfg);
}
