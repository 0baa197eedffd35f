//! Importing an exported diary: the whole file is read and checked first, the user sees
//! a preview, then entries merge by id, all or nothing.

use super::entry::Entry;
use super::journal::{Diary, MAX_ENTRIES};
use super::schema::DataError;
use std::collections::HashSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportPreview {
    pub in_file: usize,
    /// Ids this diary holds already; their local version is kept.
    pub already_present: usize,
    pub new: usize,
}

/// A checked file waiting for the user's go-ahead. Only its entries are merged: the
/// goal and budget on this device stay as the user set them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreparedImport {
    incoming: Diary,
}

impl PreparedImport {
    /// Counted against `diary`, normally the one it was prepared for.
    pub fn preview(&self, diary: &Diary) -> ImportPreview {
        let present = diary.ids();
        let in_file = self.incoming.entries().len();
        let already_present = self
            .incoming
            .entries()
            .iter()
            .filter(|entry| present.contains(&entry.id))
            .count();
        ImportPreview {
            in_file,
            already_present,
            new: in_file - already_present,
        }
    }
}

impl Diary {
    /// Reads and checks an exported file without touching the diary.
    pub fn prepare_import(&self, raw: &str) -> Result<PreparedImport, DataError> {
        let prepared = PreparedImport {
            incoming: Diary::from_json(raw)?,
        };
        if self.entries().len() + prepared.preview(self).new > MAX_ENTRIES {
            return Err(DataError::TooManyEntries);
        }
        Ok(prepared)
    }

    /// Adds the entries this diary lacks; on an error nothing was added. The counts are
    /// those of the merge itself, should the diary have changed since the preview.
    pub fn apply_import(&mut self, prepared: PreparedImport) -> Result<ImportPreview, DataError> {
        let preview = prepared.preview(self);
        self.merge(&prepared.incoming)?;
        Ok(preview)
    }

    /// Adds the entries of `other` that this diary lacks, by id (another tab's diary, or
    /// one kept unsaved); returns how many. All or nothing: if they do not all fit,
    /// nothing is added. Settings stay this diary's.
    pub fn merge(&mut self, other: &Diary) -> Result<usize, DataError> {
        let present = self.ids();
        let new: Vec<Entry> = other
            .entries()
            .iter()
            .filter(|entry| !present.contains(&entry.id))
            .cloned()
            .collect();
        if self.entries().len() + new.len() > MAX_ENTRIES {
            return Err(DataError::TooManyEntries);
        }
        let added = new.len();
        self.extend_new(new);
        Ok(added)
    }

    fn ids(&self) -> HashSet<super::entry::EntryId> {
        self.entries().iter().map(|entry| entry.id).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::entry::{EntryId, Invalid, Route};
    use super::super::journal::DiarySettings;
    use super::*;

    const T: i64 = 1_718_000_000_000;

    fn diary_with(randoms: &[u64]) -> Diary {
        let mut diary = Diary::new();
        for &random in randoms {
            diary
                .record(EntryId::new(T, random).unwrap(), T + random as i64, 120)
                .unwrap();
        }
        diary
    }

    #[test]
    fn preview_then_merge_by_id_without_duplicates() {
        let mut here = diary_with(&[1, 2, 3]);
        let mut there = diary_with(&[2, 3, 4, 5]);
        // The same id edited elsewhere: the local version wins.
        let mut edited = there.get(EntryId::new(T, 2).unwrap()).unwrap().clone();
        edited.route = Some(Route::Injected);
        there.update(edited).unwrap();
        there
            .set_settings(DiarySettings {
                weekly_budget_cents: Some(100),
                ..DiarySettings::default()
            })
            .unwrap();

        let prepared = here.prepare_import(&there.to_json()).unwrap();
        let expected = ImportPreview {
            in_file: 4,
            already_present: 2,
            new: 2,
        };
        assert_eq!(prepared.preview(&here), expected);
        assert_eq!(here.apply_import(prepared.clone()).unwrap(), expected);
        assert_eq!(here.entries().len(), 5);
        assert_eq!(here.get(EntryId::new(T, 2).unwrap()).unwrap().route, None);
        assert_eq!(here.settings(), &DiarySettings::default());
        assert!(here.entries().windows(2).all(|w| w[0].at_ms <= w[1].at_ms));

        // Importing the same file again adds nothing.
        let again = here.apply_import(prepared).unwrap();
        assert_eq!((again.already_present, again.new), (4, 0));
        assert_eq!(here.entries().len(), 5);
    }

    #[test]
    fn a_bad_file_leaves_the_diary_unchanged() {
        let here = diary_with(&[1, 2]);
        let good = diary_with(&[7, 8]).to_json();
        let cases = [
            (&good[..good.len() - 3], DataError::Truncated),
            ("", DataError::Truncated),
            (
                "{\"v\":1,\"settings\":{},\"entries\":{}}",
                DataError::WrongShape,
            ),
            ("{\"v\":99,\"entries\":[]}", DataError::FutureVersion(99)),
        ];
        for (raw, error) in cases {
            assert_eq!(here.prepare_import(raw), Err(error), "{raw:?}");
        }
        let twice = good.replace(
            "1718000000000-0000000000000008",
            "1718000000000-0000000000000007",
        );
        assert_eq!(here.prepare_import(&twice), Err(DataError::DuplicateId));
        let long_note = good.replacen(
            "\"tz\":120",
            &format!("\"tz\":120,\"note\":\"{}\"", "x".repeat(281)),
            1,
        );
        assert_eq!(
            here.prepare_import(&long_note),
            Err(DataError::InvalidEntry {
                index: 0,
                problem: Invalid::NoteTooLong
            })
        );
        assert_eq!(here, diary_with(&[1, 2]));
    }

    #[test]
    fn a_merge_past_the_ceiling_is_refused_whole() {
        let mut here = Diary::new();
        here.extend_new(
            (0..MAX_ENTRIES as u64 - 1)
                .map(|n| Entry::new(EntryId::new(T, n).unwrap(), T, 0).unwrap()),
        );
        let file = diary_with(&[u64::MAX - 1, u64::MAX]).to_json();
        assert_eq!(here.prepare_import(&file), Err(DataError::TooManyEntries));
        let before = here.clone();
        // Prepared against an emptier diary, applied to the full one.
        let prepared = Diary::new().prepare_import(&file).unwrap();
        assert_eq!(here.apply_import(prepared), Err(DataError::TooManyEntries));
        assert_eq!(here, before);
    }

    #[test]
    fn another_diary_merges_by_id_and_ours_wins() {
        let mut here = diary_with(&[1, 2]);
        let mut there = diary_with(&[2, 3]);
        let mut edited = there.get(EntryId::new(T, 2).unwrap()).unwrap().clone();
        edited.craving = Some(9);
        there.update(edited).unwrap();
        assert_eq!(here.merge(&there), Ok(1));
        assert_eq!(here.entries().len(), 3);
        assert_eq!(here.get(EntryId::new(T, 2).unwrap()).unwrap().craving, None);
        assert_eq!(here.merge(&there), Ok(0));
    }
}
