//! Summaries from counters: per question who answered and skipped, options with counts and
//! percentages, distributions with mean and median, rankings, number bins and quartiles; a
//! breakdown by one dimension (cross-tab) or the whole summary for one group (filter); the
//! group sizes of every dimension and how they compare with the consultation's targets. Pure:
//! counts in, the summary a reader may see out.
//!
//! Suppression happens in layers so that every view shows the same figures where they overlap:
//! 1. the number of responses (hidden when small);
//! 2. the overall figures of each question ([`linked`](super::linked), responses fixed);
//! 3. the group sizes of a dimension ([`suppress`], one table per dimension);
//! 4. the figures of each question per group ([`linked`](super::linked), the layers above fixed).
//!
//! Percentages of options, bins and first places are of those who answered (in the group);
//! statistics (mean, median, quartiles, average rank) are hidden from members and the public
//! when fewer young people than the threshold gave them, and the smallest and largest number
//! are never shown to them (each is one young person's answer).
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{
    counters::Dimension,
    linked::{FigureId, Figures, Resolved},
    stats::{self, Bin, Distribution},
    suppression::{
        Audience, Cell, CountRow, CountTable, SuppressedTable, TableError, effective_threshold,
        suppress, suppress_statistic,
    },
};
use crate::consultations::definition::{Definition, Question, QuestionKind, text_in};

/// The group key of young people who did not say (age band, country or gender).
pub const NOT_STATED: &str = "not_stated";

/// Counters of one group of young people (or of all).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GroupCounts {
    pub responses: u64,
    pub questions: BTreeMap<String, QuestionCounts>,
}

/// Counters of one question within a group.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuestionCounts {
    pub answered: u64,
    /// Young people per chosen option code.
    pub options: BTreeMap<String, u64>,
    /// Rankings: young people per option code and position (1 = first).
    pub ranks: BTreeMap<String, BTreeMap<u32, u64>>,
    /// Numbers: young people per value.
    pub numbers: Vec<(f64, u64)>,
}

impl GroupCounts {
    /// Adds one counter (`kind` as stored: `r`, `a`, `o`, `k`, `n`).
    pub fn add(
        &mut self,
        question_key: &str,
        kind: &str,
        code: String,
        position: i32,
        number: f64,
        n: u64,
    ) {
        if kind == "r" {
            self.responses += n;
            return;
        }
        let q = self.questions.entry(question_key.to_owned()).or_default();
        match kind {
            "a" => q.answered += n,
            "o" => *q.options.entry(code).or_default() += n,
            "k" => {
                let position = u32::try_from(position).unwrap_or(0);
                *q.ranks
                    .entry(code)
                    .or_default()
                    .entry(position)
                    .or_default() += n;
            }
            "n" => q.numbers.push((number, n)),
            _ => {}
        }
    }

    fn question(&self, key: &str) -> QuestionCounts {
        self.questions.get(key).cloned().unwrap_or_default()
    }
}

/// Counters of a consultation: overall and, when asked, per group of one dimension (keys as
/// stored: `""` for not stated).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Counts {
    pub overall: GroupCounts,
    pub groups: Option<(Dimension, BTreeMap<String, GroupCounts>)>,
}

/// Young people per group, for every dimension (keys as stored).
pub type GroupSizes = BTreeMap<Dimension, BTreeMap<String, u64>>;

/// What the reader asked to see.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum View {
    /// Every question over all young people.
    Overall,
    /// Every question, and each question per group of the dimension (cross-tab).
    By(Dimension),
    /// Every question for one group only (its key as in the summary: `not_stated` for none).
    Filter(Dimension, String),
}

impl View {
    pub fn dimension(&self) -> Option<Dimension> {
        match self {
            Self::Overall => None,
            Self::By(d) | Self::Filter(d, _) => Some(*d),
        }
    }
}

/// Everything a summary is made from.
pub struct Request<'a> {
    pub definition: &'a Definition,
    pub counts: &'a Counts,
    pub sizes: &'a GroupSizes,
    pub audience: Audience,
    pub view: &'a View,
    /// The reader's language, for question texts and option labels.
    pub lang: &'a str,
    /// Names a group in the reader's language (`girl` → "Girls", `FR` → "France").
    pub group_label: &'a dyn Fn(Dimension, &str) -> String,
    /// Only this question (a cross-tab of one question), when set.
    pub only_question: Option<&'a str>,
}

/// The summary of a consultation as one reader may see it.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct Summary {
    /// Who the figures are for: `facilitator` (every figure, with markers), `member`, `public`.
    pub audience: Audience,
    /// Counts from fewer young people than this are hidden from members and the public.
    pub threshold: u64,
    /// The language of texts and labels.
    pub language: String,
    /// All responses (of the group, when filtered); `null` when hidden.
    pub responses: Option<u64>,
    /// Facilitators: `true` when members and the public do not see `responses`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub responses_suppressed: bool,
    /// The dimension of the breakdown (`?by=`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub by: Option<Dimension>,
    /// The group the summary is limited to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<Filter>,
    /// With `?by=`: the young people in each group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub breakdown: Option<Vec<GroupSize>>,
    /// Young people per group of every dimension (not when filtered).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub totals: Option<Vec<DimensionTotals>>,
    pub questions: Vec<QuestionSummary>,
}

/// The group a summary is limited to.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct Filter {
    pub dimension: Dimension,
    /// The group's key (`not_stated` for those who did not say).
    pub value: String,
    pub label: String,
}

/// Young people in one group.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct GroupSize {
    /// The group's key: an age band code, a country code, `girl`, `fr`, `before`, or `not_stated`.
    pub group: String,
    /// The group's name in the reader's language.
    pub label: String,
    /// Young people in the group; `null` when hidden.
    pub responses: Option<u64>,
    /// Share of all responses (whole percent); `null` when hidden.
    pub percent: Option<u8>,
    /// Hidden from members and the public (facilitators see the figure).
    pub suppressed: bool,
}

/// The groups of one dimension, and how they compare with the consultation's targets.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct DimensionTotals {
    pub dimension: Dimension,
    pub groups: Vec<GroupSize>,
    /// Per group with a target: the target share and whether the group is under-heard.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<Target>,
}

/// A target share for one group (`settings.targets`).
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct Target {
    pub group: String,
    pub label: String,
    /// The share the facilitators aimed for (0–100).
    pub target: u32,
    /// The share reached (whole percent); `null` when hidden.
    pub percent: Option<u8>,
    /// Fewer young people of this group answered than aimed for (below four fifths of the target).
    pub under_heard: bool,
}

/// One question's figures.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct QuestionSummary {
    pub key: String,
    pub kind: QuestionKind,
    /// The question in the reader's language.
    pub text: String,
    /// Young people who answered; `null` when hidden.
    pub answered: Option<u64>,
    /// Young people who did not (skipped, or were not shown the question); `null` when hidden.
    pub skipped: Option<u64>,
    /// Facilitators: the figures of this object members and the public do not see
    /// (`answered`, `skipped`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppressed: Vec<String>,
    /// Choice kinds (single and multiple choice, scale, rating, ranking): one per option, in
    /// the question's order. For a ranking, `count` is how many placed the option first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<OptionFigure>>,
    /// Numbers: the distribution in bins.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bins: Option<Vec<BinFigure>>,
    /// Scales, ratings and numbers: mean, median (and quartiles for numbers).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statistics: Option<Statistics>,
    /// With `?by=`: the same figures per group.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub breakdown: Option<Vec<GroupFigures>>,
    /// Free text: key terms, phrases and the quotes a facilitator chose (with `?text=true` on the API).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_analysis: Option<super::texts::TextAnalysis>,
}

/// One option of a question.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct OptionFigure {
    pub code: String,
    /// The option's label in the reader's language.
    pub label: String,
    /// Young people who chose it (rankings: placed it first); `null` when hidden.
    pub count: Option<u64>,
    /// Share of those who answered (whole percent); `null` when hidden.
    pub percent: Option<u8>,
    /// Hidden from members and the public (facilitators see the figure).
    pub suppressed: bool,
    /// Rankings: the mean position (1 = first); `null` when hidden.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub average_rank: Option<f64>,
}

/// One bin of a number question: `from` inclusive, `to` exclusive.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct BinFigure {
    pub from: f64,
    pub to: f64,
    pub label: String,
    pub count: Option<u64>,
    pub percent: Option<u8>,
    pub suppressed: bool,
}

/// Statistics of a scale, rating or number question.
#[derive(Clone, Debug, Default, Serialize, Deserialize, ToSchema)]
pub struct Statistics {
    pub mean: Option<f64>,
    pub median: Option<f64>,
    /// Scales and ratings: the option holding the middle answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub median_option: Option<String>,
    /// Numbers: first quartile.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q1: Option<f64>,
    /// Numbers: third quartile.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub q3: Option<f64>,
    /// Numbers, facilitators only: the smallest value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// Numbers, facilitators only: the largest value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// Based on fewer young people than the threshold: hidden from members and the public.
    pub suppressed: bool,
}

/// A question's figures within one group.
#[derive(Clone, Debug, Serialize, Deserialize, ToSchema)]
pub struct GroupFigures {
    pub group: String,
    pub label: String,
    /// Young people in the group; `null` when hidden.
    pub responses: Option<u64>,
    pub answered: Option<u64>,
    pub skipped: Option<u64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suppressed: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<OptionFigure>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bins: Option<Vec<BinFigure>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub statistics: Option<Statistics>,
}

/// How a question's answers are tallied.
#[derive(Clone, Debug)]
enum Shape {
    /// Each young person who answered is in exactly one column (single choice, scale, rating).
    Exclusive,
    /// Any number of columns (multiple choice).
    Multiple,
    /// Columns are "placed first"; every young person who answered places one item first.
    Ranking,
    /// Columns are bins of a layout shared by every group.
    Number(Vec<Bin>),
    /// Answered and skipped only.
    Text,
}

/// A question prepared for tallying: its columns in order.
struct Plan<'a> {
    question: &'a Question,
    shape: Shape,
    /// Option codes (choices) or bin labels (numbers).
    columns: Vec<String>,
}

impl Plan<'_> {
    /// The column counts of a group, in column order.
    fn tally(&self, q: &QuestionCounts) -> Vec<u64> {
        match &self.shape {
            Shape::Exclusive | Shape::Multiple => self
                .columns
                .iter()
                .map(|c| q.options.get(c).copied().unwrap_or(0))
                .collect(),
            Shape::Ranking => self
                .columns
                .iter()
                .map(|c| q.ranks.get(c).and_then(|p| p.get(&1)).copied().unwrap_or(0))
                .collect(),
            Shape::Number(bins) => {
                let mut counts = vec![0; bins.len()];
                for &(value, n) in &q.numbers {
                    if let Some(i) = bin_of(bins, value) {
                        counts[i] += n;
                    }
                }
                counts
            }
            Shape::Text => Vec::new(),
        }
    }

    /// Whether the columns add up to those who answered.
    fn exclusive(&self) -> bool {
        matches!(
            self.shape,
            Shape::Exclusive | Shape::Ranking | Shape::Number(_)
        )
    }
}

fn bin_of(bins: &[Bin], value: f64) -> Option<usize> {
    let last = bins.len().checked_sub(1)?;
    Some(
        bins.iter()
            .position(|b| value < b.to - 1e-9)
            .unwrap_or(last)
            .min(last),
    )
}

/// The figures of one question in one group, declared in a [`Figures`].
#[derive(Clone, Debug)]
struct QuestionIds {
    answered: FigureId,
    skipped: FigureId,
    columns: Vec<FigureId>,
}

/// Declares a question's figures in `figures`, with `responses` as their base. With `fixed`,
/// the figures are settled elsewhere (`resolved`) and only restated.
fn declare(
    figures: &mut Figures,
    plan: &Plan<'_>,
    q: &QuestionCounts,
    responses: FigureId,
    fixed: Option<(&Resolved, &QuestionIds)>,
) -> QuestionIds {
    let answered_n = q.answered.min(figures.value(responses));
    let skipped_n = figures.value(responses) - answered_n;
    let counts = plan.tally(q);
    let mut add = |value: u64, settled: Option<FigureId>| match (fixed, settled) {
        (Some((resolved, _)), Some(id)) => figures.add_fixed(value, resolved.is_hidden(id)),
        _ => figures.add(value),
    };
    let answered = add(answered_n, fixed.map(|f| f.1.answered));
    let skipped = add(skipped_n, fixed.map(|f| f.1.skipped));
    let columns: Vec<FigureId> = counts
        .iter()
        .enumerate()
        .map(|(i, &v)| add(v, fixed.map(|f| f.1.columns[i])))
        .collect();
    if fixed.is_none() {
        figures.add_sum(&[answered, skipped], responses);
        if plan.exclusive() {
            figures.add_sum(&columns, answered);
        }
    }
    QuestionIds {
        answered,
        skipped,
        columns,
    }
}

/// Builds the summary `req` asks for.
///
/// # Errors
/// [`TableError`] when the counters disagree with each other (a bug, or counters to rebuild).
pub fn summarise(req: &Request<'_>) -> Result<Summary, TableError> {
    let def = req.definition;
    let threshold = effective_threshold(u64::from(def.threshold()));
    let audience = req.audience;
    let plans: Vec<Plan<'_>> = def
        .questions()
        .map(|(_, q)| q)
        .filter(|q| q.kind.takes_answer())
        .filter(|q| req.only_question.is_none_or(|k| k == q.key))
        .map(|q| plan(q, &req.counts.overall.question(&q.key)))
        .collect();

    // Layers 1 and 2: responses, then every question's overall figures.
    let overall = &req.counts.overall;
    let mut figures = Figures::new();
    let responses = figures.add(overall.responses);
    let overall_ids: Vec<QuestionIds> = plans
        .iter()
        .map(|p| {
            declare(
                &mut figures,
                p,
                &overall.question(&p.question.key),
                responses,
                None,
            )
        })
        .collect();
    let level1 = figures.resolve(threshold);

    let sizes: Vec<DimensionTotals> = Dimension::ALL
        .into_iter()
        .map(|d| dimension_totals(req, d, threshold))
        .collect::<Result<_, _>>()?;

    let mut summary = Summary {
        audience,
        threshold,
        language: req.lang.to_owned(),
        responses: level1.count(responses, audience),
        responses_suppressed: audience.sees_everything() && level1.is_hidden(responses),
        by: None,
        filter: None,
        breakdown: None,
        totals: None,
        questions: Vec::new(),
    };

    let Some(dimension) = req.view.dimension() else {
        summary.questions = plans
            .iter()
            .zip(&overall_ids)
            .map(|(p, ids)| {
                let q = overall.question(&p.question.key);
                question_summary(req, p, &q, &level1, ids)
            })
            .collect();
        summary.totals = Some(sizes);
        return Ok(summary);
    };

    // Layers 3 and 4: the group sizes of the dimension, then every question per group.
    let keys = group_keys(req, dimension);
    let sizes_seen = suppressed_sizes(req, dimension, &keys, threshold, Audience::Facilitator)?;
    let empty = GroupCounts::default();
    let found = req
        .counts
        .groups
        .as_ref()
        .filter(|(d, _)| *d == dimension)
        .map(|(_, g)| g);
    let groups: Vec<(&String, &GroupCounts)> = keys
        .iter()
        .map(|k| (k, found.and_then(|f| f.get(k)).unwrap_or(&empty)))
        .collect();
    let mut figures = Figures::new();
    let responses4 = figures.add_fixed(overall.responses, level1.is_hidden(responses));
    let group_ids: Vec<FigureId> = sizes_seen
        .rows
        .iter()
        .zip(&keys)
        .map(|(row, key)| figures.add_fixed(size_of(req, dimension, key), row.base.suppressed))
        .collect();
    let mut per_question: Vec<(QuestionIds, Vec<QuestionIds>)> = Vec::new();
    for (p, ids) in plans.iter().zip(&overall_ids) {
        let key = &p.question.key;
        let totals = declare(
            &mut figures,
            p,
            &overall.question(key),
            responses4,
            Some((&level1, ids)),
        );
        let rows: Vec<QuestionIds> = groups
            .iter()
            .zip(&group_ids)
            .map(|((_, counts), &base)| declare(&mut figures, p, &counts.question(key), base, None))
            .collect();
        let answered: Vec<FigureId> = rows.iter().map(|r| r.answered).collect();
        let skipped: Vec<FigureId> = rows.iter().map(|r| r.skipped).collect();
        figures.add_sum(&answered, totals.answered);
        figures.add_sum(&skipped, totals.skipped);
        for (c, &total) in totals.columns.iter().enumerate() {
            let column: Vec<FigureId> = rows.iter().map(|r| r.columns[c]).collect();
            figures.add_sum(&column, total);
        }
        per_question.push((totals, rows));
    }
    let level4 = figures.resolve(threshold);
    match req.view {
        View::By(_) => {
            summary.by = Some(dimension);
            summary.breakdown = match sizes.iter().find(|t| t.dimension == dimension) {
                Some(t) => Some(t.groups.clone()),
                // A region is no stored dimension, so not among the totals: its groups here.
                None => Some(dimension_totals(req, dimension, threshold)?.groups),
            };
            summary.totals = Some(sizes);
            summary.questions = plans
                .iter()
                .zip(&overall_ids)
                .zip(&per_question)
                .map(|((p, ids), (_, rows))| {
                    let q = overall.question(&p.question.key);
                    let mut out = question_summary(req, p, &q, &level1, ids);
                    out.breakdown = Some(
                        groups
                            .iter()
                            .zip(rows)
                            .zip(&group_ids)
                            .map(|(((stored, counts), ids), &base)| {
                                let q = counts.question(&p.question.key);
                                let figures = figures_of(req, p, &q, &level4, ids);
                                GroupFigures {
                                    group: group_key(stored),
                                    label: (req.group_label)(dimension, stored),
                                    responses: level4.count(base, audience),
                                    answered: figures.answered,
                                    skipped: figures.skipped,
                                    suppressed: figures.suppressed,
                                    options: figures.options,
                                    bins: figures.bins,
                                    statistics: figures.statistics,
                                }
                            })
                            .collect(),
                    );
                    out
                })
                .collect();
        }
        View::Filter(_, value) => {
            let stored = if value == NOT_STATED { "" } else { value };
            let index = keys.iter().position(|g| g == stored);
            summary.filter = Some(Filter {
                dimension,
                value: group_key(stored),
                label: (req.group_label)(dimension, stored),
            });
            let Some(index) = index else {
                summary.responses = Some(0);
                summary.responses_suppressed = false;
                summary.questions = plans.iter().map(|p| empty_question(req, p)).collect();
                return Ok(summary);
            };
            let base = group_ids[index];
            summary.responses = level4.count(base, audience);
            summary.responses_suppressed = audience.sees_everything() && level4.is_hidden(base);
            let counts = groups[index].1;
            summary.questions = plans
                .iter()
                .zip(&per_question)
                .map(|(p, (_, rows))| {
                    let q = counts.question(&p.question.key);
                    question_summary(req, p, &q, &level4, &rows[index])
                })
                .collect();
        }
        View::Overall => {}
    }
    Ok(summary)
}

/// A question of a group nobody is in.
fn empty_question(req: &Request<'_>, p: &Plan<'_>) -> QuestionSummary {
    let mut figures = Figures::new();
    let responses = figures.add(0);
    let q = QuestionCounts::default();
    let ids = declare(&mut figures, p, &q, responses, None);
    let resolved = figures.resolve(0);
    question_summary(req, p, &q, &resolved, &ids)
}

/// The tally plan of a question: its columns (option codes in order, then any code found in
/// the counters but no longer in the definition; or bins for numbers).
fn plan<'a>(question: &'a Question, overall: &QuestionCounts) -> Plan<'a> {
    let mut codes: Vec<String> = question.options.iter().map(|o| o.code.clone()).collect();
    let stray = overall
        .options
        .keys()
        .chain(overall.ranks.keys())
        .filter(|c| !codes.contains(c))
        .cloned()
        .collect::<Vec<_>>();
    match question.kind {
        QuestionKind::SingleChoice
        | QuestionKind::Scale
        | QuestionKind::Rating
        | QuestionKind::MultipleChoice
        | QuestionKind::Ranking => {
            for code in stray {
                if !codes.contains(&code) {
                    codes.push(code);
                }
            }
            let shape = match question.kind {
                QuestionKind::MultipleChoice => Shape::Multiple,
                QuestionKind::Ranking => Shape::Ranking,
                _ => Shape::Exclusive,
            };
            Plan {
                question,
                shape,
                columns: codes,
            }
        }
        QuestionKind::Number => {
            let mut points = overall.numbers.clone();
            // The declared range sets the bins, so they do not reveal the extreme answers.
            for bound in [question.min, question.max].into_iter().flatten() {
                points.push((bound, 1));
            }
            let bins: Vec<Bin> = Distribution::new(points)
                .bins(stats::MAX_BINS)
                .into_iter()
                .map(|b| Bin { count: 0, ..b })
                .collect();
            Plan {
                question,
                columns: bins.iter().map(|b| b.label.clone()).collect(),
                shape: Shape::Number(bins),
            }
        }
        _ => Plan {
            question,
            shape: Shape::Text,
            columns: Vec::new(),
        },
    }
}

/// The figures of a question in one group (or overall), as the reader may see them.
struct Seen {
    answered: Option<u64>,
    skipped: Option<u64>,
    suppressed: Vec<String>,
    options: Option<Vec<OptionFigure>>,
    bins: Option<Vec<BinFigure>>,
    statistics: Option<Statistics>,
}

fn figures_of(
    req: &Request<'_>,
    p: &Plan<'_>,
    q: &QuestionCounts,
    resolved: &Resolved,
    ids: &QuestionIds,
) -> Seen {
    let audience = req.audience;
    let threshold = resolved.threshold();
    let answered_n = resolved.value(ids.answered);
    let mut suppressed = Vec::new();
    if audience.sees_everything() {
        if resolved.is_hidden(ids.answered) {
            suppressed.push("answered".to_owned());
        }
        if resolved.is_hidden(ids.skipped) {
            suppressed.push("skipped".to_owned());
        }
    }
    let cells: Vec<Cell> = ids
        .columns
        .iter()
        .map(|&c| resolved.cell(c, ids.answered, audience))
        .collect();
    let statistic = |value: Option<f64>| {
        value.and_then(|v| suppress_statistic(v, answered_n, threshold, audience))
    };
    let hidden_statistic = answered_n < threshold;
    let mut seen = Seen {
        answered: resolved.count(ids.answered, audience),
        skipped: resolved.count(ids.skipped, audience),
        suppressed,
        options: None,
        bins: None,
        statistics: None,
    };
    let question = p.question;
    match &p.shape {
        Shape::Exclusive | Shape::Multiple | Shape::Ranking => {
            let ranked = matches!(p.shape, Shape::Ranking).then(|| {
                let items: Vec<(String, Vec<u64>)> = p
                    .columns
                    .iter()
                    .map(|code| (code.clone(), positions(q, code)))
                    .collect();
                stats::rankings(&items)
            });
            seen.options = Some(
                p.columns
                    .iter()
                    .zip(&cells)
                    .enumerate()
                    .map(|(i, (code, cell))| OptionFigure {
                        code: code.clone(),
                        label: option_label(req, question, code),
                        count: cell.count,
                        percent: cell.percent,
                        suppressed: cell.suppressed,
                        average_rank: ranked.as_ref().and_then(|r| statistic(r[i].average_rank)),
                    })
                    .collect(),
            );
            if matches!(question.kind, QuestionKind::Scale | QuestionKind::Rating) {
                let points: Vec<(f64, u64)> = p
                    .columns
                    .iter()
                    .map(|code| {
                        let n = q.options.get(code).copied().unwrap_or(0);
                        (point_value(question, code), n)
                    })
                    .collect();
                let s = stats::scale_summary(&points);
                let median_option = s
                    .median_option
                    .filter(|_| audience.sees_everything() || !hidden_statistic)
                    .map(|i| p.columns[i].clone());
                seen.statistics = Some(Statistics {
                    mean: statistic(s.mean),
                    median: statistic(s.median),
                    median_option,
                    suppressed: hidden_statistic,
                    ..Statistics::default()
                });
            }
        }
        Shape::Number(bins) => {
            seen.bins = Some(
                bins.iter()
                    .zip(&cells)
                    .map(|(bin, cell)| BinFigure {
                        from: bin.from,
                        to: bin.to,
                        label: bin.label.clone(),
                        count: cell.count,
                        percent: cell.percent,
                        suppressed: cell.suppressed,
                    })
                    .collect(),
            );
            let s = Distribution::new(q.numbers.iter().copied()).summary();
            let facilitator = audience.sees_everything();
            seen.statistics = Some(Statistics {
                mean: statistic(s.mean),
                median: statistic(s.median),
                median_option: None,
                q1: statistic(s.q1),
                q3: statistic(s.q3),
                min: s.min.filter(|_| facilitator),
                max: s.max.filter(|_| facilitator),
                suppressed: hidden_statistic,
            });
        }
        Shape::Text => {}
    }
    seen
}

fn question_summary(
    req: &Request<'_>,
    p: &Plan<'_>,
    q: &QuestionCounts,
    resolved: &Resolved,
    ids: &QuestionIds,
) -> QuestionSummary {
    let seen = figures_of(req, p, q, resolved, ids);
    QuestionSummary {
        key: p.question.key.clone(),
        kind: p.question.kind,
        text: question_text(req, p.question),
        answered: seen.answered,
        skipped: seen.skipped,
        suppressed: seen.suppressed,
        options: seen.options,
        bins: seen.bins,
        statistics: seen.statistics,
        breakdown: None,
        text_analysis: None,
    }
}

/// Young people per position (index 0 = first) of one ranked option.
fn positions(q: &QuestionCounts, code: &str) -> Vec<u64> {
    let Some(by_position) = q.ranks.get(code) else {
        return Vec::new();
    };
    let last = by_position.keys().copied().max().unwrap_or(0) as usize;
    let mut out = vec![0; last];
    for (&position, &n) in by_position {
        if position >= 1 {
            out[position as usize - 1] += n;
        }
    }
    out
}

/// The point value of a scale or rating option: its value, else its position from 1.
pub fn point_value(question: &Question, code: &str) -> f64 {
    let index = question.options.iter().position(|o| o.code == code);
    index
        .and_then(|i| question.options[i].value)
        .unwrap_or_else(|| index.map_or(0.0, |i| (i + 1) as f64))
}

fn question_text(req: &Request<'_>, question: &Question) -> String {
    let text = question.wording(req.lang, None);
    if !text.is_empty() {
        return text.to_owned();
    }
    let fallback = text_in(&question.text, &req.definition.default_language);
    if fallback.is_empty() {
        question.key.clone()
    } else {
        fallback.to_owned()
    }
}

/// An option's label in the reader's language, else the default language, else its code.
pub fn option_label(req: &Request<'_>, question: &Question, code: &str) -> String {
    let Some(option) = question.option(code) else {
        return code.to_owned();
    };
    [req.lang, req.definition.default_language.as_str()]
        .iter()
        .map(|l| text_in(&option.label, l))
        .find(|t| !t.is_empty())
        .map_or_else(|| code.to_owned(), str::to_owned)
}

/// The groups of a dimension in a stable order: those the definition offers, then any other
/// young people are in, then "not stated" (stored as `""`).
fn group_keys(req: &Request<'_>, dimension: Dimension) -> Vec<String> {
    let settings = &req.definition.settings;
    let mut keys: Vec<String> = match dimension {
        Dimension::AgeBand => settings.age_bands.iter().map(|b| b.code.clone()).collect(),
        Dimension::Language => req.definition.languages.clone(),
        Dimension::Phase => settings
            .phases
            .iter()
            .map(|p| p.as_str().to_owned())
            .collect(),
        Dimension::Country | Dimension::Gender | Dimension::Region | Dimension::ItuRegion => {
            Vec::new()
        }
    };
    let sizes = req.sizes.get(&dimension);
    let present = sizes
        .into_iter()
        .flatten()
        .filter(|(_, n)| **n > 0)
        .map(|(k, _)| k);
    let mut not_stated = false;
    for key in present {
        if key.is_empty() {
            not_stated = true;
        } else if !keys.contains(key) {
            keys.push(key.clone());
        }
    }
    if not_stated {
        keys.push(String::new());
    }
    keys
}

/// Young people in a group (stored key).
fn size_of(req: &Request<'_>, dimension: Dimension, key: &str) -> u64 {
    req.sizes
        .get(&dimension)
        .and_then(|s| s.get(key))
        .copied()
        .unwrap_or(0)
}

/// The group sizes of a dimension, suppressed as a table of bases without columns.
fn suppressed_sizes(
    req: &Request<'_>,
    dimension: Dimension,
    keys: &[String],
    threshold: u64,
    audience: Audience,
) -> Result<SuppressedTable, TableError> {
    let rows = keys
        .iter()
        .map(|k| CountRow::new(k.clone(), Vec::new(), size_of(req, dimension, k)))
        .collect();
    Ok(suppress(
        &CountTable::new(Vec::new(), rows)?,
        threshold,
        audience,
    ))
}

/// The young people per group of one dimension, suppressed, with the targets.
fn dimension_totals(
    req: &Request<'_>,
    dimension: Dimension,
    threshold: u64,
) -> Result<DimensionTotals, TableError> {
    let keys = group_keys(req, dimension);
    let shown = suppressed_sizes(req, dimension, &keys, threshold, req.audience)?;
    let truth = suppressed_sizes(req, dimension, &keys, threshold, Audience::Facilitator)?;
    let groups: Vec<GroupSize> = keys
        .iter()
        .zip(&shown.rows)
        .map(|(key, row)| GroupSize {
            group: group_key(key),
            label: (req.group_label)(dimension, key),
            responses: row.base.count,
            percent: row.base.percent,
            suppressed: row.base.suppressed,
        })
        .collect();
    let targets = req
        .definition
        .settings
        .targets
        .get(dimension.as_str())
        .map(|targets| {
            targets
                .iter()
                .map(|(key, &target)| {
                    let index = keys.iter().position(|g| g == key);
                    let real = index.and_then(|i| truth.rows[i].base.percent).unwrap_or(0);
                    Target {
                        group: key.clone(),
                        label: (req.group_label)(dimension, key),
                        target,
                        percent: index.map_or(Some(0), |i| shown.rows[i].base.percent),
                        under_heard: truth.base.count.unwrap_or(0) > 0
                            && u32::from(real) * 5 < target * 4,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(DimensionTotals {
        dimension,
        groups,
        targets,
    })
}

/// The key of a stored group in summaries: `not_stated` for `""`.
fn group_key(stored: &str) -> String {
    if stored.is_empty() {
        NOT_STATED.to_owned()
    } else {
        stored.to_owned()
    }
}
