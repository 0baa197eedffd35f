//! A deterministic made-up diary, for benchmarks, tests and the fuzzer's seed corpus.
//! Not used by the app, so the release build's dead-code elimination drops it.

use super::calendar::{Day, MS_PER_HOUR, MS_PER_MINUTE};
use super::entry::{Amount, Company, Entry, EntryId, Route};
use super::goals::Goal;
use super::journal::{Diary, DiarySettings, MAX_ENTRIES};

/// `entries` uses (at most `MAX_ENTRIES`) a few hours apart, the last at `end_ms`
/// (which must be well past `entries` × 10 hours after 1970), with every kind of detail
/// and some left blank; the same arguments always give the same diary.
pub fn synthetic_diary(entries: usize, end_ms: i64, seed: u64) -> Diary {
    let mut random = SplitMix64(seed);
    let mut at_ms = end_ms;
    let mut all = Vec::with_capacity(entries.min(MAX_ENTRIES));
    for _ in 0..entries.min(MAX_ENTRIES) {
        let roll = random.next();
        let offset_min = if roll.is_multiple_of(2) { 60 } else { 120 };
        let id = EntryId::new(at_ms, random.next()).expect("synthetic times are in range");
        let mut entry = Entry::new(id, at_ms, offset_min).expect("synthetic times are in range");
        // One in four stays a bare one-tap entry.
        if !roll.is_multiple_of(4) {
            entry.amount = Some(if roll.is_multiple_of(3) {
                Amount::Milligrams((roll >> 8) as u32 % 500 + 50)
            } else {
                Amount::Rocks((roll >> 8) as u16 % 4 + 1)
            });
            entry.spent_cents = Some((roll >> 16) as u32 % 60 * 100);
            entry.route = Some(
                [Route::Smoked, Route::Inhaled, Route::Injected, Route::Other]
                    [(roll >> 24) as usize % 4],
            );
            entry.company = Some(if roll >> 26 & 1 == 0 {
                Company::Alone
            } else {
                Company::WithOthers
            });
            entry.shared_pipe = Some(roll >> 27 & 1 == 1);
            entry.burns_or_cuts = Some(roll >> 28 & 3 == 0);
            entry.craving = Some((roll >> 32) as u8 % 11);
            entry.slept = Some(roll >> 40 & 1 == 1);
            entry.ate = Some(roll >> 41 & 1 == 1);
            if roll >> 42 & 7 == 0 {
                entry.note = Some(format!("note {}; \"entre guillemets\", =1+1", roll % 1000));
            }
        }
        all.push(entry);
        at_ms -= MS_PER_HOUR + (random.next() % (9 * 60)) as i64 * MS_PER_MINUTE;
    }
    let start = Day::of(end_ms, 60).plus_days(-30);
    let settings = DiarySettings {
        weekly_budget_cents: Some(10_000),
        goal: Some(Goal::AtMostPerDay { start, uses: 3 }),
        memory_only: false,
        backup_noted_ms: None,
    };
    Diary::from_parts(all, settings)
}

/// Steele, Lea and Flood's SplitMix64: tiny, and good enough for made-up data.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[cfg(test)]
mod tests {
    use super::super::export::CsvDialect;
    use super::super::schema::MAX_DOCUMENT_BYTES;
    use super::*;

    const END: i64 = 1_735_689_600_000; // 2025-01-01T00:00:00Z

    #[test]
    fn ten_thousand_entries_round_trip_and_merge_into_themselves() {
        let diary = synthetic_diary(10_000, END, 42);
        assert_eq!(diary.entries().len(), 10_000);
        assert_eq!(diary, synthetic_diary(10_000, END, 42));
        assert_ne!(diary, synthetic_diary(10_000, END, 43));
        let text = diary.to_json();
        assert!(text.len() < MAX_DOCUMENT_BYTES, "{} bytes", text.len());
        assert_eq!(Diary::from_json(&text).unwrap(), diary);
        let mut copy = diary.clone();
        let preview = copy
            .apply_import(diary.prepare_import(&text).unwrap())
            .unwrap();
        assert_eq!((preview.already_present, preview.new), (10_000, 0));
        assert_eq!(copy, diary);

        let overview = diary.overview(END, 60);
        assert!(overview.this_month.uses > 0);
        assert!(diary.patterns(END, 60).peak_window.is_some());
        let progress = diary
            .settings()
            .goal
            .unwrap()
            .progress(diary.entries(), END, 60);
        assert_eq!(progress.elapsed, 31);
        assert!(diary.to_csv(CsvDialect::French).lines().count() > 10_000);
    }

    #[test]
    fn the_count_is_capped() {
        assert_eq!(
            synthetic_diary(MAX_ENTRIES + 5, END, 1).entries().len(),
            MAX_ENTRIES
        );
    }
}
