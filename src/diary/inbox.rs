//! Uses noted while the diary is locked ("I used now" without the PIN). A locked diary
//! has no data key, so a protected diary also has an ECDH P-256 key pair: each locked
//! note is sealed to the public half under a fresh ephemeral key; the private half, sealed
//! under the data key, opens the notes at the next unlock, when they merge by id.
//!
//! Both halves are authenticated:
//! - the public key is stored sealed under the device key, so a storage-only attacker
//!   cannot swap in their own and read the times of later notes;
//! - the private key's seal is bound (additional data) to that public key, so a swap by
//!   someone who can run the device key is found at the next unlock.
//!
//! A note holds exactly one bare use (id, time, offset) made at the moment it was sealed.
//! What someone holding the locked phone can learn: how many notes wait, never when.

use super::base64;
use super::entry::{Entry, EntryId};
use super::envelope::{IV_BYTES, TAG_BYTES};
use super::journal::{Diary, EditError};
use super::schema::DataError;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

pub const INBOX_VERSION: u64 = 2;
/// The localStorage key of the inbox.
pub const INBOX_STORAGE_KEY: &str = "repere.diary.inbox";
/// An uncompressed P-256 point, as WebCrypto exports it: 0x04, then x and y.
pub const PUBLIC_KEY_BYTES: usize = 65;
/// The public key sealed under the device key: IV, point, tag.
pub const SEALED_PUBLIC_KEY_BYTES: usize = IV_BYTES + PUBLIC_KEY_BYTES + TAG_BYTES;
/// A P-256 private key in PKCS#8 is 138 bytes from WebCrypto; allow some leeway.
const MAX_SEALED_PRIVATE_KEY_BYTES: usize = IV_BYTES + 256 + TAG_BYTES;
const MIN_SEALED_PRIVATE_KEY_BYTES: usize = IV_BYTES + 32 + TAG_BYTES;
/// Notes wait for one unlock; a thousand is years of notes between unlocks.
pub const MAX_NOTES: usize = 1000;
/// A note's plaintext is under 100 bytes.
pub const MAX_NOTE_CIPHERTEXT_BYTES: usize = 256;
/// A note's time must be the moment it was made (its id says when): within this much.
pub const NOTE_CLOCK_SKEW_MS: i64 = 5 * 60 * 1000;

/// Additional data of the public key's seal (device key).
pub const PUBLIC_KEY_AAD: &[u8] = b"repere/v2/inbox/public";

/// Additional data of the private key's seal (data key): bound to its public key.
pub fn private_key_aad(public_key: &[u8]) -> Vec<u8> {
    let mut aad = b"repere/v2/inbox/private|".to_vec();
    aad.extend_from_slice(public_key);
    aad
}

/// HKDF `info` of a note's key: bound to the recipient.
pub fn note_info(public_key: &[u8]) -> Vec<u8> {
    let mut info = b"repere/v2/note|".to_vec();
    info.extend_from_slice(public_key);
    info
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InboxError {
    Malformed,
    Version(u64),
    PublicKey,
    PrivateKey,
    Note,
    /// `MAX_NOTES` wait already.
    Full,
}

/// One locked note: ECDH with `ephemeral_key` and the diary's private key, then HKDF, gives
/// the AES-256-GCM key that opens `ciphertext`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedNote {
    pub ephemeral_key: Vec<u8>,
    pub iv: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

impl SealedNote {
    pub fn new(
        ephemeral_key: Vec<u8>,
        iv: Vec<u8>,
        ciphertext: Vec<u8>,
    ) -> Result<SealedNote, InboxError> {
        SealedNote {
            ephemeral_key,
            iv,
            ciphertext,
        }
        .checked(MAX_NOTE_CIPHERTEXT_BYTES)
    }

    fn checked(self, max_ciphertext: usize) -> Result<SealedNote, InboxError> {
        let valid = is_public_key(&self.ephemeral_key)
            && self.iv.len() == IV_BYTES
            && (TAG_BYTES..=max_ciphertext).contains(&self.ciphertext.len());
        valid.then_some(self).ok_or(InboxError::Note)
    }
}

pub fn is_public_key(bytes: &[u8]) -> bool {
    bytes.len() == PUBLIC_KEY_BYTES && bytes[0] == 0x04
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inbox {
    /// The public key sealed under the device key (IV, then ciphertext).
    pub sealed_public_key: Vec<u8>,
    /// The PKCS#8 private key sealed under the data key (IV, then ciphertext).
    pub sealed_private_key: Vec<u8>,
    pub notes: Vec<SealedNote>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    v: u64,
    public_key: String,
    private_key: String,
    notes: Vec<NoteWire>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct NoteWire {
    pub(super) epk: String,
    pub(super) iv: String,
    pub(super) ciphertext: String,
}

/// The largest inbox text worth parsing.
pub(super) fn max_inbox_text_bytes(max_note_ciphertext: usize) -> usize {
    2048 + MAX_NOTES * (max_note_ciphertext / 3 * 4 + 200)
}

impl Inbox {
    pub fn new(
        sealed_public_key: Vec<u8>,
        sealed_private_key: Vec<u8>,
    ) -> Result<Inbox, InboxError> {
        if sealed_public_key.len() != SEALED_PUBLIC_KEY_BYTES {
            return Err(InboxError::PublicKey);
        }
        if !(MIN_SEALED_PRIVATE_KEY_BYTES..=MAX_SEALED_PRIVATE_KEY_BYTES)
            .contains(&sealed_private_key.len())
        {
            return Err(InboxError::PrivateKey);
        }
        Ok(Inbox {
            sealed_public_key,
            sealed_private_key,
            notes: Vec::new(),
        })
    }

    pub fn push(&mut self, note: SealedNote) -> Result<(), InboxError> {
        if self.notes.len() >= MAX_NOTES {
            return Err(InboxError::Full);
        }
        self.notes.push(note);
        Ok(())
    }

    /// Takes back the note sealed under `ephemeral_key` (an undo); false if it is gone.
    pub fn remove(&mut self, ephemeral_key: &[u8]) -> bool {
        let before = self.notes.len();
        self.notes
            .retain(|note| note.ephemeral_key != ephemeral_key);
        self.notes.len() < before
    }

    pub fn to_json(&self) -> String {
        let wire = Wire {
            v: INBOX_VERSION,
            public_key: base64::encode(&self.sealed_public_key),
            private_key: base64::encode(&self.sealed_private_key),
            notes: self.notes.iter().map(NoteWire::from).collect(),
        };
        serde_json::to_string(&wire).expect("an inbox always serialises")
    }

    pub fn from_json(raw: &str) -> Result<Inbox, InboxError> {
        if raw.len() > max_inbox_text_bytes(MAX_NOTE_CIPHERTEXT_BYTES) {
            return Err(InboxError::Malformed);
        }
        let wire: Wire = serde_json::from_str(raw).map_err(|_| InboxError::Malformed)?;
        if wire.v != INBOX_VERSION {
            return Err(InboxError::Version(wire.v));
        }
        if wire.notes.len() > MAX_NOTES {
            return Err(InboxError::Malformed);
        }
        let bytes = |text: &str| base64::decode(text).ok_or(InboxError::Malformed);
        let mut inbox = Inbox::new(bytes(&wire.public_key)?, bytes(&wire.private_key)?)?;
        for note in &wire.notes {
            inbox.push(note.to_note()?)?;
        }
        Ok(inbox)
    }
}

impl From<&SealedNote> for NoteWire {
    fn from(note: &SealedNote) -> NoteWire {
        NoteWire {
            epk: base64::encode(&note.ephemeral_key),
            iv: base64::encode(&note.iv),
            ciphertext: base64::encode(&note.ciphertext),
        }
    }
}

impl NoteWire {
    pub(super) fn to_note(&self) -> Result<SealedNote, InboxError> {
        self.decode(MAX_NOTE_CIPHERTEXT_BYTES)
    }

    /// Format-1 notes sealed a small document: up to 2 KiB.
    pub(super) fn to_legacy_note(&self) -> Result<SealedNote, InboxError> {
        self.decode(2048)
    }

    fn decode(&self, max_ciphertext: usize) -> Result<SealedNote, InboxError> {
        let bytes = |text: &str| base64::decode(text).ok_or(InboxError::Malformed);
        SealedNote {
            ephemeral_key: bytes(&self.epk)?,
            iv: bytes(&self.iv)?,
            ciphertext: bytes(&self.ciphertext)?,
        }
        .checked(max_ciphertext)
    }
}

/// HKDF `info` of a carried-over diary's key (see [`Carry`]).
pub fn carry_info(public_key: &[u8]) -> Vec<u8> {
    let mut info = b"repere/v2/carry|".to_vec();
    info.extend_from_slice(public_key);
    info
}

/// A diary left with a change not written in a window whose key stopped fitting (the
/// secret was changed in another window), sealed to the locked notes' public key like a
/// note: it joins the diary at the next unlock, merged by id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Carry(pub SealedNote);

impl Carry {
    pub fn to_json(&self) -> String {
        serde_json::to_string(&NoteWire::from(&self.0)).expect("a note always serialises")
    }

    pub fn from_json(raw: &str) -> Result<Carry, InboxError> {
        if raw.len() > super::envelope::MAX_SEALED_TEXT_BYTES {
            return Err(InboxError::Malformed);
        }
        let wire: NoteWire = serde_json::from_str(raw).map_err(|_| InboxError::Malformed)?;
        Ok(Carry(wire.decode(super::envelope::MAX_CIPHERTEXT_BYTES)?))
    }
}

/// A note's plaintext: `{"v":2,"id":"…","at":…,"tz":…}`.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoteText {
    v: u64,
    id: EntryId,
    at: i64,
    tz: i16,
}

/// What a locked note seals: the one use, made now.
pub fn note_text(id: EntryId, at_ms: i64, offset_min: i16) -> Result<String, EditError> {
    let entry = Entry::new(id, at_ms, offset_min)?;
    let text = NoteText {
        v: INBOX_VERSION,
        id: entry.id,
        at: entry.at_ms,
        tz: entry.offset_min,
    };
    Ok(serde_json::to_string(&text).expect("a note always serialises"))
}

/// The use an opened note holds. Anything else (more fields, several uses, a time far
/// from the moment the note was made) was not written by Repère's lock screen.
pub fn parse_note(plaintext: &str) -> Result<Entry, InboxError> {
    let text: NoteText = serde_json::from_str(plaintext).map_err(|_| InboxError::Note)?;
    if text.v != INBOX_VERSION || (text.at - text.id.created_ms()).abs() > NOTE_CLOCK_SKEW_MS {
        return Err(InboxError::Note);
    }
    Entry::new(text.id, text.at, text.tz).map_err(|_| InboxError::Note)
}

/// Adds the uses from opened notes that `diary` lacks; returns how many were new. A note
/// already merged (the save after it was interrupted) adds nothing twice. All or nothing:
/// if they do not all fit, nothing is added and the notes stay waiting.
pub fn merge_notes(diary: &mut Diary, uses: &[Entry]) -> Result<usize, DataError> {
    let mut seen = HashSet::new();
    let mut incoming = Diary::new();
    incoming.extend_new(uses.iter().filter(|entry| seen.insert(entry.id)).cloned());
    diary.merge(&incoming)
}

#[cfg(test)]
mod tests {
    use super::super::journal::MAX_ENTRIES;
    use super::*;

    const T: i64 = 1_718_000_000_000;

    fn point(fill: u8) -> Vec<u8> {
        let mut key = vec![fill; PUBLIC_KEY_BYTES];
        key[0] = 0x04;
        key
    }

    fn inbox() -> Inbox {
        let mut inbox = Inbox::new(vec![5; SEALED_PUBLIC_KEY_BYTES], vec![3; 166]).unwrap();
        inbox
            .push(SealedNote::new(point(6), vec![7; 12], vec![8; 90]).unwrap())
            .unwrap();
        inbox
            .push(SealedNote::new(point(9), vec![7; 12], vec![8; 90]).unwrap())
            .unwrap();
        inbox
    }

    fn id(random: u64) -> EntryId {
        EntryId::new(T, random).unwrap()
    }

    #[test]
    fn round_trips_through_its_text() {
        let text = inbox().to_json();
        assert!(text.starts_with(r#"{"v":2,"public_key":"BQUF"#));
        assert_eq!(Inbox::from_json(&text), Ok(inbox()));
    }

    #[test]
    fn undo_removes_just_that_note() {
        let mut inbox = inbox();
        assert!(inbox.remove(&point(6)));
        assert!(!inbox.remove(&point(6)));
        assert_eq!(inbox.notes.len(), 1);
        assert_eq!(inbox.notes[0].ephemeral_key, point(9));
    }

    #[test]
    fn odd_or_hostile_text_is_refused() {
        let text = inbox().to_json();
        let with = |from: &str, to: &str| Inbox::from_json(&text.replacen(from, to, 1));
        assert_eq!(with(r#""v":2"#, r#""v":1"#), Err(InboxError::Version(1)));
        assert_eq!(
            with(r#""public_key":"BQUF"#, r#""public_key":"BQ"#),
            Err(InboxError::Malformed)
        );
        assert_eq!(
            with(r#""public_key":"BQUF"#, r#""public_key":"BQUFBQUF"#),
            Err(InboxError::PublicKey)
        );
        assert_eq!(
            with(r#""epk":"BAYG"#, r#""epk":"BQYG"#),
            Err(InboxError::Note)
        );
        assert_eq!(
            with(r#""iv":"BwcH"#, r#""iv":"BwcHBwcH"#),
            Err(InboxError::Note)
        );
        assert_eq!(
            with(r#""notes":["#, r#""extra":1,"notes":["#),
            Err(InboxError::Malformed)
        );
        assert_eq!(
            Inbox::from_json(&text[..text.len() / 2]),
            Err(InboxError::Malformed)
        );
        assert_eq!(
            Inbox::from_json(&" ".repeat(10_000_000)),
            Err(InboxError::Malformed)
        );
        let big_note = SealedNote::new(
            point(6),
            vec![7; 12],
            vec![8; MAX_NOTE_CIPHERTEXT_BYTES + 1],
        );
        assert_eq!(big_note, Err(InboxError::Note));
    }

    #[test]
    fn no_more_than_max_notes_wait() {
        let mut inbox = inbox();
        while inbox.notes.len() < MAX_NOTES {
            inbox
                .push(SealedNote::new(point(6), vec![7; 12], vec![8; 16]).unwrap())
                .unwrap();
        }
        let one_more = SealedNote::new(point(6), vec![7; 12], vec![8; 16]).unwrap();
        assert_eq!(inbox.push(one_more), Err(InboxError::Full));
        assert_eq!(
            Inbox::from_json(&inbox.to_json()).map(|inbox| inbox.notes.len()),
            Ok(MAX_NOTES)
        );
    }

    #[test]
    fn a_note_holds_exactly_one_bare_use_made_when_it_was_sealed() {
        let text = note_text(id(1), T + 1_000, 60).unwrap();
        assert_eq!(
            text,
            r#"{"v":2,"id":"1718000000000-0000000000000001","at":1718000001000,"tz":60}"#
        );
        let entry = parse_note(&text).unwrap();
        assert_eq!(
            (entry.id, entry.at_ms, entry.offset_min),
            (id(1), T + 1_000, 60)
        );
        assert_eq!(
            entry,
            Entry::new(id(1), T + 1_000, 60).unwrap(),
            "no detail at all"
        );
        // Forged notes: another time than the tap's, details, several uses, other formats.
        let forged = [
            r#"{"v":2,"id":"1718000000000-0000000000000001","at":1717000000000,"tz":60}"#,
            r#"{"v":2,"id":"1718000000000-0000000000000001","at":1718000000000,"tz":60,"route":"injected"}"#,
            r#"{"v":1,"settings":{},"entries":[{"id":"1718000000000-0000000000000001","at":1718000000000,"tz":60}]}"#,
            r#"{"v":2,"id":"1718000000000-0000000000000001","at":1718000000000,"tz":6000}"#,
            r#"{"v":3,"id":"1718000000000-0000000000000001","at":1718000000000,"tz":60}"#,
            "not json",
        ];
        for text in forged {
            assert_eq!(parse_note(text), Err(InboxError::Note), "{text}");
        }
    }

    #[test]
    fn opened_notes_merge_once_whatever_the_order() {
        let uses = vec![
            Entry::new(id(1), T, 60).unwrap(),
            Entry::new(id(2), T + 3_600_000, 60).unwrap(),
            Entry::new(id(2), T + 3_600_000, 60).unwrap(),
        ];
        let mut diary = Diary::new();
        diary.record(id(7), T - 86_400_000, 60).unwrap();
        assert_eq!(merge_notes(&mut diary, &uses), Ok(2));
        // The save after the merge failed, so the same notes come again.
        assert_eq!(merge_notes(&mut diary, &uses), Ok(0));
        assert_eq!(diary.entries().len(), 3);
        assert!(diary
            .get(id(2))
            .is_some_and(|entry| entry.at_ms == T + 3_600_000));
    }

    #[test]
    fn notes_that_do_not_fit_are_not_merged_at_all() {
        let mut diary = Diary::new();
        diary.extend_new(
            (0..MAX_ENTRIES as u64 - 1).map(|n| Entry::new(id(100 + n), T, 0).unwrap()),
        );
        let uses = [
            Entry::new(id(1), T, 0).unwrap(),
            Entry::new(id(2), T, 0).unwrap(),
        ];
        assert_eq!(
            merge_notes(&mut diary, &uses),
            Err(DataError::TooManyEntries)
        );
        assert_eq!(diary.entries().len(), MAX_ENTRIES - 1);
    }

    #[test]
    fn a_carried_over_diary_round_trips_and_may_be_large() {
        let carry = Carry(SealedNote {
            ephemeral_key: point(6),
            iv: vec![7; 12],
            ciphertext: vec![8; 50_000],
        });
        assert_eq!(Carry::from_json(&carry.to_json()), Ok(carry));
        assert_eq!(Carry::from_json("{}"), Err(InboxError::Malformed));
        assert_ne!(carry_info(&point(5)), note_info(&point(5)));
    }
}
