//! A report's period as written in its address: one year (`2026`, the yearly report) or a
//! range of years (`2024-2026`, the final report).
use std::fmt;

/// The first and last year a report may cover.
pub const FIRST_YEAR: i32 = 2000;
pub const LAST_YEAR: i32 = 2100;
/// The most years a final report may cover.
pub const MAX_YEARS: i32 = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    pub from: i32,
    pub to: i32,
}

/// Why a period does not read; each names the message key shown to the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodError {
    /// Not four digits, or two joined by `-`.
    Malformed,
    /// Before [`FIRST_YEAR`] or after [`LAST_YEAR`].
    OutOfRange,
    /// A range whose end is not after its start.
    Backwards,
    /// A range over more than [`MAX_YEARS`] years.
    TooLong,
}

impl PeriodError {
    pub fn key(self) -> &'static str {
        match self {
            Self::Malformed => "rep-v-period-malformed",
            Self::OutOfRange => "rep-v-period-range",
            Self::Backwards => "rep-v-period-backwards",
            Self::TooLong => "rep-v-period-long",
        }
    }
}

fn year(s: &str) -> Result<i32, PeriodError> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(PeriodError::Malformed);
    }
    let y: i32 = s.parse().map_err(|_| PeriodError::Malformed)?;
    if (FIRST_YEAR..=LAST_YEAR).contains(&y) {
        Ok(y)
    } else {
        Err(PeriodError::OutOfRange)
    }
}

impl Period {
    /// Reads `2026` or `2024-2026`.
    ///
    /// # Errors
    /// [`PeriodError`] naming what is wrong.
    pub fn parse(s: &str) -> Result<Self, PeriodError> {
        match s.split_once('-') {
            None => year(s).map(|y| Self { from: y, to: y }),
            Some((a, b)) => Self::range(year(a)?, year(b)?),
        }
    }

    /// A final report's range.
    ///
    /// # Errors
    /// [`PeriodError::Backwards`] or [`PeriodError::TooLong`].
    pub fn range(from: i32, to: i32) -> Result<Self, PeriodError> {
        if to <= from {
            return Err(PeriodError::Backwards);
        }
        if to - from + 1 > MAX_YEARS {
            return Err(PeriodError::TooLong);
        }
        Ok(Self { from, to })
    }

    /// A yearly report (one year) rather than a final report (several).
    pub fn is_yearly(self) -> bool {
        self.from == self.to
    }

    pub fn contains(self, y: i32) -> bool {
        (self.from..=self.to).contains(&y)
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_yearly() {
            write!(f, "{}", self.from)
        } else {
            write!(f, "{}-{}", self.from, self.to)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_and_ranges_read_and_bad_ones_say_why() {
        assert_eq!(
            Period::parse("2026"),
            Ok(Period {
                from: 2026,
                to: 2026
            })
        );
        assert_eq!(
            Period::parse("2024-2026").map(|p| p.to_string()),
            Ok("2024-2026".into())
        );
        assert_eq!(Period::parse("20x6"), Err(PeriodError::Malformed));
        assert_eq!(Period::parse("026"), Err(PeriodError::Malformed));
        assert_eq!(Period::parse("+2026"), Err(PeriodError::Malformed));
        assert_eq!(Period::parse("2026-"), Err(PeriodError::Malformed));
        assert_eq!(Period::parse("1999"), Err(PeriodError::OutOfRange));
        assert_eq!(Period::parse("2026-2024"), Err(PeriodError::Backwards));
        assert_eq!(Period::parse("2026-2026"), Err(PeriodError::Backwards));
        assert_eq!(Period::parse("2000-2100"), Err(PeriodError::TooLong));
        assert_eq!(Period::parse("2024-2025-2026"), Err(PeriodError::Malformed));
    }
}
