//! A consultation as an XLSForm workbook (KoboToolbox and ODK read it): `survey` with one
//! `label::<Language> (<code>)` and `hint::…` column per language, `choices`, `settings`.
//! Scales are `select_one` lists with the `likert` appearance, ratings with consecutive
//! numbered points are `range` questions, so that importing the file gives back the same
//! questions, options, conditions and texts.
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::consultations::definition::{
    ConditionOperator, Definition, LocalText, Question, QuestionKind, Section,
};

/// The language's name in English, as KoboToolbox writes it in column headers.
pub fn language_name(code: &str) -> &'static str {
    match code {
        "ar" => "Arabic",
        "es" => "Spanish",
        "fr" => "French",
        "ru" => "Russian",
        "zh" => "Chinese",
        _ => "English",
    }
}

fn header(field: &str, lang: &str) -> String {
    format!("{field}::{} ({lang})", language_name(lang))
}

/// `(start, end, step)` when a rating's points are consecutive numbers with codes and
/// labels that say their number.
fn as_range(q: &Question, langs: &[String]) -> Option<(f64, f64, f64)> {
    let values: Vec<f64> = q
        .options
        .iter()
        .map(|o| o.code.parse::<f64>().ok())
        .collect::<Option<_>>()?;
    if values.len() < 2 {
        return None;
    }
    let step = values[1] - values[0];
    let regular = step > 0.0
        && values
            .windows(2)
            .all(|w| ((w[1] - w[0]) - step).abs() < 1e-9);
    let plain_labels = q.options.iter().all(|o| {
        langs
            .iter()
            .all(|l| o.label.get(l).is_none_or(|t| t == &o.code))
    });
    (regular && plain_labels).then(|| (values[0], values[values.len() - 1], step))
}

fn number(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        n.to_string()
    }
}

/// The workbook's bytes.
///
/// # Errors
/// When the workbook cannot be written.
pub fn workbook(def: &Definition, form_id: &str, version: i32) -> Result<Vec<u8>, XlsxError> {
    let langs = def.languages_default_first();
    let mut rows = Rows {
        langs: &langs,
        survey: Vec::new(),
        choices: Vec::new(),
    };
    for section in &def.sections {
        rows.section(section);
    }
    let mut choices_head = vec!["list_name".to_owned(), "name".to_owned()];
    choices_head.extend(langs.iter().map(|l| header("label", l)));
    let settings_head = ["form_title", "form_id", "version", "default_language"].map(str::to_owned);
    let settings = vec![vec![
        def.title(&def.default_language).to_owned(),
        form_id.to_owned(),
        version.to_string(),
        format!(
            "{} ({})",
            language_name(&def.default_language),
            def.default_language
        ),
    ]];
    write(vec![
        ("survey", survey_head(&langs), rows.survey),
        ("choices", choices_head, rows.choices),
        ("settings", settings_head.to_vec(), settings),
    ])
}

fn survey_head(langs: &[String]) -> Vec<String> {
    let mut head = vec!["type".to_owned(), "name".to_owned()];
    head.extend(langs.iter().map(|l| header("label", l)));
    head.extend(langs.iter().map(|l| header("hint", l)));
    head.extend(
        [
            "required",
            "relevant",
            "constraint",
            "appearance",
            "parameters",
        ]
        .map(str::to_owned),
    );
    head
}

/// The rows of the `survey` and `choices` sheets, one group per section.
struct Rows<'a> {
    langs: &'a [String],
    survey: Vec<Vec<String>>,
    choices: Vec<Vec<String>>,
}

/// A question's columns besides its type, name and texts.
#[derive(Default)]
struct Columns {
    ty: String,
    appearance: String,
    constraint: String,
    parameters: String,
}

impl Rows<'_> {
    /// A text in each language, in column order.
    fn texts(&self, t: &LocalText) -> Vec<String> {
        self.langs
            .iter()
            .map(|l| t.get(l).cloned().unwrap_or_default())
            .collect()
    }

    fn section(&mut self, section: &Section) {
        let mut row = vec!["begin_group".to_owned(), section.key.clone()];
        row.extend(self.texts(&section.title));
        self.survey.push(row);
        // XLSForm has nothing like statements to vote on: they are left out of the form.
        for q in section
            .questions
            .iter()
            .filter(|q| q.kind != QuestionKind::Statements)
        {
            let columns = self.columns(q);
            let mut row = vec![columns.ty, q.key.clone()];
            row.extend(self.texts(&q.text));
            row.extend(self.texts(&q.help));
            row.extend([
                if q.required { "yes" } else { "" }.to_owned(),
                relevant(q),
                columns.constraint,
                columns.appearance,
                columns.parameters,
            ]);
            self.survey.push(row);
        }
        self.survey
            .push(vec!["end_group".to_owned(), String::new()]);
    }

    /// The question's options as a list named after it (its key is unique).
    fn list(&mut self, q: &Question) -> String {
        for o in &q.options {
            let mut row = vec![q.key.clone(), o.code.clone()];
            row.extend(self.texts(&o.label));
            self.choices.push(row);
        }
        q.key.clone()
    }

    /// The XLSForm type of each kind, with what the import needs to read it back as the
    /// same kind (scales `likert`, ratings `rating`, texts `multiline`).
    fn columns(&mut self, q: &Question) -> Columns {
        let mut c = Columns::default();
        c.ty = match q.kind {
            QuestionKind::SingleChoice => format!("select_one {}", self.list(q)),
            QuestionKind::Scale => {
                c.appearance = "likert".into();
                format!("select_one {}", self.list(q))
            }
            QuestionKind::Rating => {
                c.appearance = "rating".into();
                if let Some((start, end, step)) = as_range(q, self.langs) {
                    let (start, end, step) = (number(start), number(end), number(step));
                    c.parameters = format!("start={start} end={end} step={step}");
                    "range".to_owned()
                } else {
                    format!("select_one {}", self.list(q))
                }
            }
            QuestionKind::MultipleChoice => {
                if let Some(n) = q.max_choices {
                    c.constraint = format!("count-selected(.) <= {n}");
                }
                format!("select_multiple {}", self.list(q))
            }
            QuestionKind::Ranking => {
                // The places offered, as for a multiple choice: without it, an import would
                // give a long ranking the editor's default (the top 3).
                if let Some(n) = q.max_choices {
                    c.constraint = format!("count-selected(.) <= {n}");
                }
                format!("rank {}", self.list(q))
            }
            QuestionKind::Number => {
                let parts: Vec<String> = [(">=", q.min), ("<=", q.max)]
                    .into_iter()
                    .filter_map(|(op, v)| v.map(|v| format!(". {op} {}", number(v))))
                    .collect();
                c.constraint = parts.join(" and ");
                "decimal".to_owned()
            }
            QuestionKind::ShortText | QuestionKind::LongText => {
                if q.kind == QuestionKind::LongText {
                    c.appearance = "multiline".into();
                }
                if let Some(n) = q.max_length {
                    c.constraint = format!("string-length(.) <= {n}");
                }
                "text".to_owned()
            }
            QuestionKind::Info | QuestionKind::Statements => "note".to_owned(),
        };
        c
    }
}

/// The question's condition as a `relevant` expression the import reads back.
fn relevant(q: &Question) -> String {
    q.condition.as_ref().map_or_else(String::new, |c| {
        let v = c.value.clone().unwrap_or_default();
        match c.operator {
            ConditionOperator::Equals => format!("${{{}}} = '{v}'", c.question),
            ConditionOperator::Includes => format!("selected(${{{}}}, '{v}')", c.question),
            ConditionOperator::NotAnswered => format!("${{{}}} = ''", c.question),
        }
    })
}

/// A sheet's name, header and rows.
type SheetRows = (&'static str, Vec<String>, Vec<Vec<String>>);

/// Writes each sheet: a bold header row, then the rows (empty cells left empty).
fn write(sheets: Vec<SheetRows>) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    for (name, head, rows) in sheets {
        let sheet: &mut Worksheet = book.add_worksheet();
        sheet.set_name(name)?;
        for (c, h) in head.iter().enumerate() {
            sheet.write_string_with_format(0, col(c), h, &bold)?;
        }
        for (r, row) in rows.iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                if !value.is_empty() {
                    sheet.write_string(u32::try_from(r + 1).unwrap_or(u32::MAX), col(c), value)?;
                }
            }
        }
    }
    book.save_to_buffer()
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}
