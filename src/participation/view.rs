//! What the question partials (`frontend/templates/questions/<kind>.html`) render: a
//! question resolved for one language and age band, with the current value and its problem.
//! The authoring preview and the live mode build the same [`QuestionView`] and include
//! `questions/question.html` with `q` (and `l`, a `Locale`) in scope.
use std::collections::BTreeMap;

use super::journey::{answer_name, rank_name, vote_name};
use crate::web::forms::FormData;
use crate::{
    consultations::{
        definition::{AnswerValue, ConditionOperator, Definition, Question, QuestionKind, text_in},
        statements,
    },
    i18n::{Arg, Locale},
};

/// One option as shown.
#[derive(Clone, Debug)]
pub struct OptionView {
    pub code: String,
    pub label: String,
    pub emoji: Option<String>,
    /// Chosen (radio or checkbox).
    pub checked: bool,
    /// Ranking: the place typed or stored ("" when none).
    pub rank: String,
    /// The form field of this option's place in a ranking.
    pub rank_name: String,
    /// Statements: the vote given (`agree`, `disagree`, `pass`; "" when none).
    pub vote: String,
    /// Statements: the form field of the vote on this statement.
    pub vote_name: String,
}

/// One item of a ranking shown with move buttons.
#[derive(Clone, Debug)]
pub struct RankItem<'a> {
    pub option: &'a OptionView,
    /// "1", "2"… or "" when not ranked (the hidden field's value).
    pub place: String,
    /// The item's position among the options (where it goes back when taken out).
    pub at: usize,
    pub buttons: Vec<RankButton>,
}

/// A move button: `word` is `up`, `down`, `out` or `in`; `text` is said with the item's
/// name ("Move up: Sport").
#[derive(Clone, Debug)]
pub struct RankButton {
    pub word: &'static str,
    pub action: String,
    pub text: String,
    pub hidden: bool,
}

/// A condition on an answer on the same page, for the enhancement script and the hint.
#[derive(Clone, Debug)]
pub struct ConditionView {
    /// The form field name of the answer the question depends on.
    pub name: String,
    pub operator: &'static str,
    pub value: String,
    /// "Answer this if you chose …" for readers without the script.
    pub hint: String,
}

/// A question ready for a partial.
#[derive(Clone, Debug)]
pub struct QuestionView {
    pub key: String,
    /// `single_choice`, `scale`… (the partial's name).
    pub kind: &'static str,
    /// Unique in the page: `q3` (by position in the definition, so any key is safe in ids).
    pub id: String,
    /// The form field name.
    pub name: String,
    pub text: String,
    pub help: String,
    pub required: bool,
    pub options: Vec<OptionView>,
    /// Number or text as typed or stored.
    pub value: String,
    pub error: Option<String>,
    /// A hint about limits: "Choose up to 3", "From 0 to 24", "Up to 200 characters".
    pub limit_hint: String,
    /// Characters allowed (texts).
    pub max_length: usize,
    /// Number: the smallest accepted, as typed (`data-min`, for scripts and tests).
    pub min: Option<String>,
    pub pictorial: bool,
    pub condition: Option<ConditionView>,
    /// Ranking: how many places are offered.
    pub rank_places: usize,
    /// Ranking: shown as a list with move buttons that post the form (the journey's pages);
    /// else one place menu per item (live sessions).
    pub moves: bool,
    /// Statements: this young person may add a statement (the text field is shown).
    pub may_add: bool,
}

/// The values of one question as a form would carry them.
#[derive(Clone, Debug, Default)]
pub struct RawAnswer {
    pub values: Vec<String>,
    pub ranks: BTreeMap<String, String>,
    /// Statements: votes by statement code.
    pub votes: BTreeMap<String, String>,
}

impl RawAnswer {
    /// From a submitted form (to show a page again exactly as it was typed).
    pub fn from_form(q: &Question, form: &FormData) -> Self {
        let name = answer_name(&q.key);
        Self {
            values: form.all(&name).into_iter().map(str::to_owned).collect(),
            ranks: q
                .options
                .iter()
                .filter_map(|o| {
                    form.opt(&rank_name(&q.key, &o.code))
                        .map(|p| (o.code.clone(), p.to_owned()))
                })
                .collect(),
            votes: q
                .statements
                .iter()
                .filter_map(|st| {
                    form.opt(&vote_name(&q.key, &st.code))
                        .map(|v| (st.code.clone(), v.to_owned()))
                })
                .collect(),
        }
    }

    /// From a kept answer.
    pub fn from_answer(q: &Question, answer: Option<&AnswerValue>) -> Self {
        match answer {
            None => Self::default(),
            Some(AnswerValue::Number(n)) => Self {
                values: vec![format_number(*n)],
                ..Self::default()
            },
            Some(AnswerValue::Text(t)) => Self {
                values: vec![t.clone()],
                ..Self::default()
            },
            Some(AnswerValue::Votes(a)) => Self {
                values: a.new_statements.clone(),
                votes: a.votes.clone(),
                ..Self::default()
            },
            Some(AnswerValue::Codes(codes)) if q.kind == QuestionKind::Ranking => Self {
                values: Vec::new(),
                ranks: codes
                    .iter()
                    .enumerate()
                    .map(|(i, c)| (c.clone(), (i + 1).to_string()))
                    .collect(),
                ..Self::default()
            },
            Some(AnswerValue::Codes(codes)) => Self {
                values: codes.clone(),
                ..Self::default()
            },
        }
    }
}

/// `12` rather than `12.0`, and the decimal mark of nobody's locale: digits as typed.
pub fn format_number(n: f64) -> String {
    format!("{n}")
}

/// Who reads the questions and what else is on the page.
pub struct Reader<'a> {
    pub def: &'a Definition,
    pub l: &'a Locale,
    /// The age band, for easy-read wording.
    pub age_band: Option<&'a str>,
    /// Keys of the questions on the same page (conditions on them are applied in the page).
    pub same_page: &'a [String],
    /// Chooses the statements shown ([`statements::choose`]): the journey's random
    /// submission id, never anything identifying.
    pub seed: u64,
    /// Votes so far by question key and statement code (the least-voted are shown first).
    pub votes: Option<&'a BTreeMap<String, BTreeMap<String, u64>>>,
}

impl QuestionView {
    /// The question `q` (at `position` in the definition) for a reader.
    pub fn new(
        reader: &Reader<'_>,
        q: &Question,
        position: usize,
        raw: &RawAnswer,
        error: Option<String>,
    ) -> Self {
        let Reader {
            def,
            l,
            age_band,
            same_page,
            seed,
            votes,
        } = *reader;
        let lang = l.code();
        let mut options: Vec<OptionView> = q
            .options
            .iter()
            .map(|o| OptionView {
                code: o.code.clone(),
                label: text_in(&o.label, lang).to_owned(),
                emoji: o.emoji.clone().filter(|_| q.pictorial),
                checked: raw.values.contains(&o.code),
                rank: raw.ranks.get(&o.code).cloned().unwrap_or_default(),
                rank_name: rank_name(&q.key, &o.code),
                vote: String::new(),
                vote_name: String::new(),
            })
            .collect();
        if q.kind == QuestionKind::Statements {
            let empty = BTreeMap::new();
            let counts = votes.and_then(|v| v.get(&q.key)).unwrap_or(&empty);
            options = statements::choose(q, counts, seed)
                .into_iter()
                .map(|st| OptionView {
                    code: st.code.clone(),
                    label: st.wording(lang, age_band).to_owned(),
                    emoji: None,
                    checked: false,
                    rank: String::new(),
                    rank_name: String::new(),
                    vote: raw.votes.get(&st.code).cloned().unwrap_or_default(),
                    vote_name: vote_name(&q.key, &st.code),
                })
                .collect();
        }
        let may_add = q.may_add_statements(age_band.and_then(|b| def.age_band(b)));
        let condition = q
            .condition
            .as_ref()
            .filter(|c| same_page.contains(&c.question))
            .and_then(|c| {
                let other = def.question(&c.question)?;
                let other_text = other.wording(lang, age_band).to_owned();
                let value = c.value.clone().unwrap_or_default();
                let label = other
                    .option(&value)
                    .map(|o| text_in(&o.label, lang).to_owned())
                    .unwrap_or_default();
                let (operator, hint) = match c.operator {
                    ConditionOperator::Equals => (
                        "equals",
                        l.t_args(
                            "p-condition-equals",
                            &[
                                ("option", Arg::Str(&label)),
                                ("question", Arg::Str(&other_text)),
                            ],
                        ),
                    ),
                    ConditionOperator::Includes => (
                        "includes",
                        l.t_args(
                            "p-condition-includes",
                            &[
                                ("option", Arg::Str(&label)),
                                ("question", Arg::Str(&other_text)),
                            ],
                        ),
                    ),
                    ConditionOperator::NotAnswered => (
                        "not_answered",
                        l.t_args(
                            "p-condition-not-answered",
                            &[("question", Arg::Str(&other_text))],
                        ),
                    ),
                };
                Some(ConditionView {
                    name: answer_name(&c.question),
                    operator,
                    value,
                    hint,
                })
            });
        Self {
            key: q.key.clone(),
            kind: q.kind.as_str(),
            id: format!("q{position}"),
            name: answer_name(&q.key),
            text: q.wording(lang, age_band).to_owned(),
            help: text_in(&q.help, lang).to_owned(),
            required: q.required,
            options,
            value: raw.values.first().cloned().unwrap_or_default(),
            error,
            limit_hint: limit_hint(q, l),
            max_length: q.text_limit(),
            min: q.min.map(format_number),
            pictorial: q.pictorial,
            condition,
            rank_places: q.rank_places(),
            moves: false,
            may_add,
        }
    }

    /// Where an error summary links: the first input.
    pub fn anchor(&self) -> String {
        if self.options.is_empty() {
            self.id.clone()
        } else {
            format!("{}-0", self.id)
        }
    }

    /// The ids of the hints and the error, for `aria-describedby`.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if self.condition.is_some() {
            ids.push(format!("{}-cond", self.id));
        }
        if !self.help.is_empty() {
            ids.push(format!("{}-help", self.id));
        }
        if !self.limit_hint.is_empty() {
            ids.push(format!("{}-limit", self.id));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.id));
        }
        ids.join(" ")
    }

    /// The help text split into paragraphs (information texts are often several).
    pub fn paragraphs(&self) -> Vec<&str> {
        self.text
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect()
    }

    /// Ranking: the items ranked (best first) and the others (in the options' order), each
    /// with its move buttons; a button that cannot move its item is hidden (the script shows
    /// and hides them as items move).
    pub fn rank_items(&self, l: &Locale) -> (Vec<RankItem<'_>>, Vec<RankItem<'_>>) {
        let mut ranked: Vec<(usize, &OptionView)> = self
            .options
            .iter()
            .filter_map(|o| Some((o.rank.trim().parse::<usize>().ok()?, o)))
            .filter(|(n, _)| *n > 0)
            .collect();
        ranked.sort_by_key(|(n, _)| *n);
        ranked.truncate(self.rank_places);
        let count = ranked.len();
        let full = count >= self.rank_places;
        let unranked = self
            .options
            .iter()
            .filter(|o| !ranked.iter().any(|(_, r)| r.code == o.code))
            .map(|o| self.rank_item(l, o, None, count, full))
            .collect();
        let ranked = ranked
            .iter()
            .enumerate()
            .map(|(i, (_, o))| self.rank_item(l, o, Some(i), count, full))
            .collect();
        (ranked, unranked)
    }

    /// One item of [`Self::rank_items`], at place `at` (from 0) of `count`, or not ranked.
    fn rank_item<'a>(
        &self,
        l: &Locale,
        o: &'a OptionView,
        at: Option<usize>,
        count: usize,
        full: bool,
    ) -> RankItem<'a> {
        let button = |word: &'static str, key: &str, hidden: bool| RankButton {
            word,
            action: super::ranking::action(word, &self.key, &o.code),
            text: l.t(key),
            hidden,
        };
        RankItem {
            at: self
                .options
                .iter()
                .position(|x| x.code == o.code)
                .unwrap_or(0),
            place: at.map(|i| (i + 1).to_string()).unwrap_or_default(),
            buttons: vec![
                button("up", "p-rank-up", at.is_none_or(|i| i == 0)),
                button("down", "p-rank-down", at.is_none_or(|i| i + 1 == count)),
                button("out", "p-rank-out", at.is_none()),
                button("in", "p-rank-in", at.is_some() || full),
            ],
            option: o,
        }
    }

    /// A sentence the script says after a move, with `%item%` and `%place%` to fill in.
    pub fn rank_said(&self, l: &Locale, key: &str) -> String {
        l.t_args(
            key,
            &[("item", Arg::Str("%item%")), ("place", Arg::Str("%place%"))],
        )
    }

    /// Places 1..=n offered for each option of a ranking (n: the question's top N).
    pub fn places(&self) -> Vec<String> {
        (1..=self.rank_places).map(|n| n.to_string()).collect()
    }
}

fn limit_hint(q: &Question, l: &Locale) -> String {
    match q.kind {
        QuestionKind::MultipleChoice => match q.max_choices {
            Some(max) => l.t_count("p-hint-choose-up-to", i64::from(max)),
            None => l.t("p-hint-choose-any"),
        },
        QuestionKind::Ranking => l.t_count("p-hint-ranking", q.rank_places() as i64),
        QuestionKind::Number => match (q.min, q.max) {
            (Some(min), Some(max)) => l.t_args(
                "p-hint-number-range",
                &[("min", Arg::Num(min)), ("max", Arg::Num(max))],
            ),
            (Some(min), None) => l.t_args("p-hint-number-min", &[("min", Arg::Num(min))]),
            (None, Some(max)) => l.t_args("p-hint-number-max", &[("max", Arg::Num(max))]),
            (None, None) => String::new(),
        },
        QuestionKind::ShortText | QuestionKind::LongText => {
            l.t_count("p-hint-characters", q.text_limit() as i64)
        }
        QuestionKind::Statements => l.t("p-hint-statements"),
        _ => String::new(),
    }
}

/// An answer on the "check your answers" page.
#[derive(Clone, Debug)]
pub struct CheckedAnswer {
    pub id: String,
    pub question: String,
    /// One line per chosen or ranked option, or the number or text; empty when skipped.
    pub lines: Vec<String>,
    pub ordered: bool,
    pub change: String,
    pub error: Option<String>,
}

/// The words of a kept answer.
pub fn answer_lines(q: &Question, answer: Option<&AnswerValue>, l: &Locale) -> Vec<String> {
    let lang = l.code();
    let label = |code: &str| {
        q.option(code).map_or_else(
            || code.to_owned(),
            |o| {
                let text = text_in(&o.label, lang);
                match o.emoji.as_deref().filter(|_| q.pictorial) {
                    Some(e) => format!("{e} {text}"),
                    None => text.to_owned(),
                }
            },
        )
    };
    match answer {
        None => Vec::new(),
        Some(AnswerValue::Number(n)) => vec![format_number(*n)],
        Some(AnswerValue::Text(t)) if q.kind.is_text() => vec![t.clone()],
        Some(AnswerValue::Text(code)) => vec![label(code)],
        Some(AnswerValue::Codes(codes)) => codes.iter().map(|c| label(c)).collect(),
        Some(AnswerValue::Votes(a)) => a
            .votes
            .iter()
            .map(|(code, vote)| {
                let text = q.statement(code).map_or("", |st| st.wording(lang, None));
                format!("{text}: {}", l.t(&format!("p-vote-{vote}")))
            })
            .chain(a.new_statements.iter().cloned())
            .collect(),
    }
}
