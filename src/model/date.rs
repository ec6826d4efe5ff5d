//! Calendar dates as the articles give them: a day, a month, a season or a year, perhaps
//! approximate. Owns the civil-calendar arithmetic (days since 1970-01-01) that the timeline
//! and the time window use. Pure: no clock, no time zone.

use serde::{Deserialize, Serialize};
use std::fmt;

use super::vocabulary::Precision;

/// A day as a count of days since 1970-01-01 (negative before).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Day(pub i32);

impl Day {
    /// The day of a civil date, or `None` when the month or day does not exist.
    pub fn from_civil(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        // Howard Hinnant's days_from_civil.
        let y = if month <= 2 { year - 1 } else { year };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = month as i32;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + day as i32 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        Some(Day(era * 146_097 + doe - 719_468))
    }

    /// The civil date `(year, month, day)` of this day.
    pub fn civil(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i32::from(month <= 2);
        (year, month, day)
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(text: &str) -> Option<Day> {
        let (year, month, day) = split_date(text)?;
        Day::from_civil(year, month?, day?)
    }

    /// Prints `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        let (y, m, d) = self.civil();
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// The first day of the month `months` after this day's month.
    pub fn add_months(self, months: i32) -> Day {
        let (y, m, _) = self.civil();
        let index = y * 12 + (m as i32 - 1) + months;
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
        // Month 1..=12 and day 1 always exist.
        Day::from_civil(year, month, 1).unwrap_or(self)
    }
}

/// Whether `year` is a leap year of the Gregorian calendar.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month (0 for a month that does not exist).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Splits `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into its parts; `None` when it is none of them.
fn split_date(text: &str) -> Option<(i32, Option<u32>, Option<u32>)> {
    let mut parts = text.split('-');
    let year_text = parts.next()?;
    if year_text.len() != 4 || !year_text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year = year_text.parse().ok()?;
    let two_digits = |part: Option<&str>| -> Result<Option<u32>, ()> {
        match part {
            None => Ok(None),
            Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => {
                p.parse().map(Some).map_err(|_| ())
            }
            Some(_) => Err(()),
        }
    };
    let month = two_digits(parts.next()).ok()?;
    let day = two_digits(parts.next()).ok()?;
    if parts.next().is_some() || (month.is_none() && day.is_some()) {
        return None;
    }
    Some((year, month, day))
}

/// A half-open range of days `[start, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DayRange {
    pub start: Day,
    pub end: Day,
}

impl DayRange {
    pub fn overlaps(self, other: DayRange) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The middle day, where a mark for this range is centred.
    pub fn middle(self) -> Day {
        Day(self.start.0 + (self.end.0 - self.start.0) / 2)
    }

    /// The range in words, in the interface's language, its last day included: whole months
    /// as months ("June 2022 – May 2023", "2022년 6월 – 2023년 5월", "March 2022"), other
    /// ranges as days ("9 January 2023 – 14 February 2023").
    pub fn in_words(self) -> String {
        let last = Day(self.end.0 - 1).max(self.start);
        let (start_year, start_month, start_day) = self.start.civil();
        let (_, _, end_day) = self.end.civil();
        let (from, to) = if start_day == 1 && end_day == 1 && self.end > self.start {
            let (last_year, last_month, _) = last.civil();
            (
                month_name(start_year, start_month),
                month_name(last_year, last_month),
            )
        } else {
            let (last_year, last_month, last_day) = last.civil();
            (
                day_name(start_year, start_month, start_day),
                day_name(last_year, last_month, last_day),
            )
        };
        if from == to {
            from
        } else {
            crate::tr!("date.range", from = from, to = to)
        }
    }
}

/// A date as an article gives it: `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` and must be as
/// precise as `precision` says (a season is written as its first month).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FuzzyDate {
    pub value: String,
    pub precision: Precision,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub approximate: bool,
    /// How the date was read or inferred from the text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Why a [`FuzzyDate`] is not valid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    Malformed(String),
    PrecisionMismatch {
        value: String,
        precision: String,
        expected: &'static str,
    },
    UnknownPrecision(String),
}

impl fmt::Display for DateError {
    /// In the interface's language (English on the command line).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            DateError::Malformed(value) => crate::tr!("date.error.malformed", value = value),
            DateError::PrecisionMismatch {
                value,
                precision,
                expected,
            } => crate::tr!(
                "date.error.precision",
                value = value,
                precision = precision,
                expected = expected
            ),
            DateError::UnknownPrecision(precision) => {
                crate::tr!("date.error.unknown-precision", precision = precision)
            }
        })
    }
}

impl std::error::Error for DateError {}

impl FuzzyDate {
    /// The days this date covers: its day, month, three months from a season's first month, or
    /// its year.
    pub fn range(&self) -> Result<DayRange, DateError> {
        let malformed = || DateError::Malformed(self.value.clone());
        let (year, month, day) = split_date(&self.value).ok_or_else(malformed)?;
        let mismatch = |expected| DateError::PrecisionMismatch {
            value: self.value.clone(),
            precision: self.precision.as_str().to_string(),
            expected,
        };
        match (&self.precision, month, day) {
            (Precision::Day, Some(m), Some(d)) => {
                let start = Day::from_civil(year, m, d).ok_or_else(malformed)?;
                Ok(DayRange {
                    start,
                    end: Day(start.0 + 1),
                })
            }
            (Precision::Day, _, _) => Err(mismatch("YYYY-MM-DD")),
            (Precision::Month | Precision::Season, Some(m), None) => {
                let start = Day::from_civil(year, m, 1).ok_or_else(malformed)?;
                let months = if self.precision == Precision::Month {
                    1
                } else {
                    3
                };
                Ok(DayRange {
                    start,
                    end: start.add_months(months),
                })
            }
            (Precision::Month | Precision::Season, _, _) => Err(mismatch("YYYY-MM")),
            (Precision::Year, None, None) => {
                let start = Day::from_civil(year, 1, 1).ok_or_else(malformed)?;
                Ok(DayRange {
                    start,
                    end: start.add_months(12),
                })
            }
            (Precision::Year, _, _) => Err(mismatch("YYYY")),
            (Precision::Unknown(other), _, _) => Err(DateError::UnknownPrecision(other.clone())),
        }
    }
}

impl fmt::Display for FuzzyDate {
    /// A human reading in the interface's language: "9 January 2023", "November 2022",
    /// "autumn 2022", "2023", with "about " in front when approximate; in Korean "2023년 1월
    /// 9일", "2022년 11월", "2022년 가을", "2023년", with "경" after.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some((year, month, day)) = split_date(&self.value) else {
            return f.write_str(&self.value);
        };
        let reading = match (&self.precision, day) {
            (Precision::Day, Some(d)) => day_name(year, month.unwrap_or(1), d),
            (Precision::Month, _) => month_name(year, month.unwrap_or(1)),
            (Precision::Season, _) => match month.unwrap_or(1) {
                3..=5 => crate::tr!("date.spring", year = year),
                6..=8 => crate::tr!("date.summer", year = year),
                9..=11 => crate::tr!("date.autumn", year = year),
                _ => crate::tr!("date.winter", year = year),
            },
            _ => crate::tr!("date.year", year = year),
        };
        if self.approximate {
            f.write_str(&crate::tr!("date.about", date = reading))
        } else {
            f.write_str(&reading)
        }
    }
}

/// A month's full name in the interface's language (1 = January).
pub fn month_word(month: u32) -> &'static str {
    const KEYS: [&str; 12] = [
        "month.1", "month.2", "month.3", "month.4", "month.5", "month.6", "month.7", "month.8",
        "month.9", "month.10", "month.11", "month.12",
    ];
    crate::tr!(KEYS[(month.clamp(1, 12) - 1) as usize])
}

/// A month's short name in the interface's language (1 = Jan).
pub fn month_short(month: u32) -> &'static str {
    const KEYS: [&str; 12] = [
        "month.short.1",
        "month.short.2",
        "month.short.3",
        "month.short.4",
        "month.short.5",
        "month.short.6",
        "month.short.7",
        "month.short.8",
        "month.short.9",
        "month.short.10",
        "month.short.11",
        "month.short.12",
    ];
    crate::tr!(KEYS[(month.clamp(1, 12) - 1) as usize])
}

/// A day in words: "9 January 2023", "2023년 1월 9일".
pub fn day_name(year: i32, month: u32, day: u32) -> String {
    crate::tr!(
        "date.day",
        day = day,
        month = month_word(month),
        m = month,
        year = year
    )
}

/// A month in words: "November 2022", "2022년 11월".
pub fn month_name(year: i32, month: u32) -> String {
    crate::tr!(
        "date.month",
        month = month_word(month),
        m = month,
        year = year
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(value: &str, precision: Precision) -> FuzzyDate {
        FuzzyDate {
            value: value.into(),
            precision,
            approximate: false,
            note: None,
        }
    }

    #[test]
    fn civil_round_trip_over_four_centuries() {
        for n in -150_000..150_000 {
            let (y, m, d) = Day(n).civil();
            assert_eq!(Day::from_civil(y, m, d), Some(Day(n)));
        }
        assert_eq!(Day::from_civil(1970, 1, 1), Some(Day(0)));
        assert_eq!(
            Day::parse_iso("2022-02-24").map(Day::iso).as_deref(),
            Some("2022-02-24")
        );
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert_eq!(Day::from_civil(2023, 2, 29), None);
        assert!(Day::from_civil(2024, 2, 29).is_some());
        assert_eq!(Day::parse_iso("2022-13-01"), None);
        assert_eq!(Day::parse_iso("22-01-01"), None);
    }

    #[test]
    fn ranges_cover_their_precision() {
        let month = date("2022-12", Precision::Month).range().unwrap();
        assert_eq!(
            (month.start.iso(), month.end.iso()),
            ("2022-12-01".into(), "2023-01-01".into())
        );
        let season = date("2022-09", Precision::Season).range().unwrap();
        assert_eq!(season.end.iso(), "2022-12-01");
        let year = date("2023", Precision::Year).range().unwrap();
        assert_eq!(year.end.0 - year.start.0, 365);
        let day = date("2023-01-09", Precision::Day).range().unwrap();
        assert_eq!(day.end.0 - day.start.0, 1);
    }

    #[test]
    fn precision_must_match_the_value() {
        assert!(matches!(
            date("2022", Precision::Month).range(),
            Err(DateError::PrecisionMismatch { .. })
        ));
        assert!(matches!(
            date("2022-02-30", Precision::Day).range(),
            Err(DateError::Malformed(_))
        ));
        assert!(matches!(
            date("soon", Precision::Year).range(),
            Err(DateError::Malformed(_))
        ));
    }

    #[test]
    fn ranges_read_as_months_or_days_with_the_last_day_included() {
        let range = |a: &str, b: &str| DayRange {
            start: Day::parse_iso(a).unwrap(),
            end: Day::parse_iso(b).unwrap(),
        };
        assert_eq!(
            range("2022-06-01", "2023-06-01").in_words(),
            "June 2022 – May 2023"
        );
        assert_eq!(range("2022-03-01", "2022-04-01").in_words(), "March 2022");
        assert_eq!(
            range("2023-01-09", "2023-02-15").in_words(),
            "9 January 2023 – 14 February 2023"
        );
        assert_eq!(
            range("2023-01-09", "2023-01-10").in_words(),
            "9 January 2023"
        );
        crate::i18n::in_korean(|| {
            assert_eq!(
                range("2022-06-01", "2023-06-01").in_words(),
                "2022년 6월 – 2023년 5월"
            );
        });
    }

    #[test]
    fn display_reads_like_prose() {
        assert_eq!(
            date("2023-01-09", Precision::Day).to_string(),
            "9 January 2023"
        );
        assert_eq!(
            date("2022-09", Precision::Season).to_string(),
            "autumn 2022"
        );
        let mut approximate = date("2023-02", Precision::Month);
        approximate.approximate = true;
        assert_eq!(approximate.to_string(), "about February 2023");
    }

    #[test]
    fn errors_are_said_in_the_language_in_use() {
        let error = date("2022", Precision::Month).range().unwrap_err();
        assert_eq!(
            error.to_string(),
            "`2022` does not match precision `month` (expected YYYY-MM)"
        );
        crate::i18n::in_korean(|| {
            assert_eq!(
                error.to_string(),
                "`2022`: 정밀도 `month`에 맞지 않습니다 (YYYY-MM 형식이어야 함)"
            );
        });
    }
}
