//! The question form, for all nine kinds: key, required, text and help in every enabled
//! language, easy-read wording per age band, options with stable codes (add, remove,
//! reorder with buttons, presets for scales and ratings), limits, picture variant and a
//! one-level condition. Buttons other than "Save" redisplay the form with the change made,
//! keeping everything typed; nothing is stored until "Save".
use std::collections::BTreeMap;

use actix_web::{HttpResponse, get, http::StatusCode, post, web};
use askama::Template;
use serde::Deserialize;

use super::{
    editor::{PageProblem, save},
    forms::{Choice, ChoiceGroup, Errors, Field, FormData, language_name, see_other, under},
    frame::{Editing, EditorFrame, editing, posted, problem_status, reloaded},
};
use crate::web::no_store_page;
use crate::{
    accounts::Actor,
    consultations::{
        definition::{
            Choice as OptionDef, Condition, ConditionOperator, Definition, LocalText, Question,
            QuestionKind, text_in,
        },
        ops, points, repo,
        rules::{self, Issue},
    },
    error::AppError,
    i18n::Locale,
    state::AppState,
};

/// A question as typed: strings kept as they are, so a redisplay shows exactly that.
#[derive(Clone, Debug, Default)]
struct RawQuestion {
    key: String,
    kind: Option<QuestionKind>,
    required: bool,
    text: LocalText,
    help: LocalText,
    easy: BTreeMap<String, LocalText>,
    options: Vec<RawOption>,
    max_choices: String,
    min: String,
    max: String,
    max_length: String,
    pictorial: bool,
    cond_question: String,
    cond_operator: String,
    cond_value: String,
}

#[derive(Clone, Debug, Default)]
struct RawOption {
    code: String,
    labels: LocalText,
    emoji: String,
    value: String,
}

impl RawOption {
    fn is_blank(&self) -> bool {
        self.code.trim().is_empty()
            && self.labels.values().all(|v| v.trim().is_empty())
            && self.emoji.trim().is_empty()
            && self.value.trim().is_empty()
    }
}

fn number_text(n: Option<f64>) -> String {
    n.map(|v| v.to_string()).unwrap_or_default()
}

fn operator_code(op: ConditionOperator) -> &'static str {
    match op {
        ConditionOperator::Equals => "equals",
        ConditionOperator::Includes => "includes",
        ConditionOperator::NotAnswered => "not_answered",
    }
}

impl RawQuestion {
    fn from_question(q: &Question) -> Self {
        Self {
            key: q.key.clone(),
            kind: Some(q.kind),
            required: q.required,
            text: q.text.clone(),
            help: q.help.clone(),
            easy: q.easy_read.clone(),
            options: q
                .options
                .iter()
                .map(|o| RawOption {
                    code: o.code.clone(),
                    labels: o.label.clone(),
                    emoji: o.emoji.clone().unwrap_or_default(),
                    value: number_text(o.value),
                })
                .collect(),
            max_choices: q.max_choices.map(|n| n.to_string()).unwrap_or_default(),
            min: number_text(q.min),
            max: number_text(q.max),
            max_length: q.max_length.map(|n| n.to_string()).unwrap_or_default(),
            pictorial: q.pictorial,
            cond_question: q
                .condition
                .as_ref()
                .map(|c| c.question.clone())
                .unwrap_or_default(),
            cond_operator: q
                .condition
                .as_ref()
                .map(|c| operator_code(c.operator).to_owned())
                .unwrap_or_default(),
            cond_value: q
                .condition
                .as_ref()
                .and_then(|c| c.value.as_ref().map(|v| format!("{}:{v}", c.question)))
                .unwrap_or_default(),
        }
    }

    /// A new question of `kind`, with a free key and the usual points for scales and
    /// ratings.
    fn new(def: &Definition, kind: QuestionKind) -> Self {
        let mut n = def.questions().count() + 1;
        while def.question(&format!("q{n}")).is_some() {
            n += 1;
        }
        let mut raw = Self {
            key: format!("q{n}"),
            kind: Some(kind),
            ..Self::default()
        };
        raw.preset_for_kind(def);
        raw
    }

    fn preset_for_kind(&mut self, def: &Definition) {
        if !self.options.is_empty() {
            return;
        }
        match self.kind {
            Some(QuestionKind::Scale) => self.set_options(def, points::agreement_scale()),
            Some(QuestionKind::Rating) => self.set_options(def, points::rating_points(0, 10)),
            _ => {}
        }
    }

    fn set_options(&mut self, def: &Definition, options: Vec<OptionDef>) {
        self.options = options
            .into_iter()
            .map(|o| RawOption {
                code: o.code,
                labels: o
                    .label
                    .into_iter()
                    .filter(|(lang, _)| def.has_language(lang))
                    .collect(),
                emoji: o.emoji.unwrap_or_default(),
                value: number_text(o.value),
            })
            .collect();
    }

    fn from_form(form: &FormData, def: &Definition) -> Self {
        let langs = &def.languages;
        let per_lang = |prefix: &str| -> LocalText {
            langs
                .iter()
                .filter_map(|lang| {
                    form.opt(&format!("{prefix}.{lang}"))
                        .map(|v| (lang.clone(), v.to_owned()))
                })
                .collect()
        };
        let easy = def
            .settings
            .age_bands
            .iter()
            .map(|b| (b.code.clone(), per_lang(&format!("easy_read.{}", b.code))))
            .filter(|(_, t)| t.values().any(|v| !v.trim().is_empty()))
            .collect();
        let options = form
            .indices("options.")
            .into_iter()
            .map(|i| RawOption {
                code: form.get(&format!("options.{i}.code")).to_owned(),
                labels: per_lang(&format!("options.{i}.label")),
                emoji: form.get(&format!("options.{i}.emoji")).to_owned(),
                value: form.get(&format!("options.{i}.value")).to_owned(),
            })
            .filter(|o| !o.is_blank())
            .collect();
        Self {
            key: form.get("key").trim().to_owned(),
            kind: QuestionKind::parse(form.get("kind")),
            required: form.has("required"),
            text: per_lang("text"),
            help: per_lang("help"),
            easy,
            options,
            max_choices: form.get("max_choices").to_owned(),
            min: form.get("min").to_owned(),
            max: form.get("max").to_owned(),
            max_length: form.get("max_length").to_owned(),
            pictorial: form.has("pictorial"),
            cond_question: form.get("condition.question").to_owned(),
            cond_operator: form.get("condition.operator").to_owned(),
            cond_value: form.get("condition.value").to_owned(),
        }
    }

    /// Makes a change asked for by a button; `true` when something changed.
    fn apply_op(&mut self, op: &str, def: &Definition) -> bool {
        let index = |prefix: &str| {
            op.strip_prefix(prefix)
                .and_then(|n| n.parse::<usize>().ok())
        };
        if let Some(i) = index("option_up.") {
            if i > 0 && i < self.options.len() {
                self.options.swap(i, i - 1);
            }
        } else if let Some(i) = index("option_down.") {
            if i + 1 < self.options.len() {
                self.options.swap(i, i + 1);
            }
        } else if let Some(i) = index("option_remove.") {
            if i < self.options.len() {
                self.options.remove(i);
            }
        } else if op == "preset_agree" {
            self.set_options(def, points::agreement_scale());
        } else if op == "preset_rating_10" {
            self.set_options(def, points::rating_points(0, 10));
        } else if op == "preset_rating_5" {
            self.set_options(def, points::rating_points(1, 5));
        } else if op == "kind" {
            if !self.kind.is_some_and(QuestionKind::has_options) {
                self.options.clear();
            }
            self.preset_for_kind(def);
        } else {
            return false;
        }
        true
    }

    /// The question, or the fields that do not read. Empty option codes are made from
    /// the main-language label.
    fn to_question(&self, def: &Definition) -> Result<Question, Vec<Issue>> {
        let mut issues = Vec::new();
        let Some(kind) = self.kind else {
            return Err(vec![Issue::new("kind", "cn-v-kind")]);
        };
        let mut number = |name: &str, raw: &str| -> Option<f64> {
            let raw = raw.trim();
            if raw.is_empty() {
                return None;
            }
            let parsed = raw
                .replace(',', ".")
                .parse::<f64>()
                .ok()
                .filter(|n| n.is_finite());
            if parsed.is_none() {
                issues.push(Issue::new(name, "cn-v-number"));
            }
            parsed
        };
        let min = number("min", &self.min);
        let max = number("max", &self.max);
        let max_choices = number("max_choices", &self.max_choices);
        let max_length = number("max_length", &self.max_length);
        let mut options = Vec::new();
        for (i, o) in self.options.iter().enumerate() {
            let value = number(&format!("options.{i}.value"), &o.value);
            options.push(OptionDef {
                code: o.code.trim().to_owned(),
                label: o.labels.clone(),
                emoji: Some(o.emoji.trim().to_owned()).filter(|e| !e.is_empty()),
                value,
            });
        }
        let mut used: Vec<String> = options.iter().map(|o| o.code.clone()).collect();
        for (i, o) in options.iter_mut().enumerate() {
            if o.code.is_empty() {
                let from_label =
                    rules::slugify(text_in(&o.label, &def.default_language)).replace('-', "_");
                let base = if from_label.is_empty() {
                    format!("option_{}", i + 1)
                } else {
                    from_label.chars().take(40).collect()
                };
                let mut code = base.clone();
                let mut n = 2;
                while used.contains(&code) {
                    code = format!("{base}_{n}");
                    n += 1;
                }
                used.push(code.clone());
                o.code = code;
            }
        }
        let condition = if self.cond_question.trim().is_empty() {
            None
        } else {
            let operator = match self.cond_operator.as_str() {
                "includes" => ConditionOperator::Includes,
                "not_answered" => ConditionOperator::NotAnswered,
                _ => ConditionOperator::Equals,
            };
            let value = match operator {
                ConditionOperator::NotAnswered => None,
                _ => match self.cond_value.split_once(':') {
                    Some((q, code)) if q == self.cond_question => Some(code.to_owned()),
                    _ => {
                        issues.push(
                            Issue::new("condition.value", "cn-v-condition-value")
                                .arg("question", &*self.cond_question),
                        );
                        None
                    }
                },
            };
            Some(Condition {
                question: self.cond_question.clone(),
                operator,
                value,
            })
        };
        if !issues.is_empty() {
            return Err(issues);
        }
        let whole = |n: Option<f64>| n.map(|v| v.max(0.0).min(f64::from(u32::MAX)) as u32);
        Ok(Question {
            key: self.key.clone(),
            kind,
            required: self.required && kind.takes_answer(),
            text: self.text.clone(),
            help: self.help.clone(),
            easy_read: self.easy.clone(),
            options: if kind.has_options() {
                options
            } else {
                Vec::new()
            },
            max_choices: whole(max_choices).filter(|_| kind == QuestionKind::MultipleChoice),
            min: min.filter(|_| kind == QuestionKind::Number),
            max: max.filter(|_| kind == QuestionKind::Number),
            max_length: whole(max_length).filter(|_| kind.is_text()),
            pictorial: self.pictorial && kind == QuestionKind::Scale,
            condition,
        })
    }
}

pub struct LangBlock {
    pub lang: String,
    pub name: String,
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
struct QuestionPage {
    l: Locale,
    actor: Actor,
    frame: EditorFrame,
    version: i32,
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
    cond_questions: Vec<Choice>,
    cond_operators: Vec<Choice>,
    cond_values: Vec<ChoiceGroup>,
    show_condition: bool,
    errors: Errors,
    conflict: bool,
    notice: Option<String>,
    locked: bool,
}

#[allow(clippy::too_many_lines, clippy::too_many_arguments)]
fn question_page(
    actor: Actor,
    l: Locale,
    e: &Editing,
    raw: &RawQuestion,
    original_key: Option<&str>,
    section_key: &str,
    blank: usize,
    errors: Errors,
    locked: bool,
) -> QuestionPage {
    let def = &e.c.definition;
    let kind = raw.kind.unwrap_or(QuestionKind::SingleChoice);
    let slug = e.c.slug();
    let action = match original_key {
        Some(key) => format!("/manage/c/{slug}/questions/{key}"),
        None => format!("/manage/c/{slug}/sections/{section_key}/questions"),
    };
    let langs = def
        .languages_default_first()
        .into_iter()
        .map(|lang| {
            let name = language_name(&lang);
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
                        .errors(&errors),
                    Field::text(format!("help.{lang}"), l.t("cn-question-help"))
                        .hint(l.t("cn-question-help-hint"))
                        .value(text_in(&raw.help, &lang))
                        .lang(&lang)
                        .errors(&errors),
                ],
                is_default: lang == def.default_language,
                name,
                lang,
            }
        })
        .collect();
    let bands = def
        .settings
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
                        Field::area(format!("easy_read.{}.{lang}", b.code), language_name(&lang))
                            .rows(2)
                            .value(text.map(|t| text_in(t, &lang)).unwrap_or_default())
                            .lang(&lang)
                            .errors(&errors)
                    })
                    .collect(),
                band: b.code.clone(),
            }
        })
        .collect();
    let shows_points = matches!(kind, QuestionKind::Scale | QuestionKind::Rating);
    let count = raw.options.len();
    let options = raw
        .options
        .iter()
        .cloned()
        .chain(std::iter::repeat_n(RawOption::default(), blank))
        .enumerate()
        .map(|(i, o)| {
            let mut fields = vec![
                Field::text(format!("options.{i}.code"), l.t("cn-option-code"))
                    .hint(l.t("cn-option-code-hint"))
                    .value(o.code.clone())
                    .readonly(locked && i < count)
                    .class("short"),
            ];
            for lang in def.languages_default_first() {
                fields.push(
                    Field::text(
                        format!("options.{i}.label.{lang}"),
                        l.t_args(
                            "cn-option-label-in",
                            &[("language", crate::i18n::Arg::Str(&language_name(&lang)))],
                        ),
                    )
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
            if shows_points {
                fields.push(
                    Field::new(
                        "number",
                        format!("options.{i}.value"),
                        l.t("cn-option-value"),
                    )
                    .hint(l.t("cn-option-value-hint"))
                    .value(o.value.clone())
                    .readonly(locked && i < count)
                    .class("short"),
                );
            }
            OptionRow {
                index: i,
                number: i64::try_from(i + 1).unwrap_or(i64::MAX),
                fields: fields.into_iter().map(|f| f.errors(&errors)).collect(),
                first: i == 0,
                last: i + 1 >= count,
                blank: i >= count,
            }
        })
        .collect();
    let presets = match kind {
        QuestionKind::Scale => vec![("preset_agree", l.t("cn-preset-agree"))],
        QuestionKind::Rating => vec![
            ("preset_rating_10", l.t("cn-preset-rating-10")),
            ("preset_rating_5", l.t("cn-preset-rating-5")),
        ],
        _ => Vec::new(),
    };
    let mut limits = Vec::new();
    match kind {
        QuestionKind::MultipleChoice => limits.push(
            Field::new("number", "max_choices", l.t("cn-question-max-choices"))
                .hint(l.t("cn-question-max-choices-hint"))
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
        _ => {}
    }
    let limits = limits.into_iter().map(|f| f.errors(&errors)).collect();
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
    let targets: Vec<&Question> = before
        .into_iter()
        .filter(|q| q.kind.takes_answer() && q.condition.is_none())
        .collect();
    let default = &def.default_language;
    let cond_questions = std::iter::once(Choice::new(
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
    .collect();
    let cond_operators = ["equals", "includes", "not_answered"]
        .into_iter()
        .map(|op| {
            Choice::new(
                op,
                l.t(&format!("cn-condition-op-{op}")),
                raw.cond_operator == op,
            )
        })
        .collect();
    let cond_values = targets
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
        .collect();
    QuestionPage {
        is_new: original_key.is_none(),
        kind: kind.as_str().to_owned(),
        kind_hint: l.t(&format!("cn-kind-{}-hint", kind.as_str())),
        kinds: QuestionKind::ALL
            .iter()
            .map(|k| {
                Choice::new(
                    k.as_str(),
                    l.t(&format!("cn-kind-{}", k.as_str())),
                    *k == kind,
                )
            })
            .collect(),
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
        has_options: kind.has_options(),
        options_locked: locked,
        pictorial: (kind == QuestionKind::Scale).then(|| {
            Field::new("checkbox", "pictorial", l.t("cn-question-pictorial"))
                .hint(l.t("cn-question-pictorial-hint"))
                .checked(raw.pictorial)
                .errors(&errors)
        }),
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

/// Where an issue goes on the form: the question's own fields by name; issues elsewhere
/// (another question's condition, for instance) at the top, naming what they concern.
fn question_errors(issues: &[Issue], prefix: Option<&str>, def: &Definition, l: &Locale) -> Errors {
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

#[derive(Deserialize)]
struct KindQuery {
    kind: Option<String>,
}

#[get("/manage/c/{slug}/sections/{section}/questions/new")]
async fn show_new_question(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    query: web::Query<KindQuery>,
) -> Result<HttpResponse, AppError> {
    let (slug, section) = path.into_inner();
    let here = format!("/manage/c/{slug}/sections/{section}/questions/new");
    let e = editing(&state, &actor, &l, &slug, "overview", &here).await?;
    if e.c.definition.section_index(&section).is_none() {
        return Err(AppError::NotFound);
    }
    let kind = query
        .kind
        .as_deref()
        .and_then(QuestionKind::parse)
        .unwrap_or(QuestionKind::SingleChoice);
    let raw = RawQuestion::new(&e.c.definition, kind);
    let blank = if kind.has_options() && raw.options.is_empty() {
        3
    } else {
        1
    };
    let page = question_page(
        actor,
        l,
        &e,
        &raw,
        None,
        &section,
        blank,
        Errors::default(),
        false,
    );
    no_store_page(StatusCode::OK, &page)
}

#[get("/manage/c/{slug}/questions/{key}")]
async fn show_question(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let here = format!("/manage/c/{slug}/questions/{key}");
    let e = editing(&state, &actor, &l, &slug, "overview", &here).await?;
    let (si, qi) =
        e.c.definition
            .question_position(&key)
            .ok_or(AppError::NotFound)?;
    let section = e.c.definition.sections[si].key.clone();
    let raw = RawQuestion::from_question(&e.c.definition.sections[si].questions[qi]);
    let locked = repo::count_responses(&state.db, e.c.id()).await? > 0;
    let blank = usize::from(!locked);
    let page = question_page(
        actor,
        l,
        &e,
        &raw,
        Some(&key),
        &section,
        blank,
        Errors::default(),
        locked,
    );
    no_store_page(StatusCode::OK, &page)
}

/// What the form's buttons asked for.
enum Action {
    Save,
    MoreOptions,
    Redisplay,
}

fn action_of(form: &FormData, raw: &mut RawQuestion, def: &Definition) -> Action {
    match form.get("op") {
        "" | "save" => Action::Save,
        "add_options" => Action::MoreOptions,
        op => {
            raw.apply_op(op, def);
            Action::Redisplay
        }
    }
}

#[post("/manage/c/{slug}/sections/{section}/questions")]
async fn create_question(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, section) = path.into_inner();
    let here = format!("/manage/c/{slug}/sections/{section}/questions/new");
    let (e, form) = posted(&state, &actor, &l, &slug, "overview", &here, form).await?;
    let version = form.version()?;
    let mut raw = RawQuestion::from_form(&form, &e.c.definition);
    let blank = form.get("blank").parse::<usize>().unwrap_or(1).clamp(1, 20);
    match action_of(&form, &mut raw, &e.c.definition) {
        Action::Save => {}
        Action::MoreOptions => {
            return redisplay(actor, l, &e, &raw, None, &section, blank + 3, version);
        }
        Action::Redisplay => {
            return redisplay(actor, l, &e, &raw, None, &section, blank, version);
        }
    }
    let (problem, prefix) = match raw.to_question(&e.c.definition) {
        Err(issues) => (PageProblem::Issues(issues), None),
        Ok(question) => {
            let key = question.key.clone();
            let mut prefix = None;
            let result = save(&state, &actor, &l, &e.c, version, "question", |ed, _| {
                ops::add_question(&mut ed.definition, &section, question, None)?;
                prefix = position_prefix(&ed.definition, &key);
                Ok(())
            })
            .await?;
            match result {
                Ok(c) => {
                    return Ok(see_other(&format!(
                        "/manage/c/{}?saved=1#q-{key}",
                        c.slug()
                    )));
                }
                Err(problem) => (problem, prefix),
            }
        }
    };
    failed(
        &state,
        actor,
        l,
        e,
        &raw,
        None,
        &section,
        blank,
        version,
        problem,
        prefix.as_deref(),
    )
    .await
}

fn position_prefix(def: &Definition, key: &str) -> Option<String> {
    def.question_position(key)
        .map(|(si, qi)| format!("sections.{si}.questions.{qi}"))
}

#[allow(clippy::too_many_arguments)]
fn redisplay(
    actor: Actor,
    l: Locale,
    e: &Editing,
    raw: &RawQuestion,
    key: Option<&str>,
    section: &str,
    blank: usize,
    version: i32,
) -> Result<HttpResponse, AppError> {
    let mut page = question_page(
        actor,
        l,
        e,
        raw,
        key,
        section,
        blank,
        Errors::default(),
        false,
    );
    page.version = version;
    page.notice = Some(page.l.t("cn-question-not-saved"));
    no_store_page(StatusCode::OK, &page)
}

#[allow(clippy::too_many_arguments)]
async fn failed(
    state: &AppState,
    actor: Actor,
    l: Locale,
    mut e: Editing,
    raw: &RawQuestion,
    key: Option<&str>,
    section: &str,
    blank: usize,
    version: i32,
    problem: PageProblem,
    prefix: Option<&str>,
) -> Result<HttpResponse, AppError> {
    let (errors, conflict) = match problem {
        PageProblem::Stale => {
            e = reloaded(state, &actor, &l, e).await?;
            (Errors::default(), true)
        }
        PageProblem::Issues(issues) => {
            (question_errors(&issues, prefix, &e.c.definition, &l), false)
        }
    };
    let locked = key.is_some() && repo::count_responses(&state.db, e.c.id()).await? > 0;
    let mut page = question_page(actor, l, &e, raw, key, section, blank, errors, locked);
    page.conflict = conflict;
    if !conflict {
        page.version = version;
    }
    no_store_page(problem_status(conflict), &page)
}

#[post("/manage/c/{slug}/questions/{key}")]
async fn update_question(
    state: web::Data<AppState>,
    actor: Actor,
    l: Locale,
    path: web::Path<(String, String)>,
    form: web::Form<Vec<(String, String)>>,
) -> Result<HttpResponse, AppError> {
    let (slug, key) = path.into_inner();
    let here = format!("/manage/c/{slug}/questions/{key}");
    let (e, form) = posted(&state, &actor, &l, &slug, "overview", &here, form).await?;
    let (si, _) =
        e.c.definition
            .question_position(&key)
            .ok_or(AppError::NotFound)?;
    let section = e.c.definition.sections[si].key.clone();
    let version = form.version()?;
    let mut raw = RawQuestion::from_form(&form, &e.c.definition);
    let blank = form.get("blank").parse::<usize>().unwrap_or(1).clamp(1, 20);
    match action_of(&form, &mut raw, &e.c.definition) {
        Action::Save => {}
        Action::MoreOptions => {
            return redisplay(actor, l, &e, &raw, Some(&key), &section, blank + 3, version);
        }
        Action::Redisplay => {
            return redisplay(actor, l, &e, &raw, Some(&key), &section, blank, version);
        }
    }
    let (problem, prefix) = match raw.to_question(&e.c.definition) {
        Err(issues) => (PageProblem::Issues(issues), None),
        Ok(question) => {
            let new_key = question.key.clone();
            let mut prefix = None;
            let result = save(&state, &actor, &l, &e.c, version, "question", |ed, _| {
                ops::update_question(&mut ed.definition, &key, question)?;
                prefix = position_prefix(&ed.definition, &new_key);
                Ok(())
            })
            .await?;
            match result {
                Ok(c) => {
                    return Ok(see_other(&format!(
                        "/manage/c/{}?saved=1#q-{new_key}",
                        c.slug()
                    )));
                }
                Err(problem) => (problem, prefix),
            }
        }
    };
    failed(
        &state,
        actor,
        l,
        e,
        &raw,
        Some(&key),
        &section,
        blank,
        version,
        problem,
        prefix.as_deref(),
    )
    .await
}

pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.map(|c| {
        c.service(show_new_question)
            .service(create_question)
            .service(show_question)
            .service(update_question)
    });
}
