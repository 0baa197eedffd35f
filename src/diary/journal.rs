//! The diary itself: entries kept in time order, its settings, and the edits the UI makes.

use super::entry::{Entry, EntryId, Invalid};
use super::goals::Goal;
use serde::{Deserialize, Serialize};

/// About three years at fifteen uses a day; also bounds what an import can add.
pub const MAX_ENTRIES: usize = 20_000;
pub const MAX_WEEKLY_BUDGET_CENTS: u32 = 1_000_000;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiarySettings {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekly_budget_cents: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<Goal>,
    /// Shared-tablet mode: entries live in memory only and are never written to storage.
    #[serde(default)]
    pub memory_only: bool,
    /// When a backup file was last made, or its reminder put off (UTC ms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup_noted_ms: Option<i64>,
}

/// A protected diary reminds its owner this often that only a backup file carries it to
/// another phone (the device key never leaves this one).
pub const BACKUP_REMINDER_EVERY_MS: i64 = 30 * 24 * 60 * 60 * 1000;

impl DiarySettings {
    /// Whether to remind of a backup now: something worth keeping, and none noted lately.
    pub fn backup_due(&self, now_ms: i64, has_entries: bool) -> bool {
        has_entries
            && self
                .backup_noted_ms
                .is_none_or(|noted| now_ms - noted >= BACKUP_REMINDER_EVERY_MS || now_ms < noted)
    }

    pub fn validate(&self) -> Result<(), Invalid> {
        if self
            .backup_noted_ms
            .is_some_and(|at| !super::calendar::time_in_range(at))
        {
            return Err(Invalid::Time);
        }
        if self
            .weekly_budget_cents
            .is_some_and(|cents| cents > MAX_WEEKLY_BUDGET_CENTS)
        {
            return Err(Invalid::Budget);
        }
        self.goal.map_or(Ok(()), Goal::validate)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditError {
    /// No entry has this id (deleted meanwhile, say in another tab).
    NotFound,
    /// An entry with this id exists already.
    DuplicateId,
    /// The diary holds `MAX_ENTRIES` already.
    Full,
    Invalid(Invalid),
}

impl From<Invalid> for EditError {
    fn from(invalid: Invalid) -> Self {
        EditError::Invalid(invalid)
    }
}

/// What a delete took away, to be handed back to `Diary::restore` for an undo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deleted {
    pub entry: Entry,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diary {
    /// Sorted by time, then id; ids are unique and every entry is valid.
    entries: Vec<Entry>,
    settings: DiarySettings,
}

impl Diary {
    pub fn new() -> Diary {
        Diary::default()
    }

    /// Oldest first.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Entries up to `now_ms`: stats and goals leave out one dated later, a clock error
    /// rather than a use.
    pub(super) fn past(&self, now_ms: i64) -> &[Entry] {
        let end = self.entries.partition_point(|entry| entry.at_ms <= now_ms);
        &self.entries[..end]
    }

    pub fn settings(&self) -> &DiarySettings {
        &self.settings
    }

    pub fn set_settings(&mut self, settings: DiarySettings) -> Result<(), Invalid> {
        settings.validate()?;
        self.settings = settings;
        Ok(())
    }

    pub fn get(&self, id: EntryId) -> Option<&Entry> {
        self.entries.iter().find(|entry| entry.id == id)
    }

    /// "I used now" in one tap, or a past use at `at_ms`: an entry with only its time.
    pub fn record(
        &mut self,
        id: EntryId,
        at_ms: i64,
        offset_min: i16,
    ) -> Result<&Entry, EditError> {
        let entry = Entry::new(id, at_ms, offset_min)?;
        let position = self.insert(entry)?;
        Ok(&self.entries[position])
    }

    /// Replaces the entry with the same id; returns the previous version, which undoes the
    /// edit when passed back here.
    pub fn update(&mut self, entry: Entry) -> Result<Entry, EditError> {
        entry.validate()?;
        let position = self.position(entry.id).ok_or(EditError::NotFound)?;
        let previous = self.entries.remove(position);
        self.insert_sorted(entry);
        Ok(previous)
    }

    pub fn delete(&mut self, id: EntryId) -> Result<Deleted, EditError> {
        let position = self.position(id).ok_or(EditError::NotFound)?;
        Ok(Deleted {
            entry: self.entries.remove(position),
        })
    }

    pub fn restore(&mut self, deleted: Deleted) -> Result<(), EditError> {
        self.insert(deleted.entry).map(|_| ())
    }

    /// A diary from already validated parts; the caller has checked ids are unique.
    pub(super) fn from_parts(mut entries: Vec<Entry>, settings: DiarySettings) -> Diary {
        entries.sort_unstable_by_key(|entry| (entry.at_ms, entry.id));
        Diary { entries, settings }
    }

    /// Adds entries whose ids are known to be new, keeping the order.
    pub(super) fn extend_new(&mut self, entries: impl IntoIterator<Item = Entry>) {
        self.entries.extend(entries);
        self.entries
            .sort_unstable_by_key(|entry| (entry.at_ms, entry.id));
    }

    fn position(&self, id: EntryId) -> Option<usize> {
        self.entries.iter().position(|entry| entry.id == id)
    }

    fn insert(&mut self, entry: Entry) -> Result<usize, EditError> {
        entry.validate()?;
        if self.position(entry.id).is_some() {
            return Err(EditError::DuplicateId);
        }
        if self.entries.len() >= MAX_ENTRIES {
            return Err(EditError::Full);
        }
        Ok(self.insert_sorted(entry))
    }

    fn insert_sorted(&mut self, entry: Entry) -> usize {
        let key = (entry.at_ms, entry.id);
        let position = self
            .entries
            .partition_point(|other| (other.at_ms, other.id) < key);
        self.entries.insert(position, entry);
        position
    }
}

#[cfg(test)]
mod tests {
    use super::super::entry::Route;
    use super::*;

    const T: i64 = 1_718_000_000_000;

    fn id(random: u64) -> EntryId {
        EntryId::new(T, random).unwrap()
    }

    #[test]
    fn entries_stay_in_time_order_whatever_the_order_of_recording() {
        let mut diary = Diary::new();
        diary.record(id(1), T, 120).unwrap();
        diary.record(id(2), T - 3_600_000, 120).unwrap(); // a past use, added later
        diary.record(id(3), T + 1, 120).unwrap();
        let order: Vec<_> = diary.entries().iter().map(|e| e.id).collect();
        assert_eq!(order, [id(2), id(1), id(3)]);
        assert_eq!(
            diary.record(id(1), T, 0).unwrap_err(),
            EditError::DuplicateId
        );
        assert_eq!(
            diary.record(id(4), -5, 0).unwrap_err(),
            EditError::Invalid(Invalid::Time)
        );
    }

    #[test]
    fn details_are_added_after_and_an_edit_can_be_undone() {
        let mut diary = Diary::new();
        let mut entry = diary.record(id(1), T, 120).unwrap().clone();
        entry.route = Some(Route::Smoked);
        entry.craving = Some(7);
        entry.at_ms = T - 10; // the time was wrong
        let previous = diary.update(entry.clone()).unwrap();
        assert_eq!(diary.get(id(1)), Some(&entry));
        diary.update(previous.clone()).unwrap();
        assert_eq!(diary.get(id(1)), Some(&previous));

        let mut bad = entry.clone();
        bad.craving = Some(11);
        assert_eq!(diary.update(bad), Err(EditError::Invalid(Invalid::Craving)));
        assert_eq!(
            diary.get(id(1)),
            Some(&previous),
            "a refused edit changes nothing"
        );
        let mut stranger = entry;
        stranger.id = id(9);
        assert_eq!(diary.update(stranger), Err(EditError::NotFound));
    }

    #[test]
    fn delete_returns_what_undo_puts_back() {
        let mut diary = Diary::new();
        for n in 0..3 {
            diary.record(id(n), T + n as i64, 0).unwrap();
        }
        let before = diary.clone();
        let deleted = diary.delete(id(1)).unwrap();
        assert_eq!(deleted.entry.id, id(1));
        assert_eq!(diary.entries().len(), 2);
        assert_eq!(diary.delete(id(1)).unwrap_err(), EditError::NotFound);
        diary.restore(deleted.clone()).unwrap();
        assert_eq!(diary, before);
        assert_eq!(diary.restore(deleted), Err(EditError::DuplicateId));
    }

    #[test]
    fn the_diary_has_a_ceiling() {
        let mut diary = Diary::new();
        diary.extend_new((0..MAX_ENTRIES as u64).map(|n| Entry::new(id(n), T, 0).unwrap()));
        assert_eq!(
            diary.record(id(u64::MAX), T, 0).unwrap_err(),
            EditError::Full
        );
    }

    #[test]
    fn settings_are_validated() {
        let mut diary = Diary::new();
        let settings = DiarySettings {
            weekly_budget_cents: Some(MAX_WEEKLY_BUDGET_CENTS + 1),
            ..DiarySettings::default()
        };
        assert_eq!(diary.set_settings(settings), Err(Invalid::Budget));
        assert_eq!(diary.settings(), &DiarySettings::default());
    }

    #[test]
    fn a_backup_is_reminded_once_a_month_when_there_is_something_to_keep() {
        let mut settings = DiarySettings::default();
        assert!(!settings.backup_due(T, false), "nothing to keep");
        assert!(settings.backup_due(T, true), "never made");
        settings.backup_noted_ms = Some(T);
        assert!(!settings.backup_due(T + 86_400_000, true));
        assert!(settings.backup_due(T + BACKUP_REMINDER_EVERY_MS, true));
        assert!(
            settings.backup_due(T - 1, true),
            "a clock set back does not silence it"
        );
        settings.backup_noted_ms = Some(-1);
        assert_eq!(Diary::new().set_settings(settings), Err(Invalid::Time));
    }
}
