//! Small-cell suppression for published statistics, so that no count small enough
//! to point at a person is shown or can be worked out from what is shown.
//!
//! A table is a set of cells, each keyed by one value per dimension (category, sex,
//! ...), holding a count above zero (empty cells are not listed: they are known to be
//! 0). The algorithm, documented for readers in `docs/statistics.md`:
//!
//! 1. **Primary**: every cell with a count below the minimum is suppressed.
//! 2. **Secondary**: a *line* is the cells that share every value but one (a row or
//!    a column of a two-way table). Its total is treated as public, because the
//!    table grouped by one dimension fewer publishes it. A line with exactly one
//!    suppressed cell would give that cell away (total minus the others), so the
//!    smallest other cell of the line is suppressed too, preferring a cell that is
//!    not the only listed cell of another line (its value would be public there).
//!    Ties go to the first key in order, so the same table always gets the same
//!    pattern. This repeats over every line of every dimension until no line has
//!    exactly one suppressed cell.
//!
//! Any sum over whole dimensions (a margin of any order, the grand total) is a sum
//! of lines, so no published total can isolate a single suppressed cell either.
//!
//! Limits: two suppressed cells of a line are only hidden as a pair (their sum is
//! known, so each lies in a range), as with every cell-suppression method. And when
//! every other cell of a line is the only listed cell of another line, no choice
//! inside this table can protect it; such a partner is chosen last, and
//! `docs/statistics.md` says so.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// Why a cell's count is not shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Suppression {
    /// The count is below the minimum cell size.
    Primary,
    /// The count is large enough, but showing it would let a suppressed count be
    /// worked out from a row or column total.
    Secondary,
}

impl Suppression {
    pub fn as_str(self) -> &'static str {
        match self {
            Suppression::Primary => "primary",
            Suppression::Secondary => "secondary",
        }
    }
}

/// The smallest count a published cell may show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct MinCell(u32);

/// A minimum cell size below `MinCell::FLOOR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "the minimum cell size must be at least {floor} (got {given}): smaller published counts can identify a complainant",
    floor = MinCell::FLOOR
)]
pub struct MinCellTooSmall {
    pub given: u32,
}

impl MinCell {
    /// The default: counts of 1 to 4 are never shown.
    pub const DEFAULT: MinCell = MinCell(5);
    /// Nothing below this may be configured.
    pub const FLOOR: u32 = 3;

    pub fn new(value: u32) -> Result<MinCell, MinCellTooSmall> {
        if value < Self::FLOOR {
            Err(MinCellTooSmall { given: value })
        } else {
            Ok(MinCell(value))
        }
    }

    pub fn get(self) -> u32 {
        self.0
    }

    /// Whether a count of records must be hidden for being small (zero is not).
    pub fn hides(self, count: i64) -> bool {
        count > 0 && count < i64::from(self.0)
    }
}

impl Default for MinCell {
    fn default() -> MinCell {
        MinCell::DEFAULT
    }
}

/// Suppresses cells of a table: `cells` are (key, count) with one key value per
/// dimension and counts above zero; the answer holds, for each cell in the same
/// order, whether and why it is suppressed.
pub fn suppress(cells: &[(Vec<String>, i64)], min: MinCell) -> Vec<Option<Suppression>> {
    let mut marks: Vec<Option<Suppression>> = cells
        .iter()
        .map(|(_, count)| min.hides(*count).then_some(Suppression::Primary))
        .collect();
    let dimensions = cells.first().map_or(0, |(key, _)| key.len());
    if dimensions == 0 {
        return marks;
    }
    let lines: Vec<Vec<Vec<usize>>> = (0..dimensions).map(|d| lines_along(cells, d)).collect();
    // For each cell, whether it is the only listed cell of some line: its count then
    // equals a published total, so suppressing it protects nothing.
    let mut alone = vec![false; cells.len()];
    for line in lines.iter().flatten() {
        if let [only] = line.as_slice() {
            alone[*only] = true;
        }
    }
    loop {
        let mut changed = false;
        for line in lines.iter().flatten() {
            let suppressed = line.iter().filter(|&&i| marks[i].is_some()).count();
            if suppressed != 1 {
                continue;
            }
            let partner = line
                .iter()
                .copied()
                .filter(|&i| marks[i].is_none())
                .min_by(|&a, &b| {
                    (alone[a], cells[a].1, &cells[a].0).cmp(&(alone[b], cells[b].1, &cells[b].0))
                });
            if let Some(partner) = partner {
                marks[partner] = Some(Suppression::Secondary);
                changed = true;
            }
        }
        if !changed {
            return marks;
        }
    }
}

/// The lines along dimension `d`: cells grouped by every key value but the d-th,
/// each line's cells in key order.
fn lines_along(cells: &[(Vec<String>, i64)], d: usize) -> Vec<Vec<usize>> {
    let mut lines: BTreeMap<Vec<&str>, Vec<usize>> = BTreeMap::new();
    for (i, (key, _)) in cells.iter().enumerate() {
        let rest: Vec<&str> = key
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != d)
            .map(|(_, v)| v.as_str())
            .collect();
        lines.entry(rest).or_default().push(i);
    }
    let mut lines: Vec<Vec<usize>> = lines.into_values().collect();
    for line in &mut lines {
        line.sort_by(|&a, &b| cells[a].0.cmp(&cells[b].0));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};

    fn table(rows: &[(&[&str], i64)]) -> Vec<(Vec<String>, i64)> {
        rows.iter()
            .map(|(key, count)| (key.iter().map(|s| s.to_string()).collect(), *count))
            .collect()
    }

    fn five() -> MinCell {
        MinCell::DEFAULT
    }

    /// Every line of every dimension has no suppressed cell or at least two, unless
    /// it has only one listed cell (its total then is that cell: below the minimum
    /// for a primary cell, so suppressed wherever it is published).
    fn assert_no_line_gives_a_cell_away(
        cells: &[(Vec<String>, i64)],
        marks: &[Option<Suppression>],
    ) {
        let dimensions = cells.first().map_or(0, |(k, _)| k.len());
        for d in 0..dimensions {
            for line in lines_along(cells, d) {
                let hidden = line.iter().filter(|&&i| marks[i].is_some()).count();
                assert!(
                    hidden != 1 || line.len() == 1,
                    "line {line:?} along {d} gives a cell away: {marks:?}"
                );
            }
        }
    }

    #[test]
    fn the_minimum_is_at_least_three_and_five_by_default() {
        assert_eq!(MinCell::default().get(), 5);
        assert_eq!(MinCell::new(3).map(MinCell::get), Ok(3));
        assert_eq!(MinCell::new(2), Err(MinCellTooSmall { given: 2 }));
        assert_eq!(MinCell::new(0), Err(MinCellTooSmall { given: 0 }));
        let message = MinCellTooSmall { given: 2 }.to_string();
        assert!(
            message.contains("at least 3") && message.contains("got 2"),
            "{message}"
        );
        assert!(!five().hides(0) && five().hides(1) && five().hides(4) && !five().hides(5));
    }

    #[test]
    fn large_cells_are_all_shown() {
        let cells = table(&[(&["a", "f"], 5), (&["a", "m"], 9), (&["b", "f"], 12)]);
        assert_eq!(suppress(&cells, five()), vec![None, None, None]);
    }

    #[test]
    fn an_ungrouped_total_is_only_primary() {
        assert_eq!(
            suppress(&table(&[(&[], 4)]), five()),
            vec![Some(Suppression::Primary)]
        );
        assert_eq!(suppress(&table(&[(&[], 5)]), five()), vec![None]);
    }

    #[test]
    fn one_small_cell_of_a_list_takes_the_next_smallest_with_it() {
        let cells = table(&[(&["a"], 20), (&["b"], 2), (&["c"], 7), (&["d"], 9)]);
        assert_eq!(
            suppress(&cells, five()),
            vec![
                None,
                Some(Suppression::Primary),
                Some(Suppression::Secondary),
                None
            ]
        );
    }

    #[test]
    fn a_row_with_one_small_cell_gets_a_second_and_the_columns_follow() {
        // Rows a, b; columns f, m, o. Row a has one small cell (a,o)=2: (a,f)=6 is the
        // next smallest and is suppressed; column o and column f then each have one
        // suppressed cell, so (b,o) and (b,f) go too, which leaves row b with two.
        let cells = table(&[
            (&["a", "f"], 6),
            (&["a", "m"], 30),
            (&["a", "o"], 2),
            (&["b", "f"], 11),
            (&["b", "m"], 40),
            (&["b", "o"], 8),
        ]);
        let marks = suppress(&cells, five());
        use Suppression::{Primary, Secondary};
        assert_eq!(
            marks,
            vec![
                Some(Secondary),
                None,
                Some(Primary),
                Some(Secondary),
                None,
                Some(Secondary)
            ]
        );
        assert_no_line_gives_a_cell_away(&cells, &marks);
    }

    #[test]
    fn two_small_cells_in_a_row_need_nothing_more_in_that_row() {
        let cells = table(&[(&["a", "f"], 1), (&["a", "m"], 3), (&["a", "o"], 50)]);
        use Suppression::Primary;
        assert_eq!(
            suppress(&cells, five()),
            vec![Some(Primary), Some(Primary), None]
        );
    }

    #[test]
    fn a_cell_alone_in_its_column_is_not_chosen_when_another_will_do() {
        // (a,x) is alone in column x, so its value is public as that column's total:
        // hiding it would protect nothing. (a,y) is chosen although it is larger.
        let cells = table(&[
            (&["a", "p"], 2),
            (&["a", "x"], 6),
            (&["a", "y"], 9),
            (&["b", "p"], 3),
            (&["b", "y"], 10),
        ]);
        let marks = suppress(&cells, five());
        assert_eq!(marks[1], None, "{marks:?}");
        assert_eq!(marks[2], Some(Suppression::Secondary), "{marks:?}");
        assert_no_line_gives_a_cell_away(&cells, &marks);
    }

    #[test]
    fn ties_go_to_the_first_key_so_the_pattern_is_stable() {
        let cells = table(&[(&["a"], 2), (&["b"], 8), (&["c"], 8)]);
        let marks = suppress(&cells, five());
        assert_eq!(
            marks,
            vec![
                Some(Suppression::Primary),
                Some(Suppression::Secondary),
                None
            ]
        );
        let mut reversed = cells.clone();
        reversed.reverse();
        let again = suppress(&reversed, five());
        assert_eq!(
            again,
            vec![
                None,
                Some(Suppression::Secondary),
                Some(Suppression::Primary)
            ]
        );
    }

    #[test]
    fn a_higher_minimum_hides_more() {
        let cells = table(&[(&["a"], 6), (&["b"], 9), (&["c"], 30)]);
        assert_eq!(suppress(&cells, five()), vec![None, None, None]);
        let ten = MinCell::new(10).expect("valid");
        use Suppression::Primary;
        assert_eq!(
            suppress(&cells, ten),
            vec![Some(Primary), Some(Primary), None]
        );
    }

    #[test]
    fn random_tables_of_up_to_four_dimensions_never_give_a_cell_away() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
        for _ in 0..300 {
            let dimensions = rng.gen_range(1..=4);
            let mut cells: BTreeMap<Vec<String>, i64> = BTreeMap::new();
            for _ in 0..rng.gen_range(1..40) {
                let key = (0..dimensions)
                    .map(|_| ["a", "b", "c", "d"][rng.gen_range(0..4)].to_string())
                    .collect();
                let count = if rng.gen_bool(0.4) {
                    rng.gen_range(1..5)
                } else {
                    rng.gen_range(5..60)
                };
                cells.insert(key, count);
            }
            let cells: Vec<(Vec<String>, i64)> = cells.into_iter().collect();
            let marks = suppress(&cells, five());
            for ((_, count), mark) in cells.iter().zip(&marks) {
                assert_eq!(five().hides(*count), *mark == Some(Suppression::Primary));
            }
            assert_no_line_gives_a_cell_away(&cells, &marks);
        }
    }
}
