//! Format 1 of a sealed diary, read only to move old data to format 2 (see `envelope`):
//! a diary stored under a PIN by an earlier Repère, its locked-notes key, and exported
//! files. PBKDF2-SHA256 of the PIN or password gave the AES-256-GCM key directly, with no
//! device key and no additional data, so nothing is ever written in this format again.

use super::base64;
use super::entry::Entry;
use super::envelope::{
    EnvelopeError, IV_BYTES, MAX_CIPHERTEXT_BYTES, MAX_ITERATIONS, MIN_ITERATIONS, SALT_BYTES,
    TAG_BYTES,
};
use super::inbox::{
    is_public_key, max_inbox_text_bytes, InboxError, NoteWire, SealedNote, MAX_NOTES,
    NOTE_CLOCK_SKEW_MS,
};
use super::journal::Diary;
use serde::{Deserialize, Serialize};

pub const ENVELOPE_VERSION: u64 = 1;
pub const CIPHER: &str = "AES-256-GCM";
pub const KDF: &str = "PBKDF2-SHA256";

/// The stored text: `{"v":1,"cipher":"AES-256-GCM","kdf":"PBKDF2-SHA256",
/// "iterations":600000,"salt":"…","iv":"…","ciphertext":"…"}`, bytes in base64.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegacyBlob {
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    /// With the GCM tag at the end, as WebCrypto returns it.
    pub ciphertext: Vec<u8>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    v: u64,
    cipher: String,
    kdf: String,
    iterations: u32,
    salt: String,
    iv: String,
    ciphertext: String,
}

impl LegacyBlob {
    pub fn new(
        iterations: u32,
        salt: Vec<u8>,
        iv: Vec<u8>,
        ciphertext: Vec<u8>,
    ) -> Result<LegacyBlob, EnvelopeError> {
        let blob = LegacyBlob {
            iterations,
            salt,
            iv,
            ciphertext,
        };
        blob.validate()?;
        Ok(blob)
    }

    pub fn to_json(&self) -> String {
        let wire = Wire {
            v: ENVELOPE_VERSION,
            cipher: CIPHER.into(),
            kdf: KDF.into(),
            iterations: self.iterations,
            salt: base64::encode(&self.salt),
            iv: base64::encode(&self.iv),
            ciphertext: base64::encode(&self.ciphertext),
        };
        serde_json::to_string(&wire).expect("an envelope always serialises")
    }

    pub fn from_json(raw: &str) -> Result<LegacyBlob, EnvelopeError> {
        // Base64 takes 4 characters for 3 bytes; the rest of the envelope is small.
        if raw.len() > MAX_CIPHERTEXT_BYTES / 3 * 4 + 1024 {
            return Err(EnvelopeError::Malformed);
        }
        let wire: Wire = serde_json::from_str(raw).map_err(|_| EnvelopeError::Malformed)?;
        match wire.v {
            ENVELOPE_VERSION => {}
            v if v > ENVELOPE_VERSION => return Err(EnvelopeError::FutureVersion(v)),
            v => return Err(EnvelopeError::UnknownVersion(v)),
        }
        if wire.cipher != CIPHER || wire.kdf != KDF {
            return Err(EnvelopeError::UnsupportedLock);
        }
        let bytes = |text: &str| base64::decode(text).ok_or(EnvelopeError::Base64);
        LegacyBlob::new(
            wire.iterations,
            bytes(&wire.salt)?,
            bytes(&wire.iv)?,
            bytes(&wire.ciphertext)?,
        )
    }

    fn validate(&self) -> Result<(), EnvelopeError> {
        if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&self.iterations) {
            return Err(EnvelopeError::Iterations);
        }
        if self.salt.len() != SALT_BYTES {
            return Err(EnvelopeError::SaltLength);
        }
        if self.iv.len() != IV_BYTES {
            return Err(EnvelopeError::IvLength);
        }
        if !(TAG_BYTES..=MAX_CIPHERTEXT_BYTES).contains(&self.ciphertext.len()) {
            return Err(EnvelopeError::CiphertextLength);
        }
        Ok(())
    }
}

/// HKDF `info` of a format-1 note's key.
pub const NOTE_INFO_V1: &[u8] = b"repere locked note v1";

/// The locked notes of format 1: the private key sealed like the diary, under the PIN.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegacyInbox {
    pub private_key: LegacyBlob,
    pub notes: Vec<SealedNote>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct InboxWire {
    v: u64,
    public_key: String,
    private_key: String,
    notes: Vec<NoteWire>,
}

impl LegacyInbox {
    pub fn from_json(raw: &str) -> Result<LegacyInbox, InboxError> {
        // Format-1 notes held a small document: up to 2 KiB of ciphertext each.
        if raw.len() > max_inbox_text_bytes(2048) {
            return Err(InboxError::Malformed);
        }
        let wire: InboxWire = serde_json::from_str(raw).map_err(|_| InboxError::Malformed)?;
        if wire.v != 1 || wire.notes.len() > MAX_NOTES || wire.private_key.len() > 2048 {
            return Err(InboxError::Malformed);
        }
        let public_key = base64::decode(&wire.public_key).ok_or(InboxError::Malformed)?;
        if !is_public_key(&public_key) {
            return Err(InboxError::PublicKey);
        }
        let private_key =
            LegacyBlob::from_json(&wire.private_key).map_err(|_| InboxError::PrivateKey)?;
        let notes = wire
            .notes
            .iter()
            .map(NoteWire::to_legacy_note)
            .collect::<Result<_, _>>()?;
        Ok(LegacyInbox { private_key, notes })
    }
}

/// The use a format-1 note holds: a diary document with one bare use, made when noted.
pub fn parse_legacy_note(plaintext: &str) -> Result<Entry, InboxError> {
    let diary = Diary::from_json(plaintext).map_err(|_| InboxError::Note)?;
    let [entry] = diary.entries() else {
        return Err(InboxError::Note);
    };
    let bare = Entry::new(entry.id, entry.at_ms, entry.offset_min).map_err(|_| InboxError::Note)?;
    let made_then = (entry.at_ms - entry.id.created_ms()).abs() <= NOTE_CLOCK_SKEW_MS;
    if *entry != bare || !made_then {
        return Err(InboxError::Note);
    }
    Ok(bare)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blob() -> LegacyBlob {
        LegacyBlob::new(600_000, vec![7; 16], vec![9; 12], vec![1; 42]).unwrap()
    }

    #[test]
    fn round_trips_through_its_text() {
        let text = blob().to_json();
        assert_eq!(
            text,
            r#"{"v":1,"cipher":"AES-256-GCM","kdf":"PBKDF2-SHA256","iterations":600000,"salt":"BwcHBwcHBwcHBwcHBwcHBw==","iv":"CQkJCQkJCQkJCQkJ","ciphertext":"AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB"}"#
        );
        assert_eq!(LegacyBlob::from_json(&text), Ok(blob()));
    }

    #[test]
    fn weak_or_odd_parameters_are_refused() {
        let with =
            |from: &str, to: &str| LegacyBlob::from_json(&blob().to_json().replace(from, to));
        assert_eq!(with("600000", "599999"), Err(EnvelopeError::Iterations));
        assert_eq!(with("600000", "10000001"), Err(EnvelopeError::Iterations));
        assert_eq!(with("600000", "-1"), Err(EnvelopeError::Malformed));
        assert_eq!(
            with("BwcHBwcHBwcHBwcHBwcHBw==", "BwcHBwcHBwcHBwcHBwcH"),
            Err(EnvelopeError::SaltLength)
        );
        assert_eq!(
            with("CQkJCQkJCQkJCQkJ", "CQkJCQkJCQkJCQ=="),
            Err(EnvelopeError::IvLength)
        );
        assert_eq!(
            with("CQkJCQkJCQkJCQkJ", "CQkJCQkJCQkJCQk*"),
            Err(EnvelopeError::Base64)
        );
        assert_eq!(
            with(
                "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB",
                "AQEBAQEBAQEBAQEBAQEB"
            ),
            Err(EnvelopeError::CiphertextLength)
        );
        assert_eq!(
            with("AES-256-GCM", "AES-128-CBC"),
            Err(EnvelopeError::UnsupportedLock)
        );
        assert_eq!(
            with("PBKDF2-SHA256", "PBKDF2-SHA1"),
            Err(EnvelopeError::UnsupportedLock)
        );
        assert_eq!(
            with("\"v\":1", "\"v\":2"),
            Err(EnvelopeError::FutureVersion(2))
        );
        assert_eq!(
            with("\"v\":1", "\"v\":0"),
            Err(EnvelopeError::UnknownVersion(0))
        );
        assert_eq!(
            with("\"v\":1", "\"v\":1,\"hint\":\"1234\""),
            Err(EnvelopeError::Malformed)
        );
        assert_eq!(
            LegacyBlob::from_json("{\"v\":1"),
            Err(EnvelopeError::Malformed)
        );
        assert_eq!(
            LegacyBlob::new(600_000, vec![0; 16], vec![0; 12], vec![0; 15]),
            Err(EnvelopeError::CiphertextLength)
        );
        let huge = " ".repeat(MAX_CIPHERTEXT_BYTES / 3 * 4 + 1025);
        assert_eq!(LegacyBlob::from_json(&huge), Err(EnvelopeError::Malformed));
    }
}
