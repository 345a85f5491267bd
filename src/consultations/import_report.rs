//! What an import (XLSForm, LimeSurvey) did with each row or element of the file it read:
//! the report the API returns and the editor shows until a facilitator dismisses it. The
//! importer lives above (`imports`); the report is kept with the consultation here.
use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DbErr, EntityTrait, Set};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::{
    entities::import_report,
    i18n::{Arg, Locale},
};

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ImportReport {
    /// `xlsform` or `limesurvey`.
    pub format: String,
    /// The file's name as given (may be empty).
    #[serde(default)]
    pub file_name: String,
    /// Questions imported, by kind (`single_choice`, `number`, …).
    pub questions: BTreeMap<String, u32>,
    /// Sections made (groups of the form; one when it had none).
    pub sections: u32,
    /// Each language of the file and how it was matched.
    pub languages: Vec<LanguageMatch>,
    /// Conditions (XLSForm `relevant`, LimeSurvey relevance) translated into Consulta's.
    pub conditions: u32,
    /// Every row or element not imported, or imported with a change, and why.
    pub items: Vec<ReportItem>,
}

/// A language of the file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct LanguageMatch {
    /// As written in the file (`English (en)`, `العربية`, `de`, or empty for plain `label`).
    pub found: String,
    /// The Consulta language it became; none when it matches none of the six.
    pub code: Option<String>,
    pub matched_by: MatchedBy,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    /// Its ISO 639-1 code (`(fr)`, `fr`, `fr-CA`).
    Code,
    /// The language's name in one of the six languages (`Français`, `French`, `中文`).
    Name,
    /// A column without a language: the form's default language.
    Default,
    /// Not one of Consulta's languages: its texts were left out.
    Unmatched,
}

/// What happened to one row or element.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Left out.
    Skipped,
    /// Imported with a change (a key renamed, markup removed, a group flattened, …).
    Changed,
}

/// One row (XLSForm: sheet and row number as a spreadsheet shows it) or element
/// (LimeSurvey: its id) that was not imported as it was.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct ReportItem {
    /// `survey`, `choices`, `settings` (XLSForm) or the LimeSurvey element (`question`,
    /// `group`, `quota`, …).
    pub place: String,
    /// Row number (XLSForm, counting the header as 1) or element id (LimeSurvey).
    pub at: String,
    /// The row's `name` or the element's code, when it has one.
    #[serde(default)]
    pub name: String,
    pub outcome: Outcome,
    /// Why, as a stable code: `identifying`, `repeat`, `calculation`, `unsupported_type`,
    /// `nested_group`, `condition_unsupported`, `constraint_unsupported`,
    /// `language_unmatched`, `key_changed`, `markup_removed`, `or_other`, `quota`,
    /// `assessment`, `script`, `custom_style`, `no_label`, `too_many`, `too_long`,
    /// `appearance`, `subquestion`, `unknown_element`, `setting`.
    pub reason: String,
    /// The detail the reason needs (a type, an expression, the new key, …).
    #[serde(default)]
    pub detail: String,
}

impl ImportReport {
    /// Notes one row or element that was not imported as it was.
    pub fn note(
        &mut self,
        place: &str,
        at: impl ToString,
        name: &str,
        outcome: Outcome,
        reason: &str,
        detail: impl Into<String>,
    ) {
        self.items.push(ReportItem {
            place: place.to_owned(),
            at: at.to_string(),
            name: name.to_owned(),
            outcome,
            reason: reason.to_owned(),
            detail: detail.into(),
        });
    }

    /// Questions imported in all.
    pub fn question_count(&self) -> u32 {
        self.questions.values().sum()
    }
}

/// A text from the file, isolated so that its direction never reorders the sentence
/// around it (an Arabic column name in an English line).
fn isolated(text: &str) -> String {
    format!("\u{2068}{text}\u{2069}")
}

impl ReportItem {
    /// The item in a reader's language: where, what and why.
    pub fn message(&self, l: &Locale) -> String {
        let why = l.t_args(
            &format!("imp-why-{}", self.reason.replace('_', "-")),
            &[("detail", Arg::Str(&isolated(&self.detail)))],
        );
        let at = l.t_args(
            "imp-at",
            &[("place", Arg::Str(&self.place)), ("at", Arg::Str(&self.at))],
        );
        match (self.place.is_empty(), self.name.is_empty()) {
            (true, true) => why,
            (true, false) => format!("{}: {why}", isolated(&self.name)),
            (false, true) => format!("{at}: {why}"),
            (false, false) => format!("{at} ({}): {why}", isolated(&self.name)),
        }
    }
}

/// Keeps the report of an import with the consultation it made.
///
/// # Errors
/// A database error.
pub async fn store(
    db: &impl ConnectionTrait,
    consultation_id: i32,
    report: &ImportReport,
) -> Result<(), DbErr> {
    let json = serde_json::to_string(report).map_err(|e| DbErr::Json(e.to_string()))?;
    import_report::ActiveModel {
        consultation_id: Set(consultation_id),
        report: Set(json),
        created_at: Set(Utc::now()),
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The report of the import that made this consultation, until it is dismissed.
///
/// # Errors
/// A database error.
pub async fn load(
    db: &impl ConnectionTrait,
    consultation_id: i32,
) -> Result<Option<ImportReport>, DbErr> {
    let row = import_report::Entity::find_by_id(consultation_id)
        .one(db)
        .await?;
    Ok(row.and_then(|r| serde_json::from_str(&r.report).ok()))
}

/// Forgets the report (the facilitator has read it).
///
/// # Errors
/// A database error.
pub async fn dismiss(db: &impl ConnectionTrait, consultation_id: i32) -> Result<(), DbErr> {
    import_report::Entity::delete_by_id(consultation_id)
        .exec(db)
        .await?;
    Ok(())
}

/// The report as the editor shows it, in the reader's language.
pub struct ReportView {
    pub heading: String,
    pub summary: String,
    pub kinds: Vec<String>,
    pub languages: Vec<String>,
    pub items: Vec<String>,
}

impl ReportView {
    pub fn of(report: &ImportReport, l: &Locale) -> Self {
        let format = if report.format == "limesurvey" {
            "LimeSurvey"
        } else {
            "XLSForm"
        };
        let num = |n: u32| Arg::Num(f64::from(n));
        Self {
            heading: l.t_args(
                "imp-report-heading",
                &[
                    ("format", Arg::Str(format)),
                    ("file", Arg::Str(&isolated(&report.file_name))),
                ],
            ),
            summary: l.t_args(
                "imp-report-summary",
                &[
                    ("questions", num(report.question_count())),
                    ("sections", num(report.sections)),
                    ("conditions", num(report.conditions)),
                    (
                        "notes",
                        num(u32::try_from(report.items.len()).unwrap_or(u32::MAX)),
                    ),
                ],
            ),
            kinds: report
                .questions
                .iter()
                .map(|(kind, n)| format!("{}: {n}", l.t(&format!("cn-kind-{kind}"))))
                .collect(),
            languages: report
                .languages
                .iter()
                .map(|m| {
                    let how = match m.matched_by {
                        MatchedBy::Code => "imp-lang-code",
                        MatchedBy::Name => "imp-lang-name",
                        MatchedBy::Default => "imp-lang-default",
                        MatchedBy::Unmatched => "imp-lang-unmatched",
                    };
                    let found = if m.found.is_empty() {
                        "label".to_owned()
                    } else {
                        m.found.clone()
                    };
                    l.t_args(
                        how,
                        &[
                            ("found", Arg::Str(&isolated(&found))),
                            ("code", Arg::Str(m.code.as_deref().unwrap_or(""))),
                        ],
                    )
                })
                .collect(),
            items: report.items.iter().map(|i| i.message(l)).collect(),
        }
    }
}
