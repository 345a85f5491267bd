//! Small-group suppression across linked figures: the companion of [`super::suppression::suppress`]
//! for a whole summary, where one figure belongs to several sums at once.
//!
//! A summary publishes, per question, who answered and who skipped (answered + skipped =
//! responses), the options of those who answered (single choice, scales, ratings, first places
//! of rankings and number bins add up to the answered; multiple choice does not), and in a
//! breakdown the same per group, whose figures add up to the overall ones. A [`CountTable`]
//! holds one level of margins; these figures hold two (options → answered → responses) and
//! share the group sizes between questions. So the rules of the [`suppression`] module are
//! applied here to any set of declared sums:
//! - **Primary**: a figure of 1 to threshold − 1 young people is hidden; 0 is published.
//! - **Complementary**: a sum whose parts add up to a non-zero total must never have exactly
//!   one hidden element, or subtraction would reveal it. Until none has, the next figure of such
//!   a sum is hidden: the smallest visible non-zero part (preferring one whose other sums stay
//!   safe), else its total, else a visible zero part.
//! - **Fixed** figures were settled elsewhere (the overall figures, when a breakdown is added;
//!   the group sizes, shared by every question) and are never hidden here, so every view of a
//!   consultation shows the same overall figures and group sizes whatever the breakdown.
//! - **Percentages** are of true counts over a true base, rounded half up, and published only
//!   when both the count and its base are: a percentage with a hidden base would give the base
//!   away.
//!
//! Facilitators see every figure; [`Cell::suppressed`] marks what members and the public do not.
//!
//! [`CountTable`]: super::suppression::CountTable
//! [`suppression`]: super::suppression
use super::suppression::{Audience, Cell, effective_threshold, is_small, percent};

/// A figure declared in [`Figures`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FigureId(usize);

/// `parts` add up to `total` (when they do not, the sum protects nothing and is ignored).
#[derive(Clone, Debug)]
struct Sum {
    parts: Vec<usize>,
    total: usize,
}

impl Sum {
    fn elements(&self) -> impl Iterator<Item = usize> + '_ {
        self.parts.iter().copied().chain([self.total])
    }
}

/// Counts of young people and the sums that tie them together, before suppression.
#[derive(Clone, Debug, Default)]
pub struct Figures {
    values: Vec<u64>,
    /// `Some(hidden)` when the figure's fate was settled elsewhere.
    fixed: Vec<Option<bool>>,
    sums: Vec<Sum>,
}

impl Figures {
    pub fn new() -> Self {
        Self::default()
    }

    /// A figure of `value` young people.
    pub fn add(&mut self, value: u64) -> FigureId {
        self.values.push(value);
        self.fixed.push(None);
        FigureId(self.values.len() - 1)
    }

    /// A figure already published (`hidden = false`) or hidden elsewhere: it keeps that fate.
    pub fn add_fixed(&mut self, value: u64, hidden: bool) -> FigureId {
        self.values.push(value);
        self.fixed.push(Some(hidden));
        FigureId(self.values.len() - 1)
    }

    /// Declares that `parts` add up to `total`.
    pub fn add_sum(&mut self, parts: &[FigureId], total: FigureId) {
        self.sums.push(Sum {
            parts: parts.iter().map(|p| p.0).collect(),
            total: total.0,
        });
    }

    /// The value of a figure.
    pub fn value(&self, id: FigureId) -> u64 {
        self.values[id.0]
    }

    /// Decides which figures are hidden from members and the public.
    pub fn resolve(self, threshold: u64) -> Resolved {
        let threshold = effective_threshold(threshold);
        let mut hidden: Vec<bool> = self
            .values
            .iter()
            .zip(&self.fixed)
            .map(|(&v, fixed)| fixed.unwrap_or_else(|| is_small(v, threshold)))
            .collect();
        let mut sums_of: Vec<Vec<usize>> = vec![Vec::new(); self.values.len()];
        for (s, sum) in self.sums.iter().enumerate() {
            for e in sum.elements() {
                sums_of[e].push(s);
            }
        }
        let guarded: Vec<bool> = self
            .sums
            .iter()
            .map(|s| {
                let total = self.values[s.total];
                total > 0 && s.parts.iter().map(|&p| self.values[p]).sum::<u64>() == total
            })
            .collect();
        let solver = Solver {
            figures: &self,
            sums_of: &sums_of,
            guarded: &guarded,
        };
        loop {
            let mut changed = false;
            for (s, sum) in self.sums.iter().enumerate() {
                if guarded[s] && solver.hidden_in(s, &hidden) == 1 {
                    if let Some(pick) = solver.complement(s, sum, &hidden) {
                        hidden[pick] = true;
                        changed = true;
                    } else {
                        tracing::warn!(sum = s, "a sum of fixed figures cannot be protected");
                    }
                }
            }
            if !changed {
                break;
            }
        }
        Resolved {
            values: self.values,
            hidden,
            threshold,
        }
    }
}

struct Solver<'a> {
    figures: &'a Figures,
    sums_of: &'a [Vec<usize>],
    guarded: &'a [bool],
}

impl Solver<'_> {
    fn hidden_in(&self, s: usize, hidden: &[bool]) -> usize {
        self.figures.sums[s]
            .elements()
            .filter(|&e| hidden[e])
            .count()
    }

    /// The element of `sum` to hide next, or `None` when every visible one is fixed.
    fn complement(&self, s: usize, sum: &Sum, hidden: &[bool]) -> Option<usize> {
        let values = &self.figures.values;
        sum.elements()
            .filter(|&e| !hidden[e] && self.figures.fixed[e].is_none())
            .min_by_key(|&e| {
                let tier = if e == sum.total {
                    1
                } else if values[e] > 0 {
                    0
                } else {
                    2
                };
                // Other protected sums this figure would leave with exactly one hidden element.
                let cost = self.sums_of[e]
                    .iter()
                    .filter(|&&o| o != s && self.guarded[o] && self.hidden_in(o, hidden) == 0)
                    .count();
                (tier, cost, values[e], e)
            })
    }
}

/// Which figures are hidden, with their true values.
#[derive(Clone, Debug)]
pub struct Resolved {
    values: Vec<u64>,
    hidden: Vec<bool>,
    threshold: u64,
}

impl Resolved {
    /// The threshold applied (already clamped).
    pub fn threshold(&self) -> u64 {
        self.threshold
    }

    /// The true value (for facilitators and for statistics).
    pub fn value(&self, id: FigureId) -> u64 {
        self.values[id.0]
    }

    /// Whether members and the public do not see the figure.
    pub fn is_hidden(&self, id: FigureId) -> bool {
        self.hidden[id.0]
    }

    /// The figure as `audience` sees it.
    pub fn count(&self, id: FigureId, audience: Audience) -> Option<u64> {
        (audience.sees_everything() || !self.is_hidden(id)).then(|| self.value(id))
    }

    /// The figure with its percentage of `base` as `audience` sees them.
    pub fn cell(&self, id: FigureId, base: FigureId, audience: Audience) -> Cell {
        let count = self.count(id, audience);
        let base_seen = self.count(base, audience);
        Cell {
            count,
            percent: count
                .and(base_seen)
                .and_then(|_| percent(self.value(id), self.value(base))),
            suppressed: self.is_hidden(id),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// One question, one group: options (exclusive or not) → answered; answered + skipped = responses.
    struct Question {
        responses: FigureId,
        answered: FigureId,
        skipped: FigureId,
        options: Vec<FigureId>,
    }

    fn question(f: &mut Figures, options: &[u64], answered: u64, responses: u64) -> Question {
        let r = f.add(responses);
        question_in(f, r, options, answered, true)
    }

    fn question_in(
        f: &mut Figures,
        responses: FigureId,
        options: &[u64],
        answered: u64,
        exclusive: bool,
    ) -> Question {
        let a = f.add(answered);
        let s = f.add(f.value(responses) - answered);
        f.add_sum(&[a, s], responses);
        let options: Vec<FigureId> = options.iter().map(|&v| f.add(v)).collect();
        if exclusive {
            f.add_sum(&options, a);
        }
        Question {
            responses,
            answered: a,
            skipped: s,
            options,
        }
    }

    fn seen(r: &Resolved, ids: &[FigureId]) -> Vec<Option<u64>> {
        ids.iter().map(|&i| r.count(i, Audience::Public)).collect()
    }

    #[test]
    fn a_small_skip_hides_the_answered_and_one_option_so_neither_can_be_worked_out() {
        let mut f = Figures::new();
        let q = question(&mut f, &[40, 30, 27], 97, 100);
        let r = f.resolve(10);
        assert_eq!(r.count(q.responses, Audience::Public), Some(100));
        assert_eq!(r.count(q.skipped, Audience::Public), None);
        assert_eq!(r.count(q.answered, Audience::Public), None);
        assert_eq!(seen(&r, &q.options), [Some(40), Some(30), None]);
        let cell = r.cell(q.options[0], q.answered, Audience::Public);
        assert_eq!(
            cell.percent, None,
            "a percentage would give the answered away"
        );
        let cell = r.cell(q.options[0], q.answered, Audience::Facilitator);
        assert_eq!(
            (cell.count, cell.percent, cell.suppressed),
            (Some(40), Some(41), false)
        );
    }

    #[test]
    fn few_answers_hide_the_skipped_too_even_when_it_is_large() {
        let mut f = Figures::new();
        let q = question(&mut f, &[2, 2], 4, 100);
        let r = f.resolve(10);
        assert_eq!(r.count(q.answered, Audience::Public), None);
        assert_eq!(
            r.count(q.skipped, Audience::Public),
            None,
            "100 − 96 would be 4"
        );
        assert_eq!(seen(&r, &q.options), [None, None]);
        assert_eq!(r.count(q.responses, Audience::Public), Some(100));
    }

    #[test]
    fn nothing_small_hides_nothing_and_zeros_are_published() {
        let mut f = Figures::new();
        let q = question(&mut f, &[40, 0, 20], 60, 60);
        let r = f.resolve(10);
        assert_eq!(seen(&r, &q.options), [Some(40), Some(0), Some(20)]);
        assert_eq!(r.count(q.skipped, Audience::Public), Some(0));
        assert_eq!(
            r.cell(q.options[1], q.answered, Audience::Public).percent,
            Some(0)
        );
    }

    #[test]
    fn fixed_figures_keep_their_fate_and_a_zero_completes_a_sum_when_nothing_else_can() {
        let mut f = Figures::new();
        let total = f.add_fixed(12, false);
        let hidden_part = f.add_fixed(12, true);
        let zero = f.add(0);
        f.add_sum(&[hidden_part, zero], total);
        let r = f.resolve(5);
        assert!(!r.is_hidden(total), "fixed as published");
        assert!(r.is_hidden(hidden_part), "fixed as hidden");
        assert!(r.is_hidden(zero), "12 − 0 would give the hidden part away");
    }

    #[test]
    fn a_facilitator_sees_every_figure_with_the_marker() {
        let mut f = Figures::new();
        let q = question(&mut f, &[3, 50], 53, 60);
        let r = f.resolve(10);
        let cell = r.cell(q.options[0], q.answered, Audience::Facilitator);
        assert_eq!((cell.count, cell.suppressed), (Some(3), true));
        let cell = r.cell(q.options[0], q.answered, Audience::Member);
        assert_eq!(
            (cell.count, cell.percent, cell.suppressed),
            (None, None, true)
        );
    }

    #[test]
    fn multiple_choice_options_need_no_complement_among_themselves() {
        let mut f = Figures::new();
        let r0 = f.add(80);
        let q = question_in(&mut f, r0, &[3, 50, 60], 70, false);
        let r = f.resolve(10);
        assert_eq!(seen(&r, &q.options), [None, Some(50), Some(60)]);
        assert_eq!(r.count(q.answered, Audience::Public), Some(70));
    }

    /// A question broken down by groups, as the summary builds it.
    fn arb_breakdown() -> impl Strategy<Value = (Vec<Vec<u64>>, Vec<u64>, bool, u64)> {
        let value = prop_oneof![3 => 0u64..12, 2 => 0u64..60];
        (1usize..5, 1usize..5, any::<bool>(), 5u64..12).prop_flat_map(
            move |(groups, width, exclusive, threshold)| {
                (
                    prop::collection::vec(prop::collection::vec(value.clone(), width), groups),
                    prop::collection::vec(0u64..15, groups),
                    Just(exclusive),
                    Just(threshold),
                )
            },
        )
    }

    fn build(cells: &[Vec<u64>], skipped: &[u64], exclusive: bool) -> (Figures, Vec<Vec<usize>>) {
        let mut f = Figures::new();
        let width = cells[0].len();
        let answered: Vec<u64> = cells
            .iter()
            .map(|row| {
                if exclusive {
                    row.iter().sum()
                } else {
                    row.iter().copied().max().unwrap_or(0) + 1
                }
            })
            .collect();
        let rg: Vec<FigureId> = answered
            .iter()
            .zip(skipped)
            .map(|(a, s)| f.add(a + s))
            .collect();
        let r = f.add(answered.iter().sum::<u64>() + skipped.iter().sum::<u64>());
        f.add_sum(&rg, r);
        let a = f.add(answered.iter().sum());
        let s = f.add(skipped.iter().sum());
        f.add_sum(&[a, s], r);
        let totals: Vec<FigureId> = (0..width)
            .map(|c| f.add(cells.iter().map(|row| row[c]).sum()))
            .collect();
        if exclusive {
            f.add_sum(&totals, a);
        }
        let mut ag = Vec::new();
        let mut sg = Vec::new();
        let mut columns = vec![Vec::new(); width];
        for (g, row) in cells.iter().enumerate() {
            let a_g = f.add(answered[g]);
            let s_g = f.add(skipped[g]);
            f.add_sum(&[a_g, s_g], rg[g]);
            let ids: Vec<FigureId> = row.iter().map(|&v| f.add(v)).collect();
            if exclusive {
                f.add_sum(&ids, a_g);
            }
            for (c, id) in ids.into_iter().enumerate() {
                columns[c].push(id);
            }
            ag.push(a_g);
            sg.push(s_g);
        }
        f.add_sum(&ag, a);
        f.add_sum(&sg, s);
        for (c, column) in columns.iter().enumerate() {
            f.add_sum(column, totals[c]);
        }
        let sums = f
            .sums
            .iter()
            .map(|s| s.elements().collect())
            .collect::<Vec<Vec<usize>>>();
        (f, sums)
    }

    proptest! {
        #[test]
        fn no_hidden_figure_can_be_worked_out_from_one_sum_and_small_ones_are_hidden(
            (cells, skipped, exclusive, threshold) in arb_breakdown()
        ) {
            let (f, sums) = build(&cells, &skipped, exclusive);
            let values = f.values.clone();
            let sum_defs = f.sums.clone();
            let r = f.resolve(threshold);
            for (i, &v) in values.iter().enumerate() {
                if v > 0 && v < threshold {
                    prop_assert!(r.hidden[i], "figure {} = {} is small", i, v);
                }
            }
            for (s, elements) in sums.iter().enumerate() {
                let def = &sum_defs[s];
                let total = values[def.total];
                let sum: u64 = def.parts.iter().map(|&p| values[p]).sum();
                if total == 0 || sum != total {
                    continue;
                }
                let hidden = elements.iter().filter(|&&e| r.hidden[e]).count();
                prop_assert_ne!(hidden, 1, "sum {} of {:?} / {:?}", s, cells, skipped);
            }
        }
    }
}
