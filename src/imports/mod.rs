//! Forms made with other tools as new draft consultations: XLSForm (KoboToolbox, ODK,
//! SurveyCTO, Ona; `.xlsx` and pyxform's `.csv`/`.md` layouts) and LimeSurvey survey
//! exports (`.lss`), with a report of every row or element not imported as it was; and a
//! consultation exported as an XLSForm. The page, the API and the command line share
//! [`import`].
pub mod cli;
pub mod export;
pub mod handlers;
pub mod lss;
pub mod table;
pub mod text;
pub mod xlsform;

use std::collections::BTreeMap;

use sea_orm::DatabaseConnection;

use crate::{
    accounts::Actor,
    consultations::{
        Consultation,
        authoring::{self, EditError, NewConsultation},
        definition::{Condition, ConditionOperator, Definition, LocalText, QuestionKind},
        import_report::{ImportReport, Outcome},
        repo,
        rules::{self, limits},
    },
    i18n::{Arg, Locale},
};

/// The largest file accepted (10 MB), on the page, in the API and on the command line.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// Why a file was not imported: a message key of `imports.ftl` and what it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub key: &'static str,
    pub detail: String,
}

impl Refusal {
    pub fn new(key: &'static str, detail: impl Into<String>) -> Self {
        Self {
            key,
            detail: detail.into(),
        }
    }

    /// The refusal in the reader's language.
    pub fn message(&self, l: &Locale) -> String {
        l.t_args(self.key, &[("detail", Arg::Str(&self.detail))])
    }
}

/// The formats read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Csv,
    Markdown,
    Lss,
}

/// Which format a file is, by its first bytes, then its name and content type.
///
/// # Errors
/// An empty file, or one that is none of the formats.
pub fn detect(bytes: &[u8], file_name: &str, content_type: &str) -> Result<Format, Refusal> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Refusal::new("imp-refuse-empty", ""));
    }
    let name = file_name.to_ascii_lowercase();
    let ct = content_type.to_ascii_lowercase();
    if bytes.starts_with(b"PK") {
        return Ok(Format::Xlsx);
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(512)]);
    let head = head.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with('<') || name.ends_with(".lss") || ct.contains("xml") {
        return Ok(Format::Lss);
    }
    if name.ends_with(".md") || ct.contains("markdown") || head.starts_with('|') {
        return Ok(Format::Markdown);
    }
    if name.ends_with(".csv")
        || ct.contains("csv")
        || head.to_ascii_lowercase().starts_with("survey")
    {
        return Ok(Format::Csv);
    }
    if name.ends_with(".xlsx") || ct.contains("spreadsheet") {
        return Err(Refusal::new("imp-refuse-corrupt-zip", ""));
    }
    Err(Refusal::new("imp-refuse-format", ""))
}

/// A form read and turned into a draft definition, not stored yet.
#[derive(Debug)]
pub struct Imported {
    pub definition: Definition,
    pub report: ImportReport,
}

/// Reads a file of any supported format.
///
/// # Errors
/// Why the file cannot be imported.
pub fn read(bytes: &[u8], file_name: &str, content_type: &str) -> Result<Imported, Refusal> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Refusal::new(
            "imp-refuse-too-large",
            format!("{} MB", MAX_FILE_BYTES / 1024 / 1024),
        ));
    }
    let mut imported = match detect(bytes, file_name, content_type)? {
        Format::Xlsx => xlsform::import(table::read_xlsx(bytes)?, file_name)?,
        Format::Csv => xlsform::import(table::read_csv(bytes)?, file_name)?,
        Format::Markdown => xlsform::import(table::read_markdown(bytes)?, file_name)?,
        Format::Lss => lss::import(bytes)?,
    };
    imported.report.file_name = file_name.chars().take(200).collect();
    Ok(imported)
}

/// Why an import stored nothing.
#[derive(Debug)]
pub enum ImportError {
    Refused(Refusal),
    Edit(EditError),
}

impl From<Refusal> for ImportError {
    fn from(r: Refusal) -> Self {
        Self::Refused(r)
    }
}

/// Reads a file and stores it as a new draft of the group, with its report.
///
/// # Errors
/// A refusal of the file, or the authoring code's refusal (forbidden, invalid).
pub async fn import(
    db: &DatabaseConnection,
    actor: &Actor,
    group_id: i32,
    bytes: &[u8],
    file_name: &str,
    content_type: &str,
) -> Result<(Consultation, ImportReport), ImportError> {
    if !actor.can_facilitate(group_id) {
        return Err(ImportError::Edit(EditError::Forbidden));
    }
    let Imported { definition, report } = read(bytes, file_name, content_type)?;
    let base = rules::slugify(definition.title(&definition.default_language));
    let base = if base.len() >= 3 {
        base
    } else {
        "imported-form".to_owned()
    };
    let slug = repo::free_slug(db, &base)
        .await
        .map_err(|e| ImportError::Edit(e.into()))?;
    let c = authoring::create_with_report(
        db,
        actor,
        group_id,
        NewConsultation {
            slug: Some(slug),
            meeting_id: None,
            opens_at: None,
            closes_at: None,
            definition,
        },
        "consultation_imported",
        Some(&report),
    )
    .await
    .map_err(ImportError::Edit)?;
    Ok((c, report))
}

/// A condition as read from the file, before its question is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wanted {
    /// `${q} = 'x'` / `Q1 == "x"`.
    Equals(String, String),
    /// `selected(${q}, 'x')` / `Q1_SQ001 == "Y"`.
    Selected(String, String),
    /// `${q} = ''`, `not(${q})`, `is_empty(Q1)`.
    Empty(String),
}

impl Wanted {
    fn target(&self) -> &str {
        match self {
            Self::Equals(q, _) | Self::Selected(q, _) | Self::Empty(q) => q,
        }
    }
}

/// A condition waiting for every question to be read: the question's key, where it was
/// read, the condition and its original expression.
pub struct Pending {
    pub key: String,
    pub place: String,
    pub at: String,
    pub name: String,
    pub wanted: Wanted,
    pub expression: String,
}

/// What every importer does last: resolves the conditions (names → keys; a condition
/// Consulta cannot hold is reported), cuts texts to their limits, drops empty sections,
/// counts, and checks the whole definition.
///
/// # Errors
/// When the result still breaks a rule (listed by path), or has no language.
pub fn finish(
    mut def: Definition,
    mut report: ImportReport,
    names: &BTreeMap<String, String>,
    pending: Vec<Pending>,
) -> Result<Imported, Refusal> {
    for p in pending {
        let place = p.place.clone();
        let unsupported = |report: &mut ImportReport, why: &str| {
            report.note(
                &place,
                &p.at,
                &p.name,
                Outcome::Changed,
                "condition_unsupported",
                format!("{} ({why})", p.expression),
            );
        };
        let Some(target_key) = names.get(p.wanted.target()) else {
            unsupported(&mut report, "?");
            continue;
        };
        let earlier = def.questions_before(&p.key);
        let Some(target) = earlier.iter().find(|q| &q.key == target_key) else {
            unsupported(&mut report, "→");
            continue;
        };
        if target.condition.is_some() || !target.kind.takes_answer() {
            unsupported(&mut report, target_key);
            continue;
        }
        let single = matches!(
            target.kind,
            QuestionKind::SingleChoice | QuestionKind::Scale | QuestionKind::Rating
        );
        let multiple = target.kind == QuestionKind::MultipleChoice;
        let condition = match &p.wanted {
            Wanted::Empty(_) => Some((ConditionOperator::NotAnswered, None)),
            Wanted::Equals(_, v) if single => Some((ConditionOperator::Equals, Some(v.clone()))),
            Wanted::Selected(_, v) if single => Some((ConditionOperator::Equals, Some(v.clone()))),
            Wanted::Selected(_, v) if multiple => {
                Some((ConditionOperator::Includes, Some(v.clone())))
            }
            _ => None,
        };
        let Some((operator, value)) = condition else {
            unsupported(&mut report, target_key);
            continue;
        };
        let value = value.map(|v| text::code_from(&v));
        if let Some(v) = &value
            && target.option(v).is_none()
        {
            unsupported(&mut report, v);
            continue;
        }
        let question = target_key.clone();
        if let Some(q) = def.question_mut(&p.key) {
            q.condition = Some(Condition {
                question,
                operator,
                value,
            });
            report.conditions += 1;
        }
    }
    // A ranking the file does not limit: the editor's default (the top 3 of more than 4).
    for q in def.sections.iter_mut().flat_map(|s| &mut s.questions) {
        if q.kind == QuestionKind::Ranking && q.max_choices.is_none() {
            q.max_choices =
                crate::consultations::definition::Question::default_rank_places(q.options.len());
        }
    }
    cut_texts(&mut def, &mut report);
    def.sections.retain(|s| !s.questions.is_empty());
    report.sections = u32::try_from(def.sections.len()).unwrap_or(u32::MAX);
    report.questions.clear();
    for (_, q) in def.questions() {
        *report
            .questions
            .entry(q.kind.as_str().to_owned())
            .or_default() += 1;
    }
    if def.languages.is_empty() {
        return Err(Refusal::new("imp-refuse-no-language", ""));
    }
    let total: usize = def.sections.iter().map(|s| s.questions.len()).sum();
    if total > limits::QUESTIONS {
        return Err(Refusal::new(
            "imp-refuse-too-many-questions",
            format!("{total} > {}", limits::QUESTIONS),
        ));
    }
    if def.sections.len() > limits::SECTIONS {
        return Err(Refusal::new(
            "imp-refuse-too-many-sections",
            format!("{} > {}", def.sections.len(), limits::SECTIONS),
        ));
    }
    let issues = rules::validate(&def);
    if !issues.is_empty() {
        let paths: Vec<String> = issues.iter().take(5).map(|i| i.path.clone()).collect();
        return Err(Refusal::new("imp-refuse-invalid", paths.join(", ")));
    }
    Ok(Imported {
        definition: def,
        report,
    })
}

fn cut_all(
    text: &mut LocalText,
    max: usize,
    report: &mut ImportReport,
    name: &str,
    cut_any: &mut bool,
) {
    for value in text.values_mut() {
        if text::cut(value, max) && !*cut_any {
            *cut_any = true;
            report.note("", "", name, Outcome::Changed, "too_long", max.to_string());
        }
    }
}

fn cut_texts(def: &mut Definition, report: &mut ImportReport) {
    let mut cut_any = false;
    cut_all(
        &mut def.texts.title,
        limits::TITLE,
        report,
        "title",
        &mut cut_any,
    );
    for s in &mut def.sections {
        let mut c = false;
        cut_all(&mut s.title, limits::TITLE, report, &s.key, &mut c);
        for q in &mut s.questions {
            let mut c = false;
            cut_all(&mut q.text, limits::QUESTION, report, &q.key, &mut c);
            cut_all(&mut q.help, limits::HELP, report, &q.key, &mut c);
            for o in &mut q.options {
                cut_all(&mut o.label, limits::OPTION_LABEL, report, &q.key, &mut c);
            }
            if q.options.len() > limits::OPTIONS {
                q.options.truncate(limits::OPTIONS);
                report.note(
                    "",
                    "",
                    &q.key,
                    Outcome::Changed,
                    "too_many",
                    limits::OPTIONS.to_string(),
                );
            }
        }
    }
}

/// The page, the API and the XLSForm export.
pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    handlers::routes(cfg);
}
