//! One use of the diary: only its time is required, every detail can come later.

use super::calendar::{offset_in_range, time_in_range};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Longest note, in characters: a line or two, not a journal.
pub const MAX_NOTE_CHARS: usize = 280;
/// Per-entry ceilings; anything above is a typing slip or a hostile file.
pub const MAX_ROCKS: u16 = 100;
pub const MAX_MILLIGRAMS: u32 = 10_000;
pub const MAX_SPENT_CENTS: u32 = 100_000;
pub const MAX_CRAVING: u8 = 10;

/// What is wrong with a value; the UI names the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Invalid {
    /// A time (or an id's creation time) outside 1970–9999.
    Time,
    /// A UTC offset beyond ±18 hours.
    Offset,
    /// More than `MAX_ROCKS` rocks or `MAX_MILLIGRAMS` mg.
    Amount,
    /// More than `MAX_SPENT_CENTS`.
    Spent,
    /// Craving above `MAX_CRAVING`.
    Craving,
    /// A note longer than `MAX_NOTE_CHARS`.
    NoteTooLong,
    /// A weekly budget above `MAX_WEEKLY_BUDGET_CENTS`.
    Budget,
    /// A goal with zero days or a limit above its ceiling.
    Goal,
}

/// A stable, unique id made by the caller, who has the clock and the randomness:
/// `created_ms` is when the entry was made and `random` comes from
/// `crypto.getRandomValues`, so two taps in the same millisecond still differ.
/// Written as `<created_ms>-<16 hex digits>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EntryId {
    created_ms: i64,
    random: u64,
}

impl EntryId {
    pub fn new(created_ms: i64, random: u64) -> Result<EntryId, Invalid> {
        if !time_in_range(created_ms) {
            return Err(Invalid::Time);
        }
        Ok(EntryId { created_ms, random })
    }

    pub fn created_ms(self) -> i64 {
        self.created_ms
    }
}

impl fmt::Display for EntryId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:016x}", self.created_ms, self.random)
    }
}

impl From<EntryId> for String {
    fn from(id: EntryId) -> String {
        id.to_string()
    }
}

impl TryFrom<String> for EntryId {
    type Error = &'static str;

    /// Only the exact written form is accepted, so that an id has one spelling and
    /// duplicates cannot hide behind `+1` or upper-case hex.
    fn try_from(text: String) -> Result<EntryId, Self::Error> {
        const BAD: &str = "expected an id like 1718000000000-00ff00ff00ff00ff";
        let (ms, random) = text.split_once('-').ok_or(BAD)?;
        let canonical_ms = !ms.is_empty()
            && ms.len() <= 15
            && ms.bytes().all(|b| b.is_ascii_digit())
            && (ms == "0" || !ms.starts_with('0'));
        let canonical_random = random.len() == 16
            && random
                .bytes()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        if !canonical_ms || !canonical_random {
            return Err(BAD);
        }
        let created_ms = ms.parse().map_err(|_| BAD)?;
        let random = u64::from_str_radix(random, 16).map_err(|_| BAD)?;
        EntryId::new(created_ms, random).map_err(|_| BAD)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Amount {
    Rocks(u16),
    Milligrams(u32),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// With a pipe.
    Smoked,
    Inhaled,
    Injected,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Company {
    Alone,
    WithOthers,
}

/// Every detail is optional: `None` means "not said", which is not the same as "no".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: EntryId,
    /// When the use happened, UTC epoch ms; earlier than the id's time for a past use.
    #[serde(rename = "at")]
    pub at_ms: i64,
    /// The UTC offset where and when it happened, so that a use at 00:30 in summer
    /// stays on the same local day after the clocks change.
    #[serde(rename = "tz")]
    pub offset_min: i16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Amount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spent_cents: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<Route>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<Company>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shared_pipe: Option<bool>,
    /// Burns or cuts on the lips or hands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub burns_or_cuts: Option<bool>,
    /// 0 (none) to `MAX_CRAVING`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub craving: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slept: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ate: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Entry {
    /// The one-tap entry: a time and nothing else.
    pub fn new(id: EntryId, at_ms: i64, offset_min: i16) -> Result<Entry, Invalid> {
        let entry = Entry {
            id,
            at_ms,
            offset_min,
            amount: None,
            spent_cents: None,
            route: None,
            company: None,
            shared_pipe: None,
            burns_or_cuts: None,
            craving: None,
            slept: None,
            ate: None,
            note: None,
        };
        entry.validate()?;
        Ok(entry)
    }

    pub fn validate(&self) -> Result<(), Invalid> {
        if !time_in_range(self.at_ms) {
            return Err(Invalid::Time);
        }
        if !offset_in_range(self.offset_min) {
            return Err(Invalid::Offset);
        }
        match self.amount {
            Some(Amount::Rocks(rocks)) if rocks > MAX_ROCKS => return Err(Invalid::Amount),
            Some(Amount::Milligrams(mg)) if mg > MAX_MILLIGRAMS => return Err(Invalid::Amount),
            _ => {}
        }
        if self
            .spent_cents
            .is_some_and(|cents| cents > MAX_SPENT_CENTS)
        {
            return Err(Invalid::Spent);
        }
        if self.craving.is_some_and(|craving| craving > MAX_CRAVING) {
            return Err(Invalid::Craving);
        }
        if self
            .note
            .as_ref()
            .is_some_and(|note| note.chars().count() > MAX_NOTE_CHARS)
        {
            return Err(Invalid::NoteTooLong);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id() -> EntryId {
        EntryId::new(1_718_000_000_000, 0x00ff_00ff_00ff_00ff).unwrap()
    }

    #[test]
    fn ids_have_one_written_form() {
        let text = "1718000000000-00ff00ff00ff00ff";
        assert_eq!(id().to_string(), text);
        assert_eq!(EntryId::try_from(text.to_string()), Ok(id()));
        for bad in [
            "",
            "-",
            "1718000000000",
            "1718000000000-00FF00FF00FF00FF",
            "1718000000000-ff00ff00ff00ff",
            "01718000000000-00ff00ff00ff00ff",
            "+1718000000000-00ff00ff00ff00ff",
            "-5-00ff00ff00ff00ff",
            "999999999999999-00ff00ff00ff00ff",
            "1718000000000-00ff00ff00ff00ff-",
        ] {
            assert!(EntryId::try_from(bad.to_string()).is_err(), "{bad:?}");
        }
        assert_eq!(EntryId::new(-1, 0), Err(Invalid::Time));
    }

    #[test]
    fn one_tap_entry_has_only_a_time() {
        let entry = Entry::new(id(), 1_718_000_000_000, 120).unwrap();
        assert_eq!(
            serde_json::to_string(&entry).unwrap(),
            r#"{"id":"1718000000000-00ff00ff00ff00ff","at":1718000000000,"tz":120}"#
        );
        assert_eq!(Entry::new(id(), -1, 0), Err(Invalid::Time));
        assert_eq!(Entry::new(id(), 0, 18 * 60 + 1), Err(Invalid::Offset));
    }

    #[test]
    fn details_are_bounded() {
        let base = Entry::new(id(), 1_718_000_000_000, 0).unwrap();
        let check = |edit: fn(&mut Entry)| {
            let mut entry = base.clone();
            edit(&mut entry);
            entry.validate()
        };
        assert_eq!(check(|e| e.amount = Some(Amount::Rocks(MAX_ROCKS))), Ok(()));
        assert_eq!(
            check(|e| e.amount = Some(Amount::Rocks(MAX_ROCKS + 1))),
            Err(Invalid::Amount)
        );
        assert_eq!(
            check(|e| e.amount = Some(Amount::Milligrams(MAX_MILLIGRAMS + 1))),
            Err(Invalid::Amount)
        );
        assert_eq!(
            check(|e| e.spent_cents = Some(MAX_SPENT_CENTS + 1)),
            Err(Invalid::Spent)
        );
        assert_eq!(check(|e| e.craving = Some(10)), Ok(()));
        assert_eq!(check(|e| e.craving = Some(11)), Err(Invalid::Craving));
        // The note limit counts characters, not bytes: 280 accented letters fit.
        assert_eq!(check(|e| e.note = Some("é".repeat(MAX_NOTE_CHARS))), Ok(()));
        assert_eq!(
            check(|e| e.note = Some("é".repeat(MAX_NOTE_CHARS + 1))),
            Err(Invalid::NoteTooLong)
        );
    }
}
