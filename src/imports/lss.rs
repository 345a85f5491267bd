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
#[allow(clippy::too_many_lines)]
pub fn import(bytes: &[u8]) -> Result<Imported, Refusal> {
    let xml = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
        .map_err(|_| Refusal::new("imp-refuse-not-xml", "UTF-8"))?;
    let doc = roxmltree::Document::parse_with_options(
        xml,
        roxmltree::ParsingOptions {
            allow_dtd: false,
            nodes_limit: 2_000_000,
            ..roxmltree::ParsingOptions::default()
        },
    )
    .map_err(|e| Refusal::new("imp-refuse-not-xml", e.to_string()))?;
    let root = doc.root_element();
    let doc_type = root
        .children()
        .find(|n| n.has_tag_name("LimeSurveyDocType"))
        .and_then(|n| n.text())
        .unwrap_or_default()
        .trim()
        .to_owned();
    if !root.has_tag_name("document") || doc_type != "Survey" {
        let found = if root.has_tag_name("document") {
            doc_type
        } else {
            root.tag_name().name().to_owned()
        };
        return Err(Refusal::new("imp-refuse-not-lss", found));
    }
    let mut report = ImportReport {
        format: "limesurvey".into(),
        ..ImportReport::default()
    };
    for child in root.children().filter(roxmltree::Node::is_element) {
        let name = child.tag_name().name();
        if !KNOWN.contains(&name) {
            report.note(name, "", name, Outcome::Skipped, "unknown_element", name);
        }
    }

    // Languages: the survey's base language first.
    let survey = rows(root, "surveys").into_iter().next().unwrap_or_default();
    let mut raw_langs: Vec<String> = Vec::new();
    let base = get(&survey, "language").to_owned();
    if !base.is_empty() {
        raw_langs.push(base.clone());
    }
    for l in get(&survey, "additional_languages").split_whitespace() {
        raw_langs.push(l.to_owned());
    }
    for n in root
        .children()
        .filter(|n| n.has_tag_name("languages"))
        .flat_map(|n| n.children().filter(|c| c.has_tag_name("language")))
    {
        raw_langs.push(n.text().unwrap_or_default().trim().to_owned());
    }
    let mut lang_of: BTreeMap<String, String> = BTreeMap::new();
    let mut codes: Vec<String> = Vec::new();
    for raw in raw_langs {
        if raw.is_empty()
            || lang_of.contains_key(&raw)
            || report.languages.iter().any(|m| m.found == raw)
        {
            continue;
        }
        let (code, how) = text::match_language(&raw);
        match code.filter(|c| !codes.contains(c)) {
            Some(code) => {
                lang_of.insert(raw.clone(), code.clone());
                codes.push(code.clone());
                report.languages.push(LanguageMatch {
                    found: raw,
                    code: Some(code),
                    matched_by: how,
                });
            }
            None => {
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
    }
    let Some(default) = lang_of
        .get(&base)
        .cloned()
        .or_else(|| codes.first().cloned())
    else {
        return Err(Refusal::new("imp-refuse-no-language", ""));
    };
    let code_of = |row: &Row, field: &str| -> Option<String> {
        let raw = get(row, field);
        if raw.is_empty() {
            Some(default.clone())
        } else {
            lang_of.get(raw).cloned()
        }
    };

    let mut cleaner = Cleaner {
        report: &mut report,
        noted: BTreeSet::new(),
    };

    // The survey's texts.
    let mut title = LocalText::new();
    let mut introduction = LocalText::new();
    let mut closing = LocalText::new();
    for row in rows(root, "surveys_languagesettings") {
        let Some(lang) = code_of(&row, "surveyls_language") else {
            continue;
        };
        let mut put = |target: &mut LocalText, field: &str, max: usize| {
            let value = cleaner.clean("survey", "", field, get(&row, field));
            let mut value = value;
            text::cut(&mut value, max);
            if !value.is_empty() {
                target.entry(lang.clone()).or_insert(value);
            }
        };
        put(&mut title, "surveyls_title", limits::TITLE);
        put(&mut introduction, "surveyls_description", limits::LONG_TEXT);
        put(&mut introduction, "surveyls_welcometext", limits::LONG_TEXT);
        put(&mut closing, "surveyls_endtext", limits::LONG_TEXT);
    }
    if !title.contains_key(&default) {
        let t = title
            .values()
            .next()
            .cloned()
            .unwrap_or_else(|| "LimeSurvey survey".to_owned());
        title.insert(default.clone(), t);
    }

    // Groups, questions, answers, attributes.
    let mut groups: BTreeMap<String, (i64, LocalText, String)> = BTreeMap::new();
    for row in rows(root, "groups")
        .into_iter()
        .chain(rows(root, "group_l10ns"))
    {
        let gid = get(&row, "gid").to_owned();
        let entry = groups
            .entry(gid.clone())
            .or_insert((0, LocalText::new(), String::new()));
        if row.contains_key("group_order") {
            entry.0 = num(&row, "group_order");
        }
        if !get(&row, "grelevance").is_empty() {
            entry.2 = get(&row, "grelevance").to_owned();
        }
        if let Some(lang) = code_of(&row, "language") {
            let name = cleaner.clean("group", &gid, "", get(&row, "group_name"));
            if !name.is_empty() {
                entry.1.insert(lang, name);
            }
        }
    }
    struct Q {
        row: Row,
        text: LocalText,
        help: LocalText,
    }
    let mut questions: BTreeMap<String, Q> = BTreeMap::new();
    let mut subs: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in rows(root, "questions")
        .into_iter()
        .chain(rows(root, "subquestions"))
    {
        let qid = get(&row, "qid").to_owned();
        let title_code = get(&row, "title").to_owned();
        let lang = code_of(&row, "language");
        let text_raw = get(&row, "question").to_owned();
        let help_raw = get(&row, "help").to_owned();
        let parent = get(&row, "parent_qid").to_owned();
        let entry = questions.entry(qid.clone()).or_insert_with(|| Q {
            row: row.clone(),
            text: LocalText::new(),
            help: LocalText::new(),
        });
        if let Some(lang) = lang {
            let t = cleaner.clean("question", &qid, &title_code, &text_raw);
            let h = cleaner.clean("question", &qid, &title_code, &help_raw);
            if !t.is_empty() {
                entry.text.insert(lang.clone(), t);
            }
            if !h.is_empty() {
                entry.help.insert(lang, h);
            }
        }
        if !parent.is_empty() && parent != "0" {
            let list = subs.entry(parent).or_default();
            if !list.contains(&qid) {
                list.push(qid);
            }
        }
    }
    for row in rows(root, "question_l10ns") {
        let qid = get(&row, "qid").to_owned();
        let Some(lang) = code_of(&row, "language") else {
            continue;
        };
        let title_code = questions
            .get(&qid)
            .map(|q| get(&q.row, "title").to_owned())
            .unwrap_or_default();
        let t = cleaner.clean("question", &qid, &title_code, get(&row, "question"));
        let h = cleaner.clean("question", &qid, &title_code, get(&row, "help"));
        if let Some(q) = questions.get_mut(&qid) {
            if !t.is_empty() {
                q.text.insert(lang.clone(), t);
            }
            if !h.is_empty() {
                q.help.insert(lang, h);
            }
        }
    }
    // Answers: qid → scale → code → (order, labels).
    let mut answers: BTreeMap<String, BTreeMap<String, Vec<Answer>>> = BTreeMap::new();
    let mut aid_of: BTreeMap<String, (String, String, String)> = BTreeMap::new();
    for row in rows(root, "answers") {
        let qid = get(&row, "qid").to_owned();
        let scale = get(&row, "scale_id").to_owned();
        let code = get(&row, "code").to_owned();
        if !get(&row, "aid").is_empty() {
            aid_of.insert(
                get(&row, "aid").to_owned(),
                (qid.clone(), scale.clone(), code.clone()),
            );
        }
        let list = answers
            .entry(qid.clone())
            .or_default()
            .entry(scale)
            .or_default();
        let at = match list.iter().position(|(_, c, _)| *c == code) {
            Some(i) => i,
            None => {
                list.push((num(&row, "sortorder"), code.clone(), LocalText::new()));
                list.len() - 1
            }
        };
        if row.contains_key("answer")
            && let Some(lang) = code_of(&row, "language")
        {
            let label = cleaner.clean("answer", &qid, &code, get(&row, "answer"));
            if !label.is_empty() {
                list[at].2.insert(lang, label);
            }
        }
    }
    for row in rows(root, "answer_l10ns") {
        let Some((qid, scale, code)) = aid_of.get(get(&row, "aid")).cloned() else {
            continue;
        };
        let Some(lang) = code_of(&row, "language") else {
            continue;
        };
        let label = cleaner.clean("answer", &qid, &code, get(&row, "answer"));
        if let Some(entry) = answers
            .get_mut(&qid)
            .and_then(|s| s.get_mut(&scale))
            .and_then(|l| l.iter_mut().find(|(_, c, _)| *c == code))
            && !label.is_empty()
        {
            entry.2.insert(lang, label);
        }
    }
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
    // Old-style conditions: one row per question is a comparison Consulta can hold.
    let mut old_conditions: BTreeMap<String, Vec<Row>> = BTreeMap::new();
    for row in rows(root, "conditions") {
        old_conditions
            .entry(get(&row, "qid").to_owned())
            .or_default()
            .push(row);
    }
    for row in rows(root, "quota") {
        cleaner.report.note(
            "quota",
            get(&row, "id"),
            get(&row, "name"),
            Outcome::Skipped,
            "quota",
            "",
        );
    }
    for row in rows(root, "assessments") {
        cleaner.report.note(
            "assessment",
            get(&row, "id"),
            get(&row, "name"),
            Outcome::Skipped,
            "assessment",
            "",
        );
    }
    let report = cleaner.report;

    let mut def = Definition::new(codes.clone(), &default, "");
    def.texts.title = title;
    def.texts.introduction = introduction;
    def.texts.closing = closing;
    let mut question_keys = BTreeSet::new();
    let mut section_keys = BTreeSet::new();
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut pending = Vec::new();
    let title_of = |qid: &str| -> String {
        questions
            .get(qid)
            .map(|q| get(&q.row, "title").to_owned())
            .unwrap_or_default()
    };

    let mut group_list: Vec<(&String, &(i64, LocalText, String))> = groups.iter().collect();
    group_list.sort_by_key(|(gid, g)| (g.0, gid.parse::<i64>().unwrap_or(0)));
    for (gid, (_, group_title, grelevance)) in group_list {
        let key = text::key_from(&format!("group_{gid}"), "section", &mut section_keys);
        if !grelevance.is_empty() && grelevance != "1" {
            report.note(
                "group",
                gid,
                "",
                Outcome::Changed,
                "condition_unsupported",
                grelevance,
            );
        }
        let mut section = Section {
            key,
            title: group_title.clone(),
            questions: Vec::new(),
        };
        let mut in_group: Vec<&Q> = questions
            .values()
            .filter(|q| get(&q.row, "gid") == gid && matches!(get(&q.row, "parent_qid"), "" | "0"))
            .collect();
        in_group.sort_by_key(|q| (num(&q.row, "question_order"), num(&q.row, "qid")));
        for q in in_group {
            let qid = get(&q.row, "qid").to_owned();
            let code = get(&q.row, "title").to_owned();
            let ty = get(&q.row, "type").to_owned();
            let required = get(&q.row, "mandatory") == "Y";
            let attrs = attributes.get(&qid).cloned().unwrap_or_default();
            if attrs.contains_key("cssclass") {
                report.note(
                    "question",
                    &qid,
                    &code,
                    Outcome::Changed,
                    "custom_style",
                    "cssclass",
                );
            }
            let mut sub_qs: Vec<&Q> = subs
                .get(&qid)
                .into_iter()
                .flatten()
                .filter_map(|s| questions.get(s))
                .filter(|s| get(&s.row, "scale_id") != "1")
                .collect();
            sub_qs.sort_by_key(|s| (num(&s.row, "question_order"), num(&s.row, "qid")));
            let answer_choices = |scale: &str| -> Vec<Choice> {
                let mut list = answers
                    .get(&qid)
                    .and_then(|s| s.get(scale))
                    .cloned()
                    .unwrap_or_default();
                list.sort_by_key(|(order, _, _)| *order);
                list.into_iter()
                    .map(|(_, c, mut label)| {
                        if !label.contains_key(&default) {
                            label.insert(default.clone(), c.clone());
                        }
                        Choice {
                            code: text::code_from(&c),
                            label,
                            emoji: None,
                            value: None,
                        }
                    })
                    .collect()
            };
            let sub_choices = || -> Vec<Choice> {
                sub_qs
                    .iter()
                    .map(|s| {
                        let c = get(&s.row, "title").to_owned();
                        let mut label = s.text.clone();
                        if !label.contains_key(&default) {
                            label.insert(default.clone(), c.clone());
                        }
                        Choice {
                            code: text::code_from(&c),
                            label,
                            emoji: None,
                            value: None,
                        }
                    })
                    .collect()
            };
            // (kind, options) for the question itself, or per sub-question.
            enum Shape {
                One(QuestionKind, Vec<Choice>),
                PerSub(QuestionKind, Vec<Choice>),
                Skip(&'static str),
            }
            let shape = match ty.as_str() {
                "L" | "!" | "O" => Shape::One(QuestionKind::SingleChoice, answer_choices("0")),
                "M" | "P" => Shape::One(QuestionKind::MultipleChoice, sub_choices()),
                "5" => Shape::One(QuestionKind::Scale, points(1, 5, &codes)),
                "A" => Shape::PerSub(QuestionKind::Scale, points(1, 5, &codes)),
                "B" => Shape::PerSub(QuestionKind::Rating, points(1, 10, &codes)),
                "C" => Shape::PerSub(
                    QuestionKind::SingleChoice,
                    fixed_choices(&["Y", "U", "N"], &codes),
                ),
                "E" => Shape::PerSub(
                    QuestionKind::SingleChoice,
                    fixed_choices(&["I", "S", "D"], &codes),
                ),
                "F" | "H" | "1" => Shape::PerSub(QuestionKind::SingleChoice, answer_choices("0")),
                "K" => Shape::PerSub(QuestionKind::Number, Vec::new()),
                "Q" => Shape::PerSub(QuestionKind::ShortText, Vec::new()),
                "N" => Shape::One(QuestionKind::Number, Vec::new()),
                "S" => Shape::One(QuestionKind::ShortText, Vec::new()),
                "T" | "U" => Shape::One(QuestionKind::LongText, Vec::new()),
                "R" => Shape::One(QuestionKind::Ranking, answer_choices("0")),
                "X" => Shape::One(QuestionKind::Info, Vec::new()),
                "Y" => Shape::One(
                    QuestionKind::SingleChoice,
                    fixed_choices(&["Y", "N"], &codes),
                ),
                "G" => Shape::Skip("asked_by_consulta"),
                "|" => Shape::Skip("identifying"),
                "*" => Shape::Skip("calculation"),
                _ => Shape::Skip("unsupported_type"),
            };
            if ty == "O" || ty == "P" {
                report.note(
                    "question",
                    &qid,
                    &code,
                    Outcome::Changed,
                    "comment_dropped",
                    &ty,
                );
            }
            if ty == "1" {
                report.note(
                    "question",
                    &qid,
                    &code,
                    Outcome::Changed,
                    "second_scale_dropped",
                    "",
                );
            }
            let text_of = |t: &LocalText, fallback: &str| -> LocalText {
                let mut t = t.clone();
                if !t.contains_key(&default) {
                    let f = t
                        .values()
                        .next()
                        .cloned()
                        .unwrap_or_else(|| fallback.to_owned());
                    t.insert(default.clone(), f);
                }
                t
            };
            let relevance = get(&q.row, "relevance").to_owned();
            let mut wanted = None;
            let mut expression = relevance.clone();
            if !relevance.is_empty() && relevance != "1" {
                match parse_relevance(&relevance) {
                    Some(w) => wanted = Some(w),
                    None => report.note(
                        "question",
                        &qid,
                        &code,
                        Outcome::Changed,
                        "condition_unsupported",
                        &relevance,
                    ),
                }
            } else if let Some(conds) = old_conditions.get(&qid) {
                let one = conds.len() == 1
                    && matches!(get(&conds[0], "method"), "==" | "")
                    && !title_of(get(&conds[0], "cqid")).is_empty();
                if one {
                    let target = title_of(get(&conds[0], "cqid"));
                    let value = get(&conds[0], "value").to_owned();
                    expression = format!("{target} == \"{value}\"");
                    wanted = Some(if value.is_empty() {
                        Wanted::Empty(target)
                    } else {
                        Wanted::Equals(target, value)
                    });
                } else {
                    report.note(
                        "question",
                        &qid,
                        &code,
                        Outcome::Changed,
                        "condition_unsupported",
                        format!("{} conditions", conds.len()),
                    );
                }
            }
            let mut make = |kind: QuestionKind,
                            name: &str,
                            text: LocalText,
                            help: LocalText,
                            options: Vec<Choice>,
                            report: &mut ImportReport|
             -> Option<Question> {
                if kind.has_options() && options.len() < 2 {
                    report.note(
                        "question",
                        &qid,
                        name,
                        Outcome::Skipped,
                        "too_few_options",
                        "",
                    );
                    return None;
                }
                let key = text::key_from(name, "q", &mut question_keys);
                let mut question = Question::new(&key, kind);
                question.required = required && kind.takes_answer();
                question.text = text;
                question.help = help;
                question.options = options;
                names.insert(name.to_owned(), key);
                Some(question)
            };
            match shape {
                Shape::Skip(reason) => {
                    report.note("question", &qid, &code, Outcome::Skipped, reason, &ty);
                }
                Shape::One(kind, mut options) => {
                    if get(&q.row, "other") == "Y" && kind.has_options() {
                        options.push(Choice {
                            code: "other".into(),
                            label: codes
                                .iter()
                                .map(|l| (l.clone(), text::other_label(l).to_owned()))
                                .collect(),
                            emoji: None,
                            value: None,
                        });
                        report.note("question", &qid, &code, Outcome::Changed, "or_other", "");
                    }
                    let text = text_of(&q.text, &code);
                    let help = q.help.clone();
                    if let Some(mut question) = make(kind, &code, text, help, options, report) {
                        if kind == QuestionKind::Number {
                            question.min =
                                attrs.get("min_num_value_n").and_then(|v| v.parse().ok());
                            question.max =
                                attrs.get("max_num_value_n").and_then(|v| v.parse().ok());
                        }
                        if kind == QuestionKind::MultipleChoice {
                            question.max_choices = attrs
                                .get("max_answers")
                                .and_then(|v| v.parse().ok())
                                .filter(|n: &u32| {
                                    *n >= 1 && (*n as usize) <= question.options.len()
                                });
                        }
                        if let Some(w) = wanted.take() {
                            pending.push(Pending {
                                key: question.key.clone(),
                                place: "question".into(),
                                at: qid.clone(),
                                name: code.clone(),
                                wanted: w,
                                expression: expression.clone(),
                            });
                        }
                        section.questions.push(question);
                    }
                }
                Shape::PerSub(kind, options) => {
                    if sub_qs.is_empty() {
                        report.note(
                            "question",
                            &qid,
                            &code,
                            Outcome::Skipped,
                            "too_few_options",
                            "",
                        );
                        continue;
                    }
                    report.note(
                        "question",
                        &qid,
                        &code,
                        Outcome::Changed,
                        "subquestion",
                        sub_qs.len().to_string(),
                    );
                    let parent_text = text_of(&q.text, &code);
                    for s in &sub_qs {
                        let sub_code = get(&s.row, "title");
                        let name = format!("{code}_{sub_code}");
                        let text = text_of(&s.text, sub_code);
                        if let Some(question) = make(
                            kind,
                            &name,
                            text,
                            parent_text.clone(),
                            options.clone(),
                            report,
                        ) {
                            if let Some(w) = wanted.clone() {
                                pending.push(Pending {
                                    key: question.key.clone(),
                                    place: "question".into(),
                                    at: qid.clone(),
                                    name: name.clone(),
                                    wanted: w,
                                    expression: expression.clone(),
                                });
                            }
                            section.questions.push(question);
                        }
                    }
                }
            }
            // A multiple choice's sub-question `Q2_SQ001 == "Y"` is `selected(Q2, SQ001)`.
            if ty == "M" || ty == "P" {
                for s in &sub_qs {
                    let sub_code = get(&s.row, "title");
                    names.insert(
                        format!("{code}_{sub_code}"),
                        names.get(&code).cloned().unwrap_or_default(),
                    );
                }
            }
        }
        def.sections.push(section);
    }
    // Sub-question references of multiple choices become `selected`.
    let multi: BTreeSet<String> = questions
        .values()
        .filter(|q| matches!(get(&q.row, "type"), "M" | "P"))
        .map(|q| get(&q.row, "title").to_owned())
        .collect();
    for p in &mut pending {
        if let Wanted::Equals(target, value) = &p.wanted
            && value == "Y"
            && let Some((parent, sub)) = target.rsplit_once('_')
            && multi.contains(parent)
        {
            p.wanted = Wanted::Selected(parent.to_owned(), sub.to_owned());
        }
    }
    finish(def, std::mem::take(report), &names, pending)
}
