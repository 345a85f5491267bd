//! Statistics from distributions (value → young people): count, mean, median and quartiles,
//! readable bins for numbers, average ranks for rankings, and summaries of scales and ratings.
//!
//! Quantiles use linear interpolation between order statistics (Hyndman & Fan type 7, the
//! default of R, NumPy and spreadsheet `QUARTILE.INC`): for `n` sorted values `x[0..n]` the
//! p-quantile is `x[h] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋])` with `h = (n − 1)p`, so the median of
//! an even count is the mean of the two middle values.
//!
//! These are raw figures: hide them from members and the public with
//! [`super::suppression::suppress_statistic`] (statistics) and [`super::suppression::suppress`]
//! (bin counts, "ranked first" counts).
use serde::Serialize;

/// The most bins [`Distribution::bins`] makes.
pub const MAX_BINS: usize = 10;

/// Young people per value, sorted by value; NaN values and zero counts are dropped.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Distribution {
    points: Vec<(f64, u64)>,
    count: u64,
}

impl Distribution {
    /// Builds a distribution from `(value, young people)` pairs in any order; equal values merge.
    pub fn new(pairs: impl IntoIterator<Item = (f64, u64)>) -> Self {
        let mut points: Vec<(f64, u64)> = pairs
            .into_iter()
            .filter(|&(v, c)| c > 0 && !v.is_nan())
            .collect();
        points.sort_by(|a, b| a.0.total_cmp(&b.0));
        points.dedup_by(|next, kept| {
            let same = next.0 == kept.0;
            if same {
                kept.1 += next.1;
            }
            same
        });
        let count = points.iter().map(|p| p.1).sum();
        Self { points, count }
    }

    /// The distribution of raw values (one per young person).
    pub fn from_values(values: &[f64]) -> Self {
        Self::new(values.iter().map(|&v| (v, 1)))
    }

    /// The `(value, young people)` pairs, sorted by value.
    pub fn points(&self) -> &[(f64, u64)] {
        &self.points
    }

    /// Young people in the distribution.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// The arithmetic mean; `None` when empty.
    pub fn mean(&self) -> Option<f64> {
        (self.count > 0).then(|| {
            let sum: f64 = self.points.iter().map(|&(v, c)| v * c as f64).sum();
            sum / self.count as f64
        })
    }

    /// The `k`-th smallest value (0-based); `None` when `k` is out of range.
    pub fn nth(&self, k: u64) -> Option<f64> {
        let mut seen = 0;
        for &(value, count) in &self.points {
            seen += count;
            if k < seen {
                return Some(value);
            }
        }
        None
    }

    /// The `p`-quantile (`p` in 0..=1, clamped) by linear interpolation (type 7).
    pub fn quantile(&self, p: f64) -> Option<f64> {
        let last = self.count.checked_sub(1)?;
        let h = last as f64 * p.clamp(0.0, 1.0);
        let below = h.floor() as u64;
        let low = self.nth(below)?;
        let high = self.nth((below + 1).min(last))?;
        Some(low + (h - below as f64) * (high - low))
    }

    /// The median (type 7: the mean of the two middle values for an even count).
    pub fn median(&self) -> Option<f64> {
        self.quantile(0.5)
    }

    /// Count, mean, minimum, quartiles and maximum.
    pub fn summary(&self) -> NumberSummary {
        NumberSummary {
            count: self.count,
            mean: self.mean(),
            min: self.points.first().map(|p| p.0),
            q1: self.quantile(0.25),
            median: self.median(),
            q3: self.quantile(0.75),
            max: self.points.last().map(|p| p.0),
        }
    }

    /// At most `max_bins` (at least 2) contiguous bins of a "nice" width (1, 2, 2.5 or 5 times
    /// a power of ten; whole numbers when every value is whole), aligned on multiples of the
    /// width. Empty bins between others are kept; an empty distribution has none.
    pub fn bins(&self, max_bins: usize) -> Vec<Bin> {
        let (Some(&(low, _)), Some(&(high, _))) = (self.points.first(), self.points.last()) else {
            return Vec::new();
        };
        let max_bins = max_bins.max(2) as f64;
        let whole = self.points.iter().all(|p| p.0.fract() == 0.0);
        let width = nice_width((high - low) / max_bins, whole, |w| {
            bin_index(high, w) - bin_index(low, w) < max_bins
        });
        let first = bin_index(low, width);
        let len = (bin_index(high, width) - first) as usize + 1;
        let mut counts = vec![0; len];
        for &(value, count) in &self.points {
            counts[(bin_index(value, width) - first) as usize] += count;
        }
        let decimals = decimals_of(width);
        counts
            .into_iter()
            .enumerate()
            .map(|(i, count)| Bin::new(first + i as f64, width, decimals, whole, count))
            .collect()
    }
}

/// Count, mean and quartiles of a number question.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct NumberSummary {
    /// Young people with a value.
    pub count: u64,
    /// `null` when nobody answered (as every figure below).
    pub mean: Option<f64>,
    pub min: Option<f64>,
    /// First quartile (type 7).
    pub q1: Option<f64>,
    pub median: Option<f64>,
    /// Third quartile (type 7).
    pub q3: Option<f64>,
    pub max: Option<f64>,
}

/// One bin of numbers: `from` inclusive, `to` exclusive.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Bin {
    pub from: f64,
    pub to: f64,
    /// `from-last` for whole numbers (`20-24`, or `20` for a width of 1), else `from-to`.
    pub label: String,
    /// Young people whose value falls in the bin.
    pub count: u64,
}

impl Bin {
    fn new(index: f64, width: f64, decimals: i32, whole: bool, count: u64) -> Self {
        let from = round_to(index * width, decimals);
        let to = round_to((index + 1.0) * width, decimals);
        let label = match (whole, width == 1.0) {
            (true, true) => format_number(from, 0),
            // A hyphen-minus, not an en dash: between two numbers it joins them into one
            // left-to-right run, so an Arabic page shows "10-14" and not "14–10".
            (true, false) => format!("{}-{}", format_number(from, 0), format_number(to - 1.0, 0)),
            (false, _) => format!(
                "{}-{}",
                format_number(from, decimals),
                format_number(to, decimals)
            ),
        };
        Self {
            from,
            to,
            label,
            count,
        }
    }
}

/// Which bin of `width` holds `value`, tolerant of floating-point error at the edges.
fn bin_index(value: f64, width: f64) -> f64 {
    (value / width + 1e-9).floor()
}

/// The smallest nice width ≥ `raw` for which `fits` holds.
fn nice_width(raw: f64, whole: bool, fits: impl Fn(f64) -> bool) -> f64 {
    let mut exponent = if raw > 0.0 {
        raw.log10().floor() as i32 - 1
    } else {
        -1
    };
    loop {
        for mantissa in [1.0, 2.0, 2.5, 5.0] {
            let width = mantissa * 10f64.powi(exponent);
            let usable = !whole || (width >= 1.0 && width.fract() == 0.0);
            if usable && width >= raw && fits(width) {
                return width;
            }
        }
        exponent += 1;
    }
}

/// Decimal places needed to write multiples of `width` exactly.
fn decimals_of(width: f64) -> i32 {
    (0..10)
        .find(|&d| {
            let scaled = width * 10f64.powi(d);
            (scaled - scaled.round()).abs() < 1e-9
        })
        .unwrap_or(10)
}

fn round_to(value: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (value * scale).round() / scale
}

/// `value` with at most `decimals` places, without trailing zeros (`2.5`, `10`, `-3`).
fn format_number(value: f64, decimals: i32) -> String {
    let text = format!("{:.*}", decimals.max(0) as usize, value);
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    };
    if text == "-0" { "0".to_owned() } else { text }
}

/// What young people made of one item of a ranking question.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct RankedItem {
    /// The item's option code.
    pub code: String,
    /// Young people who placed the item.
    pub ranked: u64,
    /// Mean position, 1 = first; `null` when nobody placed it.
    pub average_rank: Option<f64>,
    /// Young people who placed it first.
    pub first: u64,
}

/// Average rank and first places per item, in the input order. `items` pairs each option code
/// with young people per position (`[0]` = placed first, `[1]` = second, …).
pub fn rankings<S: AsRef<str>, P: AsRef<[u64]>>(items: &[(S, P)]) -> Vec<RankedItem> {
    items
        .iter()
        .map(|(code, positions)| {
            let positions = positions.as_ref();
            let ranks = positions
                .iter()
                .enumerate()
                .map(|(i, &c)| ((i + 1) as f64, c));
            let distribution = Distribution::new(ranks);
            RankedItem {
                code: code.as_ref().to_owned(),
                ranked: distribution.count(),
                average_rank: distribution.mean(),
                first: positions.first().copied().unwrap_or(0),
            }
        })
        .collect()
}

/// Mean and median of a scale or rating question.
#[derive(Clone, Debug, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ScaleSummary {
    /// Young people who chose a point.
    pub count: u64,
    /// Mean point value; `null` when nobody answered.
    pub mean: Option<f64>,
    /// Median point value (type 7: may fall between two points).
    pub median: Option<f64>,
    /// Index of the option holding the middle answer (the lower one for an even count), to
    /// name the median in words ("Agree").
    pub median_option: Option<usize>,
}

/// Summarises a scale from its options in option order: `(point value, young people)`. The
/// distribution itself is the counts in that order (publish them through suppression).
pub fn scale_summary(options: &[(f64, u64)]) -> ScaleSummary {
    let distribution = Distribution::new(options.iter().copied());
    let count = distribution.count();
    let middle = distribution.nth(count.saturating_sub(1) / 2);
    ScaleSummary {
        count,
        mean: distribution.mean(),
        median: distribution.median(),
        median_option: middle.and_then(|m| options.iter().position(|&(v, c)| v == m && c > 0)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn close(a: Option<f64>, b: Option<f64>) -> bool {
        match (a, b) {
            (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs())),
            (None, None) => true,
            _ => false,
        }
    }

    /// Type-7 quantile straight from the definition over sorted raw values.
    fn direct_quantile(sorted: &[f64], p: f64) -> Option<f64> {
        if sorted.is_empty() {
            return None;
        }
        let h = (sorted.len() - 1) as f64 * p;
        let (i, frac) = (h.floor() as usize, h - h.floor());
        let next = sorted[(i + 1).min(sorted.len() - 1)];
        Some(sorted[i] + frac * (next - sorted[i]))
    }

    #[test]
    fn an_empty_distribution_has_a_count_and_nothing_else() {
        let s = Distribution::default().summary();
        assert_eq!(s.count, 0);
        assert_eq!(
            (s.mean, s.median, s.q1, s.q3, s.min, s.max),
            (None, None, None, None, None, None)
        );
        assert!(Distribution::default().bins(MAX_BINS).is_empty());
    }

    #[test]
    fn quartiles_interpolate_between_order_statistics() {
        let d = Distribution::from_values(&[1.0, 2.0, 3.0, 4.0]);
        let s = d.summary();
        assert_eq!(s.median, Some(2.5));
        assert_eq!(s.q1, Some(1.75));
        assert_eq!(s.q3, Some(3.25));
        assert_eq!(s.mean, Some(2.5));
        let odd = Distribution::new([(10.0, 2), (20.0, 1)]);
        assert_eq!(odd.median(), Some(10.0));
        assert_eq!(Distribution::new([(7.0, 1)]).quantile(0.75), Some(7.0));
    }

    #[test]
    fn equal_values_merge_and_zero_counts_vanish() {
        let d = Distribution::new([(3.0, 2), (1.0, 0), (3.0, 1), (f64::NAN, 4)]);
        assert_eq!(d.points(), &[(3.0, 3)]);
        assert_eq!(d.count(), 3);
    }

    #[test]
    fn ages_are_binned_in_readable_whole_number_bins() {
        let d = Distribution::from_values(&[9.0, 12.0, 13.0, 17.0, 24.0]);
        let bins = d.bins(MAX_BINS);
        let labels: Vec<&str> = bins.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(
            labels,
            [
                "8-9", "10-11", "12-13", "14-15", "16-17", "18-19", "20-21", "22-23", "24-25"
            ]
        );
        assert_eq!(bins.iter().map(|b| b.count).sum::<u64>(), 5);
    }

    #[test]
    fn a_few_distinct_whole_numbers_get_one_bin_each() {
        let d = Distribution::new([(1.0, 4), (3.0, 2)]);
        let bins = d.bins(MAX_BINS);
        let labels: Vec<&str> = bins.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(labels, ["1", "2", "3"]);
        assert_eq!(bins.iter().map(|b| b.count).collect::<Vec<_>>(), [4, 0, 2]);
        let one = Distribution::new([(5.0, 3)]).bins(MAX_BINS);
        assert_eq!(
            (one.len(), one[0].label.as_str(), one[0].count),
            (1, "5", 3)
        );
    }

    #[test]
    fn wide_and_fractional_ranges_get_nice_widths() {
        let hours = Distribution::from_values(&[0.5, 1.25, 2.0, 3.7]);
        let bins = hours.bins(MAX_BINS);
        assert_eq!(bins[0].label, "0.5-1");
        assert_eq!(bins.last().unwrap().label, "3.5-4");
        let money = Distribution::from_values(&[0.0, 990.0]);
        let labels: Vec<String> = money.bins(MAX_BINS).into_iter().map(|b| b.label).collect();
        assert_eq!(labels.len(), 10);
        assert_eq!(labels[0], "0-99");
        let negative = Distribution::from_values(&[-3.0, 4.0]).bins(MAX_BINS);
        assert_eq!(negative[0].label, "-3");
        assert_eq!(negative.len(), 8);
    }

    #[test]
    fn rankings_give_the_average_position_and_first_places() {
        let items = [
            ("a", vec![6, 3, 1]),
            ("b", vec![3, 5, 2]),
            ("c", vec![1, 2, 7]),
            ("d", vec![]),
        ];
        let ranked = rankings(&items);
        assert_eq!(ranked[0].first, 6);
        assert_eq!(ranked[0].ranked, 10);
        assert!(close(ranked[0].average_rank, Some(1.5)));
        assert!(close(ranked[2].average_rank, Some(2.6)));
        assert_eq!(ranked[3].average_rank, None);
        assert_eq!(ranked[3].code, "d");
    }

    #[test]
    fn a_scale_has_a_mean_a_median_and_the_option_holding_the_median() {
        let agree = [(1.0, 2), (2.0, 3), (3.0, 0), (4.0, 10), (5.0, 5)];
        let s = scale_summary(&agree);
        assert_eq!(s.count, 20);
        assert!(close(s.mean, Some(3.65)));
        assert_eq!(s.median, Some(4.0));
        assert_eq!(s.median_option, Some(3));
        let split = scale_summary(&[(1.0, 1), (2.0, 0), (3.0, 1)]);
        assert_eq!(split.median, Some(2.0));
        assert_eq!(split.median_option, Some(0));
        assert_eq!(scale_summary(&[(1.0, 0)]).median_option, None);
    }

    proptest! {
        #[test]
        fn figures_match_a_direct_computation_over_raw_values(
            raw in prop::collection::vec(-500i32..500, 1..200), tenths in any::<bool>()
        ) {
            let scale = if tenths { 10.0 } else { 1.0 };
            let values: Vec<f64> = raw.iter().map(|&v| f64::from(v) / scale).collect();
            let grouped = values.iter().fold(Vec::<(f64, u64)>::new(), |mut acc, &v| {
                match acc.iter_mut().find(|p| p.0 == v) {
                    Some(p) => p.1 += 1,
                    None => acc.push((v, 1)),
                }
                acc
            });
            let d = Distribution::new(grouped);
            let mut sorted = values.clone();
            sorted.sort_by(f64::total_cmp);
            let mean = values.iter().sum::<f64>() / values.len() as f64;
            prop_assert_eq!(d.count(), values.len() as u64);
            prop_assert!(close(d.mean(), Some(mean)));
            for p in [0.0, 0.25, 0.5, 0.75, 1.0] {
                prop_assert!(close(d.quantile(p), direct_quantile(&sorted, p)), "p = {}", p);
            }
            let bins = d.bins(MAX_BINS);
            prop_assert!(!bins.is_empty() && bins.len() <= MAX_BINS);
            for pair in bins.windows(2) {
                prop_assert!((pair[0].to - pair[1].from).abs() < 1e-9);
            }
            for bin in &bins {
                let inside = values.iter().filter(|&&v| v >= bin.from - 1e-9 && v < bin.to - 1e-9);
                prop_assert_eq!(bin.count, inside.count() as u64, "bin {:?}", bin);
            }
        }

        #[test]
        fn rankings_and_scales_match_the_raw_answers(
            orders in prop::collection::vec(Just(vec![0usize, 1, 2, 3]).prop_shuffle(), 1..50)
        ) {
            let mut positions = vec![vec![0u64; 4]; 4];
            for order in &orders {
                for (position, &item) in order.iter().enumerate() {
                    positions[item][position] += 1;
                }
            }
            let items: Vec<(String, Vec<u64>)> =
                positions.iter().enumerate().map(|(i, p)| (format!("i{i}"), p.clone())).collect();
            let ranked = rankings(&items);
            let n = orders.len() as f64;
            for (item, result) in ranked.iter().enumerate() {
                let ranks: Vec<f64> = orders
                    .iter()
                    .map(|o| (o.iter().position(|&i| i == item).unwrap() + 1) as f64)
                    .collect();
                prop_assert!(close(result.average_rank, Some(ranks.iter().sum::<f64>() / n)));
                let firsts = orders.iter().filter(|o| o[0] == item).count() as u64;
                prop_assert_eq!(result.first, firsts);
                let scale = scale_summary(&[(1.0, positions[item][0]), (2.0, positions[item][1]),
                    (3.0, positions[item][2]), (4.0, positions[item][3])]);
                let mut sorted = ranks.clone();
                sorted.sort_by(f64::total_cmp);
                prop_assert!(close(scale.median, direct_quantile(&sorted, 0.5)));
                prop_assert!(close(scale.mean, result.average_rank));
            }
        }
    }
}
