//! Wrong secrets typed at the lock screen: the wait before the next try, and what the
//! owner is told once the diary opens ("3 wrong codes since you last opened it, the last
//! at 14:02"). The record lives in plain storage, so it stores the *deadline* of the wait
//! (not the time of the last failure) and treats a clock that went backwards as the
//! longest wait: moving the phone's clock never shortens it.

use serde::{Deserialize, Serialize};

/// Wrong secrets allowed before any wait: typing slips on a cracked screen are common.
pub const FREE_ATTEMPTS: u32 = 3;
pub const MAX_WAIT_MS: u64 = 5 * 60 * 1000;
/// The times of the latest failures kept for the owner to see.
pub const KEPT_TIMES: usize = 10;
/// The storage key of the record (plain: it says nothing about the diary).
pub const ATTEMPTS_STORAGE_KEY: &str = "repere.diary.attempts";

/// How long to wait before the next try after `failed` wrong secrets in a row: nothing for
/// the first three, then 1 s doubling up to five minutes. It only slows a person at the
/// screen, so it never locks out or wipes: the owner must always get in.
pub fn wait_after_ms(failed: u32) -> u64 {
    match failed.checked_sub(FREE_ATTEMPTS + 1) {
        None => 0,
        Some(doublings) => (1000u64 << doublings.min(32)).min(MAX_WAIT_MS),
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attempts {
    /// Wrong secrets in a row.
    failed: u32,
    /// No try before this time (UTC ms).
    until_ms: i64,
    /// The last failure; a clock earlier than this was set back.
    last_ms: i64,
    /// Wrong secrets since the diary was last opened, and the latest times.
    since_open: u32,
    times: Vec<i64>,
}

/// What the owner learns when the diary opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub failed: u32,
    /// Oldest first, at most [`KEPT_TIMES`].
    pub times: Vec<i64>,
}

impl Attempts {
    /// The stored record. One that cannot be read was altered: it counts as a wait of
    /// the longest kind, so that damaging it is no way around the back-off.
    pub fn parse(raw: Option<&str>, now_ms: i64) -> Attempts {
        match raw {
            None => Attempts::default(),
            Some(text) => serde_json::from_str::<Attempts>(text)
                .ok()
                .filter(|attempts| attempts.times.len() <= KEPT_TIMES)
                .unwrap_or(Attempts {
                    failed: FREE_ATTEMPTS + 10,
                    until_ms: now_ms.saturating_add(MAX_WAIT_MS as i64),
                    last_ms: now_ms,
                    since_open: 1,
                    times: vec![now_ms],
                }),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("plain numbers always serialise")
    }

    /// Milliseconds to wait before the next try (0: now).
    pub fn wait_ms(&self, now_ms: i64) -> u64 {
        if now_ms < self.last_ms {
            return MAX_WAIT_MS;
        }
        let left = self.until_ms.saturating_sub(now_ms);
        (left.max(0) as u64).min(MAX_WAIT_MS)
    }

    /// A wrong secret at `now_ms`; returns the wait before the next try.
    pub fn failed(&mut self, now_ms: i64) -> u64 {
        self.failed = self.failed.saturating_add(1);
        self.since_open = self.since_open.saturating_add(1);
        self.last_ms = self.last_ms.max(now_ms);
        let wait = wait_after_ms(self.failed);
        self.until_ms = self.last_ms.saturating_add(wait as i64);
        self.times.push(now_ms);
        if self.times.len() > KEPT_TIMES {
            self.times.remove(0);
        }
        wait
    }

    /// The diary opened: the back-off starts again, and the owner hears of the failures
    /// since the last opening, if any.
    pub fn opened(self) -> Option<Report> {
        (self.since_open > 0).then_some(Report {
            failed: self.since_open,
            times: self.times,
        })
    }

    pub fn is_clear(&self) -> bool {
        *self == Attempts::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: i64 = 1_718_000_000_000;

    #[test]
    fn the_wait_grows_then_stays_capped() {
        let waits: Vec<u64> = (0..=12).map(wait_after_ms).collect();
        assert_eq!(
            waits,
            [0, 0, 0, 0, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000]
        );
        assert_eq!(wait_after_ms(13), MAX_WAIT_MS);
        assert_eq!(wait_after_ms(u32::MAX), MAX_WAIT_MS);
        assert!((0..200).all(|n| wait_after_ms(n) <= wait_after_ms(n + 1)));
    }

    #[test]
    fn the_deadline_is_stored_and_survives_a_reload() {
        let mut attempts = Attempts::default();
        for n in 0..4 {
            attempts.failed(T + n);
        }
        assert_eq!(attempts.wait_ms(T + 3), 1_000);
        let reloaded = Attempts::parse(Some(&attempts.to_json()), T + 500);
        assert_eq!(reloaded, attempts);
        assert_eq!(reloaded.wait_ms(T + 503), 500);
        assert_eq!(reloaded.wait_ms(T + 1_003), 0);
    }

    #[test]
    fn moving_the_clock_never_shortens_the_wait() {
        let mut attempts = Attempts::default();
        for n in 0..10 {
            attempts.failed(T + n * 1000);
        }
        let wait = attempts.wait_ms(T + 9_000);
        assert_eq!(wait, 64_000);
        // Set back an hour: the longest wait, not none.
        assert_eq!(attempts.wait_ms(T - 3_600_000), MAX_WAIT_MS);
        // A failure "in the past" does not move the deadline earlier.
        let before = attempts.until_ms;
        attempts.failed(T - 3_600_000);
        assert!(attempts.until_ms >= before);
        // Forward: the wait passes, as it would have anyway.
        assert_eq!(attempts.wait_ms(T + 10_000_000), 0);
    }

    #[test]
    fn a_damaged_record_means_the_longest_wait() {
        for raw in [
            "",
            "{",
            "not json",
            r#"{"failed":1}"#,
            r#"{"failed":1,"until_ms":0,"last_ms":0,"since_open":0,"times":[],"x":1}"#,
        ] {
            let attempts = Attempts::parse(Some(raw), T);
            assert_eq!(attempts.wait_ms(T), MAX_WAIT_MS, "{raw}");
            assert!(attempts.opened().is_some(), "{raw}: the owner hears of it");
        }
        let too_many_times = format!(
            r#"{{"failed":1,"until_ms":0,"last_ms":0,"since_open":1,"times":[{}]}}"#,
            ["1"; KEPT_TIMES + 1].join(",")
        );
        assert_eq!(
            Attempts::parse(Some(&too_many_times), T).wait_ms(T),
            MAX_WAIT_MS
        );
        assert_eq!(Attempts::parse(None, T), Attempts::default());
    }

    #[test]
    fn the_owner_hears_how_many_and_when_and_the_count_starts_again() {
        let mut attempts = Attempts::default();
        assert_eq!(attempts.clone().opened(), None);
        for n in 0..12 {
            attempts.failed(T + n * 60_000);
        }
        let report = attempts.opened().unwrap();
        assert_eq!(report.failed, 12);
        assert_eq!(report.times.len(), KEPT_TIMES);
        assert_eq!(report.times.last(), Some(&(T + 11 * 60_000)));
        assert_eq!(report.times.first(), Some(&(T + 2 * 60_000)));
    }
}
