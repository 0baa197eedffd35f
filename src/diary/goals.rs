//! Goals and progress without shame: a slip ends the current streak, but the best streak
//! and every day (or week) already kept stay counted.

use super::calendar::Day;
use super::entry::{Entry, Invalid};
use serde::{Deserialize, Serialize};

pub const MAX_PAUSE_DAYS: u16 = 365;
pub const MAX_GOAL_USES: u16 = 100;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Goal {
    /// No use for `days` days from `start` included.
    Pause {
        start: Day,
        days: u16,
    },
    AtMostPerDay {
        start: Day,
        uses: u16,
    },
    /// Weeks run Monday to Sunday; the first one counts from `start`.
    AtMostPerWeek {
        start: Day,
        uses: u16,
    },
    Stop {
        start: Day,
    },
}

/// The goals offered in the form, and the value of each `<option>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GoalKind {
    Pause,
    PerDay,
    PerWeek,
    Stop,
}

impl GoalKind {
    /// In the form's order.
    pub const ALL: [GoalKind; 4] = [
        GoalKind::Pause,
        GoalKind::PerDay,
        GoalKind::PerWeek,
        GoalKind::Stop,
    ];

    pub fn code(self) -> &'static str {
        match self {
            GoalKind::Pause => "pause",
            GoalKind::PerDay => "day",
            GoalKind::PerWeek => "week",
            GoalKind::Stop => "stop",
        }
    }

    pub fn from_code(code: &str) -> Option<GoalKind> {
        GoalKind::ALL.into_iter().find(|kind| kind.code() == code)
    }

    /// A stop needs no number; a pause needs its days, a limit its uses.
    pub fn needs_number(self) -> bool {
        self != GoalKind::Stop
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    Day,
    Week,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GoalProgress {
    /// Days (or weeks) from the start up to and including the current one; 0 before the start.
    pub elapsed: u32,
    /// Of those, how many stayed within the goal; the current one counts while it still does.
    pub within: u32,
    pub current_streak: u32,
    /// Never lowered by a slip.
    pub best_streak: u32,
    /// Uses so far today (or this week), to show "1 of 2 today".
    pub current_uses: u32,
    /// Uses allowed per period; 0 for a pause or a stop.
    pub limit: u32,
    /// For a pause only: days left after today, 0 once it is over.
    pub pause_days_left: Option<u32>,
}

impl GoalProgress {
    /// The current run was ended by a slip, after days (or weeks) kept.
    pub fn slipped(self) -> bool {
        self.current_streak == 0 && self.within > 0
    }
}

impl Goal {
    /// The goal chosen in the form, starting `today`: `number` is the pause's days or the
    /// limit's uses (a stop needs none).
    pub fn from_choice(kind: GoalKind, number: &str, today: Day) -> Result<Goal, Invalid> {
        let number = number.trim().parse::<u16>();
        let goal = match (kind, number) {
            (GoalKind::Stop, _) => Goal::Stop { start: today },
            (GoalKind::Pause, Ok(days)) => Goal::Pause { start: today, days },
            (GoalKind::PerDay, Ok(uses)) => Goal::AtMostPerDay { start: today, uses },
            (GoalKind::PerWeek, Ok(uses)) => Goal::AtMostPerWeek { start: today, uses },
            (_, Err(_)) => return Err(Invalid::Goal),
        };
        goal.validate()?;
        Ok(goal)
    }

    pub fn start(self) -> Day {
        match self {
            Goal::Pause { start, .. }
            | Goal::AtMostPerDay { start, .. }
            | Goal::AtMostPerWeek { start, .. }
            | Goal::Stop { start } => start,
        }
    }

    pub fn period(self) -> Period {
        match self {
            Goal::AtMostPerWeek { .. } => Period::Week,
            _ => Period::Day,
        }
    }

    fn limit(self) -> u32 {
        match self {
            Goal::AtMostPerDay { uses, .. } | Goal::AtMostPerWeek { uses, .. } => uses.into(),
            Goal::Pause { .. } | Goal::Stop { .. } => 0,
        }
    }

    pub fn validate(self) -> Result<(), Invalid> {
        let fine = match self {
            Goal::Pause { days, .. } => (1..=MAX_PAUSE_DAYS).contains(&days),
            Goal::AtMostPerDay { uses, .. } | Goal::AtMostPerWeek { uses, .. } => {
                uses <= MAX_GOAL_USES
            }
            Goal::Stop { .. } => true,
        };
        fine.then_some(()).ok_or(Invalid::Goal)
    }

    /// Where the user stands today, `now_ms` and `offset_min` giving "today". `entries`
    /// oldest first, as the diary keeps them; one dated after `now_ms` is a clock error
    /// rather than a use, and is left out.
    pub fn progress(self, entries: &[Entry], now_ms: i64, offset_min: i16) -> GoalProgress {
        let start = self.start();
        let today = Day::of(now_ms, offset_min);
        let period_of = |day: Day| -> i32 {
            match self.period() {
                Period::Day => day.days_since(start),
                Period::Week => day.week_start().days_since(start.week_start()) / 7,
            }
        };
        let mut elapsed = period_of(today) + 1;
        let mut pause_days_left = None;
        if let Goal::Pause { days, .. } = self {
            let days = i32::from(days);
            pause_days_left = Some((days - elapsed).clamp(0, days) as u32);
            elapsed = elapsed.min(days);
        }
        if elapsed <= 0 {
            return GoalProgress {
                limit: self.limit(),
                pause_days_left,
                ..GoalProgress::default()
            };
        }

        let mut uses = std::collections::BTreeMap::<i32, u32>::new();
        for entry in entries.iter().take_while(|entry| entry.at_ms <= now_ms) {
            let day = Day::of(entry.at_ms, entry.offset_min);
            if day >= start {
                let period = period_of(day);
                if period < elapsed {
                    *uses.entry(period).or_default() += 1;
                }
            }
        }
        let slips: Vec<i32> = uses
            .iter()
            .filter(|(_, &count)| count > self.limit())
            .map(|(&period, _)| period)
            .collect();

        // Streaks are the runs between slips: before the first, between two, after the last.
        let mut best = 0;
        let mut run_start = 0;
        for &slip in &slips {
            best = best.max(slip - run_start);
            run_start = slip + 1;
        }
        let current = elapsed - run_start;
        let current_period = elapsed - 1;
        GoalProgress {
            elapsed: elapsed as u32,
            within: (elapsed - slips.len() as i32) as u32,
            current_streak: current as u32,
            best_streak: best.max(current) as u32,
            current_uses: uses.get(&current_period).copied().unwrap_or(0),
            limit: self.limit(),
            pause_days_left,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::calendar::{MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE};
    use super::super::entry::EntryId;
    use super::*;

    const PARIS_SUMMER: i16 = 120;

    fn day(year: i32, month: u32, d: u32) -> Day {
        Day::from_ymd(year, month, d).unwrap()
    }

    /// Local noon of a day, in Paris summer time.
    fn noon(d: Day) -> i64 {
        let days = i64::from(d.days_since(day(1970, 1, 1)));
        days * MS_PER_DAY + 12 * MS_PER_HOUR - i64::from(PARIS_SUMMER) * MS_PER_MINUTE
    }

    /// One use at noon on each day, oldest first.
    fn uses_on(days: &[Day]) -> Vec<Entry> {
        days.iter()
            .enumerate()
            .map(|(n, &d)| {
                let at = noon(d);
                Entry::new(EntryId::new(at, n as u64).unwrap(), at, PARIS_SUMMER).unwrap()
            })
            .collect()
    }

    #[test]
    fn a_slip_ends_the_streak_but_keeps_the_best_and_the_days_kept() {
        let start = day(2024, 6, 1);
        let goal = Goal::Stop { start };
        // Clean 1–5 June, a slip on the 6th, clean again from the 7th to the 9th.
        let entries = uses_on(&[day(2024, 5, 30), day(2024, 6, 6)]);
        let progress = goal.progress(&entries, noon(day(2024, 6, 9)), PARIS_SUMMER);
        assert_eq!(
            progress,
            GoalProgress {
                elapsed: 9,
                within: 8,
                current_streak: 3,
                best_streak: 5,
                current_uses: 0,
                limit: 0,
                pause_days_left: None,
            }
        );
    }

    #[test]
    fn a_slip_today_shows_today_without_erasing_the_past() {
        let start = day(2024, 6, 1);
        let entries = uses_on(&[day(2024, 6, 4)]);
        let progress = Goal::Stop { start }.progress(&entries, noon(day(2024, 6, 4)), PARIS_SUMMER);
        assert_eq!(
            (progress.elapsed, progress.within),
            (4, 3),
            "three clean days stay counted"
        );
        assert_eq!((progress.current_streak, progress.best_streak), (0, 3));
        assert_eq!(progress.current_uses, 1);
    }

    #[test]
    fn daily_limit_counts_uses_per_local_day() {
        let start = day(2024, 6, 1);
        let goal = Goal::AtMostPerDay { start, uses: 2 };
        let d2 = day(2024, 6, 2);
        let entries = uses_on(&[d2, d2, day(2024, 6, 3), day(2024, 6, 3), day(2024, 6, 3)]);
        let progress = goal.progress(&entries, noon(day(2024, 6, 5)), PARIS_SUMMER);
        assert_eq!((progress.elapsed, progress.within), (5, 4));
        assert_eq!((progress.current_streak, progress.best_streak), (2, 2));
        assert_eq!(progress.limit, 2);
    }

    #[test]
    fn weekly_limit_counts_monday_weeks_from_a_mid_week_start() {
        // Wednesday 5 June 2024; the week of 3 June counts from the 5th only.
        let start = day(2024, 6, 5);
        let goal = Goal::AtMostPerWeek { start, uses: 2 };
        let entries = uses_on(&[
            day(2024, 6, 3), // before the start: ignored
            day(2024, 6, 4), // before the start: ignored
            day(2024, 6, 5),
            day(2024, 6, 10), // week 2: three uses, a slip
            day(2024, 6, 12),
            day(2024, 6, 16),
            day(2024, 6, 17), // week 3: one use so far
        ]);
        let progress = goal.progress(&entries, noon(day(2024, 6, 18)), PARIS_SUMMER);
        assert_eq!((progress.elapsed, progress.within), (3, 2));
        assert_eq!((progress.current_streak, progress.best_streak), (1, 1));
        assert_eq!(progress.current_uses, 1);
    }

    #[test]
    fn a_pause_ends_and_says_how_many_days_are_left() {
        let start = day(2024, 6, 1);
        let goal = Goal::Pause { start, days: 7 };
        let entries = uses_on(&[day(2024, 6, 10)]);
        let during = goal.progress(&entries, noon(day(2024, 6, 3)), PARIS_SUMMER);
        assert_eq!(
            (during.elapsed, during.within, during.pause_days_left),
            (3, 3, Some(4))
        );
        // Uses after the pause are outside it.
        let after = goal.progress(&entries, noon(day(2024, 6, 20)), PARIS_SUMMER);
        assert_eq!(
            (after.elapsed, after.within, after.pause_days_left),
            (7, 7, Some(0))
        );
        assert_eq!(after.best_streak, 7);
        let before = goal.progress(&entries, noon(day(2024, 5, 20)), PARIS_SUMMER);
        assert_eq!((before.elapsed, before.pause_days_left), (0, Some(7)));
    }

    #[test]
    fn the_local_day_decides_which_day_a_late_use_belongs_to() {
        let start = day(2024, 6, 1);
        // 23:30 in Paris on 2 June is 21:30 UTC: it belongs to the 2nd, not the 3rd.
        let at = noon(day(2024, 6, 2)) + 11 * MS_PER_HOUR + 30 * MS_PER_MINUTE;
        let entries = [Entry::new(EntryId::new(at, 1).unwrap(), at, PARIS_SUMMER).unwrap()];
        let progress = Goal::Stop { start }.progress(&entries, noon(day(2024, 6, 3)), PARIS_SUMMER);
        assert_eq!((progress.current_streak, progress.best_streak), (1, 1));
    }

    #[test]
    fn a_use_dated_after_now_is_a_clock_error_not_a_slip() {
        let start = day(2024, 6, 1);
        // Later today: the phone's clock was wrong when it was logged.
        let later = noon(day(2024, 6, 5)) + 6 * MS_PER_HOUR;
        let entries = [Entry::new(EntryId::new(later, 1).unwrap(), later, PARIS_SUMMER).unwrap()];
        let progress = Goal::Stop { start }.progress(&entries, noon(day(2024, 6, 5)), PARIS_SUMMER);
        assert_eq!((progress.within, progress.current_streak), (5, 5));
        assert_eq!(progress.current_uses, 0);
    }

    #[test]
    fn a_goal_is_made_from_the_form_s_choice() {
        let today = day(2024, 6, 1);
        assert_eq!(
            Goal::from_choice(GoalKind::Pause, " 7 ", today),
            Ok(Goal::Pause {
                start: today,
                days: 7
            })
        );
        assert_eq!(
            Goal::from_choice(GoalKind::PerDay, "2", today),
            Ok(Goal::AtMostPerDay {
                start: today,
                uses: 2
            })
        );
        assert_eq!(
            Goal::from_choice(GoalKind::PerWeek, "0", today),
            Ok(Goal::AtMostPerWeek {
                start: today,
                uses: 0
            })
        );
        // A stop ignores the number, even a wrong one.
        assert_eq!(
            Goal::from_choice(GoalKind::Stop, "", today),
            Ok(Goal::Stop { start: today })
        );
        for (kind, number) in [
            (GoalKind::Pause, ""),
            (GoalKind::Pause, "0"),
            (GoalKind::Pause, "366"),
            (GoalKind::PerDay, "-1"),
            (GoalKind::PerDay, "101"),
            (GoalKind::PerWeek, "two"),
        ] {
            assert_eq!(
                Goal::from_choice(kind, number, today),
                Err(Invalid::Goal),
                "{number}"
            );
        }
        for kind in GoalKind::ALL {
            assert_eq!(GoalKind::from_code(kind.code()), Some(kind));
        }
        assert_eq!(GoalKind::from_code("year"), None);
    }

    #[test]
    fn a_slip_is_a_run_ended_after_days_kept() {
        let progress = |within, current_streak| GoalProgress {
            within,
            current_streak,
            ..GoalProgress::default()
        };
        assert!(progress(5, 0).slipped());
        assert!(!progress(5, 2).slipped());
        // Nothing kept yet (a slip on the first day, or before the start): no "slip" word.
        assert!(!progress(0, 0).slipped());
    }

    #[test]
    fn goals_are_bounded() {
        let start = day(2024, 6, 1);
        assert_eq!(
            Goal::Pause { start, days: 0 }.validate(),
            Err(Invalid::Goal)
        );
        assert_eq!(
            Goal::Pause { start, days: 366 }.validate(),
            Err(Invalid::Goal)
        );
        assert_eq!(
            Goal::AtMostPerDay { start, uses: 101 }.validate(),
            Err(Invalid::Goal)
        );
        assert_eq!(Goal::AtMostPerWeek { start, uses: 0 }.validate(), Ok(()));
        assert_eq!(
            serde_json::to_string(&Goal::AtMostPerWeek { start, uses: 3 }).unwrap(),
            r#"{"kind":"at_most_per_week","start":"2024-06-01","uses":3}"#
        );
    }
}
