//! XLSForm (the `survey`, `choices` and `settings` sheets, as pyxform reads them) → a draft.
use std::collections::{BTreeMap, BTreeSet};

use super::{
    Imported, Pending, Refusal, Wanted, finish,
    table::{Book, Sheet},
    text,
};
use crate::consultations::{
    definition::{Choice, Definition, LocalText, Question, QuestionKind, Section},
    import_report::{ImportReport, LanguageMatch, MatchedBy, Outcome},
    rules::limits,
};

/// Types left out because they identify a person or their device or place.
const IDENTIFYING: &[&str] = &[
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "email",
    "start-geopoint",
    "background-geopoint",
    "geopoint",
    "geotrace",
    "geoshape",
    "audit",
    "image",
    "audio",
    "background-audio",
    "video",
    "file",
    "barcode",
    "photo",
];

/// Form metadata with nothing to ask.
const METADATA: &[&str] = &["start", "end", "today", "instanceid"];

/// A column with a language: `label`, `label::English (en)`, `label:fr`.
fn language_of(header: &str, field: &str) -> Option<String> {
    let rest = header.strip_prefix(field)?;
    if rest.is_empty() {
        return Some(String::new());
    }
    let lang = rest.strip_prefix("::").or_else(|| rest.strip_prefix(':'))?;
    Some(lang.trim().to_owned())
}

/// The languages of the file and which Consulta language each column fills.
struct Languages {
    /// Raw language (as in the header, lower case; empty for plain `label`) → code.
    by_raw: BTreeMap<String, String>,
    codes: Vec<String>,
    default: String,
}

fn languages(book: &Book, settings_default: &str, report: &mut ImportReport) -> Languages {
    let mut seen: Vec<(String, String, String)> = Vec::new(); // (lower, raw, sheet)
    for sheet in book
        .iter()
        .filter(|s| s.name == "survey" || s.name == "choices")
    {
        for (lower, raw) in sheet.header.iter().zip(&sheet.raw_header) {
            for field in ["label", "hint"] {
                if let Some(lang) = language_of(lower, field) {
                    let raw_lang = language_of(&raw.to_lowercase(), field)
                        .map(|_| {
                            raw.get(field.len()..)
                                .unwrap_or_default()
                                .trim_start_matches(':')
                                .trim()
                                .to_owned()
                        })
                        .unwrap_or_default();
                    if !seen.iter().any(|(l, _, _)| *l == lang) {
                        seen.push((lang, raw_lang, sheet.name.clone()));
                    }
                }
            }
        }
    }
    let (settings_code, _) = text::match_language(settings_default);
    let mut by_raw = BTreeMap::new();
    let mut codes: Vec<String> = Vec::new();
    let has_plain = seen.iter().any(|(l, _, _)| l.is_empty());
    for (lower, raw, sheet) in &seen {
        if lower.is_empty() {
            continue;
        }
        let (code, how) = text::match_language(raw);
        let duplicate = code.as_ref().is_some_and(|c| codes.contains(c));
        match code.filter(|_| !duplicate) {
            Some(code) => {
                by_raw.insert(lower.clone(), code.clone());
                codes.push(code.clone());
                report.languages.push(LanguageMatch {
                    found: raw.clone(),
                    code: Some(code),
                    matched_by: how,
                });
            }
            None => {
                report.languages.push(LanguageMatch {
                    found: raw.clone(),
                    code: None,
                    matched_by: MatchedBy::Unmatched,
                });
                report.note(
                    sheet,
                    1,
                    &format!("label::{raw}"),
                    Outcome::Skipped,
                    "language_unmatched",
                    raw.clone(),
                );
            }
        }
    }
    let default = settings_code
        .clone()
        .filter(|c| codes.contains(c) || has_plain)
        .or_else(|| codes.first().cloned())
        .unwrap_or_else(|| "en".to_owned());
    if has_plain {
        by_raw.insert(String::new(), default.clone());
        if !codes.contains(&default) {
            codes.insert(0, default.clone());
        }
        report.languages.push(LanguageMatch {
            found: String::new(),
            code: Some(default.clone()),
            matched_by: MatchedBy::Default,
        });
    }
    Languages {
        by_raw,
        codes,
        default,
    }
}

/// A row's cells by column name.
struct Row<'a> {
    sheet: &'a Sheet,
    cells: &'a [String],
}

impl Row<'_> {
    fn get(&self, name: &str) -> &str {
        self.sheet
            .column(name)
            .and_then(|i| self.cells.get(i))
            .map_or("", |c| c.trim())
    }

    /// A text in every language (markup removed); whether markup was removed.
    fn texts(&self, field: &str, langs: &Languages) -> (LocalText, bool) {
        let mut out = LocalText::new();
        let mut removed = false;
        for (i, header) in self.sheet.header.iter().enumerate() {
            let Some(lang) = language_of(header, field) else {
                continue;
            };
            let Some(code) = langs.by_raw.get(&lang) else {
                continue;
            };
            let value = self.cells.get(i).map_or("", |c| c.trim());
            if value.is_empty() {
                continue;
            }
            let (plain, cut) = text::plain(value);
            removed |= cut;
            // A language's own column wins over the plain `label`.
            if lang.is_empty() && out.contains_key(code) {
                continue;
            }
            if !plain.is_empty() {
                out.insert(code.clone(), plain);
            }
        }
        (out, removed)
    }
}

fn is_yes(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "" | "no" | "false" | "false()" | "0" | "n" => Some(false),
        "yes" | "true" | "true()" | "1" | "y" => Some(true),
        _ => None,
    }
}

/// Min and max from `. >= 3 and . <= 24` (strict bounds made inclusive for integers).
fn bounds(constraint: &str, integer: bool) -> Option<(Option<f64>, Option<f64>, bool)> {
    let mut min = None;
    let mut max = None;
    let mut changed = false;
    for part in constraint.split(" and ") {
        let part = part.trim().trim_start_matches('(').trim_end_matches(')');
        let part = part.strip_prefix('.')?.trim_start();
        let (op, number) = ["<=", ">=", "<", ">"]
            .iter()
            .find_map(|op| part.strip_prefix(op).map(|n| (*op, n.trim())))?;
        let n: f64 = number.parse().ok()?;
        match op {
            ">=" => min = Some(n),
            "<=" => max = Some(n),
            ">" if integer => min = Some(n.floor() + 1.0),
            "<" if integer => max = Some(n.ceil() - 1.0),
            ">" => {
                min = Some(n);
                changed = true;
            }
            _ => {
                max = Some(n);
                changed = true;
            }
        }
    }
    Some((min, max, changed))
}

/// `count-selected(.) <= 3` or `string-length(.) <= 200`.
fn at_most(constraint: &str, function: &str) -> Option<u32> {
    let rest = constraint.trim().strip_prefix(function)?.trim_start();
    let rest = rest.strip_prefix("(.)")?.trim_start();
    let (n, minus) = if let Some(n) = rest.strip_prefix("<=") {
        (n, 0)
    } else {
        (rest.strip_prefix('<')?, 1)
    };
    n.trim()
        .parse::<u32>()
        .ok()
        .map(|n| n.saturating_sub(minus))
}

/// The reference in `${name}`.
fn reference(s: &str) -> Option<&str> {
    let s = s.trim();
    s.strip_prefix("${")?
        .strip_suffix('}')
        .filter(|n| !n.is_empty() && !n.contains(['$', '{', '}', ' ']))
}

fn quoted(s: &str) -> Option<&str> {
    let s = s.trim();
    s.strip_prefix('\'')
        .and_then(|v| v.strip_suffix('\''))
        .or_else(|| s.strip_prefix('"').and_then(|v| v.strip_suffix('"')))
        .filter(|v| !v.contains(['\'', '"']))
}

/// A `relevant` expression Consulta can hold: one comparison.
pub fn parse_relevant(expr: &str) -> Option<Wanted> {
    let e = expr.trim();
    if e.contains(" and ") || e.contains(" or ") {
        return None;
    }
    if let Some(inner) = e.strip_prefix("not(").and_then(|r| r.strip_suffix(')')) {
        let inner = inner.trim();
        if let Some(q) = reference(inner) {
            return Some(Wanted::Empty(q.to_owned()));
        }
        if let Some((l, r)) = inner.split_once("!=")
            && let Some(q) = reference(l)
            && quoted(r) == Some("")
        {
            return Some(Wanted::Empty(q.to_owned()));
        }
        if let Some(arg) = inner
            .strip_prefix("string-length(")
            .and_then(|r| r.split_once(')'))
            && let Some(q) = reference(arg.0)
            && arg.1.trim().trim_start_matches('>').trim() == "0"
        {
            return Some(Wanted::Empty(q.to_owned()));
        }
        return None;
    }
    if let Some(args) = e
        .strip_prefix("selected(")
        .and_then(|r| r.strip_suffix(')'))
    {
        let (q, v) = args.split_once(',')?;
        return Some(Wanted::Selected(
            reference(q)?.to_owned(),
            quoted(v)?.to_owned(),
        ));
    }
    if let Some((l, r)) = e.split_once("string-length(")
        && l.trim().is_empty()
    {
        let (arg, rest) = r.split_once(')')?;
        let rest = rest.trim().strip_prefix('=')?.trim();
        if rest == "0" {
            return Some(Wanted::Empty(reference(arg)?.to_owned()));
        }
        return None;
    }
    let (l, r) = e.split_once('=')?;
    if l.ends_with(['!', '<', '>']) {
        return None;
    }
    let q = reference(l)?;
    let v = quoted(r).map(str::to_owned).or_else(|| {
        let r = r.trim();
        (!r.is_empty()
            && r.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .then(|| r.to_owned())
    })?;
    if v.is_empty() {
        Some(Wanted::Empty(q.to_owned()))
    } else {
        Some(Wanted::Equals(q.to_owned(), v))
    }
}

/// The choice lists: list name → (row, code, labels).
type Lists = BTreeMap<String, Vec<(usize, String, LocalText)>>;

fn choice_lists(
    book: &Book,
    langs: &Languages,
    report: &mut ImportReport,
) -> Result<Lists, Refusal> {
    let mut lists = Lists::new();
    let Some(sheet) = book.iter().find(|s| s.name == "choices") else {
        return Ok(lists);
    };
    let list_col = if sheet.column("list_name").is_some() {
        "list_name"
    } else {
        "list name"
    };
    for (n, cells) in &sheet.rows {
        let row = Row { sheet, cells };
        let list = row.get(list_col);
        let name = row.get("name");
        if list.is_empty() {
            continue;
        }
        if name.is_empty() {
            report.note("choices", n, list, Outcome::Skipped, "no_name", "");
            continue;
        }
        let code = text::code_from(name);
        if code != name {
            report.note("choices", n, name, Outcome::Changed, "key_changed", &code);
        }
        let entry = lists.entry(list.to_owned()).or_default();
        if entry.iter().any(|(_, c, _)| *c == code) {
            return Err(Refusal::new(
                "imp-refuse-duplicate-choice",
                format!("{list} / {name} (choices, row {n})"),
            ));
        }
        let (mut labels, removed) = row.texts("label", langs);
        if removed {
            report.note("choices", n, name, Outcome::Changed, "markup_removed", "");
        }
        if !labels.contains_key(&langs.default) {
            let fallback = labels
                .values()
                .next()
                .cloned()
                .unwrap_or_else(|| name.to_owned());
            labels.insert(langs.default.clone(), fallback);
            report.note(
                "choices",
                n,
                name,
                Outcome::Changed,
                "no_label",
                &langs.default,
            );
        }
        entry.push((*n, code, labels));
    }
    Ok(lists)
}

fn refuse_formulas(book: &Book) -> Result<(), Refusal> {
    for sheet in book {
        for (n, cells) in &sheet.rows {
            for (i, cell) in cells.iter().enumerate() {
                if cell.trim_start().starts_with('=') {
                    let column = sheet.raw_header.get(i).map_or("", String::as_str);
                    return Err(Refusal::new(
                        "imp-refuse-formula",
                        format!("{}, row {n}, {column}", sheet.name),
                    ));
                }
            }
        }
    }
    Ok(())
}

/// The question kind a type makes, with its choice list.
enum Mapped {
    Kind(QuestionKind, Option<String>, bool),
    Range,
    Group,
    EndGroup,
    Repeat,
    EndRepeat,
    Skip(&'static str),
}

fn map_type(raw: &str) -> Mapped {
    let lower = raw.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let joined = words.join(" ").replace('_', " ");
    let list_after = |n: usize| words.get(n).map(|s| (*s).to_owned());
    let or_other = words.last() == Some(&"or_other") || words.last() == Some(&"or other");
    match joined.as_str() {
        "begin group" => return Mapped::Group,
        "end group" => return Mapped::EndGroup,
        "begin repeat" => return Mapped::Repeat,
        "end repeat" => return Mapped::EndRepeat,
        _ => {}
    }
    if words.first() == Some(&"select_one") {
        return Mapped::Kind(QuestionKind::SingleChoice, list_after(1), or_other);
    }
    if words.first() == Some(&"select_multiple") {
        return Mapped::Kind(QuestionKind::MultipleChoice, list_after(1), or_other);
    }
    if joined.starts_with("select one from file") || joined.starts_with("select multiple from file")
    {
        return Mapped::Skip("unsupported_type");
    }
    if joined.starts_with("select one ") {
        return Mapped::Kind(QuestionKind::SingleChoice, list_after(2), or_other);
    }
    if joined.starts_with("select multiple ") {
        return Mapped::Kind(QuestionKind::MultipleChoice, list_after(2), or_other);
    }
    if joined.starts_with("select all that apply ") {
        return Mapped::Kind(QuestionKind::MultipleChoice, list_after(4), or_other);
    }
    if words.first() == Some(&"rank") {
        return Mapped::Kind(QuestionKind::Ranking, list_after(1), false);
    }
    let single = words.first().copied().unwrap_or_default();
    match single {
        "integer" | "int" | "decimal" => Mapped::Kind(QuestionKind::Number, None, false),
        "range" => Mapped::Range,
        "text" | "string" => Mapped::Kind(QuestionKind::ShortText, None, false),
        "note" => Mapped::Kind(QuestionKind::Info, None, false),
        "calculate" => Mapped::Skip("calculation"),
        t if IDENTIFYING.contains(&t) => Mapped::Skip("identifying"),
        t if METADATA.contains(&t) => Mapped::Skip("metadata"),
        _ => Mapped::Skip("unsupported_type"),
    }
}

fn range_points(parameters: &str) -> (f64, f64, f64) {
    let (mut start, mut end, mut step) = (1.0, 10.0, 1.0);
    for part in parameters.split([' ', ';', ',']) {
        if let Some((k, v)) = part.split_once('=')
            && let Ok(v) = v.trim().parse::<f64>()
        {
            match k.trim().to_ascii_lowercase().as_str() {
                "start" => start = v,
                "end" => end = v,
                "step" => step = v,
                _ => {}
            }
        }
    }
    (start, end, step)
}

fn number_label(n: f64) -> String {
    if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        n.to_string()
    }
}

/// Reads an XLSForm's sheets into a draft and its report.
///
/// # Errors
/// No survey sheet, duplicate names, a select without its list, a formula, or a form that
/// still breaks a rule.
pub fn import(book: Book, file_name: &str) -> Result<Imported, Refusal> {
    let survey = book
        .iter()
        .find(|s| s.name == "survey")
        .ok_or_else(|| Refusal::new("imp-refuse-no-survey", ""))?;
    if survey.column("type").is_none() {
        return Err(Refusal::new("imp-refuse-no-survey", "type"));
    }
    refuse_formulas(&book)?;
    let mut report = ImportReport {
        format: "xlsform".into(),
        ..ImportReport::default()
    };
    let settings = Settings(book.iter().find(|s| s.name == "settings"));
    let langs = languages(&book, &settings.get("default_language"), &mut report);
    if langs.codes.is_empty() {
        return Err(Refusal::new("imp-refuse-no-language", ""));
    }
    let lists = choice_lists(&book, &langs, &mut report)?;
    check_names(survey, &lists)?;
    let title = form_title(&settings, file_name);
    let mut build = Builder {
        langs: &langs,
        lists: &lists,
        def: Definition::new(langs.codes.clone(), &langs.default, &title),
        question_keys: BTreeSet::new(),
        section_keys: BTreeSet::new(),
        names: BTreeMap::new(),
        pending: Vec::new(),
        report,
        groups: Vec::new(),
        current: None,
        repeat_depth: 0,
    };
    for (n, cells) in &survey.rows {
        build.row(
            *n,
            &Row {
                sheet: survey,
                cells,
            },
        );
    }
    finish(build.def, build.report, &build.names, build.pending)
}

/// The `settings` sheet: one row of values under their column names.
struct Settings<'a>(Option<&'a Sheet>);

impl Settings<'_> {
    fn get(&self, name: &str) -> String {
        self.0
            .and_then(|s| {
                s.rows
                    .first()
                    .map(|(_, cells)| Row { sheet: s, cells }.get(name).to_owned())
            })
            .unwrap_or_default()
    }
}

/// Duplicate names and missing lists are refused before anything is built.
fn check_names(survey: &Sheet, lists: &Lists) -> Result<(), Refusal> {
    let mut names_seen: BTreeMap<String, usize> = BTreeMap::new();
    for (n, cells) in &survey.rows {
        let row = Row {
            sheet: survey,
            cells,
        };
        let name = row.get("name");
        let ty = row.get("type").to_lowercase();
        if name.is_empty() || ty.starts_with("end") {
            continue;
        }
        if let Some(first) = names_seen.insert(name.to_owned(), *n) {
            return Err(Refusal::new(
                "imp-refuse-duplicate-name",
                format!("{name} (survey, rows {first} and {n})"),
            ));
        }
        if let Mapped::Kind(_, Some(list), _) = map_type(row.get("type"))
            && !lists.contains_key(&list)
        {
            return Err(Refusal::new(
                "imp-refuse-no-choices",
                format!("{list} (survey, row {n})"),
            ));
        }
        if let Mapped::Kind(_, None, _) = map_type(row.get("type"))
            && ["select", "rank"].iter().any(|p| ty.starts_with(p))
        {
            return Err(Refusal::new(
                "imp-refuse-no-choices",
                format!("(survey, row {n})"),
            ));
        }
    }
    Ok(())
}

/// The form's title, else its id, else the file's name without its extension.
fn form_title(settings: &Settings<'_>, file_name: &str) -> String {
    let t = settings.get("form_title");
    let t = if t.is_empty() {
        settings.get("form_id")
    } else {
        t
    };
    if !t.is_empty() {
        return text::plain(&t).0;
    }
    let stem = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let stem = stem.rsplit_once('.').map_or(stem, |(s, _)| s);
    if stem.trim().is_empty() {
        "Imported form".to_owned()
    } else {
        stem.to_owned()
    }
}

/// Builds the draft row by row: groups become sections, repeats are skipped whole, and
/// conditions wait until every question has its key.
struct Builder<'a> {
    langs: &'a Languages,
    lists: &'a Lists,
    def: Definition,
    question_keys: BTreeSet<String>,
    section_keys: BTreeSet<String>,
    /// XLSForm names → Consulta's keys, for the conditions.
    names: BTreeMap<String, String>,
    pending: Vec<Pending>,
    report: ImportReport,
    /// The open groups (key, title): a question after a nested group's end goes to a
    /// new section named after the group still open.
    groups: Vec<(String, LocalText)>,
    /// The section questions go to now.
    current: Option<usize>,
    repeat_depth: usize,
}

impl Builder<'_> {
    /// Notes something about the row `n` of the survey sheet.
    fn note(
        &mut self,
        n: usize,
        row: &Row<'_>,
        outcome: Outcome,
        reason: &str,
        detail: impl Into<String>,
    ) {
        self.report
            .note("survey", n, row.get("name"), outcome, reason, detail);
    }

    fn row(&mut self, n: usize, row: &Row<'_>) {
        let raw_type = row.get("type");
        if raw_type.is_empty() {
            if !row.get("name").is_empty() || !row.texts("label", self.langs).0.is_empty() {
                self.note(n, row, Outcome::Skipped, "unsupported_type", "");
            }
            return;
        }
        let mapped = map_type(raw_type);
        // Everything inside a repeat is skipped: a consultation asks each thing once.
        if self.repeat_depth > 0 {
            match mapped {
                Mapped::Repeat => self.repeat_depth += 1,
                Mapped::EndRepeat => self.repeat_depth -= 1,
                _ => self.note(n, row, Outcome::Skipped, "repeat", raw_type),
            }
            return;
        }
        match mapped {
            Mapped::Repeat => {
                self.repeat_depth = 1;
                self.note(n, row, Outcome::Skipped, "repeat", raw_type);
            }
            Mapped::EndRepeat => {}
            Mapped::Group => self.begin_group(n, row),
            Mapped::EndGroup => {
                self.groups.pop();
                self.current = None;
            }
            Mapped::Skip(reason) => self.note(n, row, Outcome::Skipped, reason, raw_type),
            Mapped::Range => self.question(n, row, QuestionKind::Rating, None, false),
            Mapped::Kind(kind, list, or_other) => {
                self.question(n, row, kind, list.as_deref(), or_other);
            }
        }
    }

    /// A group opens a section of its own (nested groups are flattened, their
    /// conditions reported).
    fn begin_group(&mut self, n: usize, row: &Row<'_>) {
        let name = row.get("name");
        let (title, removed) = row.texts("label", self.langs);
        if removed {
            self.note(n, row, Outcome::Changed, "markup_removed", "");
        }
        if !self.groups.is_empty() {
            self.note(n, row, Outcome::Changed, "nested_group", "");
        }
        if !row.get("relevant").is_empty() {
            self.note(
                n,
                row,
                Outcome::Changed,
                "condition_unsupported",
                row.get("relevant"),
            );
        }
        let key = text::key_from(
            if name.is_empty() { "section" } else { name },
            "section",
            &mut self.section_keys,
        );
        self.groups.push((key.clone(), title.clone()));
        self.def.sections.push(Section {
            key,
            title,
            questions: Vec::new(),
        });
        self.current = Some(self.def.sections.len() - 1);
    }

    fn question(
        &mut self,
        n: usize,
        row: &Row<'_>,
        kind: QuestionKind,
        list: Option<&str>,
        or_other: bool,
    ) {
        let name = row.get("name");
        let Some((label, help)) = self.label_and_hint(n, row, kind) else {
            return;
        };
        let key = text::key_from(
            if name.is_empty() { "question" } else { name },
            "q",
            &mut self.question_keys,
        );
        if !name.is_empty() && key != name {
            self.note(n, row, Outcome::Changed, "key_changed", &key);
        }
        let mut q = Question::new(&key, kind);
        q.text = label;
        q.help = help;
        match is_yes(row.get("required")) {
            Some(required) => q.required = required && kind.takes_answer(),
            None => self.note(
                n,
                row,
                Outcome::Changed,
                "required_expression",
                row.get("required"),
            ),
        }
        self.apply_appearance_and_constraint(n, row, kind, &mut q);
        if let Some(list) = list
            && !self.add_options(n, row, &mut q, list, or_other)
        {
            self.question_keys.remove(&key);
            return;
        }
        self.note_ignored_columns(n, row);
        self.condition(n, row, &key);
        if !name.is_empty() {
            self.names.insert(name.to_owned(), key);
        }
        self.place(q);
    }

    /// The question's label and hint in every language; `None` (reported) when it has
    /// no label to show. A label missing in the default language borrows another's.
    fn label_and_hint(
        &mut self,
        n: usize,
        row: &Row<'_>,
        kind: QuestionKind,
    ) -> Option<(LocalText, LocalText)> {
        let (mut label, removed) = row.texts("label", self.langs);
        let (help, help_removed) = row.texts("hint", self.langs);
        if removed || help_removed {
            self.note(n, row, Outcome::Changed, "markup_removed", "");
        }
        if label.is_empty() && kind == QuestionKind::Info {
            self.note(n, row, Outcome::Skipped, "no_label", "");
            return None;
        }
        if !label.contains_key(&self.langs.default) {
            let fallback = label
                .values()
                .next()
                .cloned()
                .unwrap_or_else(|| row.get("name").to_owned());
            if fallback.is_empty() {
                self.note(n, row, Outcome::Skipped, "no_label", "");
                return None;
            }
            label.insert(self.langs.default.clone(), fallback);
            let default = self.langs.default.clone();
            self.note(n, row, Outcome::Changed, "no_label", default);
        }
        Some((label, help))
    }

    /// What `appearance` and `constraint` say Consulta can keep: the kind a list or text
    /// really is, lengths, bounds, points and most choices; the rest is reported.
    fn apply_appearance_and_constraint(
        &mut self,
        n: usize,
        row: &Row<'_>,
        kind: QuestionKind,
        q: &mut Question,
    ) {
        let appearance = row.get("appearance").to_lowercase();
        let constraint = row.get("constraint");
        if kind == QuestionKind::SingleChoice {
            // Consulta's own export writes scales as `likert` lists, ratings as `rating`.
            if appearance.split_whitespace().any(|a| a == "likert") {
                q.kind = QuestionKind::Scale;
            } else if appearance.split_whitespace().any(|a| a == "rating") {
                q.kind = QuestionKind::Rating;
            }
        }
        let kept = match kind {
            QuestionKind::ShortText => {
                if appearance.contains("multiline") {
                    q.kind = QuestionKind::LongText;
                }
                constraint.is_empty() || max_length(q, constraint)
            }
            QuestionKind::Number => constraint.is_empty() || self.bounds(n, row, q, constraint),
            QuestionKind::Rating => {
                self.range(n, row, q, &appearance);
                true
            }
            QuestionKind::MultipleChoice | QuestionKind::Ranking => {
                constraint.is_empty() || max_choices(q, constraint)
            }
            _ => constraint.is_empty(),
        };
        if !kept {
            self.note(
                n,
                row,
                Outcome::Changed,
                "constraint_unsupported",
                constraint,
            );
        }
    }

    /// A number's bounds from its constraint; false when it is more than bounds.
    fn bounds(&mut self, n: usize, row: &Row<'_>, q: &mut Question, constraint: &str) -> bool {
        let integer = row.get("type").to_lowercase().starts_with("int");
        let Some((min, max, changed)) = bounds(constraint, integer) else {
            return false;
        };
        q.min = min;
        q.max = max;
        if changed {
            self.note(n, row, Outcome::Changed, "constraint_strict", constraint);
        }
        true
    }

    /// A range of 2 to 11 points becomes a rating (a 5-point `likert` one a scale), a
    /// longer one a number between its ends.
    fn range(&mut self, n: usize, row: &Row<'_>, q: &mut Question, appearance: &str) {
        let (start, end, step) = range_points(row.get("parameters"));
        let points = if step > 0.0 && end >= start {
            ((end - start) / step).floor() as usize + 1
        } else {
            0
        };
        if !(2..=11).contains(&points) {
            q.kind = QuestionKind::Number;
            q.min = Some(start.min(end));
            q.max = Some(end.max(start));
            let parameters = row.get("parameters");
            self.note(n, row, Outcome::Changed, "range_as_number", parameters);
            return;
        }
        if points == 5 && appearance.contains("likert") {
            q.kind = QuestionKind::Scale;
        }
        for i in 0..points {
            let v = start + step * i as f64;
            let label = number_label(v);
            q.options.push(Choice {
                code: text::code_from(&label),
                label: self
                    .langs
                    .codes
                    .iter()
                    .map(|l| (l.clone(), label.clone()))
                    .collect(),
                emoji: None,
                value: Some(v),
            });
        }
    }

    /// The options of the question's list (and "other"); false (reported) when fewer
    /// than two remain.
    fn add_options(
        &mut self,
        n: usize,
        row: &Row<'_>,
        q: &mut Question,
        list: &str,
        or_other: bool,
    ) -> bool {
        for (_, code, labels) in self.lists.get(list).into_iter().flatten() {
            q.options.push(Choice {
                code: code.clone(),
                label: labels.clone(),
                emoji: None,
                value: None,
            });
        }
        if or_other && !q.options.iter().any(|o| o.code == "other") {
            q.options.push(Choice {
                code: "other".into(),
                label: self
                    .langs
                    .codes
                    .iter()
                    .map(|l| (l.clone(), text::other_label(l).to_owned()))
                    .collect(),
                emoji: None,
                value: None,
            });
            self.note(n, row, Outcome::Changed, "or_other", "");
        }
        if q.options.len() < 2 {
            self.note(n, row, Outcome::Skipped, "too_few_options", list);
            return false;
        }
        if let Some(max) = q.max_choices
            && max as usize > q.options.len()
        {
            q.max_choices = None;
        }
        true
    }

    /// Columns Consulta has no place for are reported when they say something.
    fn note_ignored_columns(&mut self, n: usize, row: &Row<'_>) {
        if !row.get("choice_filter").is_empty() {
            let filter = row.get("choice_filter");
            self.note(n, row, Outcome::Changed, "choice_filter", filter);
        }
        for unsupported in ["calculation", "default", "read_only", "trigger"] {
            let value = row.get(unsupported);
            if !value.is_empty() && is_yes(value) != Some(false) {
                let detail = format!("{unsupported}: {value}");
                self.note(n, row, Outcome::Changed, "column_ignored", detail);
            }
        }
    }

    /// The `relevant` expression, kept when it is one comparison Consulta can hold.
    fn condition(&mut self, n: usize, row: &Row<'_>, key: &str) {
        let relevant = row.get("relevant");
        if relevant.is_empty() {
            return;
        }
        if let Some(wanted) = parse_relevant(relevant) {
            self.pending.push(Pending {
                key: key.to_owned(),
                place: "survey".into(),
                at: n.to_string(),
                name: row.get("name").to_owned(),
                wanted,
                expression: relevant.to_owned(),
            });
        } else {
            self.note(n, row, Outcome::Changed, "condition_unsupported", relevant);
        }
    }

    /// Adds the question to the current section, opening one (after the open group, or
    /// "questions") when a question stands outside any group.
    fn place(&mut self, q: Question) {
        let index = if let Some(i) = self.current {
            i
        } else {
            let (base, title) = self
                .groups
                .last()
                .cloned()
                .unwrap_or_else(|| ("questions".to_owned(), LocalText::new()));
            let key = text::key_from(&base, "section", &mut self.section_keys);
            self.def.sections.push(Section {
                key,
                title,
                questions: Vec::new(),
            });
            self.def.sections.len() - 1
        };
        self.current = Some(index);
        self.def.sections[index].questions.push(q);
    }
}

/// A text's most length from `string-length(.) <= n` (capped by the kind's limit).
fn max_length(q: &mut Question, constraint: &str) -> bool {
    let cap = if q.kind == QuestionKind::LongText {
        limits::MAX_LENGTH_LONG
    } else {
        limits::MAX_LENGTH_SHORT
    };
    match at_most(constraint, "string-length") {
        Some(m) if m >= 1 => {
            q.max_length = Some(m.min(cap));
            true
        }
        _ => false,
    }
}

/// A multiple choice's most choices, or a ranking's places, from `count-selected(.) <= n`.
fn max_choices(q: &mut Question, constraint: &str) -> bool {
    match at_most(constraint, "count-selected") {
        Some(m) if m >= 1 => {
            q.max_choices = Some(m);
            true
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relevant_expressions_consulta_can_hold() {
        assert_eq!(
            parse_relevant("${school} = 'yes'"),
            Some(Wanted::Equals("school".into(), "yes".into()))
        );
        assert_eq!(
            parse_relevant("selected(${worries}, 'bullying')"),
            Some(Wanted::Selected("worries".into(), "bullying".into()))
        );
        assert_eq!(
            parse_relevant("${phone}=''"),
            Some(Wanted::Empty("phone".into()))
        );
        assert_eq!(
            parse_relevant("not(${phone})"),
            Some(Wanted::Empty("phone".into()))
        );
        assert_eq!(parse_relevant("${age} > 12"), None);
        assert_eq!(parse_relevant("${a} = 'x' and ${b} = 'y'"), None);
    }

    #[test]
    fn simple_constraints_become_bounds() {
        assert_eq!(
            bounds(". >= 3 and . <= 24", true),
            Some((Some(3.0), Some(24.0), false))
        );
        assert_eq!(bounds(". > 0", true), Some((Some(1.0), None, false)));
        assert_eq!(bounds("regex(., '^[0-9]+$')", true), None);
        assert_eq!(at_most("count-selected(.) <= 3", "count-selected"), Some(3));
    }
}
