//! How the diary is sealed (format 2). The browser layer does the WebCrypto; this module
//! owns the bytes, their limits and what each ciphertext is bound to.
//!
//! Keys:
//! - the **device key**: a non-extractable AES-256-GCM key kept in IndexedDB, never in
//!   the same storage as the diary, so a copy of localStorage alone opens nothing;
//! - the **secret key**, when a PIN or password is set: PBKDF2-SHA256 of the secret;
//! - the **data key**: a random AES-256-GCM key that seals the diary. It is stored
//!   wrapped (`key`): by the device key alone, or by the secret key and then the device
//!   key, so that guessing the secret needs this device's key too.
//!
//! Every ciphertext carries AES-GCM additional data naming its purpose and, for the
//! diary, its whole header: a blob cannot be moved to another use, and changing the lock,
//! the salt or the iterations breaks the tag. Plaintexts are padded to size buckets, so the
//! length does not tell how many uses are logged.

use super::base64;
use super::secret::SecretKind;
use serde::{Deserialize, Serialize};

pub const FORMAT_VERSION: u64 = 2;
/// OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
pub const MIN_ITERATIONS: u32 = 600_000;
/// A file asking for more is hostile: it would freeze a cheap phone for minutes.
pub const MAX_ITERATIONS: u32 = 10_000_000;
pub const SALT_BYTES: usize = 16;
/// The 96-bit IV GCM is designed for, fresh from `crypto.getRandomValues` every time.
pub const IV_BYTES: usize = 12;
pub const TAG_BYTES: usize = 16;
pub const DATA_KEY_BYTES: usize = 32;
/// The data key wrapped once: IV, key, tag.
pub const WRAPPED_ONCE_BYTES: usize = IV_BYTES + DATA_KEY_BYTES + TAG_BYTES;
/// Wrapped by the secret key, then by the device key.
pub const WRAPPED_TWICE_BYTES: usize = IV_BYTES + WRAPPED_ONCE_BYTES + TAG_BYTES;
/// The largest padded diary document plus the tag.
pub const MAX_CIPHERTEXT_BYTES: usize = super::schema::MAX_DOCUMENT_BYTES + TAG_BYTES;
/// Base64 takes 4 characters for 3 bytes; the header is small.
pub const MAX_SEALED_TEXT_BYTES: usize = MAX_CIPHERTEXT_BYTES / 3 * 4 + 1024;

/// Additional data of the data key's wrapping, inner (secret key) and outer (device key).
pub const KEY_AAD_SECRET: &[u8] = b"repere/v2/key/secret";
pub const KEY_AAD_DEVICE: &[u8] = b"repere/v2/key/device";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EnvelopeError {
    /// Not an envelope: broken JSON, missing or extra fields, or over the size limit.
    Malformed,
    /// Written by a newer Repère.
    FutureVersion(u64),
    UnknownVersion(u64),
    /// A lock this version does not know, or one that does not fit the kind of blob.
    UnsupportedLock,
    /// Below `MIN_ITERATIONS` (too weak) or above `MAX_ITERATIONS` (hostile).
    Iterations,
    /// A field that is not strict base64.
    Base64,
    SaltLength,
    IvLength,
    KeyLength,
    CiphertextLength,
}

/// What stands between the stored diary and a reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lock {
    /// The device key only: nothing to type, and a copy of localStorage alone is useless.
    Device,
    /// A PIN or password too.
    Secret { kind: SecretKind, kdf: Kdf },
}

/// PBKDF2-SHA256 parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kdf {
    pub iterations: u32,
    pub salt: Vec<u8>,
}

impl Kdf {
    pub fn new(salt: Vec<u8>) -> Result<Kdf, EnvelopeError> {
        let kdf = Kdf {
            iterations: MIN_ITERATIONS,
            salt,
        };
        kdf.validate()?;
        Ok(kdf)
    }

    fn validate(&self) -> Result<(), EnvelopeError> {
        if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&self.iterations) {
            return Err(EnvelopeError::Iterations);
        }
        if self.salt.len() != SALT_BYTES {
            return Err(EnvelopeError::SaltLength);
        }
        Ok(())
    }
}

impl Lock {
    /// The kind of secret that opens it, if any.
    pub fn secret_kind(&self) -> Option<SecretKind> {
        match self {
            Lock::Device => None,
            Lock::Secret { kind, .. } => Some(*kind),
        }
    }

    fn name(&self) -> &'static str {
        match self.secret_kind() {
            None => "device",
            Some(SecretKind::Pin) => "pin",
            Some(SecretKind::Password) => "password",
        }
    }

    fn wrapped_key_bytes(&self) -> usize {
        match self {
            Lock::Device => WRAPPED_ONCE_BYTES,
            Lock::Secret { .. } => WRAPPED_TWICE_BYTES,
        }
    }
}

/// The diary as stored on this device (`repere.diary`). It opens only here: its data key
/// is wrapped by this device's key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedDiary {
    pub lock: Lock,
    /// The data key, wrapped as [`Lock`] says: IV then ciphertext, once or twice.
    pub wrapped_key: Vec<u8>,
    pub iv: Vec<u8>,
    /// With the GCM tag at the end, as WebCrypto returns it.
    pub ciphertext: Vec<u8>,
}

/// An exported file sealed with its own password: it travels without the device key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SealedFile {
    pub kdf: Kdf,
    pub iv: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

/// Format 2 on the wire, for both kinds: `{"v":2,"kind":"diary","lock":"pin",
/// "iterations":600000,"salt":"…","key":"…","iv":"…","ciphertext":"…"}` (bytes in base64;
/// `iterations` and `salt` only with a secret, `key` only for the stored diary).
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    v: u64,
    kind: String,
    lock: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    iterations: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    salt: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    iv: String,
    ciphertext: String,
}

const KIND_DIARY: &str = "diary";
const KIND_FILE: &str = "file";

fn bytes(text: &str) -> Result<Vec<u8>, EnvelopeError> {
    base64::decode(text).ok_or(EnvelopeError::Base64)
}

fn check_iv_and_ciphertext(iv: &[u8], ciphertext: &[u8]) -> Result<(), EnvelopeError> {
    if iv.len() != IV_BYTES {
        return Err(EnvelopeError::IvLength);
    }
    if !(TAG_BYTES..=MAX_CIPHERTEXT_BYTES).contains(&ciphertext.len()) {
        return Err(EnvelopeError::CiphertextLength);
    }
    Ok(())
}

fn parse_wire(raw: &str) -> Result<Wire, EnvelopeError> {
    if raw.len() > MAX_SEALED_TEXT_BYTES {
        return Err(EnvelopeError::Malformed);
    }
    let wire: Wire = serde_json::from_str(raw).map_err(|_| EnvelopeError::Malformed)?;
    match wire.v {
        FORMAT_VERSION => Ok(wire),
        v if v > FORMAT_VERSION => Err(EnvelopeError::FutureVersion(v)),
        v => Err(EnvelopeError::UnknownVersion(v)),
    }
}

fn parse_lock(wire: &Wire) -> Result<Lock, EnvelopeError> {
    let kind = match wire.lock.as_str() {
        "device" => {
            if wire.iterations.is_some() || wire.salt.is_some() {
                return Err(EnvelopeError::Malformed);
            }
            return Ok(Lock::Device);
        }
        "pin" => SecretKind::Pin,
        "password" => SecretKind::Password,
        _ => return Err(EnvelopeError::UnsupportedLock),
    };
    let (Some(iterations), Some(salt)) = (wire.iterations, wire.salt.as_deref()) else {
        return Err(EnvelopeError::Malformed);
    };
    let kdf = Kdf {
        iterations,
        salt: bytes(salt)?,
    };
    kdf.validate()?;
    Ok(Lock::Secret { kind, kdf })
}

/// The header every ciphertext of format 2 is bound to: version, kind, lock, KDF and the
/// wrapped key, exactly as written.
fn header_aad(kind: &str, lock: &Lock, wrapped_key: Option<&[u8]>) -> Vec<u8> {
    let mut aad = format!("repere/v{FORMAT_VERSION}/{kind}|{}", lock.name());
    if let Lock::Secret { kdf, .. } = lock {
        aad.push_str(&format!(
            "|{}|{}",
            kdf.iterations,
            base64::encode(&kdf.salt)
        ));
    }
    if let Some(key) = wrapped_key {
        aad.push('|');
        aad.push_str(&base64::encode(key));
    }
    aad.into_bytes()
}

impl SealedDiary {
    pub fn new(
        lock: Lock,
        wrapped_key: Vec<u8>,
        iv: Vec<u8>,
        ciphertext: Vec<u8>,
    ) -> Result<SealedDiary, EnvelopeError> {
        let sealed = SealedDiary {
            lock,
            wrapped_key,
            iv,
            ciphertext,
        };
        if sealed.wrapped_key.len() != sealed.lock.wrapped_key_bytes() {
            return Err(EnvelopeError::KeyLength);
        }
        check_iv_and_ciphertext(&sealed.iv, &sealed.ciphertext)?;
        Ok(sealed)
    }

    /// What the diary's ciphertext is bound to.
    pub fn additional_data(lock: &Lock, wrapped_key: &[u8]) -> Vec<u8> {
        header_aad(KIND_DIARY, lock, Some(wrapped_key))
    }

    pub fn to_json(&self) -> String {
        let (iterations, salt) = match &self.lock {
            Lock::Device => (None, None),
            Lock::Secret { kdf, .. } => (Some(kdf.iterations), Some(base64::encode(&kdf.salt))),
        };
        let wire = Wire {
            v: FORMAT_VERSION,
            kind: KIND_DIARY.into(),
            lock: self.lock.name().into(),
            iterations,
            salt,
            key: Some(base64::encode(&self.wrapped_key)),
            iv: base64::encode(&self.iv),
            ciphertext: base64::encode(&self.ciphertext),
        };
        serde_json::to_string(&wire).expect("an envelope always serialises")
    }

    pub fn from_json(raw: &str) -> Result<SealedDiary, EnvelopeError> {
        let wire = parse_wire(raw)?;
        if wire.kind != KIND_DIARY {
            return Err(EnvelopeError::UnsupportedLock);
        }
        let lock = parse_lock(&wire)?;
        let key = wire.key.as_deref().ok_or(EnvelopeError::Malformed)?;
        SealedDiary::new(
            lock,
            bytes(key)?,
            bytes(&wire.iv)?,
            bytes(&wire.ciphertext)?,
        )
    }

    /// Whether `other` holds the same data key (another tab saved), not a new one (the
    /// secret was set, changed or removed there).
    pub fn same_key_as(&self, other: &SealedDiary) -> bool {
        self.wrapped_key == other.wrapped_key && self.lock == other.lock
    }
}

impl SealedFile {
    pub fn new(kdf: Kdf, iv: Vec<u8>, ciphertext: Vec<u8>) -> Result<SealedFile, EnvelopeError> {
        kdf.validate()?;
        check_iv_and_ciphertext(&iv, &ciphertext)?;
        Ok(SealedFile {
            kdf,
            iv,
            ciphertext,
        })
    }

    pub fn additional_data(kdf: &Kdf) -> Vec<u8> {
        let lock = Lock::Secret {
            kind: SecretKind::Password,
            kdf: kdf.clone(),
        };
        header_aad(KIND_FILE, &lock, None)
    }

    pub fn to_json(&self) -> String {
        let wire = Wire {
            v: FORMAT_VERSION,
            kind: KIND_FILE.into(),
            lock: "password".into(),
            iterations: Some(self.kdf.iterations),
            salt: Some(base64::encode(&self.kdf.salt)),
            key: None,
            iv: base64::encode(&self.iv),
            ciphertext: base64::encode(&self.ciphertext),
        };
        serde_json::to_string(&wire).expect("an envelope always serialises")
    }

    pub fn from_json(raw: &str) -> Result<SealedFile, EnvelopeError> {
        let wire = parse_wire(raw)?;
        if wire.kind != KIND_FILE || wire.key.is_some() {
            return Err(EnvelopeError::UnsupportedLock);
        }
        let Lock::Secret {
            kind: SecretKind::Password,
            kdf,
        } = parse_lock(&wire)?
        else {
            return Err(EnvelopeError::UnsupportedLock);
        };
        SealedFile::new(kdf, bytes(&wire.iv)?, bytes(&wire.ciphertext)?)
    }
}

/// The smallest padded size: a near-empty diary looks like one with a few dozen uses.
pub const MIN_PADDED_BYTES: usize = 4096;
const POWER_OF_TWO_UP_TO: usize = 1024 * 1024;
const STEP_ABOVE: usize = 256 * 1024;

/// The size a plaintext of `len` bytes is padded to: at least 4 KiB, the next power of two
/// up to 1 MiB (someone with the ciphertext learns the number of uses within a factor of
/// two), then the next multiple of 256 KiB so a large diary still fits in localStorage.
pub fn padded_len(len: usize) -> usize {
    if len <= MIN_PADDED_BYTES {
        MIN_PADDED_BYTES
    } else if len <= POWER_OF_TWO_UP_TO {
        len.next_power_of_two()
    } else {
        len.div_ceil(STEP_ABOVE) * STEP_ABOVE
    }
}

/// A JSON document padded with trailing spaces, which JSON ignores.
pub fn pad(json: &str) -> String {
    let mut padded = String::with_capacity(padded_len(json.len()));
    padded.push_str(json);
    padded.extend(std::iter::repeat_n(
        ' ',
        padded_len(json.len()) - json.len(),
    ));
    padded
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pin_lock() -> Lock {
        Lock::Secret {
            kind: SecretKind::Pin,
            kdf: Kdf::new(vec![7; 16]).unwrap(),
        }
    }

    fn sealed(lock: Lock) -> SealedDiary {
        let key_len = lock.wrapped_key_bytes();
        SealedDiary::new(lock, vec![5; key_len], vec![9; 12], vec![1; 42]).unwrap()
    }

    #[test]
    fn a_stored_diary_round_trips_through_its_text() {
        for lock in [Lock::Device, pin_lock()] {
            let text = sealed(lock.clone()).to_json();
            assert_eq!(SealedDiary::from_json(&text), Ok(sealed(lock)));
        }
        assert_eq!(
            sealed(Lock::Device).to_json(),
            r#"{"v":2,"kind":"diary","lock":"device","key":"BQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUF","iv":"CQkJCQkJCQkJCQkJ","ciphertext":"AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB"}"#
        );
    }

    #[test]
    fn a_file_round_trips_and_is_never_taken_for_the_stored_diary() {
        let file =
            SealedFile::new(Kdf::new(vec![3; 16]).unwrap(), vec![9; 12], vec![1; 40]).unwrap();
        let text = file.to_json();
        assert!(text.starts_with(r#"{"v":2,"kind":"file","lock":"password","iterations":600000"#));
        assert_eq!(SealedFile::from_json(&text), Ok(file));
        assert_eq!(
            SealedDiary::from_json(&text),
            Err(EnvelopeError::UnsupportedLock)
        );
        let stored = sealed(pin_lock()).to_json();
        assert_eq!(
            SealedFile::from_json(&stored),
            Err(EnvelopeError::UnsupportedLock)
        );
    }

    #[test]
    fn weak_odd_or_mismatched_parameters_are_refused() {
        let text = sealed(pin_lock()).to_json();
        let with = |from: &str, to: &str| SealedDiary::from_json(&text.replacen(from, to, 1));
        assert_eq!(with("600000", "599999"), Err(EnvelopeError::Iterations));
        assert_eq!(with("600000", "10000001"), Err(EnvelopeError::Iterations));
        assert_eq!(with("600000", "-1"), Err(EnvelopeError::Malformed));
        assert_eq!(
            with("BwcHBwcHBwcHBwcHBwcHBw==", "BwcHBwcHBwcHBwcH"),
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
            with("\"lock\":\"pin\"", "\"lock\":\"device\""),
            Err(EnvelopeError::Malformed),
            "device lock with a KDF"
        );
        assert_eq!(
            with("\"lock\":\"pin\"", "\"lock\":\"face\""),
            Err(EnvelopeError::UnsupportedLock)
        );
        assert_eq!(
            with("\"v\":2", "\"v\":3"),
            Err(EnvelopeError::FutureVersion(3))
        );
        assert_eq!(
            with("\"v\":2", "\"v\":0"),
            Err(EnvelopeError::UnknownVersion(0))
        );
        assert_eq!(
            with("\"v\":2", "\"v\":2,\"hint\":\"123456\""),
            Err(EnvelopeError::Malformed)
        );
        // A device-only key slot under a PIN lock: the lengths tell them apart.
        let short_key = format!("\"key\":\"{}\"", base64::encode(&[5; WRAPPED_ONCE_BYTES]));
        let key_field = format!("\"key\":\"{}\"", base64::encode(&[5; WRAPPED_TWICE_BYTES]));
        assert_eq!(with(&key_field, &short_key), Err(EnvelopeError::KeyLength));
        assert_eq!(
            SealedDiary::new(
                Lock::Device,
                vec![0; WRAPPED_ONCE_BYTES],
                vec![0; 12],
                vec![0; 15]
            ),
            Err(EnvelopeError::CiphertextLength)
        );
        let huge = " ".repeat(MAX_SEALED_TEXT_BYTES + 1);
        assert_eq!(SealedDiary::from_json(&huge), Err(EnvelopeError::Malformed));
    }

    #[test]
    fn the_additional_data_binds_the_whole_header() {
        let key = vec![5; WRAPPED_TWICE_BYTES];
        let base = SealedDiary::additional_data(&pin_lock(), &key);
        let other_salt = Lock::Secret {
            kind: SecretKind::Pin,
            kdf: Kdf::new(vec![8; 16]).unwrap(),
        };
        let password = Lock::Secret {
            kind: SecretKind::Password,
            kdf: Kdf::new(vec![7; 16]).unwrap(),
        };
        let mut other_key = key.clone();
        other_key[40] ^= 1;
        for different in [
            SealedDiary::additional_data(&other_salt, &key),
            SealedDiary::additional_data(&password, &key),
            SealedDiary::additional_data(&pin_lock(), &other_key),
            SealedDiary::additional_data(&Lock::Device, &key),
            SealedFile::additional_data(&Kdf::new(vec![7; 16]).unwrap()),
        ] {
            assert_ne!(base, different);
        }
        assert!(base.starts_with(b"repere/v2/diary|pin|600000|"));
    }

    #[test]
    fn padding_hides_the_size_within_a_bucket_and_json_ignores_it() {
        assert_eq!(padded_len(0), 4096);
        assert_eq!(padded_len(4096), 4096);
        assert_eq!(padded_len(4097), 8192);
        assert_eq!(padded_len(700_000), 1024 * 1024);
        assert_eq!(padded_len(1024 * 1024), 1024 * 1024);
        assert_eq!(padded_len(1024 * 1024 + 1), 1024 * 1024 + 256 * 1024);
        assert!((1..3_000_000).step_by(997).all(|n| padded_len(n) >= n));
        // A diary with 10 uses and one with 40 have the same length.
        let short = format!(
            r#"{{"v":1,"settings":{{}},"entries":[{}]}}"#,
            ["{}"; 10].join(",")
        );
        let long = format!(
            r#"{{"v":1,"settings":{{}},"entries":[{}]}}"#,
            ["{}"; 40].join(",")
        );
        assert_eq!(pad(&short).len(), pad(&long).len());
        let back: serde_json::Value = serde_json::from_str(&pad(&short)).unwrap();
        assert_eq!(
            back,
            serde_json::from_str::<serde_json::Value>(&short).unwrap()
        );
    }
}
