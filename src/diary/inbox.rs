//! Uses noted while the diary is locked. A locked diary has no key (that comes from the
//! PIN), so setting a PIN also makes an ECDH P-256 key pair: the public half, stored in
//! clear, seals each locked note (a one-entry diary document) under a fresh ephemeral key;
//! the private half is stored sealed under the PIN's key and opens the notes at the next
//! unlock, when they merge by id like an import. The browser layer does the WebCrypto.
//!
//! What someone holding the locked phone can learn: how many notes wait, never when or what.

use super::base64;
use super::entry::EntryId;
use super::envelope::{EncryptedBlob, EnvelopeError, IV_BYTES, MIN_CIPHERTEXT_BYTES};
use super::journal::{Diary, EditError};
use super::schema::DataError;
use serde::{Deserialize, Serialize};

pub const INBOX_VERSION: u64 = 1;
/// An uncompressed P-256 point, as WebCrypto exports it: 0x04, then x and y.
pub const PUBLIC_KEY_BYTES: usize = 65;
/// Notes wait for one unlock; a thousand is years of notes between unlocks.
pub const MAX_NOTES: usize = 1000;
/// A one-entry document is about 200 bytes; anything far bigger was not written by us.
pub const MAX_NOTE_CIPHERTEXT_BYTES: usize = 2048;
/// A PKCS#8 P-256 private key is under 200 bytes; sealed and in base64, well under this.
const MAX_PRIVATE_KEY_JSON_BYTES: usize = 2048;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InboxError {
    Malformed,
    Version(u64),
    PublicKey,
    PrivateKey(EnvelopeError),
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
        let note = SealedNote {
            ephemeral_key,
            iv,
            ciphertext,
        };
        let valid = is_public_key(&note.ephemeral_key)
            && note.iv.len() == IV_BYTES
            && (MIN_CIPHERTEXT_BYTES..=MAX_NOTE_CIPHERTEXT_BYTES).contains(&note.ciphertext.len());
        if valid {
            Ok(note)
        } else {
            Err(InboxError::Note)
        }
    }
}

fn is_public_key(bytes: &[u8]) -> bool {
    bytes.len() == PUBLIC_KEY_BYTES && bytes[0] == 0x04
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inbox {
    pub public_key: Vec<u8>,
    /// The PKCS#8 private key, in base64, sealed like the diary.
    pub private_key: EncryptedBlob,
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
struct NoteWire {
    epk: String,
    iv: String,
    ciphertext: String,
}

impl Inbox {
    pub fn new(public_key: Vec<u8>, private_key: EncryptedBlob) -> Result<Inbox, InboxError> {
        if !is_public_key(&public_key) {
            return Err(InboxError::PublicKey);
        }
        Ok(Inbox {
            public_key,
            private_key,
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
            public_key: base64::encode(&self.public_key),
            private_key: self.private_key.to_json(),
            notes: self
                .notes
                .iter()
                .map(|note| NoteWire {
                    epk: base64::encode(&note.ephemeral_key),
                    iv: base64::encode(&note.iv),
                    ciphertext: base64::encode(&note.ciphertext),
                })
                .collect(),
        };
        serde_json::to_string(&wire).expect("an inbox always serialises")
    }

    pub fn from_json(raw: &str) -> Result<Inbox, InboxError> {
        let most =
            MAX_PRIVATE_KEY_JSON_BYTES + MAX_NOTES * (MAX_NOTE_CIPHERTEXT_BYTES / 3 * 4 + 200);
        if raw.len() > most {
            return Err(InboxError::Malformed);
        }
        let wire: Wire = serde_json::from_str(raw).map_err(|_| InboxError::Malformed)?;
        if wire.v != INBOX_VERSION {
            return Err(InboxError::Version(wire.v));
        }
        if wire.notes.len() > MAX_NOTES || wire.private_key.len() > MAX_PRIVATE_KEY_JSON_BYTES {
            return Err(InboxError::Malformed);
        }
        let bytes = |text: &str| base64::decode(text).ok_or(InboxError::Malformed);
        let private_key =
            EncryptedBlob::from_json(&wire.private_key).map_err(InboxError::PrivateKey)?;
        let mut inbox = Inbox::new(bytes(&wire.public_key)?, private_key)?;
        for note in &wire.notes {
            inbox.push(SealedNote::new(
                bytes(&note.epk)?,
                bytes(&note.iv)?,
                bytes(&note.ciphertext)?,
            )?)?;
        }
        Ok(inbox)
    }
}

/// What a locked note seals: a diary holding the one use, so that opening it is an import.
pub fn note_document(id: EntryId, at_ms: i64, offset_min: i16) -> Result<String, EditError> {
    let mut note = Diary::new();
    note.record(id, at_ms, offset_min)?;
    Ok(note.to_json())
}

/// Adds the uses from opened notes that `diary` lacks; returns how many were new. A note
/// already merged (the save after it was interrupted) adds nothing twice; a note that
/// opens but holds no diary was not written by Repère and is left out.
pub fn merge_notes(diary: &mut Diary, documents: &[String]) -> Result<usize, DataError> {
    let mut incoming = Diary::new();
    for document in documents {
        if let Ok(prepared) = incoming.prepare_import(document) {
            incoming.apply_import(prepared)?;
        }
    }
    let prepared = diary.prepare_import(&incoming.to_json())?;
    Ok(diary.apply_import(prepared)?.new)
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: i64 = 1_718_000_000_000;

    fn point(fill: u8) -> Vec<u8> {
        let mut key = vec![fill; PUBLIC_KEY_BYTES];
        key[0] = 0x04;
        key
    }

    fn inbox() -> Inbox {
        let private = EncryptedBlob::new(600_000, vec![1; 16], vec![2; 12], vec![3; 150]).unwrap();
        let mut inbox = Inbox::new(point(5), private).unwrap();
        inbox
            .push(SealedNote::new(point(6), vec![7; 12], vec![8; 240]).unwrap())
            .unwrap();
        inbox
            .push(SealedNote::new(point(9), vec![7; 12], vec![8; 240]).unwrap())
            .unwrap();
        inbox
    }

    #[test]
    fn round_trips_through_its_text() {
        let text = inbox().to_json();
        assert!(text.starts_with(r#"{"v":1,"public_key":"BAUF"#));
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
        assert_eq!(with(r#""v":1"#, r#""v":2"#), Err(InboxError::Version(2)));
        assert_eq!(
            with(r#""public_key":"BAUF"#, r#""public_key":"BQUF"#),
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
            with("600000", "1000"),
            Err(InboxError::PrivateKey(EnvelopeError::Iterations))
        );
        assert_eq!(
            Inbox::from_json(&text[..text.len() / 2]),
            Err(InboxError::Malformed)
        );
        assert_eq!(
            Inbox::from_json(&" ".repeat(10_000_000)),
            Err(InboxError::Malformed)
        );
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
    fn opened_notes_merge_once_whatever_the_order() {
        let id = |random| EntryId::new(T, random).unwrap();
        let notes = vec![
            note_document(id(1), T, 60).unwrap(),
            note_document(id(2), T + 3_600_000, 60).unwrap(),
        ];
        let mut diary = Diary::new();
        diary.record(id(7), T - 86_400_000, 60).unwrap();
        assert_eq!(merge_notes(&mut diary, &notes), Ok(2));
        // The save after the merge failed, so the same notes come again.
        assert_eq!(merge_notes(&mut diary, &notes), Ok(0));
        assert_eq!(diary.entries().len(), 3);
        assert!(diary
            .get(id(2))
            .is_some_and(|entry| entry.at_ms == T + 3_600_000));
        let with_stray = [
            notes[0].clone(),
            "not a diary".into(),
            note_document(id(3), T, 60).unwrap(),
        ];
        assert_eq!(merge_notes(&mut diary, &with_stray), Ok(1));
        assert_eq!(diary.entries().len(), 4);
    }
}
