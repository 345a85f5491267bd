//! The question form as typed, and reading it into a question.
use std::collections::BTreeMap;

use crate::consultations::{
    definition::{
        Choice as OptionDef, Condition, ConditionOperator, Definition, LocalText, Question,
        QuestionKind, Statement, text_in,
    },
    handlers::forms::FormData,
    points,
    rules::{self, Issue},
};

/// A question as typed: strings kept as they are, so a redisplay shows exactly that.
#[derive(Clone, Debug, Default)]
pub(super) struct RawQuestion {
    pub(super) key: String,
    pub(super) kind: Option<QuestionKind>,
    pub(super) required: bool,
    pub(super) text: LocalText,
    pub(super) help: LocalText,
    pub(super) easy: BTreeMap<String, LocalText>,
    pub(super) options: Vec<RawOption>,
    pub(super) max_choices: String,
    pub(super) min: String,
    pub(super) max: String,
    pub(super) max_length: String,
    pub(super) pictorial: bool,
    pub(super) sensitive: bool,
    /// The key reports compare this question under, when not its own ("" for its own).
    pub(super) same_as: String,
    pub(super) cond_question: String,
    pub(super) cond_operator: String,
    pub(super) cond_value: String,
    /// Statements: young people may add theirs; from which age; how many shown per person.
    pub(super) allow_new: bool,
    pub(super) new_min_age: String,
    pub(super) per_person: String,
    /// Statements young people added (approved in moderation): kept as they are.
    pub(super) added: Vec<Statement>,
}

#[derive(Clone, Debug, Default)]
pub(super) struct RawOption {
    pub(super) code: String,
    pub(super) labels: LocalText,
    pub(super) emoji: String,
    pub(super) value: String,
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
    pub(super) fn from_question(q: &Question) -> Self {
        // The editor lists seed statements as rows of the options' editor (code, text per
        // language): adding, editing, moving and removing come with it.
        let seed_rows = q
            .statements
            .iter()
            .filter(|st| !st.added)
            .map(|st| RawOption {
                code: st.code.clone(),
                labels: st.text.clone(),
                emoji: String::new(),
                value: String::new(),
            });
        Self {
            allow_new: q.allow_new_statements,
            new_min_age: q
                .new_statements_min_age
                .map(|n| n.to_string())
                .unwrap_or_default(),
            per_person: q
                .statements_per_person
                .map(|n| n.to_string())
                .unwrap_or_default(),
            added: q.statements.iter().filter(|st| st.added).cloned().collect(),
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
                .chain(seed_rows)
                .collect(),
            // A ranking stored without a limit offers every option: shown as their number, so
            // that saving again keeps it (an empty field now means the default, the top 3).
            max_choices: match (q.kind, q.max_choices) {
                (QuestionKind::Ranking, None) if q.options.len() > 4 => q.options.len().to_string(),
                (_, n) => n.map(|n| n.to_string()).unwrap_or_default(),
            },
            min: number_text(q.min),
            max: number_text(q.max),
            max_length: q.max_length.map(|n| n.to_string()).unwrap_or_default(),
            pictorial: q.pictorial,
            sensitive: q.sensitive,
            same_as: q.same_as.clone().unwrap_or_default(),
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
    pub(super) fn new(def: &Definition, kind: QuestionKind) -> Self {
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

    pub(super) fn from_form(form: &FormData, def: &Definition) -> Self {
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
            sensitive: form.has("sensitive"),
            same_as: form.get("same_as").trim().to_owned(),
            cond_question: form.get("condition.question").to_owned(),
            cond_operator: form.get("condition.operator").to_owned(),
            cond_value: form.get("condition.value").to_owned(),
            allow_new: form.has("allow_new_statements"),
            new_min_age: form.get("new_statements_min_age").to_owned(),
            per_person: form.get("statements_per_person").to_owned(),
            added: def
                .question(form.get("key").trim())
                .map(|q| q.statements.iter().filter(|st| st.added).cloned().collect())
                .unwrap_or_default(),
        }
    }

    /// Makes a change asked for by a button; `true` when something changed.
    pub(super) fn apply_op(&mut self, op: &str, def: &Definition) -> bool {
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
            if !self
                .kind
                .is_some_and(|k| k.has_options() || k == QuestionKind::Statements)
            {
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
    pub(super) fn to_question(&self, def: &Definition) -> Result<Question, Vec<Issue>> {
        let mut issues = Vec::new();
        let Some(kind) = self.kind else {
            return Err(vec![Issue::new("kind", "cn-v-kind")]);
        };
        let mut number = |name: &str, raw: &str| parse_number(&mut issues, name, raw);
        let min = number("min", &self.min);
        let max = number("max", &self.max);
        let max_choices = number("max_choices", &self.max_choices);
        let max_length = number("max_length", &self.max_length);
        let per_person = number("statements_per_person", &self.per_person);
        let new_min_age = number("new_statements_min_age", &self.new_min_age);
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
        fill_codes(&mut options, def);
        let condition = self.condition(&mut issues);
        if !issues.is_empty() {
            return Err(issues);
        }
        let whole = |n: Option<f64>| n.map(|v| v.max(0.0).min(f64::from(u32::MAX)) as u32);
        // A ranking's field left empty: the default places (the top 3 of more than 4).
        let rank_default = (kind == QuestionKind::Ranking)
            .then(|| Question::default_rank_places(options.len()))
            .flatten();
        let statements_kind = kind == QuestionKind::Statements;
        let statements = if statements_kind {
            self.statements(def, &options)
        } else {
            Vec::new()
        };
        Ok(Question {
            statements,
            allow_new_statements: self.allow_new && statements_kind,
            new_statements_min_age: whole(new_min_age)
                .filter(|_| statements_kind)
                .map(|n| u8::try_from(n).unwrap_or(u8::MAX)),
            statements_per_person: whole(per_person).filter(|_| statements_kind),
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
            max_choices: whole(max_choices)
                .or(rank_default)
                .filter(|_| matches!(kind, QuestionKind::MultipleChoice | QuestionKind::Ranking)),
            min: min.filter(|_| kind == QuestionKind::Number),
            max: max.filter(|_| kind == QuestionKind::Number),
            max_length: whole(max_length).filter(|_| kind.is_text()),
            pictorial: self.pictorial && kind == QuestionKind::Scale,
            sensitive: self.sensitive && kind.takes_answer(),
            condition,
            // Its own key needs no naming; other kinds are not compared.
            same_as: Some(self.same_as.clone())
                .filter(|k| !k.is_empty() && *k != self.key && kind.compares_over_time()),
        })
    }

    /// A statements question's statements: the options as typed, each keeping its easy-read
    /// wording, then those participants added.
    fn statements(&self, def: &Definition, options: &[OptionDef]) -> Vec<Statement> {
        options
            .iter()
            .map(|o| Statement {
                code: o.code.clone(),
                text: o.label.clone(),
                easy_read: def
                    .question(&self.key)
                    .and_then(|q| q.statement(&o.code))
                    .map(|st| st.easy_read.clone())
                    .unwrap_or_default(),
                added: false,
            })
            .chain(self.added.iter().cloned())
            .collect()
    }

    /// The condition as typed: `None` without a question; a value that does not belong to
    /// the question is an issue.
    fn condition(&self, issues: &mut Vec<Issue>) -> Option<Condition> {
        if self.cond_question.trim().is_empty() {
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
        }
    }
}

/// Gives each option without a code one made from its main-language label (or its place),
/// unique among the options.
fn fill_codes(options: &mut [OptionDef], def: &Definition) {
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
}

/// A number field as typed (a comma read as the decimal point); `None` when empty, and an
/// issue on `name` when it is not a finite number.
fn parse_number(issues: &mut Vec<Issue>, name: &str, raw: &str) -> Option<f64> {
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
}
