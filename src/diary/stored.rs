//! What a stored text is, read without touching storage: the diary under `repere.diary`
//! (sealed in format 2, or a format-1 text an earlier Repère left), an imported file,
//! and the copy a tab keeps when storage had no room.

use super::envelope::{EnvelopeError, SealedDiary, SealedFile};
use super::journal::Diary;
use super::legacy::LegacyBlob;
use super::schema::DataError;
use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

/// In this tab's sessionStorage: the sealed diary that could not be written when the page
/// was left (storage full), so that a reload or "leave now" does not lose it.
pub const KEPT_STORAGE_KEY: &str = "repere.diary.unwritten";

/// Why a stored text cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damage {
    Data(DataError),
    Envelope(EnvelopeError),
}

impl Damage {
    /// Written by a newer Repère: the data is likely fine, the app is old.
    pub fn is_future_version(self) -> bool {
        matches!(
            self,
            Damage::Data(DataError::FutureVersion(_))
                | Damage::Envelope(EnvelopeError::FutureVersion(_))
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    Nothing,
    Sealed(SealedDiary),
    /// Format 1 without a PIN, from an earlier Repère: moved to format 2 at once.
    LegacyPlain(Diary),
    /// Format 1 under a PIN: moved to format 2 at the next unlock.
    LegacySealed(LegacyBlob),
    Damaged(Damage),
}

/// The top level of a text: its version, and whether it is an envelope (it has a
/// `ciphertext`) or a diary document. A parse, not a substring search: a note that
/// happens to say "ciphertext" does not turn a diary into an envelope.
struct Probe {
    v: Option<u64>,
    sealed: bool,
}

impl<'de> Deserialize<'de> for Probe {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ProbeVisitor;

        impl<'de> Visitor<'de> for ProbeVisitor {
            type Value = Probe;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a diary document or envelope object")
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Probe, A::Error> {
                let mut probe = Probe {
                    v: None,
                    sealed: false,
                };
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "v" => probe.v = map.next_value::<u64>().ok(),
                        "ciphertext" => {
                            probe.sealed = true;
                            map.next_value::<IgnoredAny>()?;
                        }
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(probe)
            }
        }

        deserializer.deserialize_map(ProbeVisitor)
    }
}

fn probe(raw: &str) -> Result<Probe, DataError> {
    if raw.len() > super::envelope::MAX_SEALED_TEXT_BYTES {
        return Err(DataError::TooLarge);
    }
    Ok(serde_json::from_str(raw)?)
}

/// Reads the stored diary text (or another tab's) without touching storage.
pub fn classify(raw: Option<&str>) -> Stored {
    let Some(raw) = raw else {
        return Stored::Nothing;
    };
    let probe = match probe(raw) {
        Ok(probe) => probe,
        Err(error) => return Stored::Damaged(Damage::Data(error)),
    };
    let envelope = |error| Stored::Damaged(Damage::Envelope(error));
    match (probe.sealed, probe.v) {
        (true, Some(1)) => LegacyBlob::from_json(raw).map_or_else(envelope, Stored::LegacySealed),
        (true, _) => SealedDiary::from_json(raw).map_or_else(envelope, Stored::Sealed),
        (false, _) => match Diary::from_json(raw) {
            Ok(diary) => Stored::LegacyPlain(diary),
            Err(error) => Stored::Damaged(Damage::Data(error)),
        },
    }
}

/// What an imported file is.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportFile {
    /// A plain export: the text, to be checked by `Diary::prepare_import`.
    Plain,
    /// Sealed with a password (format 2).
    Sealed(SealedFile),
    /// Sealed with a password by an earlier Repère.
    LegacySealed(LegacyBlob),
    /// The stored diary of some phone, which only opens there.
    DeviceBound,
    Damaged(EnvelopeError),
}

pub fn classify_file(raw: &str) -> ImportFile {
    let Ok(probe) = probe(raw) else {
        // Not an envelope; the import says exactly what is wrong with it.
        return ImportFile::Plain;
    };
    if !probe.sealed {
        return ImportFile::Plain;
    }
    if probe.v == Some(1) {
        return LegacyBlob::from_json(raw)
            .map_or_else(ImportFile::Damaged, ImportFile::LegacySealed);
    }
    match SealedFile::from_json(raw) {
        Ok(file) => ImportFile::Sealed(file),
        Err(_) if SealedDiary::from_json(raw).is_ok() => ImportFile::DeviceBound,
        Err(error) => ImportFile::Damaged(error),
    }
}

/// A 64-bit FNV-1a fingerprint: enough to tell whether the stored text is still the one a
/// kept copy was meant to replace. Not a security check (the text is sealed anyway).
pub fn fingerprint(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The sealed text a tab keeps when storage had no room, with what it was meant to
/// replace. At the next start it is written back only if storage still holds that text
/// and the device key is the same one: after a wipe, or once another tab wrote, it is
/// not blindly written over what is there.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Kept {
    /// Fingerprint of the stored text then (`None`: nothing was stored).
    pub base: Option<u64>,
    /// The id of the device key that sealed it.
    pub device: String,
    pub text: String,
}

impl Kept {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("strings always serialise")
    }

    pub fn from_json(raw: &str) -> Option<Kept> {
        serde_json::from_str(raw).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::super::envelope::{Kdf, Lock, WRAPPED_ONCE_BYTES};
    use super::*;

    fn sealed_text() -> String {
        SealedDiary::new(
            Lock::Device,
            vec![1; WRAPPED_ONCE_BYTES],
            vec![2; 12],
            vec![3; 40],
        )
        .unwrap()
        .to_json()
    }

    #[test]
    fn stored_texts_are_told_apart_by_parsing() {
        assert_eq!(classify(None), Stored::Nothing);
        assert!(matches!(classify(Some(&sealed_text())), Stored::Sealed(_)));
        let plain = r#"{"v":1,"settings":{},"entries":[]}"#;
        assert_eq!(classify(Some(plain)), Stored::LegacyPlain(Diary::new()));
        // A note saying "ciphertext" is still a diary, not a damaged envelope.
        let with_note = r#"{"v":1,"settings":{},"entries":[{"id":"1718000000000-0000000000000001","at":1718000000000,"tz":60,"note":"\"ciphertext\""}]}"#;
        assert!(matches!(classify(Some(with_note)), Stored::LegacyPlain(_)));
        let legacy = LegacyBlob::new(600_000, vec![7; 16], vec![9; 12], vec![1; 42]).unwrap();
        assert_eq!(
            classify(Some(&legacy.to_json())),
            Stored::LegacySealed(legacy)
        );
    }

    #[test]
    fn damage_is_typed_and_a_newer_format_is_not_damage_to_fix() {
        assert_eq!(
            classify(Some(r#"{"v":1,"settings":{},"entries":[{"id":"17"#)),
            Stored::Damaged(Damage::Data(DataError::Truncated))
        );
        let future = sealed_text().replace("\"v\":2", "\"v\":3");
        let Stored::Damaged(damage) = classify(Some(&future)) else {
            panic!("a newer envelope is not readable here")
        };
        assert!(damage.is_future_version());
        let flipped = sealed_text().replace("\"lock\":\"device\"", "\"lock\":\"pin\"");
        assert!(matches!(
            classify(Some(&flipped)),
            Stored::Damaged(Damage::Envelope(_))
        ));
        assert!(matches!(
            classify(Some("[1,2]")),
            Stored::Damaged(Damage::Data(_))
        ));
        assert!(matches!(
            classify(Some(&" ".repeat(20_000_000))),
            Stored::Damaged(Damage::Data(DataError::TooLarge))
        ));
    }

    #[test]
    fn imported_files_are_told_apart() {
        assert_eq!(
            classify_file(r#"{"v":1,"settings":{},"entries":[]}"#),
            ImportFile::Plain
        );
        assert_eq!(classify_file("not json"), ImportFile::Plain);
        assert_eq!(classify_file(&sealed_text()), ImportFile::DeviceBound);
        let file =
            SealedFile::new(Kdf::new(vec![3; 16]).unwrap(), vec![9; 12], vec![1; 40]).unwrap();
        assert_eq!(classify_file(&file.to_json()), ImportFile::Sealed(file));
        let hostile = r#"{"v":1,"cipher":"AES-256-GCM","kdf":"PBKDF2-SHA256","iterations":999999999,"salt":"","iv":"","ciphertext":""}"#;
        assert_eq!(
            classify_file(hostile),
            ImportFile::Damaged(EnvelopeError::Iterations)
        );
    }

    #[test]
    fn kept_copies_round_trip_and_fingerprints_differ() {
        let kept = Kept {
            base: Some(fingerprint("a")),
            device: "d1".into(),
            text: sealed_text(),
        };
        assert_eq!(Kept::from_json(&kept.to_json()), Some(kept));
        assert_eq!(Kept::from_json("{}"), None);
        assert_ne!(fingerprint("a"), fingerprint("b"));
        assert_eq!(fingerprint(""), 0xcbf2_9ce4_8422_2325);
    }
}
