//! Local calendar days without a clock or a time-zone database: callers pass UTC epoch
//! milliseconds and a UTC offset in minutes, and get civil dates back.

use serde::{Deserialize, Serialize};
use std::fmt;

pub const MS_PER_MINUTE: i64 = 60_000;
pub const MS_PER_HOUR: i64 = 3_600_000;
pub const MS_PER_DAY: i64 = 86_400_000;

/// The instants the diary accepts: 1970-01-01 to the end of 9999 UTC. A phone whose clock
/// was reset still lands inside, and no arithmetic below can overflow.
pub const MIN_TIME_MS: i64 = 0;
pub const MAX_TIME_MS: i64 = 253_402_300_799_999;

/// Offsets in use run from −12:00 to +14:00; a little slack costs nothing.
pub const MIN_OFFSET_MIN: i16 = -18 * 60;
pub const MAX_OFFSET_MIN: i16 = 18 * 60;

pub fn time_in_range(at_ms: i64) -> bool {
    (MIN_TIME_MS..=MAX_TIME_MS).contains(&at_ms)
}

pub fn offset_in_range(offset_min: i16) -> bool {
    (MIN_OFFSET_MIN..=MAX_OFFSET_MIN).contains(&offset_min)
}

/// Offsets outside the accepted range are clamped, so a bogus value from the browser
/// shifts a day boundary at worst and never panics.
fn local_ms(at_ms: i64, offset_min: i16) -> i64 {
    let offset = offset_min.clamp(MIN_OFFSET_MIN, MAX_OFFSET_MIN);
    at_ms.clamp(MIN_TIME_MS, MAX_TIME_MS) + i64::from(offset) * MS_PER_MINUTE
}

/// Minutes since local midnight, 0..1440.
pub fn minute_of_day(at_ms: i64, offset_min: i16) -> u32 {
    (local_ms(at_ms, offset_min).rem_euclid(MS_PER_DAY) / MS_PER_MINUTE) as u32
}

/// A local calendar day, counted from 1970-01-01. Serialised as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Day(i32);

impl Day {
    /// The local day of an instant, for someone at `offset_min` from UTC.
    pub fn of(at_ms: i64, offset_min: i16) -> Day {
        Day(local_ms(at_ms, offset_min).div_euclid(MS_PER_DAY) as i32)
    }

    /// `None` for a date that does not exist, or a year outside 1969–9999.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(1969..=9999).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day)
        {
            return None;
        }
        let days = days_from_civil(year, month, day);
        // 31 February comes back as 3 March: the round trip rejects it.
        (civil_from_days(days) == (year, month, day)).then_some(Day(days))
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.0)
    }

    /// 0 for Monday to 6 for Sunday.
    pub fn weekday_from_monday(self) -> u32 {
        // 1970-01-01 was a Thursday.
        (self.0 + 3).rem_euclid(7) as u32
    }

    /// The Monday starting this day's week.
    pub fn week_start(self) -> Day {
        Day(self.0 - self.weekday_from_monday() as i32)
    }

    pub fn month_start(self) -> Day {
        let (year, month, _) = self.ymd();
        Day(days_from_civil(year, month, 1))
    }

    pub fn plus_days(self, days: i32) -> Day {
        Day(self.0 + days)
    }

    /// Whole days from `earlier` to `self`; negative if `earlier` is later.
    pub fn days_since(self, earlier: Day) -> i32 {
        self.0 - earlier.0
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = self.ymd();
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

impl From<Day> for String {
    fn from(day: Day) -> String {
        day.to_string()
    }
}

impl TryFrom<String> for Day {
    type Error = &'static str;

    fn try_from(text: String) -> Result<Day, Self::Error> {
        let bytes = text.as_bytes();
        let shaped = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shaped {
            return Err("expected a YYYY-MM-DD date");
        }
        let number = |range: std::ops::Range<usize>| text[range].parse::<u32>().ok();
        let parts = (number(0..4), number(5..7), number(8..10));
        match parts {
            (Some(year), Some(month), Some(day)) => Day::from_ymd(year as i32, month, day),
            _ => None,
        }
        .ok_or("no such date")
    }
}

/// A wall-clock time on the device: what a date field and a time field hold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalTime {
    pub year: i32,
    /// 1 to 12.
    pub month: u32,
    pub day: u32,
    pub hour: u32,
    pub minute: u32,
}

impl LocalTime {
    /// The values of a date input and a time input, `YYYY-MM-DD` and `HH:MM` (seconds, if
    /// a browser adds them, are ignored). `None` if either is incomplete or no such time.
    pub fn from_inputs(date: &str, time: &str) -> Option<LocalTime> {
        let mut parts = date.split('-').map(|part| part.parse::<u32>().ok());
        let (year, month, day) = (parts.next()??, parts.next()??, parts.next()??);
        let (hour, minute) = time.split_once(':')?;
        let (hour, minute) = (
            hour.parse::<u32>().ok()?,
            minute.get(..2)?.parse::<u32>().ok()?,
        );
        let year = i32::try_from(year).ok()?;
        if year < 1970 || Day::from_ymd(year, month, day).is_none() || hour > 23 || minute > 59 {
            return None;
        }
        Some(LocalTime {
            year,
            month,
            day,
            hour,
            minute,
        })
    }

    /// `YYYY-MM-DD` and `HH:MM`, for a date input and a time input.
    pub fn input_values(self) -> (String, String) {
        (
            format!("{:04}-{:02}-{:02}", self.year, self.month, self.day),
            format!("{:02}:{:02}", self.hour, self.minute),
        )
    }
}

/// Wall-clock time ↔ UTC as a time zone has them, clock changes included: the browser's
/// for the app, a fixed offset in tests.
pub trait TimeZone {
    /// UTC epoch ms of a wall-clock time.
    fn utc_ms(&self, local: LocalTime) -> i64;
    /// Minutes east of UTC at `at_ms`.
    fn offset_at(&self, at_ms: i64) -> i16;
}

/// A zone that never changes its clocks: Paris in summer is `FixedOffset(120)`.
#[cfg(test)]
pub struct FixedOffset(pub i16);

#[cfg(test)]
impl TimeZone for FixedOffset {
    fn utc_ms(&self, local: LocalTime) -> i64 {
        let day = Day::from_ymd(local.year, local.month, local.day).expect("a real date");
        let minutes = i64::from(local.hour * 60 + local.minute) - i64::from(self.0);
        i64::from(day.0) * MS_PER_DAY + minutes * MS_PER_MINUTE
    }

    fn offset_at(&self, _at_ms: i64) -> i16 {
        self.0
    }
}

// Howard Hinnant's civil-date algorithms (http://howardhinnant.github.io/date_algorithms.html),
// in the proleptic Gregorian calendar.
fn days_from_civil(year: i32, month: u32, day: u32) -> i32 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year as i32;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_from_march + 2) / 5 + 1) as u32;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    } as u32;
    let year = year_of_era + era * 400;
    (if month <= 2 { year + 1 } else { year }, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(year: i32, month: u32, day: u32) -> Day {
        Day::from_ymd(year, month, day).unwrap()
    }

    #[test]
    fn epoch_and_known_dates() {
        assert_eq!(Day::of(0, 0).ymd(), (1970, 1, 1));
        // 2024-03-01T00:00:00Z
        assert_eq!(Day::of(1_709_251_200_000, 0).ymd(), (2024, 3, 1));
        assert_eq!(ymd(2000, 2, 29).to_string(), "2000-02-29");
        assert_eq!(Day::of(MAX_TIME_MS, 0).ymd(), (9999, 12, 31));
    }

    #[test]
    fn every_day_round_trips_across_centuries() {
        let mut expected = (1969, 1, 1);
        let first = ymd(1969, 1, 1);
        for n in 0..(2101 - 1969) * 366 {
            let day = first.plus_days(n);
            let got = day.ymd();
            if got.0 > 2100 {
                break;
            }
            assert_eq!(got, expected, "day {n}");
            assert_eq!(Day::from_ymd(got.0, got.1, got.2), Some(day));
            let (y, m, d) = expected;
            let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
            let month_len = match m {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            expected = if d < month_len {
                (y, m, d + 1)
            } else if m < 12 {
                (y, m + 1, 1)
            } else {
                (y + 1, 1, 1)
            };
        }
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert_eq!(Day::from_ymd(2023, 2, 29), None);
        assert_eq!(Day::from_ymd(1900 + 200, 2, 29), None);
        assert_eq!(Day::from_ymd(2024, 4, 31), None);
        assert_eq!(Day::from_ymd(2024, 13, 1), None);
        assert_eq!(Day::from_ymd(2024, 0, 1), None);
        assert_eq!(Day::from_ymd(10_000, 1, 1), None);
        for bad in [
            "2024-02-30",
            "2024-2-01",
            "24-02-01",
            "2024/02/01",
            "２０２４-02-01",
            "",
        ] {
            assert!(Day::try_from(bad.to_string()).is_err(), "{bad}");
        }
        assert_eq!(
            Day::try_from("2024-02-29".to_string()),
            Ok(ymd(2024, 2, 29))
        );
    }

    #[test]
    fn local_offset_moves_the_day_boundary() {
        // 2024-06-30T22:30:00Z is already 1 July in Paris (UTC+2) but not in UTC.
        let at = 1_719_786_600_000;
        assert_eq!(Day::of(at, 0).ymd(), (2024, 6, 30));
        assert_eq!(Day::of(at, 120).ymd(), (2024, 7, 1));
        assert_eq!(minute_of_day(at, 120), 30);
        assert_eq!(Day::of(at, -300).ymd(), (2024, 6, 30));
        assert_eq!(minute_of_day(at, -300), 17 * 60 + 30);
        // A bogus offset is clamped rather than trusted.
        assert_eq!(Day::of(at, i16::MAX), Day::of(at, MAX_OFFSET_MIN));
    }

    #[test]
    fn weeks_start_on_monday_and_months_on_the_first() {
        // 2024-06-30 was a Sunday, 2024-07-01 a Monday.
        assert_eq!(ymd(2024, 6, 30).weekday_from_monday(), 6);
        assert_eq!(ymd(2024, 7, 1).weekday_from_monday(), 0);
        assert_eq!(ymd(2024, 6, 30).week_start(), ymd(2024, 6, 24));
        assert_eq!(ymd(2024, 7, 1).week_start(), ymd(2024, 7, 1));
        assert_eq!(ymd(1970, 1, 1).week_start(), ymd(1969, 12, 29));
        assert_eq!(ymd(2024, 2, 29).month_start(), ymd(2024, 2, 1));
        assert_eq!(ymd(2024, 7, 1).days_since(ymd(2024, 6, 24)), 7);
    }

    #[test]
    fn date_and_time_inputs_read_and_write_back() {
        let local = LocalTime::from_inputs("2024-06-03", "22:15").unwrap();
        assert_eq!(
            local,
            LocalTime {
                year: 2024,
                month: 6,
                day: 3,
                hour: 22,
                minute: 15
            }
        );
        assert_eq!(
            local.input_values(),
            ("2024-06-03".to_string(), "22:15".to_string())
        );
        // Some browsers add seconds.
        assert_eq!(
            LocalTime::from_inputs("2024-06-03", "22:15:30"),
            Some(local)
        );
        let midnight = LocalTime::from_inputs("1970-01-01", "00:00").unwrap();
        assert_eq!(
            midnight.input_values(),
            ("1970-01-01".to_string(), "00:00".to_string())
        );
    }

    #[test]
    fn incomplete_or_impossible_inputs_are_refused() {
        for (date, time) in [
            ("", "22:15"),
            ("2024-06-03", ""),
            ("2024-06", "22:15"),
            ("2024-06-03", "22"),
            ("2024-06-03", "22:1"),
            ("2024-02-30", "12:00"),
            ("2024-13-01", "12:00"),
            ("1969-12-31", "12:00"),
            ("10000-01-01", "12:00"),
            ("2024-06-03", "24:00"),
            ("2024-06-03", "12:60"),
            ("2024-06-03", "-1:00"),
        ] {
            assert_eq!(LocalTime::from_inputs(date, time), None, "{date} {time}");
        }
    }

    #[test]
    fn a_fixed_offset_zone_turns_wall_clock_time_into_utc() {
        let paris_summer = FixedOffset(120);
        let local = LocalTime::from_inputs("2024-07-01", "00:30").unwrap();
        // 00:30 on 1 July in Paris is 22:30 UTC on 30 June.
        assert_eq!(paris_summer.utc_ms(local), 1_719_786_600_000);
        assert_eq!(Day::of(1_719_786_600_000, 120).ymd(), (2024, 7, 1));
    }
}
