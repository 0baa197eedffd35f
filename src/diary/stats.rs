//! Numbers about the diary, as plain data the UI turns into words and charts.
//!
//! "Today", "this week" (from Monday) and "this month" are the user's local calendar at
//! `now_ms` and `offset_min`; each entry falls on the local day it happened on, with the
//! offset recorded with it.

use super::calendar::{minute_of_day, Day};
use super::entry::{Amount, Company, Entry};
use super::journal::Diary;

/// Days in the chart and in the window patterns are drawn from.
pub const SERIES_DAYS: usize = 30;
/// A pattern is only reported once this many entries in the last `SERIES_DAYS` days
/// answered the question: below that it would be noise presented as a finding.
pub const PATTERN_MIN_ANSWERS: u32 = 10;
/// The length of the "most common time of day" window.
pub const PEAK_WINDOW_HOURS: u32 = 4;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    pub uses: u32,
    /// Only what was given in rocks; milligrams are counted apart, never converted.
    pub rocks: u32,
    pub milligrams: u64,
    pub spent_cents: u64,
    /// Uses without an amount spent, so the UI can say "at least".
    pub uses_without_spend: u32,
}

impl Totals {
    fn add(&mut self, entry: &Entry) {
        self.uses += 1;
        match entry.amount {
            Some(Amount::Rocks(rocks)) => self.rocks += u32::from(rocks),
            Some(Amount::Milligrams(mg)) => self.milligrams += u64::from(mg),
            None => {}
        }
        match entry.spent_cents {
            Some(cents) => self.spent_cents += u64::from(cents),
            None => self.uses_without_spend += 1,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    pub weekly_cents: u32,
    pub spent_this_week_cents: u64,
}

impl Budget {
    /// Negative once over budget.
    pub fn remaining_cents(self) -> i64 {
        i64::from(self.weekly_cents) - self.spent_this_week_cents as i64
    }

    pub fn is_over(self) -> bool {
        self.remaining_cents() < 0
    }

    /// How much of the budget is spent, from 0 to 1 (full, not more, once over; full for
    /// a budget of nothing).
    pub fn fraction_spent(self) -> f64 {
        if self.weekly_cents == 0 {
            return 1.0;
        }
        (self.spent_this_week_cents as f64 / f64::from(self.weekly_cents)).min(1.0)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overview {
    pub today: Totals,
    pub this_week: Totals,
    pub this_month: Totals,
    /// Since the latest use not after `now_ms`; `None` with no such use.
    pub since_last_use_ms: Option<i64>,
    /// `None` when the user set no weekly budget.
    pub budget: Option<Budget>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayPoint {
    pub day: Day,
    pub totals: Totals,
}

/// "`yes` of the `answered` entries that said".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Share {
    pub yes: u32,
    pub answered: u32,
}

impl Share {
    /// Rounded to the nearest whole percent, half up; 0 when nobody answered.
    pub fn percent(self) -> u32 {
        (self.yes * 100 + self.answered / 2) / self.answered.max(1)
    }
}

/// The `PEAK_WINDOW_HOURS` local hours from `start_hour` (wrapping past midnight:
/// 22 means 22:00–02:00) held `uses` of the `of` uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeakWindow {
    pub start_hour: u32,
    pub uses: u32,
    pub of: u32,
}

/// Each field is `None` until `PATTERN_MIN_ANSWERS` entries of the last `SERIES_DAYS`
/// days answered it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Patterns {
    pub peak_window: Option<PeakWindow>,
    pub with_others: Option<Share>,
    pub shared_pipe: Option<Share>,
    pub burns_or_cuts: Option<Share>,
}

impl Patterns {
    /// Whether some recent entry said the pipe was shared, or lips or hands were hurt:
    /// the screen then points to a CAARUD for a kit of one's own.
    pub fn pipe_harm_seen(&self) -> bool {
        [self.shared_pipe, self.burns_or_cuts]
            .iter()
            .any(|share| share.is_some_and(|share| share.yes > 0))
    }
}

impl Diary {
    pub fn overview(&self, now_ms: i64, offset_min: i16) -> Overview {
        let today = Day::of(now_ms, offset_min);
        let (week, month) = (today.week_start(), today.month_start());
        let mut overview = Overview {
            today: Totals::default(),
            this_week: Totals::default(),
            this_month: Totals::default(),
            since_last_use_ms: None,
            budget: None,
        };
        let past = self.past(now_ms);
        for entry in past {
            let day = Day::of(entry.at_ms, entry.offset_min);
            if day == today {
                overview.today.add(entry);
            }
            if day >= week {
                overview.this_week.add(entry);
            }
            if day >= month {
                overview.this_month.add(entry);
            }
        }
        overview.since_last_use_ms = past.last().map(|last| now_ms - last.at_ms);
        overview.budget = self
            .settings()
            .weekly_budget_cents
            .map(|weekly_cents| Budget {
                weekly_cents,
                spent_this_week_cents: overview.this_week.spent_cents,
            });
        overview
    }

    /// The last `SERIES_DAYS` local days, oldest first, today last.
    pub fn daily_series(&self, now_ms: i64, offset_min: i16) -> Vec<DayPoint> {
        let today = Day::of(now_ms, offset_min);
        let first = today.plus_days(1 - SERIES_DAYS as i32);
        let mut series: Vec<DayPoint> = (0..SERIES_DAYS as i32)
            .map(|n| DayPoint {
                day: first.plus_days(n),
                totals: Totals::default(),
            })
            .collect();
        for entry in self.recent(now_ms, offset_min) {
            let day = Day::of(entry.at_ms, entry.offset_min);
            series[day.days_since(first) as usize].totals.add(entry);
        }
        series
    }

    pub fn patterns(&self, now_ms: i64, offset_min: i16) -> Patterns {
        let mut per_hour = [0u32; 24];
        let mut with_others = Share {
            yes: 0,
            answered: 0,
        };
        let mut shared_pipe = with_others;
        let mut burns_or_cuts = with_others;
        let count = |share: &mut Share, answer: Option<bool>| {
            if let Some(yes) = answer {
                share.answered += 1;
                share.yes += u32::from(yes);
            }
        };
        for entry in self.recent(now_ms, offset_min) {
            per_hour[(minute_of_day(entry.at_ms, entry.offset_min) / 60) as usize] += 1;
            count(
                &mut with_others,
                entry.company.map(|company| company == Company::WithOthers),
            );
            count(&mut shared_pipe, entry.shared_pipe);
            count(&mut burns_or_cuts, entry.burns_or_cuts);
        }
        let enough = |share: Share| (share.answered >= PATTERN_MIN_ANSWERS).then_some(share);
        Patterns {
            peak_window: peak_window(&per_hour),
            with_others: enough(with_others),
            shared_pipe: enough(shared_pipe),
            burns_or_cuts: enough(burns_or_cuts),
        }
    }

    /// Entries on the last `SERIES_DAYS` local days, up to `now_ms`.
    fn recent(&self, now_ms: i64, offset_min: i16) -> impl Iterator<Item = &Entry> {
        let first = Day::of(now_ms, offset_min).plus_days(1 - SERIES_DAYS as i32);
        self.past(now_ms)
            .iter()
            .filter(move |entry| Day::of(entry.at_ms, entry.offset_min) >= first)
    }
}

/// The busiest window; on a tie, the earliest starting hour, so the answer is stable.
fn peak_window(per_hour: &[u32; 24]) -> Option<PeakWindow> {
    let of: u32 = per_hour.iter().sum();
    if of < PATTERN_MIN_ANSWERS {
        return None;
    }
    let uses_from = |start: u32| -> u32 {
        (start..start + PEAK_WINDOW_HOURS)
            .map(|hour| per_hour[(hour % 24) as usize])
            .sum()
    };
    let (start_hour, uses) =
        (0..24)
            .map(|start| (start, uses_from(start)))
            .fold((0, 0), |best, candidate| {
                if candidate.1 > best.1 {
                    candidate
                } else {
                    best
                }
            });
    Some(PeakWindow {
        start_hour,
        uses,
        of,
    })
}

#[cfg(test)]
mod tests {
    use super::super::calendar::{MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE};
    use super::super::entry::EntryId;
    use super::super::journal::DiarySettings;
    use super::*;

    const PARIS_SUMMER: i16 = 120;
    const PARIS_WINTER: i16 = 60;

    /// UTC ms of a local wall-clock time at `offset_min`.
    fn local(year: i32, month: u32, day: u32, hour: i64, minute: i64, offset_min: i16) -> i64 {
        let days = i64::from(
            Day::from_ymd(year, month, day)
                .unwrap()
                .days_since(Day::from_ymd(1970, 1, 1).unwrap()),
        );
        days * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE
            - i64::from(offset_min) * MS_PER_MINUTE
    }

    fn add(diary: &mut Diary, at_ms: i64, offset_min: i16, edit: impl FnOnce(&mut Entry)) {
        let id = EntryId::new(at_ms, diary.entries().len() as u64).unwrap();
        let mut entry = diary.record(id, at_ms, offset_min).unwrap().clone();
        edit(&mut entry);
        diary.update(entry).unwrap();
    }

    #[test]
    fn today_week_and_month_follow_the_local_calendar() {
        let mut diary = Diary::new();
        let spend = |cents| {
            move |e: &mut Entry| {
                e.spent_cents = Some(cents);
                e.amount = Some(Amount::Rocks(1));
            }
        };
        // Now: Monday 1 July 2024, 10:00 in Paris.
        let now = local(2024, 7, 1, 10, 0, PARIS_SUMMER);
        add(
            &mut diary,
            local(2024, 7, 1, 0, 30, PARIS_SUMMER),
            PARIS_SUMMER,
            spend(1000),
        ); // today, though 30 June in UTC
        add(
            &mut diary,
            local(2024, 6, 30, 23, 30, PARIS_SUMMER),
            PARIS_SUMMER,
            spend(500),
        ); // Sunday: last week, last month
        add(
            &mut diary,
            local(2024, 6, 3, 12, 0, PARIS_SUMMER),
            PARIS_SUMMER,
            |_| {},
        );
        add(
            &mut diary,
            local(2024, 7, 1, 18, 0, PARIS_SUMMER),
            PARIS_SUMMER,
            spend(700),
        ); // later today: not yet counted
        let overview = diary.overview(now, PARIS_SUMMER);
        let one_use = |cents| Totals {
            uses: 1,
            rocks: 1,
            milligrams: 0,
            spent_cents: cents,
            uses_without_spend: 0,
        };
        assert_eq!(overview.today, one_use(1000));
        assert_eq!(overview.this_week, one_use(1000));
        assert_eq!(overview.this_month, one_use(1000));
        assert_eq!(
            overview.since_last_use_ms,
            Some(9 * MS_PER_HOUR + 30 * MS_PER_MINUTE)
        );
        assert_eq!(overview.budget, None);

        // A week later, on Sunday 7 July, the week still starts on Monday the 1st.
        let sunday = local(2024, 7, 7, 22, 0, PARIS_SUMMER);
        let overview = diary.overview(sunday, PARIS_SUMMER);
        assert_eq!(overview.today.uses, 0);
        assert_eq!(overview.this_week.uses, 2);
        assert_eq!(overview.this_week.spent_cents, 1700);

        // At the end of June the month holds the three June uses, one without spend.
        let june = diary.overview(local(2024, 6, 30, 23, 59, PARIS_SUMMER), PARIS_SUMMER);
        assert_eq!(june.this_month.uses, 2);
        assert_eq!(june.this_month.uses_without_spend, 1);
        assert_eq!(june.today.spent_cents, 500);
    }

    #[test]
    fn an_entry_keeps_its_day_after_the_clocks_change() {
        let mut diary = Diary::new();
        // 00:30 on 1 October in summer time...
        add(
            &mut diary,
            local(2024, 10, 1, 0, 30, PARIS_SUMMER),
            PARIS_SUMMER,
            |_| {},
        );
        // ...seen in winter time, it is still on 1 October.
        let series = diary.daily_series(local(2024, 11, 1, 12, 0, PARIS_WINTER), PARIS_WINTER);
        assert_eq!(series.len(), SERIES_DAYS);
        assert_eq!(series[0].day, Day::from_ymd(2024, 10, 3).unwrap());
        assert!(series.iter().all(|point| point.totals.uses == 0));
        let series = diary.daily_series(local(2024, 10, 30, 12, 0, PARIS_WINTER), PARIS_WINTER);
        assert_eq!(series[0].day, Day::from_ymd(2024, 10, 1).unwrap());
        assert_eq!(series[0].totals.uses, 1);
        assert_eq!(
            series[SERIES_DAYS - 1].day,
            Day::from_ymd(2024, 10, 30).unwrap()
        );
    }

    #[test]
    fn the_series_spans_a_month_boundary() {
        let mut diary = Diary::new();
        for day in [1, 15, 28] {
            add(
                &mut diary,
                local(2024, 2, day, 20, 0, PARIS_WINTER),
                PARIS_WINTER,
                |_| {},
            );
        }
        add(
            &mut diary,
            local(2024, 3, 1, 20, 0, PARIS_WINTER),
            PARIS_WINTER,
            |_| {},
        );
        add(
            &mut diary,
            local(2024, 3, 1, 21, 0, PARIS_WINTER),
            PARIS_WINTER,
            |_| {},
        );
        let now = local(2024, 3, 1, 22, 0, PARIS_WINTER);
        let series = diary.daily_series(now, PARIS_WINTER);
        let uses: Vec<u32> = series.iter().map(|point| point.totals.uses).collect();
        // 1 March is today; 29 days back is 1 February (2024 is a leap year).
        assert_eq!(series[0].day, Day::from_ymd(2024, 2, 1).unwrap());
        assert_eq!(
            (uses[0], uses[14], uses[27], uses[28], uses[29]),
            (1, 1, 1, 0, 2)
        );
        assert_eq!(uses.iter().sum::<u32>(), 5);
        let overview = diary.overview(now, PARIS_WINTER);
        assert_eq!((overview.today.uses, overview.this_month.uses), (2, 2));
        // Thursday 29 February to Friday 1 March: the week began on Monday 26 February.
        assert_eq!(overview.this_week.uses, 3);
    }

    #[test]
    fn spending_is_measured_against_the_weekly_budget() {
        let mut diary = Diary::new();
        diary
            .set_settings(DiarySettings {
                weekly_budget_cents: Some(3000),
                ..DiarySettings::default()
            })
            .unwrap();
        let now = local(2024, 7, 3, 12, 0, PARIS_SUMMER);
        for cents in [2000, 1500] {
            add(&mut diary, now - MS_PER_HOUR, PARIS_SUMMER, |e| {
                e.spent_cents = Some(cents)
            });
        }
        let budget = diary.overview(now, PARIS_SUMMER).budget.unwrap();
        assert_eq!(budget.spent_this_week_cents, 3500);
        assert_eq!(budget.remaining_cents(), -500);
        assert!(budget.is_over());
        assert_eq!(budget.fraction_spent(), 1.0);
    }

    #[test]
    fn the_budget_bar_fills_with_spending() {
        let budget = |weekly_cents, spent_this_week_cents| Budget {
            weekly_cents,
            spent_this_week_cents,
        };
        assert_eq!(budget(4000, 1000).fraction_spent(), 0.25);
        assert_eq!(budget(4000, 0).fraction_spent(), 0.0);
        assert!(!budget(4000, 4000).is_over());
        assert_eq!(budget(4000, 4000).remaining_cents(), 0);
        assert!(budget(4000, 4001).is_over());
        // A budget of nothing is spent from the start.
        assert_eq!(budget(0, 0).fraction_spent(), 1.0);
        assert!(!budget(0, 0).is_over());
    }

    #[test]
    fn shares_round_to_the_nearest_percent() {
        let share = |yes, answered| Share { yes, answered }.percent();
        assert_eq!(share(9, 10), 90);
        assert_eq!(share(1, 3), 33);
        assert_eq!(share(2, 3), 67);
        assert_eq!(share(1, 8), 13);
        assert_eq!(share(10, 10), 100);
        assert_eq!(share(0, 0), 0);
    }

    #[test]
    fn a_shared_pipe_or_a_burn_is_worth_a_word() {
        let said = |yes| Some(Share { yes, answered: 10 });
        assert!(!Patterns::default().pipe_harm_seen());
        let nobody = Patterns {
            shared_pipe: said(0),
            burns_or_cuts: said(0),
            with_others: said(10),
            ..Patterns::default()
        };
        assert!(!nobody.pipe_harm_seen());
        assert!(Patterns {
            shared_pipe: said(1),
            ..nobody
        }
        .pipe_harm_seen());
        assert!(Patterns {
            burns_or_cuts: said(2),
            ..nobody
        }
        .pipe_harm_seen());
    }

    #[test]
    fn no_entries_no_last_use_and_future_entries_are_ignored() {
        let mut diary = Diary::new();
        assert_eq!(diary.overview(0, 0).since_last_use_ms, None);
        add(&mut diary, 10 * MS_PER_DAY, 0, |_| {});
        let overview = diary.overview(MS_PER_DAY, 0);
        assert_eq!(overview.since_last_use_ms, None);
        assert_eq!(overview.today.uses + overview.this_month.uses, 0);
    }

    #[test]
    fn patterns_wait_for_enough_answers() {
        let mut diary = Diary::new();
        let now = local(2024, 7, 20, 12, 0, PARIS_SUMMER);
        for n in 0..9 {
            add(
                &mut diary,
                local(2024, 7, 10 + n, 23, 0, PARIS_SUMMER),
                PARIS_SUMMER,
                |e| e.company = Some(Company::WithOthers),
            );
        }
        assert_eq!(diary.patterns(now, PARIS_SUMMER), Patterns::default());
        add(
            &mut diary,
            local(2024, 7, 19, 15, 0, PARIS_SUMMER),
            PARIS_SUMMER,
            |e| e.company = Some(Company::Alone),
        );
        let patterns = diary.patterns(now, PARIS_SUMMER);
        assert_eq!(
            patterns.with_others,
            Some(Share {
                yes: 9,
                answered: 10
            })
        );
        assert_eq!(patterns.shared_pipe, None, "nobody answered it");
        // Nine uses at 23:00: the first window holding them all starts at 20:00.
        assert_eq!(
            patterns.peak_window,
            Some(PeakWindow {
                start_hour: 20,
                uses: 9,
                of: 10
            })
        );
        // Uses older than the window do not count.
        let later = diary.patterns(local(2024, 9, 1, 12, 0, PARIS_SUMMER), PARIS_SUMMER);
        assert_eq!(later, Patterns::default());
    }

    #[test]
    fn the_peak_window_wraps_past_midnight() {
        let mut per_hour = [0u32; 24];
        per_hour[22] = 3;
        per_hour[23] = 3;
        per_hour[0] = 3;
        per_hour[1] = 3;
        per_hour[12] = 2;
        assert_eq!(
            peak_window(&per_hour),
            Some(PeakWindow {
                start_hour: 22,
                uses: 12,
                of: 14
            })
        );
    }
}
