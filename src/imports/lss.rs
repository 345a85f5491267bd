//! LimeSurvey survey structure exports (`.lss`, XML; the layout before 4.0 with texts on
//! each row per language, and the later one with `*_l10ns` sections) → a draft. Every text
//! becomes plain text: scripts, styles and markup never reach a page.
use std::collections::{BTreeMap, BTreeSet};

use super::{Imported, Pending, Refusal, Wanted, finish, text};
use crate::consultations::{
    definition::{Choice, Definition, LocalText, Question, QuestionKind, Section},
    import_report::{ImportReport, LanguageMatch, MatchedBy, Outcome},
    rules::limits,
};

/// The sections of a survey export this reader knows (others are reported and skipped).
const KNOWN: &[&str] = &[
    "LimeSurveyDocType",
    "DBVersion",
    "languages",
    "answers",
    "answer_l10ns",
    "assessments",
    "conditions",
    "defaultvalues",
    "defaultvalue_l10ns",
    "groups",
    "group_l10ns",
    "questions",
    "question_l10ns",
    "subquestions",
    "question_attributes",
    "quota",
    "quota_members",
    "quota_languagesettings",
    "surveys",
    "surveys_languagesettings",
    "survey_url_parameters",
    "themes",
    "themes_inherited",
];

type Row = BTreeMap<String, String>;

/// An answer option: sort order, code, labels.
type Answer = (i64, String, LocalText);

fn rows(root: roxmltree::Node<'_, '_>, section: &str) -> Vec<Row> {
    root.children()
        .filter(|n| n.has_tag_name(section))
        .flat_map(|s| s.children().filter(|n| n.has_tag_name("rows")))
        .flat_map(|r| r.children().filter(|n| n.has_tag_name("row")))
        .map(|row| {
            row.children()
                .filter(roxmltree::Node::is_element)
                .map(|f| {
                    let value: String = f
                        .descendants()
                        .filter(roxmltree::Node::is_text)
                        .filter_map(|t| t.text())
                        .collect();
                    (f.tag_name().name().to_owned(), value)
                })
                .collect()
        })
        .collect()
}

fn get<'a>(row: &'a Row, name: &str) -> &'a str {
    row.get(name).map_or("", |v| v.trim())
}

fn num(row: &Row, name: &str) -> i64 {
    get(row, name).parse().unwrap_or(0)
}

/// Plain text of an element's text, noting scripts, styles and markup removed once per
/// element and reason.
struct Cleaner<'r> {
    report: &'r mut ImportReport,
    noted: BTreeSet<(String, &'static str)>,
}

impl Cleaner<'_> {
    fn clean(&mut self, place: &str, id: &str, name: &str, raw: &str) -> String {
        let lower = raw.to_ascii_lowercase();
        let (plain, removed) = text::plain(raw);
        let mut reasons = Vec::new();
        if lower.contains("<script") || lower.contains(" on") && lower.contains('=') && removed {
            reasons.push("script");
        }
        if lower.contains("<style") || lower.contains("style=") {
            reasons.push("custom_style");
        }
        if removed {
            reasons.push("markup_removed");
        }
        for reason in reasons {
            if self.noted.insert((format!("{place}:{id}"), reason)) {
                self.report
                    .note(place, id, name, Outcome::Changed, reason, "");
            }
        }
        plain
    }
}

/// Fixed answers of LimeSurvey's built-in types (Y, N, U, I, S, D), in each language.
fn fixed(code: &str, langs: &[String]) -> LocalText {
    let key = format!("imp-lss-answer-{}", code.to_lowercase());
    langs
        .iter()
        .map(|l| (l.clone(), crate::i18n::Locale::new(l).t(&key)))
        .collect()
}

fn points(from: u32, to: u32, langs: &[String]) -> Vec<Choice> {
    (from..=to)
        .map(|n| Choice {
            code: n.to_string(),
            label: langs.iter().map(|l| (l.clone(), n.to_string())).collect(),
            emoji: None,
            value: Some(f64::from(n)),
        })
        .collect()
}

fn fixed_choices(codes: &[&str], langs: &[String]) -> Vec<Choice> {
    codes
        .iter()
        .map(|c| Choice {
            code: (*c).to_owned(),
            label: fixed(c, langs),
            emoji: None,
            value: None,
        })
        .collect()
}

/// A relevance expression Consulta can hold (`Q1 == "A1"`, `Q1.NAOK == 'A1'`,
/// `Q2_SQ001 == "Y"`, `is_empty(Q1)`).
pub fn parse_relevance(expr: &str) -> Option<Wanted> {
    let mut e = expr.trim();
    while let Some(inner) = e.strip_prefix('(').and_then(|r| r.strip_suffix(')')) {
        e = inner.trim();
    }
    if e.contains("&&") || e.contains("||") || e.contains(" and ") || e.contains(" or ") {
        return None;
    }
    let var = |s: &str| -> Option<String> {
        let s = s
            .trim()
            .trim_end_matches(".NAOK")
            .trim_end_matches(".value");
        (!s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
            .then(|| s.to_owned())
    };
    if let Some(arg) = e
        .strip_prefix("is_empty(")
        .and_then(|r| r.strip_suffix(')'))
    {
        return var(arg).map(Wanted::Empty);
    }
    let (l, r) = e.split_once("==").or_else(|| e.split_once(" eq "))?;
    let q = var(l)?;
    let r = r.trim();
    let v = r
        .strip_prefix('"')
        .and_then(|v| v.strip_suffix('"'))
        .or_else(|| r.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
        .or_else(|| r.chars().all(|c| c.is_ascii_alphanumeric()).then_some(r))?;
    if v.is_empty() {
        Some(Wanted::Empty(q))
    } else {
        Some(Wanted::Equals(q, v.to_owned()))
    }
}

/// Reads a `.lss` file into a draft and its report.
///
/// # Errors
/// Not XML, not a LimeSurvey survey, no language Consulta has, or a result that still
/// breaks a rule.
pub fn import(bytes: &[u8]) -> Result<Imported, Refusal> {
    let xml = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| Refusal::new("imp-refuse-not-xml", "UTF-8"))?;
    let doc = parse(xml)?;
    let root = doc.root_element();
    check_survey(root)?;
    let mut report = ImportReport {
        format: "limesurvey".into(),
        ..ImportReport::default()
    };
    note_unknown_sections(root, &mut report);
    let langs = Langs::read(root, &mut report)?;
    let mut survey = Survey::read(root, &langs, &mut report);
    let mut def = Definition::new(langs.codes.clone(), &langs.default, "");
    def.texts.title = std::mem::take(&mut survey.title);
    def.texts.introduction = std::mem::take(&mut survey.introduction);
    def.texts.closing = std::mem::take(&mut survey.closing);
    let mut build = Builder {
        langs: &langs,
        survey: &survey,
        def,
        question_keys: BTreeSet::new(),
        section_keys: BTreeSet::new(),
        names: BTreeMap::new(),
        pending: Vec::new(),
        report,
    };
    for (gid, group) in survey.groups_in_order() {
        let section = build.group(gid, group);
        build.def.sections.push(section);
    }
    build.finish()
}

/// The XML tree, without DTDs (no entity expansion) and with a bound on its size.
fn parse(xml: &str) -> Result<roxmltree::Document<'_>, Refusal> {
    roxmltree::Document::parse_with_options(
        xml,
        roxmltree::ParsingOptions {
            allow_dtd: false,
            nodes_limit: 2_000_000,
            ..roxmltree::ParsingOptions::default()
        },
    )
    .map_err(|e| Refusal::new("imp-refuse-not-xml", e.to_string()))
}

/// Refuses anything but a LimeSurvey survey (a question group or label set export is
/// also a `document`), naming what was found instead.
fn check_survey(root: roxmltree::Node<'_, '_>) -> Result<(), Refusal> {
    let doc_type = root
        .children()
        .find(|n| n.has_tag_name("LimeSurveyDocType"))
        .and_then(|n| n.text())
        .unwrap_or_default()
        .trim()
        .to_owned();
    if root.has_tag_name("document") && doc_type == "Survey" {
        return Ok(());
    }
    let found = if root.has_tag_name("document") {
        doc_type
    } else {
        root.tag_name().name().to_owned()
    };
    Err(Refusal::new("imp-refuse-not-lss", found))
}

fn note_unknown_sections(root: roxmltree::Node<'_, '_>, report: &mut ImportReport) {
    for child in root.children().filter(roxmltree::Node::is_element) {
        let name = child.tag_name().name();
        if !KNOWN.contains(&name) {
            report.note(name, "", name, Outcome::Skipped, "unknown_element", name);
        }
    }
}

/// The survey's languages matched to Consulta's: which code each LimeSurvey language
/// became, the codes in order, and the default (the survey's base language if matched).
struct Langs {
    lang_of: BTreeMap<String, String>,
    codes: Vec<String>,
    default: String,
}

impl Langs {
    fn read(root: roxmltree::Node<'_, '_>, report: &mut ImportReport) -> Result<Self, Refusal> {
        let (base, found) = languages_found(root);
        let mut langs = Self {
            lang_of: BTreeMap::new(),
            codes: Vec::new(),
            default: String::new(),
        };
        for raw in found {
            if raw.is_empty()
                || langs.lang_of.contains_key(&raw)
                || report.languages.iter().any(|m| m.found == raw)
            {
                continue;
            }
            langs.match_one(raw, report);
        }
        langs.default = langs
            .lang_of
            .get(&base)
            .cloned()
            .or_else(|| langs.codes.first().cloned())
            .ok_or_else(|| Refusal::new("imp-refuse-no-language", ""))?;
        Ok(langs)
    }

    /// Matches one language; two languages matching the same code keep the first.
    fn match_one(&mut self, raw: String, report: &mut ImportReport) {
        let (code, how) = text::match_language(&raw);
        if let Some(code) = code.filter(|c| !self.codes.contains(c)) {
            self.lang_of.insert(raw.clone(), code.clone());
            self.codes.push(code.clone());
            report.languages.push(LanguageMatch {
                found: raw,
                code: Some(code),
                matched_by: how,
            });
        } else {
            report.note(
                "language",
                &raw,
                &raw,
                Outcome::Skipped,
                "language_unmatched",
                &raw,
            );
            report.languages.push(LanguageMatch {
                found: raw,
                code: None,
                matched_by: MatchedBy::Unmatched,
            });
        }
    }

    /// The code of the row's language; a row without one (the layout before 4.0 on
    /// untranslated rows) is in the default language, one not matched is `None`.
    fn code_of(&self, row: &Row, field: &str) -> Option<String> {
        let raw = get(row, field);
        if raw.is_empty() {
            Some(self.default.clone())
        } else {
            self.lang_of.get(raw).cloned()
        }
    }
}

/// The base language and every language named, the base first.
fn languages_found(root: roxmltree::Node<'_, '_>) -> (String, Vec<String>) {
    let survey = rows(root, "surveys").into_iter().next().unwrap_or_default();
    let mut found: Vec<String> = Vec::new();
    let base = get(&survey, "language").to_owned();
    if !base.is_empty() {
        found.push(base.clone());
    }
    for l in get(&survey, "additional_languages").split_whitespace() {
        found.push(l.to_owned());
    }
    for n in root
        .children()
        .filter(|n| n.has_tag_name("languages"))
        .flat_map(|n| n.children().filter(|c| c.has_tag_name("language")))
    {
        found.push(n.text().unwrap_or_default().trim().to_owned());
    }
    (base, found)
}

/// A question group: its order, title and relevance expression.
#[derive(Default)]
struct Group {
    order: i64,
    title: LocalText,
    relevance: String,
}

/// A question or sub-question: its first row and its texts in every language.
struct Q {
    row: Row,
    text: LocalText,
    help: LocalText,
}

/// What the export says, read section by section with every text made plain; the two
/// layouts (texts on each row, or in `*_l10ns` sections) end up the same here.
struct Survey {
    title: LocalText,
    introduction: LocalText,
    closing: LocalText,
    groups: BTreeMap<String, Group>,
    questions: BTreeMap<String, Q>,
    /// Parent qid → sub-question qids.
    subs: BTreeMap<String, Vec<String>>,
    /// qid → scale → answers.
    answers: BTreeMap<String, BTreeMap<String, Vec<Answer>>>,
    /// qid → attribute → value.
    attributes: BTreeMap<String, BTreeMap<String, String>>,
    /// qid → its old-style condition rows.
    old_conditions: BTreeMap<String, Vec<Row>>,
}

impl Survey {
    fn read(root: roxmltree::Node<'_, '_>, langs: &Langs, report: &mut ImportReport) -> Self {
        let mut cleaner = Cleaner {
            report,
            noted: BTreeSet::new(),
        };
        let mut survey = Self {
            title: LocalText::new(),
            introduction: LocalText::new(),
            closing: LocalText::new(),
            groups: BTreeMap::new(),
            questions: BTreeMap::new(),
            subs: BTreeMap::new(),
            answers: BTreeMap::new(),
            attributes: attributes(root),
            old_conditions: old_conditions(root),
        };
        survey.read_texts(root, langs, &mut cleaner);
        survey.read_groups(root, langs, &mut cleaner);
        survey.read_questions(root, langs, &mut cleaner);
        survey.read_question_l10ns(root, langs, &mut cleaner);
        survey.read_answers(root, langs, &mut cleaner);
        survey.read_answer_l10ns(root, langs, &mut cleaner);
        note_not_kept(root, cleaner.report);
        survey
    }

    fn read_texts(&mut self, root: roxmltree::Node<'_, '_>, langs: &Langs, cleaner: &mut Cleaner) {
        for row in rows(root, "surveys_languagesettings") {
            let Some(lang) = langs.code_of(&row, "surveyls_language") else {
                continue;
            };
            // The first text of a language wins (the description before the welcome).
            let mut put = |target: &mut LocalText, field: &str, max: usize| {
                let mut value = cleaner.clean("survey", "", field, get(&row, field));
                text::cut(&mut value, max);
                if !value.is_empty() {
                    target.entry(lang.clone()).or_insert(value);
                }
            };
            put(&mut self.title, "surveyls_title", limits::TITLE);
            put(
                &mut self.introduction,
                "surveyls_description",
                limits::LONG_TEXT,
            );
            put(
                &mut self.introduction,
                "surveyls_welcometext",
                limits::LONG_TEXT,
            );
            put(&mut self.closing, "surveyls_endtext", limits::LONG_TEXT);
        }
        if !self.title.contains_key(&langs.default) {
            let t = self
                .title
                .values()
                .next()
                .cloned()
                .unwrap_or_else(|| "LimeSurvey survey".to_owned());
            self.title.insert(langs.default.clone(), t);
        }
    }

    fn read_groups(&mut self, root: roxmltree::Node<'_, '_>, langs: &Langs, cleaner: &mut Cleaner) {
        for row in rows(root, "groups")
            .into_iter()
            .chain(rows(root, "group_l10ns"))
        {
            let gid = get(&row, "gid").to_owned();
            let entry = self.groups.entry(gid.clone()).or_default();
            if row.contains_key("group_order") {
                entry.order = num(&row, "group_order");
            }
            if !get(&row, "grelevance").is_empty() {
                entry.relevance = get(&row, "grelevance").to_owned();
            }
            if let Some(lang) = langs.code_of(&row, "language") {
                let name = cleaner.clean("group", &gid, "", get(&row, "group_name"));
                if !name.is_empty() {
                    entry.title.insert(lang, name);
                }
            }
        }
    }

    /// Questions and sub-questions (one row per language before 4.0), and which
    /// sub-questions belong to which question.
    fn read_questions(
        &mut self,
        root: roxmltree::Node<'_, '_>,
        langs: &Langs,
        cleaner: &mut Cleaner,
    ) {
        for row in rows(root, "questions")
            .into_iter()
            .chain(rows(root, "subquestions"))
        {
            let qid = get(&row, "qid").to_owned();
            let parent = get(&row, "parent_qid").to_owned();
            let lang = langs.code_of(&row, "language");
            let entry = self.questions.entry(qid.clone()).or_insert_with(|| Q {
                row: row.clone(),
                text: LocalText::new(),
                help: LocalText::new(),
            });
            if let Some(lang) = lang {
                let title_code = get(&row, "title");
                let t = cleaner.clean("question", &qid, title_code, get(&row, "question"));
                let h = cleaner.clean("question", &qid, title_code, get(&row, "help"));
                put_texts(entry, lang, t, h);
            }
            if !parent.is_empty() && parent != "0" {
                let list = self.subs.entry(parent).or_default();
                if !list.contains(&qid) {
                    list.push(qid);
                }
            }
        }
    }

    fn read_question_l10ns(
        &mut self,
        root: roxmltree::Node<'_, '_>,
        langs: &Langs,
        cleaner: &mut Cleaner,
    ) {
        for row in rows(root, "question_l10ns") {
            let qid = get(&row, "qid").to_owned();
            let Some(lang) = langs.code_of(&row, "language") else {
                continue;
            };
            let title_code = self.title_of(&qid);
            let t = cleaner.clean("question", &qid, &title_code, get(&row, "question"));
            let h = cleaner.clean("question", &qid, &title_code, get(&row, "help"));
            if let Some(q) = self.questions.get_mut(&qid) {
                put_texts(q, lang, t, h);
            }
        }
    }

    /// Answer options by question and scale; before 4.0 each language is a row of its
    /// own, so an answer is found again by its code.
    fn read_answers(
        &mut self,
        root: roxmltree::Node<'_, '_>,
        langs: &Langs,
        cleaner: &mut Cleaner,
    ) {
        for row in rows(root, "answers") {
            let qid = get(&row, "qid").to_owned();
            let code = get(&row, "code").to_owned();
            let list = self
                .answers
                .entry(qid.clone())
                .or_default()
                .entry(get(&row, "scale_id").to_owned())
                .or_default();
            let at = if let Some(i) = list.iter().position(|(_, c, _)| *c == code) {
                i
            } else {
                list.push((num(&row, "sortorder"), code.clone(), LocalText::new()));
                list.len() - 1
            };
            if row.contains_key("answer")
                && let Some(lang) = langs.code_of(&row, "language")
            {
                let label = cleaner.clean("answer", &qid, &code, get(&row, "answer"));
                if !label.is_empty() {
                    list[at].2.insert(lang, label);
                }
            }
        }
    }

    /// The labels of the layout from 4.0, tied to their answer by its `aid`.
    fn read_answer_l10ns(
        &mut self,
        root: roxmltree::Node<'_, '_>,
        langs: &Langs,
        cleaner: &mut Cleaner,
    ) {
        let mut aid_of: BTreeMap<String, (String, String, String)> = BTreeMap::new();
        for row in rows(root, "answers") {
            if !get(&row, "aid").is_empty() {
                let place = (get(&row, "qid"), get(&row, "scale_id"), get(&row, "code"));
                aid_of.insert(
                    get(&row, "aid").to_owned(),
                    (place.0.to_owned(), place.1.to_owned(), place.2.to_owned()),
                );
            }
        }
        for row in rows(root, "answer_l10ns") {
            let Some((qid, scale, code)) = aid_of.get(get(&row, "aid")) else {
                continue;
            };
            let Some(lang) = langs.code_of(&row, "language") else {
                continue;
            };
            let label = cleaner.clean("answer", qid, code, get(&row, "answer"));
            if let Some(entry) = self
                .answers
                .get_mut(qid)
                .and_then(|s| s.get_mut(scale))
                .and_then(|l| l.iter_mut().find(|(_, c, _)| c == code))
                && !label.is_empty()
            {
                entry.2.insert(lang, label);
            }
        }
    }

    fn title_of(&self, qid: &str) -> String {
        self.questions
            .get(qid)
            .map(|q| get(&q.row, "title").to_owned())
            .unwrap_or_default()
    }

    /// Groups by their order, then by id.
    fn groups_in_order(&self) -> Vec<(&String, &Group)> {
        let mut list: Vec<(&String, &Group)> = self.groups.iter().collect();
        list.sort_by_key(|(gid, g)| (g.order, gid.parse::<i64>().unwrap_or(0)));
        list
    }

    /// The top-level questions of a group, in order.
    fn questions_of(&self, gid: &str) -> Vec<&Q> {
        let mut list: Vec<&Q> = self
            .questions
            .values()
            .filter(|q| get(&q.row, "gid") == gid && matches!(get(&q.row, "parent_qid"), "" | "0"))
            .collect();
        list.sort_by_key(|q| (num(&q.row, "question_order"), num(&q.row, "qid")));
        list
    }

    /// The sub-questions of a question in order; those of a second scale (the columns of
    /// a dual-scale array) are not questions of their own.
    fn subs_of(&self, qid: &str) -> Vec<&Q> {
        let mut list: Vec<&Q> = self
            .subs
            .get(qid)
            .into_iter()
            .flatten()
            .filter_map(|s| self.questions.get(s))
            .filter(|s| get(&s.row, "scale_id") != "1")
            .collect();
        list.sort_by_key(|s| (num(&s.row, "question_order"), num(&s.row, "qid")));
        list
    }

    /// The codes of the multiple-choice questions (whose sub-questions are options).
    fn multiple_choice_codes(&self) -> BTreeSet<String> {
        self.questions
            .values()
            .filter(|q| matches!(get(&q.row, "type"), "M" | "P"))
            .map(|q| get(&q.row, "title").to_owned())
            .collect()
    }
}

/// Adds a question's text and help in one language (an empty text is no text).
fn put_texts(q: &mut Q, lang: String, text: String, help: String) {
    if !text.is_empty() {
        q.text.insert(lang.clone(), text);
    }
    if !help.is_empty() {
        q.help.insert(lang, help);
    }
}

fn attributes(root: roxmltree::Node<'_, '_>) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut attributes: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for row in rows(root, "question_attributes") {
        let value = get(&row, "value").to_owned();
        if value.is_empty() {
            continue;
        }
        attributes
            .entry(get(&row, "qid").to_owned())
            .or_default()
            .insert(get(&row, "attribute").to_owned(), value);
    }
    attributes
}

/// Old-style conditions by question: one row per question is a comparison Consulta can
/// hold.
fn old_conditions(root: roxmltree::Node<'_, '_>) -> BTreeMap<String, Vec<Row>> {
    let mut conditions: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    for row in rows(root, "conditions") {
        conditions
            .entry(get(&row, "qid").to_owned())
            .or_default()
            .push(row);
    }
    conditions
}

/// Quotas and assessments have no place in a consultation: each is reported as skipped.
fn note_not_kept(root: roxmltree::Node<'_, '_>, report: &mut ImportReport) {
    for (section, place) in [("quota", "quota"), ("assessments", "assessment")] {
        for row in rows(root, section) {
            report.note(
                place,
                get(&row, "id"),
                get(&row, "name"),
                Outcome::Skipped,
                place,
                "",
            );
        }
    }
}

/// (kind, options) for the question itself, or one question per sub-question.
enum Shape {
    One(QuestionKind, Vec<Choice>),
    PerSub(QuestionKind, Vec<Choice>),
    Skip(&'static str),
}

/// The question being turned into Consulta's questions.
struct Item<'s> {
    q: &'s Q,
    qid: String,
    code: String,
    ty: String,
    subs: Vec<&'s Q>,
}

/// A condition on a question: what it wants, and the expression as the export wrote it.
struct Condition {
    wanted: Option<Wanted>,
    expression: String,
}

/// Builds the draft from the survey: sections, questions, their keys and the conditions
/// still to resolve once every question has its key.
struct Builder<'a> {
    langs: &'a Langs,
    survey: &'a Survey,
    def: Definition,
    question_keys: BTreeSet<String>,
    section_keys: BTreeSet<String>,
    /// LimeSurvey's question codes → Consulta's keys, for the conditions.
    names: BTreeMap<String, String>,
    pending: Vec<Pending>,
    report: ImportReport,
}

impl<'a> Builder<'a> {
    fn group(&mut self, gid: &str, group: &Group) -> Section {
        let key = text::key_from(&format!("group_{gid}"), "section", &mut self.section_keys);
        if !group.relevance.is_empty() && group.relevance != "1" {
            self.report.note(
                "group",
                gid,
                "",
                Outcome::Changed,
                "condition_unsupported",
                &group.relevance,
            );
        }
        let mut section = Section {
            key,
            title: group.title.clone(),
            questions: Vec::new(),
        };
        for q in self.survey.questions_of(gid) {
            self.question(q, &mut section);
        }
        section
    }

    fn question(&mut self, q: &'a Q, section: &mut Section) {
        let qid = get(&q.row, "qid").to_owned();
        let item = Item {
            q,
            code: get(&q.row, "title").to_owned(),
            ty: get(&q.row, "type").to_owned(),
            subs: self.survey.subs_of(&qid),
            qid,
        };
        if self.attrs(&item).contains_key("cssclass") {
            self.note_changed(&item, "custom_style", "cssclass");
        }
        let shape = self.shape(&item);
        if item.ty == "O" || item.ty == "P" {
            self.note_changed(&item, "comment_dropped", &item.ty);
        }
        if item.ty == "1" {
            self.note_changed(&item, "second_scale_dropped", "");
        }
        let condition = self.condition(&item);
        match shape {
            Shape::Skip(reason) => {
                self.report.note(
                    "question",
                    &item.qid,
                    &item.code,
                    Outcome::Skipped,
                    reason,
                    &item.ty,
                );
            }
            Shape::One(kind, options) => self.push_one(&item, kind, options, condition, section),
            Shape::PerSub(kind, options) => {
                self.push_per_sub(&item, kind, &options, &condition, section);
            }
        }
        // A multiple choice's sub-question `Q2_SQ001 == "Y"` is `selected(Q2, SQ001)`.
        if matches!(item.ty.as_str(), "M" | "P") {
            for s in &item.subs {
                let name = format!("{}_{}", item.code, get(&s.row, "title"));
                let parent = self.names.get(&item.code).cloned().unwrap_or_default();
                self.names.insert(name, parent);
            }
        }
    }

    fn attrs(&self, item: &Item<'_>) -> &'a BTreeMap<String, String> {
        static NONE: BTreeMap<String, String> = BTreeMap::new();
        self.survey.attributes.get(&item.qid).unwrap_or(&NONE)
    }

    fn note_changed(&mut self, item: &Item<'_>, reason: &str, detail: &str) {
        self.report.note(
            "question",
            &item.qid,
            &item.code,
            Outcome::Changed,
            reason,
            detail,
        );
    }

    /// LimeSurvey's question types as Consulta's kinds: arrays become one question per
    /// row; types that identify people or compute values are skipped.
    fn shape(&self, item: &Item<'_>) -> Shape {
        let codes = &self.langs.codes;
        match item.ty.as_str() {
            "L" | "!" | "O" => Shape::One(QuestionKind::SingleChoice, self.answer_choices(item)),
            "M" | "P" => Shape::One(QuestionKind::MultipleChoice, self.sub_choices(item)),
            "5" => Shape::One(QuestionKind::Scale, points(1, 5, codes)),
            "A" => Shape::PerSub(QuestionKind::Scale, points(1, 5, codes)),
            "B" => Shape::PerSub(QuestionKind::Rating, points(1, 10, codes)),
            "C" => Shape::PerSub(
                QuestionKind::SingleChoice,
                fixed_choices(&["Y", "U", "N"], codes),
            ),
            "E" => Shape::PerSub(
                QuestionKind::SingleChoice,
                fixed_choices(&["I", "S", "D"], codes),
            ),
            "F" | "H" | "1" => Shape::PerSub(QuestionKind::SingleChoice, self.answer_choices(item)),
            "K" => Shape::PerSub(QuestionKind::Number, Vec::new()),
            "Q" => Shape::PerSub(QuestionKind::ShortText, Vec::new()),
            "N" => Shape::One(QuestionKind::Number, Vec::new()),
            "S" => Shape::One(QuestionKind::ShortText, Vec::new()),
            "T" | "U" => Shape::One(QuestionKind::LongText, Vec::new()),
            "R" => Shape::One(QuestionKind::Ranking, self.answer_choices(item)),
            "X" => Shape::One(QuestionKind::Info, Vec::new()),
            "Y" => Shape::One(
                QuestionKind::SingleChoice,
                fixed_choices(&["Y", "N"], codes),
            ),
            "G" => Shape::Skip("asked_by_consulta"),
            "|" => Shape::Skip("identifying"),
            "*" => Shape::Skip("calculation"),
            _ => Shape::Skip("unsupported_type"),
        }
    }

    /// The answers of the first scale, in order; an answer without a label in the
    /// default language is labelled with its code.
    fn answer_choices(&self, item: &Item<'_>) -> Vec<Choice> {
        let mut list = self
            .survey
            .answers
            .get(&item.qid)
            .and_then(|s| s.get("0"))
            .cloned()
            .unwrap_or_default();
        list.sort_by_key(|(order, _, _)| *order);
        list.into_iter()
            .map(|(_, c, label)| self.choice(&c, label))
            .collect()
    }

    /// The sub-questions as options (multiple choice).
    fn sub_choices(&self, item: &Item<'_>) -> Vec<Choice> {
        item.subs
            .iter()
            .map(|s| self.choice(get(&s.row, "title"), s.text.clone()))
            .collect()
    }

    fn choice(&self, code: &str, mut label: LocalText) -> Choice {
        if !label.contains_key(&self.langs.default) {
            label.insert(self.langs.default.clone(), code.to_owned());
        }
        Choice {
            code: text::code_from(code),
            label,
            emoji: None,
            value: None,
        }
    }

    /// A text with one in the default language (another language's, or `fallback`).
    fn text_of(&self, t: &LocalText, fallback: &str) -> LocalText {
        let mut t = t.clone();
        if !t.contains_key(&self.langs.default) {
            let f = t
                .values()
                .next()
                .cloned()
                .unwrap_or_else(|| fallback.to_owned());
            t.insert(self.langs.default.clone(), f);
        }
        t
    }

    /// The question's relevance expression, or else its old-style conditions, as a
    /// condition Consulta can hold; anything more is reported and the question kept
    /// without it.
    fn condition(&mut self, item: &Item<'_>) -> Condition {
        let relevance = get(&item.q.row, "relevance").to_owned();
        let mut condition = Condition {
            wanted: None,
            expression: relevance.clone(),
        };
        if !relevance.is_empty() && relevance != "1" {
            condition.wanted = parse_relevance(&relevance);
            if condition.wanted.is_none() {
                self.note_changed(item, "condition_unsupported", &relevance);
            }
        } else if let Some(conds) = self.survey.old_conditions.get(&item.qid) {
            let target = self.survey.title_of(get(&conds[0], "cqid"));
            if conds.len() == 1
                && matches!(get(&conds[0], "method"), "==" | "")
                && !target.is_empty()
            {
                let value = get(&conds[0], "value").to_owned();
                condition.expression = format!("{target} == \"{value}\"");
                condition.wanted = Some(if value.is_empty() {
                    Wanted::Empty(target)
                } else {
                    Wanted::Equals(target, value)
                });
            } else {
                let detail = format!("{} conditions", conds.len());
                self.note_changed(item, "condition_unsupported", &detail);
            }
        }
        condition
    }

    /// A question named `name` (its key made from it), or `None` (reported) when a
    /// choice question has fewer than two options.
    fn make(
        &mut self,
        item: &Item<'_>,
        kind: QuestionKind,
        name: &str,
        text: LocalText,
        help: LocalText,
        options: Vec<Choice>,
    ) -> Option<Question> {
        if kind.has_options() && options.len() < 2 {
            self.report.note(
                "question",
                &item.qid,
                name,
                Outcome::Skipped,
                "too_few_options",
                "",
            );
            return None;
        }
        let key = text::key_from(name, "q", &mut self.question_keys);
        let mut question = Question::new(&key, kind);
        question.required = get(&item.q.row, "mandatory") == "Y" && kind.takes_answer();
        question.text = text;
        question.help = help;
        question.options = options;
        self.names.insert(name.to_owned(), key);
        Some(question)
    }

    /// The question as one of Consulta's, with "other" as an option, its number bounds
    /// and its most choices.
    fn push_one(
        &mut self,
        item: &Item<'_>,
        kind: QuestionKind,
        mut options: Vec<Choice>,
        condition: Condition,
        section: &mut Section,
    ) {
        if get(&item.q.row, "other") == "Y" && kind.has_options() {
            options.push(Choice {
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
            self.note_changed(item, "or_other", "");
        }
        let text = self.text_of(&item.q.text, &item.code);
        let help = item.q.help.clone();
        let Some(mut question) = self.make(item, kind, &item.code, text, help, options) else {
            return;
        };
        let attrs = self.attrs(item);
        if kind == QuestionKind::Number {
            question.min = attrs.get("min_num_value_n").and_then(|v| v.parse().ok());
            question.max = attrs.get("max_num_value_n").and_then(|v| v.parse().ok());
        }
        if kind == QuestionKind::MultipleChoice {
            question.max_choices = attrs
                .get("max_answers")
                .and_then(|v| v.parse().ok())
                .filter(|n: &u32| *n >= 1 && (*n as usize) <= question.options.len());
        }
        if let Some(wanted) = condition.wanted {
            self.want(&question, item, &item.code, wanted, &condition.expression);
        }
        section.questions.push(question);
    }

    /// One question per sub-question (an array's rows), each under the question's text
    /// and with its condition.
    fn push_per_sub(
        &mut self,
        item: &Item<'_>,
        kind: QuestionKind,
        options: &[Choice],
        condition: &Condition,
        section: &mut Section,
    ) {
        if item.subs.is_empty() {
            self.report.note(
                "question",
                &item.qid,
                &item.code,
                Outcome::Skipped,
                "too_few_options",
                "",
            );
            return;
        }
        self.note_changed(item, "subquestion", &item.subs.len().to_string());
        let parent_text = self.text_of(&item.q.text, &item.code);
        for s in &item.subs {
            let sub_code = get(&s.row, "title");
            let name = format!("{}_{sub_code}", item.code);
            let text = self.text_of(&s.text, sub_code);
            let help = parent_text.clone();
            if let Some(question) = self.make(item, kind, &name, text, help, options.to_vec()) {
                if let Some(wanted) = condition.wanted.clone() {
                    self.want(&question, item, &name, wanted, &condition.expression);
                }
                section.questions.push(question);
            }
        }
    }

    /// A condition to resolve once every question has its key.
    fn want(
        &mut self,
        question: &Question,
        item: &Item<'_>,
        name: &str,
        wanted: Wanted,
        expression: &str,
    ) {
        self.pending.push(Pending {
            key: question.key.clone(),
            place: "question".into(),
            at: item.qid.clone(),
            name: name.to_owned(),
            wanted,
            expression: expression.to_owned(),
        });
    }

    /// Sub-question references of multiple choices become `selected`, then the common
    /// last steps of every importer.
    fn finish(mut self) -> Result<Imported, Refusal> {
        let multi = self.survey.multiple_choice_codes();
        for p in &mut self.pending {
            if let Wanted::Equals(target, value) = &p.wanted
                && value == "Y"
                && let Some((parent, sub)) = target.rsplit_once('_')
                && multi.contains(parent)
            {
                p.wanted = Wanted::Selected(parent.to_owned(), sub.to_owned());
            }
        }
        finish(self.def, self.report, &self.names, self.pending)
    }
}
