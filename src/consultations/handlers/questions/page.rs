//! The question form's data: one builder per block of the form, and where issues go on it.
use askama::Template;

use super::form::{RawOption, RawQuestion};
use crate::{
    accounts::Actor,
    consultations::{
        definition::{Definition, Question, QuestionKind, text_in},
        handlers::{
            forms::{Choice, ChoiceGroup, Errors, Field, LanguageName, WithLanguage, under},
            frame::{Editing, EditorFrame},
        },
        rules::Issue,
    },
    i18n::Locale,
};

/// A question of another of the group's consultations that the group's reports may compare
/// this one with: the key it is compared under, and how the editor names it.
pub struct Comparable {
    pub key: String,
    pub label: String,
}

pub struct LangBlock {
    pub name: LanguageName,
    pub is_default: bool,
    pub fields: Vec<Field>,
}

pub struct BandBlock {
    pub band: String,
    pub open: bool,
    pub fields: Vec<Field>,
}

pub struct OptionRow {
    pub index: usize,
    pub number: i64,
    pub fields: Vec<Field>,
    pub first: bool,
    pub last: bool,
    pub blank: bool,
}

#[derive(Template)]
#[template(path = "consultations/question_form.html")]
pub(super) struct QuestionPage {
    pub(super) l: Locale,
    actor: Actor,
    frame: EditorFrame,
    pub(super) version: i32,
    is_new: bool,
    action: String,
    kind: String,
    kind_hint: String,
    kinds: Vec<Choice>,
    key: Field,
    required: Option<Field>,
    langs: Vec<LangBlock>,
    bands: Vec<BandBlock>,
    has_options: bool,
    options: Vec<OptionRow>,
    blank: usize,
    options_locked: bool,
    presets: Vec<(&'static str, String)>,
    limits: Vec<Field>,
    pictorial: Option<Field>,
    sensitive: Option<Field>,
    /// "Compare in reports with": empty when nothing can be compared.
    same_as: Vec<Choice>,
    cond_questions: Vec<Choice>,
    cond_operators: Vec<Choice>,
    cond_values: Vec<ChoiceGroup>,
    show_condition: bool,
    errors: Errors,
    pub(super) conflict: bool,
    pub(super) notice: Option<String>,
    locked: bool,
}

#[allow(clippy::too_many_arguments)]
pub(super) fn question_page(
    actor: Actor,
    l: Locale,
    e: &Editing,
    raw: &RawQuestion,
    original_key: Option<&str>,
    section_key: &str,
    blank: usize,
    errors: Errors,
    locked: bool,
    comparable: &[Comparable],
) -> QuestionPage {
    let def = &e.c.definition;
    let kind = raw.kind.unwrap_or(QuestionKind::SingleChoice);
    let slug = e.c.slug();
    let action = match original_key {
        Some(key) => format!("/manage/c/{slug}/questions/{key}"),
        None => format!("/manage/c/{slug}/sections/{section_key}/questions"),
    };
    let langs = lang_blocks(def, kind, raw, &errors, &l);
    let bands = band_blocks(def, raw, &errors);
    let options = option_rows(def, kind, raw, blank, locked, &errors, &l);
    let presets = presets(kind, &l);
    let limits = limit_fields(kind, raw, &l)
        .into_iter()
        .map(|f| f.errors(&errors))
        .collect();
    let targets = condition_targets(def, original_key, section_key);
    let cond_questions = condition_questions(&targets, raw, def, &l);
    let cond_operators = condition_operators(raw, &l);
    let cond_values = condition_values(&targets, raw, def);
    QuestionPage {
        is_new: original_key.is_none(),
        kind: kind.as_str().to_owned(),
        kind_hint: l.t(&format!("cn-kind-{}-hint", kind.as_str())),
        kinds: kind_choices(kind, &l),
        key: Field::text("key", l.t("cn-field-key"))
            .hint(l.t("cn-question-key-hint"))
            .value(raw.key.clone())
            .readonly(locked)
            .errors(&errors),
        required: kind.takes_answer().then(|| {
            Field::new("checkbox", "required", l.t("cn-question-required"))
                .hint(l.t("cn-question-required-hint"))
                .checked(raw.required)
                .readonly(locked)
                .errors(&errors)
        }),
        has_options: kind.has_options() || kind == QuestionKind::Statements,
        options_locked: locked,
        pictorial: (kind == QuestionKind::Scale).then(|| {
            Field::new("checkbox", "pictorial", l.t("cn-question-pictorial"))
                .hint(l.t("cn-question-pictorial-hint"))
                .checked(raw.pictorial)
                .errors(&errors)
        }),
        sensitive: kind.takes_answer().then(|| {
            Field::new("checkbox", "sensitive", l.t("cn-question-sensitive"))
                .hint(l.t("cn-question-sensitive-hint"))
                .checked(raw.sensitive)
                .errors(&errors)
        }),
        same_as: same_as_choices(kind, raw, comparable, &l),
        show_condition: !targets.is_empty() || !raw.cond_question.is_empty(),
        version: e.c.row.version,
        frame: e.frame.clone(),
        action,
        langs,
        bands,
        options,
        blank,
        presets,
        limits,
        cond_questions,
        cond_operators,
        cond_values,
        errors,
        conflict: false,
        notice: None,
        locked,
        l,
        actor,
    }
}

/// The kinds to choose from, `kind` chosen.
fn kind_choices(kind: QuestionKind, l: &Locale) -> Vec<Choice> {
    QuestionKind::ALL
        .iter()
        .map(|k| {
            Choice::new(
                k.as_str(),
                l.t(&format!("cn-kind-{}", k.as_str())),
                *k == kind,
            )
        })
        .collect()
}

/// The text and help, per language (default first).
fn lang_blocks(
    def: &Definition,
    kind: QuestionKind,
    raw: &RawQuestion,
    errors: &Errors,
    l: &Locale,
) -> Vec<LangBlock> {
    def.languages_default_first()
        .into_iter()
        .map(|lang| {
            let name = LanguageName::new(&lang);
            let text_label = if kind == QuestionKind::Info {
                l.t("cn-question-info-text")
            } else {
                l.t("cn-question-text")
            };
            LangBlock {
                fields: vec![
                    Field::area(format!("text.{lang}"), text_label)
                        .rows(3)
                        .value(text_in(&raw.text, &lang))
                        .lang(&lang)
                        .errors(errors),
                    Field::text(format!("help.{lang}"), l.t("cn-question-help"))
                        .hint(l.t("cn-question-help-hint"))
                        .value(text_in(&raw.help, &lang))
                        .lang(&lang)
                        .errors(errors),
                ],
                is_default: lang == def.default_language,
                name,
            }
        })
        .collect()
}

/// The easy-read wording per age band, open when it has text or errors.
fn band_blocks(def: &Definition, raw: &RawQuestion, errors: &Errors) -> Vec<BandBlock> {
    def.settings
        .age_bands
        .iter()
        .map(|b| {
            let text = raw.easy.get(&b.code);
            BandBlock {
                open: text.is_some_and(|t| t.values().any(|v| !v.is_empty()))
                    || errors.any_under(&format!("easy_read.{}", b.code)),
                fields: def
                    .languages_default_first()
                    .into_iter()
                    .map(|lang| {
                        Field::area(format!("easy_read.{}.{lang}", b.code), "")
                            .label_named(WithLanguage::name_only(&lang))
                            .rows(2)
                            .value(text.map(|t| text_in(t, &lang)).unwrap_or_default())
                            .lang(&lang)
                            .errors(errors)
                    })
                    .collect(),
                band: b.code.clone(),
            }
        })
        .collect()
}

/// The options as typed, then `blank` empty rows; codes and points of existing options
/// are read-only once there are answers.
fn option_rows(
    def: &Definition,
    kind: QuestionKind,
    raw: &RawQuestion,
    blank: usize,
    locked: bool,
    errors: &Errors,
    l: &Locale,
) -> Vec<OptionRow> {
    let count = raw.options.len();
    raw.options
        .iter()
        .cloned()
        .chain(std::iter::repeat_n(RawOption::default(), blank))
        .enumerate()
        .map(|(i, o)| {
            let fields = option_fields(def, kind, i, &o, locked && i < count, l);
            OptionRow {
                index: i,
                number: i64::try_from(i + 1).unwrap_or(i64::MAX),
                fields: fields.into_iter().map(|f| f.errors(errors)).collect(),
                first: i == 0,
                last: i + 1 >= count,
                blank: i >= count,
            }
        })
        .collect()
}

/// One option's fields: code, a label per language, emoji (scales), points (scales and
/// ratings).
fn option_fields(
    def: &Definition,
    kind: QuestionKind,
    i: usize,
    o: &RawOption,
    locked: bool,
    l: &Locale,
) -> Vec<Field> {
    let mut fields = vec![
        Field::text(format!("options.{i}.code"), l.t("cn-option-code"))
            .hint(l.t("cn-option-code-hint"))
            .value(o.code.clone())
            .readonly(locked)
            .class("short"),
    ];
    for lang in def.languages_default_first() {
        fields.push(
            Field::text(format!("options.{i}.label.{lang}"), "")
                .label_named(WithLanguage::new(l, "cn-option-label-in", &lang))
                .value(text_in(&o.labels, &lang))
                .lang(&lang),
        );
    }
    if kind == QuestionKind::Scale {
        fields.push(
            Field::text(format!("options.{i}.emoji"), l.t("cn-option-emoji"))
                .value(o.emoji.clone())
                .class("short"),
        );
    }
    if matches!(kind, QuestionKind::Scale | QuestionKind::Rating) {
        fields.push(
            Field::new(
                "number",
                format!("options.{i}.value"),
                l.t("cn-option-value"),
            )
            .hint(l.t("cn-option-value-hint"))
            .value(o.value.clone())
            .readonly(locked)
            .class("short"),
        );
    }
    fields
}

/// The buttons that fill in usual options.
fn presets(kind: QuestionKind, l: &Locale) -> Vec<(&'static str, String)> {
    match kind {
        QuestionKind::Scale => vec![("preset_agree", l.t("cn-preset-agree"))],
        QuestionKind::Rating => vec![
            ("preset_rating_10", l.t("cn-preset-rating-10")),
            ("preset_rating_5", l.t("cn-preset-rating-5")),
        ],
        _ => Vec::new(),
    }
}

/// The limits of the kind: how many choices, the range of a number, a text's length.
fn limit_fields(kind: QuestionKind, raw: &RawQuestion, l: &Locale) -> Vec<Field> {
    let mut limits = Vec::new();
    match kind {
        QuestionKind::MultipleChoice => limits.push(
            Field::new("number", "max_choices", l.t("cn-question-max-choices"))
                .hint(l.t("cn-question-max-choices-hint"))
                .value(raw.max_choices.clone()),
        ),
        QuestionKind::Ranking => limits.push(
            Field::new("number", "max_choices", l.t("cn-question-rank-places"))
                .hint(l.t("cn-question-rank-places-hint"))
                .value(raw.max_choices.clone()),
        ),
        QuestionKind::Number => {
            limits.push(Field::new("number", "min", l.t("cn-question-min")).value(raw.min.clone()));
            limits.push(Field::new("number", "max", l.t("cn-question-max")).value(raw.max.clone()));
        }
        QuestionKind::ShortText | QuestionKind::LongText => limits.push(
            Field::new("number", "max_length", l.t("cn-question-max-length"))
                .hint(l.t_count(
                    "cn-question-max-length-hint",
                    if kind == QuestionKind::ShortText {
                        200
                    } else {
                        2000
                    },
                ))
                .value(raw.max_length.clone()),
        ),
        QuestionKind::Statements => {
            limits.push(
                Field::new(
                    "number",
                    "statements_per_person",
                    l.t("cn-question-statements-shown"),
                )
                .hint(l.t("cn-question-statements-shown-hint"))
                .value(raw.per_person.clone()),
            );
            limits.push(
                Field::new(
                    "checkbox",
                    "allow_new_statements",
                    l.t("cn-question-statements-allow"),
                )
                .hint(l.t("cn-question-statements-allow-hint"))
                .checked(raw.allow_new),
            );
            limits.push(
                Field::new(
                    "number",
                    "new_statements_min_age",
                    l.t("cn-question-statements-age"),
                )
                .hint(l.t("cn-question-statements-age-hint"))
                .value(raw.new_min_age.clone()),
            );
        }
        _ => {}
    }
    limits
}

/// The questions a condition may use: earlier ones that take an answer and have no
/// condition themselves.
fn condition_targets<'a>(
    def: &'a Definition,
    original_key: Option<&str>,
    section_key: &str,
) -> Vec<&'a Question> {
    let before: Vec<&Question> = match original_key {
        Some(key) => def.questions_before(key),
        None => {
            let index = def.section_index(section_key).unwrap_or(def.sections.len());
            def.sections
                .iter()
                .take(index + 1)
                .flat_map(|s| s.questions.iter())
                .collect()
        }
    };
    before
        .into_iter()
        .filter(|q| q.kind.takes_answer() && q.condition.is_none())
        .collect()
}

/// "No condition", then each question a condition may use.
fn condition_questions(
    targets: &[&Question],
    raw: &RawQuestion,
    def: &Definition,
    l: &Locale,
) -> Vec<Choice> {
    let default = &def.default_language;
    std::iter::once(Choice::new(
        "",
        l.t("cn-condition-none"),
        raw.cond_question.is_empty(),
    ))
    .chain(targets.iter().map(|q| {
        Choice::new(
            q.key.clone(),
            format!("{} — {}", q.key, text_in(&q.text, default)),
            raw.cond_question == q.key,
        )
    }))
    .collect()
}

fn condition_operators(raw: &RawQuestion, l: &Locale) -> Vec<Choice> {
    ["equals", "includes", "not_answered"]
        .into_iter()
        .map(|op| {
            Choice::new(
                op,
                l.t(&format!("cn-condition-op-{op}")),
                raw.cond_operator == op,
            )
        })
        .collect()
}

/// The options a condition may compare with, grouped by question (`question:code`).
fn condition_values(
    targets: &[&Question],
    raw: &RawQuestion,
    def: &Definition,
) -> Vec<ChoiceGroup> {
    let default = &def.default_language;
    targets
        .iter()
        .filter(|q| q.kind.has_options() && q.kind != QuestionKind::Ranking)
        .map(|q| ChoiceGroup {
            label: q.key.clone(),
            choices: q
                .options
                .iter()
                .map(|o| {
                    let value = format!("{}:{}", q.key, o.code);
                    Choice::new(
                        value.clone(),
                        format!("{} — {}", o.code, text_in(&o.label, default)),
                        raw.cond_value == value,
                    )
                })
                .collect(),
        })
        .collect()
}

/// Where an issue goes on the form: the question's own fields by name; issues elsewhere
/// (another question's condition, for instance) at the top, naming what they concern.
pub(super) fn question_errors(
    issues: &[Issue],
    prefix: Option<&str>,
    def: &Definition,
    l: &Locale,
) -> Errors {
    let mut errors = Errors::default();
    for issue in issues {
        let local = prefix.and_then(|p| under(&issue.path, p));
        let own_field = [
            "key",
            "kind",
            "required",
            "options",
            "pictorial",
            "condition.value",
        ];
        match local {
            Some(field) => errors.push(field, issue.message(l)),
            None if own_field.contains(&issue.path.as_str())
                || issue.path.starts_with("options.")
                || issue.path.starts_with("condition.")
                || issue.path == "min"
                || issue.path == "max"
                || issue.path == "max_choices"
                || issue.path == "max_length" =>
            {
                errors.push(issue.path.clone(), issue.message(l));
            }
            None => {
                let place = locate(def, &issue.path);
                let message = match place {
                    Some(place) => format!("{place}: {}", issue.message(l)),
                    None => issue.message(l),
                };
                errors.push("", message);
            }
        }
    }
    errors
}

/// `question x` for a path `sections.N.questions.M.…`.
fn locate(def: &Definition, path: &str) -> Option<String> {
    let mut parts = path.split('.');
    if parts.next()? != "sections" {
        return None;
    }
    let si: usize = parts.next()?.parse().ok()?;
    if parts.next()? != "questions" {
        return def.sections.get(si).map(|s| s.key.clone());
    }
    let qi: usize = parts.next()?.parse().ok()?;
    def.sections
        .get(si)?
        .questions
        .get(qi)
        .map(|q| q.key.clone())
}

/// "Compare in reports with": its own key first, then the comparable questions; a kind
/// reports do not compare, or a group with nothing to compare with, offers no choice.
fn same_as_choices(
    kind: QuestionKind,
    raw: &RawQuestion,
    comparable: &[Comparable],
    l: &Locale,
) -> Vec<Choice> {
    if !kind.compares_over_time()
        || (raw.same_as.is_empty() && comparable.iter().all(|c| c.key == raw.key))
    {
        return Vec::new();
    }
    let mut choices = vec![Choice::new(
        "",
        l.t("cn-question-same-as-own"),
        raw.same_as.is_empty(),
    )];
    // Questions under its own key are compared already.
    choices.extend(
        comparable
            .iter()
            .filter(|c| c.key != raw.key)
            .map(|c| Choice::new(&c.key, &c.label, c.key == raw.same_as)),
    );
    // A key named through the API that no other consultation uses (yet) stays selectable.
    if !raw.same_as.is_empty() && !comparable.iter().any(|c| c.key == raw.same_as) {
        choices.push(Choice::new(&raw.same_as, &raw.same_as, true));
    }
    choices
}
