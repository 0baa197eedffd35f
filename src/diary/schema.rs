//! The stored and exported form of the diary: a versioned document, `{"v":1,...}`.
//!
//! Every read goes through `migrate`, which knows each version ever written; adding a
//! version means a new document type plus a step from the one before. Damaged text gives
//! a `DataError`, never a panic, and the caller keeps that text aside untouched.

use super::entry::{Entry, Invalid};
use super::journal::{Diary, DiarySettings, MAX_ENTRIES};
use serde::de::{self, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::HashSet;
use std::fmt;

pub const CURRENT_VERSION: u64 = 1;
/// The localStorage key of the diary, plain or encrypted.
pub const STORAGE_KEY: &str = "repere.diary";
/// Where the browser layer moves text it could not read, so that nothing is overwritten.
pub const DAMAGED_STORAGE_KEY: &str = "repere.diary.damaged";
/// Far above `MAX_ENTRIES` full entries in practice, and small enough to parse on a cheap phone.
pub const MAX_DOCUMENT_BYTES: usize = 8 * 1024 * 1024;

/// Why a stored text or an imported file cannot be read. Nothing was changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataError {
    /// Over `MAX_DOCUMENT_BYTES`.
    TooLarge,
    /// Ends in the middle: a cut download or a full storage.
    Truncated,
    /// Not JSON at all.
    NotJson,
    /// JSON, but not a diary: wrong types, unknown or missing fields.
    WrongShape,
    /// No `"v"`: not a Repère diary.
    NoVersion,
    /// Written by a newer Repère: update the app, the data is fine.
    FutureVersion(u64),
    /// A version that never existed.
    UnknownVersion(u64),
    /// More than `MAX_ENTRIES`, in the file or once merged.
    TooManyEntries,
    /// The same id twice in the file.
    DuplicateId,
    /// `index` counts from 0 in the file's order.
    InvalidEntry {
        index: usize,
        problem: Invalid,
    },
    InvalidSettings(Invalid),
}

impl From<serde_json::Error> for DataError {
    fn from(error: serde_json::Error) -> Self {
        use serde_json::error::Category;
        match error.classify() {
            Category::Eof => DataError::Truncated,
            Category::Syntax | Category::Io => DataError::NotJson,
            Category::Data => DataError::WrongShape,
        }
    }
}

impl Diary {
    /// Reads a stored or exported diary of any known version.
    pub fn from_json(raw: &str) -> Result<Diary, DataError> {
        migrate(raw)
    }

    /// The complete document: the export, and the stored form outside shared-tablet mode.
    /// The same diary always gives the same text, and reading it back gives the same diary.
    pub fn to_json(&self) -> String {
        self.document(self.entries())
    }

    /// What the browser layer writes to storage: in shared-tablet mode only the settings,
    /// so switching the mode on and saving also wipes the entries from the device.
    pub fn to_storage_json(&self) -> String {
        if self.settings().memory_only {
            self.document(&[])
        } else {
            self.to_json()
        }
    }

    fn document(&self, entries: &[Entry]) -> String {
        let document = DocumentV1Out {
            v: 1,
            settings: self.settings(),
            entries,
        };
        serde_json::to_string(&document).expect("a diary always serialises")
    }
}

fn migrate(raw: &str) -> Result<Diary, DataError> {
    if raw.len() > MAX_DOCUMENT_BYTES {
        return Err(DataError::TooLarge);
    }
    // A first pass reads only `v`; it also rejects broken JSON before any big allocation.
    let probe: VersionProbe = serde_json::from_str(raw)?;
    match probe.v {
        None => Err(DataError::NoVersion),
        Some(1) => v1_into_diary(serde_json::from_str(raw)?),
        Some(v) if v > CURRENT_VERSION => Err(DataError::FutureVersion(v)),
        Some(v) => Err(DataError::UnknownVersion(v)),
    }
}

fn v1_into_diary(document: DocumentV1) -> Result<Diary, DataError> {
    let BoundedEntries {
        entries,
        overflowed,
    } = document.entries;
    if overflowed {
        return Err(DataError::TooManyEntries);
    }
    document
        .settings
        .validate()
        .map_err(DataError::InvalidSettings)?;
    let mut ids = HashSet::with_capacity(entries.len());
    for (index, entry) in entries.iter().enumerate() {
        entry
            .validate()
            .map_err(|problem| DataError::InvalidEntry { index, problem })?;
        if !ids.insert(entry.id) {
            return Err(DataError::DuplicateId);
        }
    }
    Ok(Diary::from_parts(entries, document.settings))
}

/// The `v` of a top-level object; other fields are skipped unread.
struct VersionProbe {
    v: Option<u64>,
}

impl<'de> Deserialize<'de> for VersionProbe {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Probe;

        impl<'de> Visitor<'de> for Probe {
            type Value = VersionProbe;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a diary document object")
            }

            // Only a map: a derived struct would also take an array, field by position.
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut v = None;
                while let Some(key) = map.next_key::<String>()? {
                    if key != "v" {
                        map.next_value::<IgnoredAny>()?;
                    } else if v.replace(map.next_value::<u64>()?).is_some() {
                        return Err(de::Error::duplicate_field("v"));
                    }
                }
                Ok(VersionProbe { v })
            }
        }

        deserializer.deserialize_map(Probe)
    }
}

#[derive(Serialize)]
struct DocumentV1Out<'a> {
    v: u64,
    settings: &'a DiarySettings,
    entries: &'a [Entry],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentV1 {
    #[serde(rename = "v")]
    _v: u64,
    settings: DiarySettings,
    entries: BoundedEntries,
}

/// Entries read up to one past `MAX_ENTRIES`; the rest of a huge list is skipped without
/// being stored, so a hostile file cannot fill the memory.
struct BoundedEntries {
    entries: Vec<Entry>,
    overflowed: bool,
}

impl<'de> Deserialize<'de> for BoundedEntries {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Bounded;

        impl<'de> Visitor<'de> for Bounded {
            type Value = BoundedEntries;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of diary entries")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut entries = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1024));
                while entries.len() < MAX_ENTRIES {
                    match seq.next_element::<Entry>()? {
                        Some(entry) => entries.push(entry),
                        None => {
                            return Ok(BoundedEntries {
                                entries,
                                overflowed: false,
                            })
                        }
                    }
                }
                let overflowed = seq.next_element::<IgnoredAny>()?.is_some();
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(BoundedEntries {
                    entries,
                    overflowed,
                })
            }
        }

        deserializer.deserialize_seq(Bounded)
    }
}

#[cfg(test)]
mod tests {
    use super::super::calendar::Day;
    use super::super::entry::{Amount, Company, EntryId, Route};
    use super::super::goals::Goal;
    use super::*;

    const V1_FIXTURE: &str = include_str!("../../tests/fixtures/diary/v1.json");

    #[test]
    fn the_v1_fixture_loads_through_the_migration() {
        let diary = Diary::from_json(V1_FIXTURE).unwrap();
        assert_eq!(diary.entries().len(), 3);
        assert_eq!(
            diary.settings(),
            &DiarySettings {
                weekly_budget_cents: Some(5000),
                goal: Some(Goal::AtMostPerDay {
                    start: Day::from_ymd(2024, 6, 1).unwrap(),
                    uses: 2
                }),
                memory_only: false,
                backup_noted_ms: None,
            }
        );
        // The file lists them newest first; the diary keeps them oldest first.
        let first = &diary.entries()[0];
        assert_eq!(first.id.to_string(), "1717255800000-3f2a9c0d11e4b7a5");
        assert_eq!(first.amount, Some(Amount::Rocks(2)));
        assert_eq!(first.route, Some(Route::Smoked));
        assert_eq!(first.company, Some(Company::WithOthers));
        assert_eq!(
            first.note.as_deref(),
            Some("avec K., pipe prêtée, \"ça brûle\"")
        );
        let one_tap = &diary.entries()[2];
        assert_eq!((one_tap.amount, one_tap.note.as_ref()), (None, None));
        assert!(EntryId::try_from(one_tap.id.to_string()).is_ok());
    }

    #[test]
    fn json_round_trips_exactly() {
        let diary = Diary::from_json(V1_FIXTURE).unwrap();
        let text = diary.to_json();
        let again = Diary::from_json(&text).unwrap();
        assert_eq!(again, diary);
        assert_eq!(again.to_json(), text);
        assert_eq!(
            Diary::from_json(&Diary::new().to_json()).unwrap(),
            Diary::new()
        );
    }

    #[test]
    fn shared_tablet_mode_stores_the_settings_but_no_entry() {
        let mut diary = Diary::from_json(V1_FIXTURE).unwrap();
        let mut settings = diary.settings().clone();
        settings.memory_only = true;
        diary.set_settings(settings.clone()).unwrap();
        let stored = Diary::from_json(&diary.to_storage_json()).unwrap();
        assert!(stored.entries().is_empty());
        assert_eq!(stored.settings(), &settings);
        // The export still holds everything.
        assert_eq!(Diary::from_json(&diary.to_json()).unwrap(), diary);
    }

    #[test]
    fn versions_other_than_known_ones_are_refused() {
        let future = r#"{"v":2,"settings":{},"entries":[],"new_thing":true}"#;
        assert_eq!(Diary::from_json(future), Err(DataError::FutureVersion(2)));
        let ancient = r#"{"v":0,"entries":[]}"#;
        assert_eq!(Diary::from_json(ancient), Err(DataError::UnknownVersion(0)));
        assert_eq!(
            Diary::from_json(r#"{"entries":[]}"#),
            Err(DataError::NoVersion)
        );
        assert_eq!(Diary::from_json(r#"{"v":"1"}"#), Err(DataError::WrongShape));
        assert_eq!(Diary::from_json(r#"{"v":-1}"#), Err(DataError::WrongShape));
    }

    #[test]
    fn damaged_text_gives_a_typed_error() {
        let cut = &V1_FIXTURE[..V1_FIXTURE.len() / 2];
        assert_eq!(Diary::from_json(cut), Err(DataError::Truncated));
        assert_eq!(Diary::from_json(""), Err(DataError::Truncated));
        assert_eq!(Diary::from_json("not json"), Err(DataError::NotJson));
        assert_eq!(
            Diary::from_json("{\"v\":1} trailing"),
            Err(DataError::NotJson)
        );
        assert_eq!(Diary::from_json("[1,2,3]"), Err(DataError::WrongShape));
        assert_eq!(Diary::from_json("[1]"), Err(DataError::WrongShape));
        assert_eq!(Diary::from_json("null"), Err(DataError::WrongShape));
        assert_eq!(
            Diary::from_json(r#"{"v":1,"v":1}"#),
            Err(DataError::WrongShape)
        );
        let wrong_type =
            r#"{"v":1,"settings":{},"entries":[{"id":"0-0000000000000000","at":"noon","tz":0}]}"#;
        assert_eq!(Diary::from_json(wrong_type), Err(DataError::WrongShape));
        let unknown_field = r#"{"v":1,"settings":{},"entries":[{"id":"0-0000000000000000","at":0,"tz":0,"gps":"48.85,2.35"}]}"#;
        assert_eq!(Diary::from_json(unknown_field), Err(DataError::WrongShape));
        let missing_time =
            r#"{"v":1,"settings":{},"entries":[{"id":"0-0000000000000000","tz":0}]}"#;
        assert_eq!(Diary::from_json(missing_time), Err(DataError::WrongShape));
        // Deep nesting is refused without deep recursion.
        let deep = format!(
            r#"{{"v":1,"settings":{}{}}}"#,
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert_eq!(Diary::from_json(&deep), Err(DataError::WrongShape));
    }

    #[test]
    fn invalid_values_say_which_entry() {
        let craving = r#"{"v":1,"settings":{},"entries":[
            {"id":"0-0000000000000000","at":0,"tz":0},
            {"id":"1-0000000000000000","at":1,"tz":0,"craving":12}]}"#;
        assert_eq!(
            Diary::from_json(craving),
            Err(DataError::InvalidEntry {
                index: 1,
                problem: Invalid::Craving
            })
        );
        let budget = r#"{"v":1,"settings":{"weekly_budget_cents":4000000000},"entries":[]}"#;
        assert_eq!(
            Diary::from_json(budget),
            Err(DataError::InvalidSettings(Invalid::Budget))
        );
        let twice = r#"{"v":1,"settings":{},"entries":[
            {"id":"0-0000000000000000","at":0,"tz":0},
            {"id":"0-0000000000000000","at":5,"tz":0}]}"#;
        assert_eq!(Diary::from_json(twice), Err(DataError::DuplicateId));
    }

    #[test]
    fn huge_input_is_refused() {
        let padding = " ".repeat(MAX_DOCUMENT_BYTES);
        let huge = format!(r#"{{"v":1,"settings":{{}},"entries":[]}}{padding}"#);
        assert_eq!(Diary::from_json(&huge), Err(DataError::TooLarge));

        let entry = r#"{"id":"0-0000000000000000","at":0,"tz":0},"#;
        let many = format!(
            r#"{{"v":1,"settings":{{}},"entries":[{}{}]}}"#,
            entry.repeat(MAX_ENTRIES),
            r#"{"id":"1-0000000000000000","at":0,"tz":0}"#
        );
        assert!(many.len() <= MAX_DOCUMENT_BYTES);
        assert_eq!(Diary::from_json(&many), Err(DataError::TooManyEntries));
    }
}
