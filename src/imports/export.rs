//! A consultation as an XLSForm workbook (KoboToolbox and ODK read it): `survey` with one
//! `label::<Language> (<code>)` and `hint::…` column per language, `choices`, `settings`.
//! Scales are `select_one` lists with the `likert` appearance, ratings with consecutive
//! numbered points are `range` questions, so that importing the file gives back the same
//! questions, options, conditions and texts.
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

use crate::consultations::definition::{
    Choice, ConditionOperator, Definition, LocalText, Question, QuestionKind,
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
#[allow(clippy::too_many_lines)]
pub fn workbook(def: &Definition, form_id: &str, version: i32) -> Result<Vec<u8>, XlsxError> {
    let langs = def.languages_default_first();
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();

    let mut survey_head = vec!["type".to_owned(), "name".to_owned()];
    survey_head.extend(langs.iter().map(|l| header("label", l)));
    survey_head.extend(langs.iter().map(|l| header("hint", l)));
    survey_head.extend(
        [
            "required",
            "relevant",
            "constraint",
            "appearance",
            "parameters",
        ]
        .map(str::to_owned),
    );
    let mut survey: Vec<Vec<String>> = Vec::new();
    let mut choices: Vec<Vec<String>> = Vec::new();
    let texts = |t: &LocalText| -> Vec<String> {
        langs
            .iter()
            .map(|l| t.get(l).cloned().unwrap_or_default())
            .collect()
    };
    let mut push_choices = |list: &str, options: &[Choice]| {
        for o in options {
            let mut row = vec![list.to_owned(), o.code.clone()];
            row.extend(texts(&o.label));
            choices.push(row);
        }
    };
    for section in &def.sections {
        let mut row = vec!["begin_group".to_owned(), section.key.clone()];
        row.extend(texts(&section.title));
        survey.push(row);
        for q in &section.questions {
            let mut appearance = String::new();
            let mut parameters = String::new();
            let mut constraint = String::new();
            let ty = match q.kind {
                QuestionKind::SingleChoice => {
                    push_choices(&q.key, &q.options);
                    format!("select_one {}", q.key)
                }
                QuestionKind::Scale => {
                    push_choices(&q.key, &q.options);
                    appearance = "likert".into();
                    format!("select_one {}", q.key)
                }
                QuestionKind::Rating => match as_range(q, &langs) {
                    Some((start, end, step)) => {
                        parameters = format!(
                            "start={} end={} step={}",
                            number(start),
                            number(end),
                            number(step)
                        );
                        appearance = "rating".into();
                        "range".to_owned()
                    }
                    None => {
                        push_choices(&q.key, &q.options);
                        appearance = "rating".into();
                        format!("select_one {}", q.key)
                    }
                },
                QuestionKind::MultipleChoice => {
                    push_choices(&q.key, &q.options);
                    if let Some(n) = q.max_choices {
                        constraint = format!("count-selected(.) <= {n}");
                    }
                    format!("select_multiple {}", q.key)
                }
                QuestionKind::Ranking => {
                    push_choices(&q.key, &q.options);
                    format!("rank {}", q.key)
                }
                QuestionKind::Number => {
                    let parts: Vec<String> = [(">=", q.min), ("<=", q.max)]
                        .into_iter()
                        .filter_map(|(op, v)| v.map(|v| format!(". {op} {}", number(v))))
                        .collect();
                    constraint = parts.join(" and ");
                    "decimal".to_owned()
                }
                QuestionKind::ShortText | QuestionKind::LongText => {
                    if q.kind == QuestionKind::LongText {
                        appearance = "multiline".into();
                    }
                    if let Some(n) = q.max_length {
                        constraint = format!("string-length(.) <= {n}");
                    }
                    "text".to_owned()
                }
                QuestionKind::Info => "note".to_owned(),
                // XLSForm has nothing like statements to vote on: left out of the form.
                QuestionKind::Statements => continue,
            };
            let relevant = q.condition.as_ref().map_or_else(String::new, |c| {
                let v = c.value.clone().unwrap_or_default();
                match c.operator {
                    ConditionOperator::Equals => format!("${{{}}} = '{v}'", c.question),
                    ConditionOperator::Includes => format!("selected(${{{}}}, '{v}')", c.question),
                    ConditionOperator::NotAnswered => format!("${{{}}} = ''", c.question),
                }
            });
            let mut row = vec![ty, q.key.clone()];
            row.extend(texts(&q.text));
            row.extend(texts(&q.help));
            row.extend([
                if q.required { "yes" } else { "" }.to_owned(),
                relevant,
                constraint,
                appearance,
                parameters,
            ]);
            survey.push(row);
        }
        survey.push(vec!["end_group".to_owned(), String::new()]);
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

    for (name, head, rows) in [
        ("survey", survey_head, survey),
        ("choices", choices_head, choices),
        ("settings", settings_head.to_vec(), settings),
    ] {
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
