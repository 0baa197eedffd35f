//! The serialised form of an encrypted diary, and the wrong-PIN back-off. The browser
//! layer does the cryptography with WebCrypto: PBKDF2-SHA256 turns the PIN and salt into
//! an AES-256-GCM key, which seals `Diary::to_storage_json` (or the export) with the IV.
//!
//! A short PIN resists someone picking up the phone, not a forensic lab: with the file in
//! hand, a PIN's few thousand guesses can be tried offline whatever the iteration count.

use super::base64;
use serde::{Deserialize, Serialize};

pub const ENVELOPE_VERSION: u64 = 1;
pub const CIPHER: &str = "AES-256-GCM";
pub const KDF: &str = "PBKDF2-SHA256";
/// OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
pub const MIN_ITERATIONS: u32 = 600_000;
/// A file asking for more is hostile: it would freeze a cheap phone for minutes.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
/// The 96-bit IV GCM is designed for; it must be fresh from `crypto.getRandomValues` on
/// every encryption, never reused with the same key.
pub const IV_BYTES: usize = 12;
/// GCM appends a 16-byte tag, so even an empty plaintext gives this much.
pub const MIN_CIPHERTEXT_BYTES: usize = 16;
/// The largest diary document plus the tag.
pub const MAX_CIPHERTEXT_BYTES: usize = super::schema::MAX_DOCUMENT_BYTES + MIN_CIPHERTEXT_BYTES;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnvelopeError {
    /// Not an envelope: broken JSON, missing or extra fields, or over the size limit.
    Malformed,
    /// Written by a newer Repère.
    FutureVersion(u64),
    UnknownVersion(u64),
    /// A cipher or key derivation this version does not use.
    UnsupportedAlgorithm,
    /// Below `MIN_ITERATIONS` (too weak) or above `MAX_ITERATIONS` (hostile).
    Iterations,
    /// A field that is not strict base64.
    Base64,
    SaltLength,
    IvLength,
    CiphertextLength,
}

/// The stored text: `{"v":1,"cipher":"AES-256-GCM","kdf":"PBKDF2-SHA256",
/// "iterations":600000,"salt":"…","iv":"…","ciphertext":"…"}`, bytes in base64.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EncryptedBlob {
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

impl EncryptedBlob {
    pub fn new(
        iterations: u32,
        salt: Vec<u8>,
        iv: Vec<u8>,
        ciphertext: Vec<u8>,
    ) -> Result<EncryptedBlob, EnvelopeError> {
        let blob = EncryptedBlob {
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

    pub fn from_json(raw: &str) -> Result<EncryptedBlob, EnvelopeError> {
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
            return Err(EnvelopeError::UnsupportedAlgorithm);
        }
        let bytes = |text: &str| base64::decode(text).ok_or(EnvelopeError::Base64);
        EncryptedBlob::new(
            wire.iterations,
            bytes(&wire.salt)?,
            bytes(&wire.iv)?,
            bytes(&wire.ciphertext)?,
        )
    }

    /// Whether stored text is an envelope rather than a plain diary, before any parsing:
    /// the browser layer then asks for the PIN instead of reading it.
    pub fn looks_encrypted(raw: &str) -> bool {
        raw.contains("\"ciphertext\"")
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
        if !(MIN_CIPHERTEXT_BYTES..=MAX_CIPHERTEXT_BYTES).contains(&self.ciphertext.len()) {
            return Err(EnvelopeError::CiphertextLength);
        }
        Ok(())
    }
}

/// Wrong PINs allowed before any wait: typing slips on a cracked screen are common.
pub const FREE_PIN_ATTEMPTS: u32 = 3;
pub const MAX_PIN_DELAY_MS: u64 = 5 * 60 * 1000;

/// How long to wait before the next try after `failed_attempts` wrong PINs in a row:
/// nothing for the first three, then 1 s doubling up to five minutes. It only slows a
/// person at the screen, so it never locks out or wipes: the owner must always get in.
/// The browser layer keeps the count in storage, so reloading does not reset it.
pub fn wrong_pin_delay_ms(failed_attempts: u32) -> u64 {
    match failed_attempts.checked_sub(FREE_PIN_ATTEMPTS + 1) {
        None => 0,
        Some(doublings) => (1000u64 << doublings.min(32)).min(MAX_PIN_DELAY_MS),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blob() -> EncryptedBlob {
        EncryptedBlob::new(600_000, vec![7; 16], vec![9; 12], vec![1; 42]).unwrap()
    }

    #[test]
    fn round_trips_through_its_text() {
        let text = blob().to_json();
        assert_eq!(
            text,
            r#"{"v":1,"cipher":"AES-256-GCM","kdf":"PBKDF2-SHA256","iterations":600000,"salt":"BwcHBwcHBwcHBwcHBwcHBw==","iv":"CQkJCQkJCQkJCQkJ","ciphertext":"AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB"}"#
        );
        assert_eq!(EncryptedBlob::from_json(&text), Ok(blob()));
        assert!(EncryptedBlob::looks_encrypted(&text));
        assert!(!EncryptedBlob::looks_encrypted(
            r#"{"v":1,"settings":{},"entries":[]}"#
        ));
    }

    #[test]
    fn weak_or_odd_parameters_are_refused() {
        let with =
            |from: &str, to: &str| EncryptedBlob::from_json(&blob().to_json().replace(from, to));
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
            Err(EnvelopeError::UnsupportedAlgorithm)
        );
        assert_eq!(
            with("PBKDF2-SHA256", "PBKDF2-SHA1"),
            Err(EnvelopeError::UnsupportedAlgorithm)
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
            EncryptedBlob::from_json("{\"v\":1"),
            Err(EnvelopeError::Malformed)
        );
        assert_eq!(
            EncryptedBlob::new(600_000, vec![0; 16], vec![0; 12], vec![0; 15]),
            Err(EnvelopeError::CiphertextLength)
        );
        let huge = " ".repeat(MAX_CIPHERTEXT_BYTES / 3 * 4 + 1025);
        assert_eq!(
            EncryptedBlob::from_json(&huge),
            Err(EnvelopeError::Malformed)
        );
    }

    #[test]
    fn the_pin_delay_grows_then_stays_capped() {
        let delays: Vec<u64> = (0..=12).map(wrong_pin_delay_ms).collect();
        assert_eq!(
            delays,
            [0, 0, 0, 0, 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000, 128_000, 256_000]
        );
        assert_eq!(wrong_pin_delay_ms(13), MAX_PIN_DELAY_MS);
        assert_eq!(wrong_pin_delay_ms(u32::MAX), MAX_PIN_DELAY_MS);
        assert!((0..200).all(|n| wrong_pin_delay_ms(n) <= wrong_pin_delay_ms(n + 1)));
    }
}
