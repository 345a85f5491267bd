//! Small-group suppression: the one gate every published count passes through.
//!
//! Rules (statistical disclosure control by cell suppression):
//! - The threshold is the consultation's (default 10) and never below [`MIN_THRESHOLD`].
//! - **Primary suppression**: a count of 1 to threshold − 1 young people is hidden. A count of
//!   **0 is published**: it says nobody in a group chose something and singles out no one. A
//!   group (row) whose base is 1 to threshold − 1 is hidden entirely, zeros included, and so is
//!   the whole table when its overall base is that small.
//! - **Complementary suppression**: a table is read as a grid with margins — each row ends with
//!   its base, the last row holds the column totals and the overall base. A line (row or column)
//!   whose parts add up to its total (single choice, scales, the group sizes, every column) must
//!   never have exactly one hidden figure, or subtraction would reveal it. Until none has, the
//!   next smallest non-zero figure of such a line is hidden (inside the table preferring one
//!   whose crossing line is then protected too), or else the line's total. A multiple-choice row,
//!   whose cells do not add up to its base, needs no complement. A line whose total is 0 needs
//!   none either: all its parts are 0 and reveal nothing about anyone.
//! - A hidden group base hides its whole row, so a published percentage never lets a reader
//!   recover a hidden base.
//! - **Percentages** are computed from the true counts over the true base (the row's base for a
//!   cell, the overall base for a column total or a group's base), rounded half up to whole
//!   numbers, and are `None` exactly when the count is hidden or the base is 0.
//! - **Facilitators** see every figure; `suppressed` marks those members and the public do not see.
//!
//! The column totals of a breakdown are what a one-row table of the same question publishes,
//! except in rare cases where hiding a column total is the only complement left; a response that
//! shows a breakdown should therefore take its overall figures from [`SuppressedTable::totals`].
use serde::{Deserialize, Serialize};

/// The lowest threshold any consultation may use.
pub const MIN_THRESHOLD: u64 = 5;
/// The threshold of a consultation that sets none.
pub const DEFAULT_THRESHOLD: u64 = 10;

/// Who reads a figure, which decides what is hidden.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Sees every figure, with a marker on those others do not see.
    Facilitator,
    /// A member of the working group.
    Member,
    /// Anyone, without logging in.
    Public,
}

impl Audience {
    /// Whether this reader sees suppressed figures (with a marker).
    pub fn sees_everything(self) -> bool {
        self == Audience::Facilitator
    }
}

/// The threshold actually applied: the configured one, never below [`MIN_THRESHOLD`].
pub fn effective_threshold(threshold: u64) -> u64 {
    threshold.max(MIN_THRESHOLD)
}

/// Whether a count of `n` young people is too small to publish (0 is not).
pub fn is_small(n: u64, threshold: u64) -> bool {
    n > 0 && n < effective_threshold(threshold)
}

/// A single count as `audience` may see it: `None` when it is small and the reader is not a
/// facilitator. Use it only for figures that no published total can reveal; a figure that is
/// part of a sum (answered + skipped = responses) belongs in a [`CountTable`].
pub fn suppress_count(n: u64, threshold: u64, audience: Audience) -> Option<u64> {
    (audience.sees_everything() || !is_small(n, threshold)).then_some(n)
}

/// A statistic (mean, median, average rank…) computed from `n` young people as `audience` may
/// see it: hidden from members and the public when `n` is below the threshold, 0 included.
pub fn suppress_statistic<T>(value: T, n: u64, threshold: u64, audience: Audience) -> Option<T> {
    (audience.sees_everything() || n >= effective_threshold(threshold)).then_some(value)
}

/// Rounded whole percentage of `count` in `base`, half up; `None` when the base is 0.
pub fn percent(count: u64, base: u64) -> Option<u8> {
    if base == 0 {
        return None;
    }
    let rounded = (200 * u128::from(count) + u128::from(base)) / (2 * u128::from(base));
    Some(u8::try_from(rounded).unwrap_or(u8::MAX))
}

/// One group of young people (an age band, a country, or "all") and its counts per option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountRow {
    /// The group's key (`13-15`, `FR`, `all`, `not_stated`).
    pub group: String,
    /// Young people in the group per column, in column order.
    pub counts: Vec<u64>,
    /// Young people in the group who answered; for multiple choice it differs from the sum.
    pub base: u64,
}

impl CountRow {
    /// A group whose `base` young people answered (multiple choice: any base ≥ every count).
    pub fn new(group: impl Into<String>, counts: Vec<u64>, base: u64) -> Self {
        Self {
            group: group.into(),
            counts,
            base,
        }
    }

    /// A group where each young person is in exactly one column: the base is the sum.
    pub fn exclusive(group: impl Into<String>, counts: Vec<u64>) -> Self {
        let base = counts.iter().sum();
        Self::new(group, counts, base)
    }
}

/// Why a [`CountTable`] could not be built.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum TableError {
    #[error("group {group} has {found} counts for {expected} columns")]
    WrongWidth {
        group: String,
        expected: usize,
        found: usize,
    },
    #[error("group {group} has a count above its base")]
    CountAboveBase { group: String },
}

/// Counts of young people: rows are groups that partition the respondents (add a "not stated"
/// group for those without a band), columns are option codes. Column totals and the overall
/// base are the sums over the rows, so the margins always agree with the cells.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountTable {
    columns: Vec<String>,
    rows: Vec<CountRow>,
}

impl CountTable {
    /// A table of `rows` over `columns`.
    ///
    /// # Errors
    /// [`TableError`] when a row's width differs from the columns or a count exceeds its base.
    pub fn new(columns: Vec<String>, rows: Vec<CountRow>) -> Result<Self, TableError> {
        for row in &rows {
            if row.counts.len() != columns.len() {
                return Err(TableError::WrongWidth {
                    group: row.group.clone(),
                    expected: columns.len(),
                    found: row.counts.len(),
                });
            }
            if row.counts.iter().any(|&c| c > row.base) {
                return Err(TableError::CountAboveBase {
                    group: row.group.clone(),
                });
            }
        }
        Ok(Self { columns, rows })
    }

    /// A one-row table (group `all`): the overall figures of one question.
    ///
    /// # Errors
    /// As [`CountTable::new`].
    pub fn single(columns: Vec<String>, counts: Vec<u64>, base: u64) -> Result<Self, TableError> {
        Self::new(columns, vec![CountRow::new("all", counts, base)])
    }

    /// The option codes.
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    /// The groups.
    pub fn rows(&self) -> &[CountRow] {
        &self.rows
    }

    /// Young people per column over all groups.
    pub fn column_totals(&self) -> Vec<u64> {
        (0..self.columns.len())
            .map(|c| self.rows.iter().map(|r| r.counts[c]).sum())
            .collect()
    }

    /// Young people who answered, over all groups.
    pub fn base(&self) -> u64 {
        self.rows.iter().map(|r| r.base).sum()
    }
}

/// One published figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Cell {
    /// Young people; `null` when hidden from this reader.
    pub count: Option<u64>,
    /// Whole percentage of the base; `null` when the count is hidden or the base is 0.
    pub percent: Option<u8>,
    /// Hidden from members and the public (facilitators see the figure with this marker).
    pub suppressed: bool,
}

/// One group of a [`SuppressedTable`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct SuppressedRow {
    /// The group's key.
    pub group: String,
    /// One figure per column; percentages of the group's base.
    pub cells: Vec<Cell>,
    /// The group's base; its percentage is the group's share of all who answered.
    pub base: Cell,
}

/// A [`CountTable`] as one reader may see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct SuppressedTable {
    /// The threshold applied (already clamped).
    pub threshold: u64,
    /// Who the figures are for.
    pub audience: Audience,
    /// The option codes.
    pub columns: Vec<String>,
    /// The groups, in the input order.
    pub rows: Vec<SuppressedRow>,
    /// Per column over all groups; percentages of the overall base.
    pub totals: Vec<Cell>,
    /// All who answered (percentage 100 unless 0).
    pub base: Cell,
}

/// Applies small-group suppression to `table` for `audience` (see the module documentation for
/// the rules). `threshold` is clamped to at least [`MIN_THRESHOLD`].
pub fn suppress(table: &CountTable, threshold: u64, audience: Audience) -> SuppressedTable {
    let threshold = effective_threshold(threshold);
    let mut grid = Grid::from_table(table);
    grid.hide_small(threshold);
    grid.complete();
    grid.render(table, threshold, audience)
}

/// A row or a column of the grid, margins included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Line {
    Row(usize),
    Col(usize),
}

/// The table with margins: `height` = groups + 1 (totals), `width` = columns + 1 (bases).
struct Grid {
    height: usize,
    width: usize,
    values: Vec<u64>,
    hidden: Vec<bool>,
}

impl Grid {
    fn from_table(table: &CountTable) -> Self {
        let (height, width) = (table.rows.len() + 1, table.columns.len() + 1);
        let mut values = Vec::with_capacity(height * width);
        for row in &table.rows {
            values.extend_from_slice(&row.counts);
            values.push(row.base);
        }
        values.extend(table.column_totals());
        values.push(table.base());
        Self {
            height,
            width,
            hidden: vec![false; values.len()],
            values,
        }
    }

    fn at(&self, row: usize, col: usize) -> usize {
        row * self.width + col
    }

    fn row_of(&self, pos: usize) -> usize {
        pos / self.width
    }

    fn col_of(&self, pos: usize) -> usize {
        pos % self.width
    }

    fn is_margin(&self, line: Line) -> bool {
        match line {
            Line::Row(r) => r + 1 == self.height,
            Line::Col(c) => c + 1 == self.width,
        }
    }

    fn parts(&self, line: Line) -> Vec<usize> {
        match line {
            Line::Row(r) => (0..self.width - 1).map(|c| self.at(r, c)).collect(),
            Line::Col(c) => (0..self.height - 1).map(|r| self.at(r, c)).collect(),
        }
    }

    fn total(&self, line: Line) -> usize {
        match line {
            Line::Row(r) => self.at(r, self.width - 1),
            Line::Col(c) => self.at(self.height - 1, c),
        }
    }

    /// The other line through a part of `line`.
    fn crossing(&self, line: Line, pos: usize) -> Line {
        match line {
            Line::Row(_) => Line::Col(self.col_of(pos)),
            Line::Col(_) => Line::Row(self.row_of(pos)),
        }
    }

    /// Margins first, so the totals row is resolved exactly as in a one-row table.
    fn lines(&self) -> Vec<Line> {
        let (rows, cols) = (self.height - 1, self.width - 1);
        let mut lines = vec![Line::Row(rows), Line::Col(cols)];
        lines.extend((0..rows).map(Line::Row));
        lines.extend((0..cols).map(Line::Col));
        lines
    }

    /// Whether subtraction works along `line`: its parts add up to a non-zero total.
    fn is_guarded(&self, line: Line) -> bool {
        let total = self.values[self.total(line)];
        let sum: u64 = self.parts(line).iter().map(|&p| self.values[p]).sum();
        total > 0 && sum == total
    }

    fn hidden_in(&self, line: Line) -> usize {
        let mut elements = self.parts(line);
        elements.push(self.total(line));
        elements.iter().filter(|&&p| self.hidden[p]).count()
    }

    /// Hides one figure; a group's base takes its row with it, the overall base everything.
    fn hide(&mut self, pos: usize) {
        let (row, col) = (self.row_of(pos), self.col_of(pos));
        if col + 1 < self.width {
            self.hidden[pos] = true;
        } else if row + 1 < self.height {
            let start = self.at(row, 0);
            self.hidden[start..start + self.width].fill(true);
        } else {
            self.hidden.fill(true);
        }
    }

    fn hide_small(&mut self, threshold: u64) {
        for pos in 0..self.values.len() {
            if is_small(self.values[pos], threshold) {
                self.hide(pos);
            }
        }
    }

    /// Complementary suppression until no guarded line has exactly one hidden figure.
    fn complete(&mut self) {
        let lines = self.lines();
        loop {
            let mut changed = false;
            for &line in &lines {
                if self.is_guarded(line) && self.hidden_in(line) == 1 {
                    let pick = self.complement(line);
                    self.hide(pick);
                    changed = true;
                }
            }
            if !changed {
                break;
            }
        }
    }

    /// The figure to hide next in `line`: the smallest visible non-zero part, else the total.
    fn complement(&self, line: Line) -> usize {
        let candidates = self
            .parts(line)
            .into_iter()
            .filter(|&p| !self.hidden[p] && self.values[p] > 0);
        let best = if self.is_margin(line) {
            candidates.min_by_key(|&p| (self.values[p], p))
        } else {
            candidates.min_by_key(|&p| (self.crossing_cost(line, p), self.values[p], p))
        };
        best.unwrap_or_else(|| self.total(line))
    }

    /// 0 when hiding `pos` leaves its crossing line safe, 1 when that line can still be
    /// protected inside the table, 2 when only its total would be left to hide.
    fn crossing_cost(&self, line: Line, pos: usize) -> u8 {
        let cross = self.crossing(line, pos);
        if !self.is_guarded(cross) || self.hidden_in(cross) > 0 {
            return 0;
        }
        let others = self.parts(cross).into_iter().filter(|&p| p != pos);
        if others.into_iter().any(|p| self.values[p] > 0) {
            1
        } else {
            2
        }
    }

    fn render(&self, table: &CountTable, threshold: u64, audience: Audience) -> SuppressedTable {
        let last_row = self.height - 1;
        let rows = table
            .rows
            .iter()
            .enumerate()
            .map(|(r, row)| SuppressedRow {
                group: row.group.clone(),
                cells: self.cells_of_row(r, audience),
                base: self.cell(self.at(r, self.width - 1), audience),
            })
            .collect();
        SuppressedTable {
            threshold,
            audience,
            columns: table.columns.clone(),
            rows,
            totals: self.cells_of_row(last_row, audience),
            base: self.cell(self.at(last_row, self.width - 1), audience),
        }
    }

    fn cells_of_row(&self, row: usize, audience: Audience) -> Vec<Cell> {
        (0..self.width - 1)
            .map(|c| self.cell(self.at(row, c), audience))
            .collect()
    }

    /// The figure at `pos` with its percentage of the row's base (margins: of the overall base).
    fn cell(&self, pos: usize, audience: Audience) -> Cell {
        let (row, col) = (self.row_of(pos), self.col_of(pos));
        let base_pos = if col + 1 < self.width && row + 1 < self.height {
            self.at(row, self.width - 1)
        } else {
            self.values.len() - 1
        };
        let suppressed = self.hidden[pos];
        let visible = audience.sees_everything() || !suppressed;
        let value = self.values[pos];
        Cell {
            count: visible.then_some(value),
            percent: visible
                .then(|| percent(value, self.values[base_pos]))
                .flatten(),
            suppressed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn cols(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("o{i}")).collect()
    }

    fn table(rows: &[&[u64]]) -> CountTable {
        let rows: Vec<CountRow> = rows
            .iter()
            .enumerate()
            .map(|(i, counts)| CountRow::exclusive(format!("g{i}"), counts.to_vec()))
            .collect();
        let width = rows.first().map_or(0, |r: &CountRow| r.counts.len());
        CountTable::new(cols(width), rows).unwrap()
    }

    fn counts(cells: &[Cell]) -> Vec<Option<u64>> {
        cells.iter().map(|c| c.count).collect()
    }

    fn public(t: &CountTable, threshold: u64) -> SuppressedTable {
        suppress(t, threshold, Audience::Public)
    }

    #[test]
    fn the_threshold_is_never_below_five() {
        assert_eq!(effective_threshold(0), 5);
        assert_eq!(effective_threshold(3), 5);
        assert_eq!(effective_threshold(12), 12);
        let t = CountTable::single(cols(1), vec![4], 4).unwrap();
        assert_eq!(public(&t, 1).base.count, None);
    }

    #[test]
    fn a_count_one_below_the_threshold_is_hidden_and_the_threshold_itself_is_shown() {
        assert_eq!(suppress_count(9, 10, Audience::Public), None);
        assert_eq!(suppress_count(9, 10, Audience::Member), None);
        assert_eq!(suppress_count(10, 10, Audience::Public), Some(10));
        assert_eq!(suppress_count(9, 10, Audience::Facilitator), Some(9));
        assert_eq!(suppress_count(0, 10, Audience::Public), Some(0));
        // Multiple choice, so no complement is needed and only the threshold decides.
        let t = CountTable::single(cols(2), vec![9, 10], 15).unwrap();
        let s = public(&t, 10);
        assert_eq!(counts(&s.rows[0].cells), [None, Some(10)]);
        let t = CountTable::single(cols(2), vec![4, 5], 8).unwrap();
        assert_eq!(counts(&public(&t, 5).rows[0].cells), [None, Some(5)]);
    }

    #[test]
    fn a_row_where_one_cell_alone_is_small_hides_its_complement_too() {
        let t = table(&[&[40, 3, 25, 12]]);
        let s = public(&t, 10);
        assert_eq!(counts(&s.rows[0].cells), [Some(40), None, Some(25), None]);
        assert_eq!(s.rows[0].base.count, Some(80));
        assert_eq!(s.totals, s.rows[0].cells, "totals agree with the one row");
        assert_eq!(s.rows[0].cells[0].percent, Some(50));
        assert_eq!(s.rows[0].cells[1].percent, None);
    }

    #[test]
    fn zeros_are_published_and_are_not_used_as_complements() {
        let t = table(&[&[0, 30, 4, 0]]);
        let s = public(&t, 10);
        // 4 is hidden; the zeros would not protect it, so the 30 is hidden as well.
        assert_eq!(counts(&s.rows[0].cells), [Some(0), None, None, Some(0)]);
        assert_eq!(s.rows[0].cells[0].percent, Some(0));
        assert_eq!(s.base.count, Some(34));
    }

    #[test]
    fn an_empty_group_is_shown_as_zero_without_percentages() {
        let t = table(&[&[20, 15], &[0, 0]]);
        let s = public(&t, 10);
        assert_eq!(counts(&s.rows[1].cells), [Some(0), Some(0)]);
        assert_eq!(s.rows[1].base.count, Some(0));
        assert_eq!(s.rows[1].cells[0].percent, None);
        assert_eq!(counts(&s.rows[0].cells), [Some(20), Some(15)]);
    }

    #[test]
    fn an_empty_table_publishes_zeros() {
        let t = CountTable::new(cols(2), vec![]).unwrap();
        let s = public(&t, 10);
        assert_eq!(counts(&s.totals), [Some(0), Some(0)]);
        assert_eq!(
            s.base,
            Cell {
                count: Some(0),
                percent: None,
                suppressed: false
            }
        );
    }

    #[test]
    fn a_one_by_one_table_is_shown_or_hidden_whole() {
        let small = public(&table(&[&[7]]), 10);
        assert_eq!(small.rows[0].cells[0].count, None);
        assert_eq!(small.base.count, None);
        let big = public(&table(&[&[12]]), 10);
        assert_eq!(big.rows[0].cells[0].count, Some(12));
        assert_eq!(big.rows[0].cells[0].percent, Some(100));
    }

    #[test]
    fn when_all_cells_are_small_but_the_base_is_not_only_the_base_is_shown() {
        let s = public(&table(&[&[3, 4, 2, 1]]), 5);
        assert_eq!(counts(&s.rows[0].cells), [None; 4]);
        assert_eq!(s.base.count, Some(10));
    }

    #[test]
    fn a_small_group_is_hidden_entirely_with_the_next_smallest_group() {
        let t = table(&[&[2, 1], &[30, 20], &[15, 10]]);
        let s = public(&t, 10);
        assert!(s.rows[0].cells.iter().all(|c| c.count.is_none()));
        assert_eq!(s.rows[0].base.count, None);
        assert_eq!(s.rows[2].base.count, None, "the complement group (25)");
        assert!(s.rows[2].cells.iter().all(|c| c.count.is_none()));
        assert_eq!(counts(&s.rows[1].cells), [Some(30), Some(20)]);
        assert_eq!(counts(&s.totals), [Some(47), Some(31)]);
        assert_eq!(s.base.count, Some(78));
    }

    #[test]
    fn a_cross_tab_hides_a_second_cell_in_the_row_and_in_the_column() {
        let t = table(&[&[30, 3, 20], &[25, 15, 40]]);
        let s = public(&t, 10);
        assert_eq!(counts(&s.rows[0].cells), [Some(30), None, None]);
        assert_eq!(counts(&s.rows[1].cells), [Some(25), None, None]);
        assert_eq!(counts(&s.totals), [Some(55), Some(18), Some(60)]);
    }

    #[test]
    fn multiple_choice_rows_need_no_complement_but_columns_do() {
        let t = CountTable::new(
            cols(3),
            vec![
                CountRow::new("a", vec![20, 3, 15], 25),
                CountRow::new("b", vec![30, 12, 22], 40),
            ],
        )
        .unwrap();
        let s = public(&t, 10);
        assert_eq!(counts(&s.rows[0].cells), [Some(20), None, Some(15)]);
        assert_eq!(counts(&s.rows[1].cells), [Some(30), None, Some(22)]);
        assert_eq!(s.rows[0].cells[0].percent, Some(80));
        assert_eq!(s.rows[0].base.count, Some(25));
        assert_eq!(s.totals[1].count, Some(15));
        assert_eq!(s.totals[1].percent, Some(23));
    }

    #[test]
    fn a_multiple_choice_count_below_the_threshold_of_a_large_base_is_hidden() {
        let t = CountTable::single(cols(2), vec![3, 50], 60).unwrap();
        let s = public(&t, 10);
        assert_eq!(counts(&s.rows[0].cells), [None, Some(50)]);
        assert_eq!(s.base.count, Some(60));
    }

    #[test]
    fn facilitators_see_everything_with_the_marker_of_what_others_do_not() {
        let t = table(&[&[40, 3, 25, 12]]);
        let s = suppress(&t, 10, Audience::Facilitator);
        let public = public(&t, 10);
        assert_eq!(
            counts(&s.rows[0].cells),
            [Some(40), Some(3), Some(25), Some(12)]
        );
        let marks: Vec<bool> = s.rows[0].cells.iter().map(|c| c.suppressed).collect();
        assert_eq!(marks, [false, true, false, true]);
        let public_marks: Vec<bool> = public.rows[0].cells.iter().map(|c| c.suppressed).collect();
        assert_eq!(marks, public_marks);
        assert_eq!(s.rows[0].cells[1].percent, Some(4));
    }

    #[test]
    fn members_see_what_the_public_sees() {
        let t = table(&[&[2, 1], &[30, 20], &[15, 10]]);
        let member = suppress(&t, 10, Audience::Member);
        let mut public = public(&t, 10);
        public.audience = Audience::Member;
        assert_eq!(member, public);
    }

    #[test]
    fn statistics_over_fewer_young_people_than_the_threshold_are_hidden() {
        assert_eq!(suppress_statistic(3.5, 9, 10, Audience::Public), None);
        assert_eq!(suppress_statistic(3.5, 10, 10, Audience::Public), Some(3.5));
        assert_eq!(suppress_statistic(3.5, 0, 10, Audience::Member), None);
        assert_eq!(
            suppress_statistic(3.5, 2, 10, Audience::Facilitator),
            Some(3.5)
        );
    }

    #[test]
    fn percentages_round_half_up_to_whole_numbers() {
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(1, 8), Some(13));
        assert_eq!(percent(0, 0), None);
        assert_eq!(percent(5, 5), Some(100));
    }

    #[test]
    fn malformed_tables_are_refused() {
        let wide = CountTable::new(cols(2), vec![CountRow::exclusive("a", vec![1])]);
        assert!(matches!(wide, Err(TableError::WrongWidth { .. })));
        let above = CountTable::new(cols(1), vec![CountRow::new("a", vec![5], 4)]);
        assert!(matches!(above, Err(TableError::CountAboveBase { .. })));
    }

    #[test]
    fn the_json_shape_has_a_null_count_when_suppressed() {
        let s = public(&table(&[&[40, 3, 25, 12]]), 10);
        let json = serde_json::to_value(s.rows[0].cells[1]).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"count": null, "percent": null, "suppressed": true})
        );
    }

    /// Every line of the published grid (values, visibility), margins included.
    fn published_lines(s: &SuppressedTable) -> Vec<(Vec<Cell>, Cell)> {
        let mut lines: Vec<(Vec<Cell>, Cell)> =
            s.rows.iter().map(|r| (r.cells.clone(), r.base)).collect();
        lines.push((s.totals.clone(), s.base));
        for c in 0..s.columns.len() {
            let parts = s.rows.iter().map(|r| r.cells[c]).collect();
            lines.push((parts, s.totals[c]));
        }
        lines.push((s.rows.iter().map(|r| r.base).collect(), s.base));
        lines
    }

    fn arb_table() -> impl Strategy<Value = CountTable> {
        let value = prop_oneof![3 => 0u64..12, 2 => 0u64..60];
        (1usize..6, 1usize..6, any::<bool>()).prop_flat_map(move |(height, width, multiple)| {
            let row = (prop::collection::vec(value.clone(), width), 0u64..15);
            prop::collection::vec(row, height).prop_map(move |rows| {
                let rows = rows
                    .into_iter()
                    .enumerate()
                    .map(|(i, (counts, extra))| {
                        let base = if multiple {
                            counts.iter().copied().max().unwrap_or(0) + extra
                        } else {
                            counts.iter().sum()
                        };
                        CountRow::new(format!("g{i}"), counts, base)
                    })
                    .collect();
                CountTable::new(cols(width), rows).unwrap()
            })
        })
    }

    proptest! {
        #[test]
        fn no_suppressed_figure_is_derivable_by_subtraction(t in arb_table(), thr in 5u64..12) {
            let facilitator = suppress(&t, thr, Audience::Facilitator);
            let public = suppress(&t, thr, Audience::Public);
            let truth = published_lines(&facilitator);
            for (i, (parts, total)) in published_lines(&public).iter().enumerate() {
                let true_total = truth[i].1.count.unwrap();
                let true_sum: u64 = truth[i].0.iter().map(|c| c.count.unwrap()).sum();
                if true_total == 0 || true_sum != true_total {
                    continue;
                }
                let hidden = parts.iter().chain([total]).filter(|c| c.count.is_none()).count();
                prop_assert_ne!(hidden, 1, "line {} of {:?}", i, t);
            }
        }

        #[test]
        fn small_counts_are_hidden_and_percentages_follow_their_counts(
            t in arb_table(), thr in 5u64..12
        ) {
            let facilitator = suppress(&t, thr, Audience::Facilitator);
            let public = suppress(&t, thr, Audience::Public);
            let truth = published_lines(&facilitator);
            for (i, (parts, total)) in published_lines(&public).iter().enumerate() {
                let all = parts.iter().zip(&truth[i].0).chain([(total, &truth[i].1)]);
                for (seen, real) in all {
                    let n = real.count.unwrap();
                    prop_assert!(!(n > 0 && n < thr) || seen.count.is_none());
                    prop_assert_eq!(seen.count.is_none(), real.suppressed);
                    prop_assert_eq!(seen.suppressed, real.suppressed);
                    if seen.count.is_some() {
                        prop_assert_eq!(seen.percent, real.percent);
                    } else {
                        prop_assert_eq!(seen.percent, None);
                    }
                }
            }
        }

        #[test]
        fn a_breakdown_hides_at_least_what_the_overall_table_hides(
            t in arb_table(), thr in 5u64..12
        ) {
            let overall = CountTable::single(t.columns().to_vec(), t.column_totals(), t.base())
                .unwrap();
            let one = suppress(&overall, thr, Audience::Public);
            let many = suppress(&t, thr, Audience::Public);
            for (a, b) in one.totals.iter().zip(&many.totals) {
                prop_assert!(a.count.is_some() || b.count.is_none());
            }
            prop_assert_eq!(one.base.count.is_none(), many.base.count.is_none());
        }
    }
}
