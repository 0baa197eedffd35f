//! Opening hours: a small subset of OpenStreetMap's `opening_hours` syntax, read into a
//! flat weekly table that the app carries as `finder::Span`s. FINESS gives no hours, so no
//! place has any yet; the `opening_hours` column is read if a later source brings one.
//!
//! The subset, which covers the hours of day centres and clinics:
//! - `24/7`; `off` or `closed` alone (known to be always closed);
//! - rules separated by `;`, each `<days> <times>`, `<days> off` or `<times>`
//!   (every day), where `<days>` is a comma list of `Mo`…`Su` or ranges such as
//!   `Mo-Fr` or `Sa-Mo`, and `<times>` a comma list of `HH:MM-HH:MM`;
//! - an end time at or before the start runs past midnight (`Fr 22:00-02:00`), and
//!   `24:00` is allowed as an end;
//! - as in OSM, a later rule replaces the hours of the days it names.
//!
//! Anything else (months, public holidays, `sunrise`, comments…) is refused rather
//! than half understood.

use std::fmt;

const MINUTES_PER_DAY: u16 = 24 * 60;
const DAY_NAMES: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

/// Open on `day` from minute `from` (included) to minute `to` (excluded, ≤ 1440), as
/// the app's `finder::Span`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub day: u8,
    pub from: u16,
    pub to: u16,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HoursError {
    pub rule: String,
    pub reason: &'static str,
}

impl fmt::Display for HoursError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "opening hours rule {:?}: {}", self.rule, self.reason)
    }
}

/// Reads the documented subset into sorted, merged weekly spans.
pub fn parse_opening_hours(text: &str) -> Result<Vec<Span>, HoursError> {
    let text = text.trim();
    if text == "24/7" {
        return Ok((0..7)
            .map(|day| Span {
                day,
                from: 0,
                to: MINUTES_PER_DAY,
            })
            .collect());
    }
    // Each day's own hours, replaced by later rules, and the hours that spill
    // over from the day before past midnight, which they do not replace.
    let mut own: [Vec<(u16, u16)>; 7] = Default::default();
    let mut spill: [Vec<(u16, u16)>; 7] = Default::default();
    for rule in text.split(';').map(str::trim) {
        let error = |reason| HoursError {
            rule: rule.to_string(),
            reason,
        };
        let (days, times) = match rule.split_once(char::is_whitespace) {
            _ if rule.starts_with(|c: char| c.is_ascii_digit()) => (0b111_1111, rule),
            Some((days, times)) => (
                parse_days(days).ok_or_else(|| error("unknown days"))?,
                times.trim(),
            ),
            None if rule == "off" || rule == "closed" => (0b111_1111, rule),
            None => return Err(error("expected days then times, or 24/7")),
        };
        let ranges = match times {
            "off" | "closed" => Vec::new(),
            _ => times
                .split(',')
                .map(|range| parse_range(range.trim()).ok_or_else(|| error("bad time range")))
                .collect::<Result<_, _>>()?,
        };
        for day in (0..7).filter(|day| days & (1 << day) != 0) {
            own[day].clear();
            spill[(day + 1) % 7].clear();
            for &(from, to) in &ranges {
                if from < to {
                    own[day].push((from, to));
                } else {
                    own[day].push((from, MINUTES_PER_DAY));
                    if to > 0 {
                        spill[(day + 1) % 7].push((0, to));
                    }
                }
            }
        }
    }
    let mut spans = Vec::new();
    for day in 0..7 {
        let mut ranges: Vec<(u16, u16)> = own[day].iter().chain(&spill[day]).copied().collect();
        ranges.sort_unstable();
        for (from, to) in ranges {
            match spans.last_mut() {
                Some(Span {
                    day: d, to: end, ..
                }) if *d == day as u8 && from <= *end => *end = (*end).max(to),
                _ => spans.push(Span {
                    day: day as u8,
                    from,
                    to,
                }),
            }
        }
    }
    Ok(spans)
}

/// `Mo-Fr,Su` as a bit set, bit 0 for Monday.
fn parse_days(text: &str) -> Option<u8> {
    let day = |name: &str| DAY_NAMES.iter().position(|&d| d == name);
    let mut set = 0u8;
    for part in text.split(',') {
        match part.split_once('-') {
            Some((first, last)) => {
                let (first, last) = (day(first)?, day(last)?);
                let mut d = first;
                loop {
                    set |= 1 << d;
                    if d == last {
                        break;
                    }
                    d = (d + 1) % 7;
                }
            }
            None => set |= 1 << day(part)?,
        }
    }
    Some(set)
}

fn parse_range(text: &str) -> Option<(u16, u16)> {
    let (from, to) = text.split_once('-')?;
    let (from, to) = (parse_time(from)?, parse_time(to)?);
    (from != to && from < MINUTES_PER_DAY).then_some((from, to))
}

fn parse_time(text: &str) -> Option<u16> {
    let (hours, minutes) = text.split_once(':')?;
    if hours.len() != 2 || minutes.len() != 2 {
        return None;
    }
    let (hours, minutes): (u16, u16) = (hours.parse().ok()?, minutes.parse().ok()?);
    let minute = hours * 60 + minutes;
    (minutes < 60 && minute <= MINUTES_PER_DAY).then_some(minute)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The weekly table, one "Mo 09:00-17:00" a span.
    fn table(hours: &str) -> Vec<String> {
        let time = |minute: u16| format!("{:02}:{:02}", minute / 60, minute % 60);
        parse_opening_hours(hours)
            .unwrap_or_else(|e| panic!("{e}"))
            .iter()
            .map(|s| {
                format!(
                    "{} {}-{}",
                    DAY_NAMES[s.day as usize],
                    time(s.from),
                    time(s.to)
                )
            })
            .collect()
    }

    fn every_day(times: &str) -> Vec<String> {
        DAY_NAMES
            .iter()
            .map(|day| format!("{day} {times}"))
            .collect()
    }

    #[test]
    fn weekdays_and_saturday_morning() {
        assert_eq!(
            table("Mo-Fr 09:00-17:00; Sa 10:00-12:00"),
            [
                "Mo 09:00-17:00",
                "Tu 09:00-17:00",
                "We 09:00-17:00",
                "Th 09:00-17:00",
                "Fr 09:00-17:00",
                "Sa 10:00-12:00"
            ]
        );
    }

    #[test]
    fn lunch_breaks_and_day_lists() {
        assert_eq!(
            table("Mo,We,Fr 09:30-12:30,14:00-17:00"),
            [
                "Mo 09:30-12:30",
                "Mo 14:00-17:00",
                "We 09:30-12:30",
                "We 14:00-17:00",
                "Fr 09:30-12:30",
                "Fr 14:00-17:00"
            ]
        );
    }

    #[test]
    fn always_open_or_always_closed() {
        assert_eq!(table("24/7"), every_day("00:00-24:00"));
        assert_eq!(table("Mo-Su 00:00-24:00"), every_day("00:00-24:00"));
        for hours in ["off", "closed", "Mo-Su off"] {
            assert!(table(hours).is_empty(), "{hours}");
        }
    }

    #[test]
    fn nights_run_past_midnight() {
        assert_eq!(
            table("Fr-Su 22:00-02:00"),
            [
                "Mo 00:00-02:00",
                "Fr 22:00-24:00",
                "Sa 00:00-02:00",
                "Sa 22:00-24:00",
                "Su 00:00-02:00",
                "Su 22:00-24:00"
            ]
        );
        assert_eq!(
            table("Fr 18:00-24:00; Sa 00:00-06:00"),
            ["Fr 18:00-24:00", "Sa 00:00-06:00"]
        );
    }

    #[test]
    fn later_rules_replace_earlier_days() {
        assert_eq!(
            table("Mo-Sa 09:00-18:00; We 14:00-18:00; Sa off"),
            [
                "Mo 09:00-18:00",
                "Tu 09:00-18:00",
                "We 14:00-18:00",
                "Th 09:00-18:00",
                "Fr 09:00-18:00"
            ]
        );
    }

    #[test]
    fn times_without_days_mean_every_day() {
        assert_eq!(table("10:00-20:00"), every_day("10:00-20:00"));
    }

    #[test]
    fn unsupported_or_malformed_hours_are_refused() {
        for hours in [
            "",
            "Mo-Fr",
            "Mo-Fr 9:00-17:00",
            "Mo-Fr 09:00-25:00",
            "Mo-Fr 09:00-09:00",
            "Xx 09:00-17:00",
            "Jan-Mar Mo 09:00-17:00",
            "PH off",
            "Mo-Fr sunrise-sunset",
            "Mo-Fr 09:00-17:00; ",
            "Mo 09:60-10:00",
        ] {
            assert!(
                parse_opening_hours(hours).is_err(),
                "{hours:?} was accepted"
            );
        }
    }

    #[test]
    fn errors_name_the_rule() {
        let error = parse_opening_hours("Mo 09:00-12:00; Tu 9h-12h").unwrap_err();
        assert_eq!(error.rule, "Tu 9h-12h");
        assert_eq!(
            error.to_string(),
            "opening hours rule \"Tu 9h-12h\": bad time range"
        );
    }
}
