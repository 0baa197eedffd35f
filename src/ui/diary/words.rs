//! The diary's words: every error the diary, the storage and the cryptography can give,
//! and the small formats (euros, durations, dates) its screens share.

use super::state::{NoteError, SecretError, UnlockError};
use crate::browser::crypto::CryptoError;
use crate::browser::file_read::ReadError;
use crate::browser::storage::StorageError;
use crate::diary::calendar::MS_PER_MINUTE;
use crate::diary::secret::{SecretKind, Weak};
use crate::diary::stored::Damage;
use crate::diary::{DataError, DraftError, EditError, EnvelopeError, Invalid};
use crate::i18n::I18n;
use crate::number::euro_number;
use crate::t;

pub fn invalid(i18n: I18n, problem: Invalid) -> String {
    match problem {
        Invalid::Time => t!(i18n, "diary-invalid-time"),
        Invalid::Offset => t!(i18n, "diary-invalid-offset"),
        Invalid::Amount => t!(i18n, "diary-invalid-amount"),
        Invalid::Spent => t!(i18n, "diary-invalid-spent"),
        Invalid::Craving => t!(i18n, "diary-invalid-craving"),
        Invalid::NoteTooLong => t!(i18n, "diary-invalid-note"),
        Invalid::Budget => t!(i18n, "diary-invalid-budget"),
        Invalid::Goal => t!(i18n, "diary-invalid-goal"),
    }
}

pub fn draft_error(i18n: I18n, error: DraftError) -> String {
    match error {
        DraftError::IncompleteTime => t!(i18n, "diary-past-incomplete"),
        DraftError::Future => t!(i18n, "diary-past-future"),
        DraftError::Invalid(problem) => invalid(i18n, problem),
    }
}

pub fn edit_error(i18n: I18n, error: EditError) -> String {
    match error {
        EditError::NotFound => t!(i18n, "diary-edit-not-found"),
        EditError::DuplicateId => t!(i18n, "diary-edit-duplicate"),
        EditError::Full => t!(i18n, "diary-edit-full"),
        EditError::Invalid(problem) => invalid(i18n, problem),
    }
}

pub fn data_error(i18n: I18n, error: DataError) -> String {
    match error {
        DataError::TooLarge => t!(i18n, "diary-data-too-large"),
        DataError::Truncated => t!(i18n, "diary-data-truncated"),
        DataError::NotJson => t!(i18n, "diary-data-not-json"),
        DataError::WrongShape => t!(i18n, "diary-data-wrong-shape"),
        DataError::NoVersion => t!(i18n, "diary-data-no-version"),
        DataError::FutureVersion(_) => t!(i18n, "diary-data-future-version"),
        DataError::UnknownVersion(_) => t!(i18n, "diary-data-unknown-version"),
        DataError::TooManyEntries => t!(i18n, "diary-data-too-many"),
        DataError::DuplicateId => t!(i18n, "diary-data-duplicate"),
        DataError::InvalidEntry { index, problem } => {
            let number = index as u64 + 1;
            t!(
                i18n,
                "diary-data-invalid-entry",
                number = number,
                problem = invalid(i18n, problem)
            )
        }
        DataError::InvalidSettings(problem) => {
            t!(
                i18n,
                "diary-data-invalid-settings",
                problem = invalid(i18n, problem)
            )
        }
    }
}

pub fn envelope_error(i18n: I18n, error: EnvelopeError) -> String {
    match error {
        EnvelopeError::Malformed => t!(i18n, "diary-envelope-malformed"),
        EnvelopeError::FutureVersion(_) => t!(i18n, "diary-data-future-version"),
        EnvelopeError::UnknownVersion(_) => t!(i18n, "diary-data-unknown-version"),
        EnvelopeError::UnsupportedLock => t!(i18n, "diary-envelope-algorithm"),
        EnvelopeError::Iterations => t!(i18n, "diary-envelope-iterations"),
        EnvelopeError::Base64
        | EnvelopeError::SaltLength
        | EnvelopeError::IvLength
        | EnvelopeError::KeyLength
        | EnvelopeError::CiphertextLength => t!(i18n, "diary-envelope-damaged"),
    }
}

pub fn damage(i18n: I18n, damage: Damage) -> String {
    match damage {
        Damage::Data(error) => data_error(i18n, error),
        Damage::Envelope(error) => envelope_error(i18n, error),
    }
}

pub fn storage_error(i18n: I18n, error: StorageError) -> String {
    match error {
        StorageError::Full => t!(i18n, "diary-storage-full"),
        StorageError::Unavailable => t!(i18n, "diary-storage-unavailable"),
    }
}

pub fn crypto_error(i18n: I18n, error: CryptoError) -> String {
    match error {
        CryptoError::Unavailable => t!(i18n, "diary-crypto-unavailable"),
        CryptoError::WrongKey => t!(i18n, "diary-password-wrong"),
    }
}

pub fn read_error(i18n: I18n, error: ReadError) -> String {
    match error {
        ReadError::None => t!(i18n, "diary-import-no-file"),
        ReadError::TooLarge => t!(i18n, "diary-data-too-large"),
        ReadError::Unreadable => t!(i18n, "diary-import-unreadable"),
    }
}

pub fn unlock_error(i18n: I18n, error: UnlockError) -> String {
    match error {
        UnlockError::Wait(seconds) => t!(i18n, "diary-pin-wait", seconds = seconds),
        UnlockError::Wrong(0) => t!(i18n, "diary-pin-wrong"),
        UnlockError::Wrong(seconds) => t!(i18n, "diary-pin-wrong-wait", seconds = seconds),
        UnlockError::Crypto(error) => crypto_error(i18n, error),
        UnlockError::Damaged => t!(i18n, "diary-unlock-damaged"),
        UnlockError::Altered => t!(i18n, "diary-unlock-altered"),
        UnlockError::Busy => t!(i18n, "diary-secret-busy"),
    }
}

/// What a new secret is for: the diary (a PIN or a password), or an exported file.
#[derive(Clone, Copy)]
pub enum SecretFor {
    Diary(SecretKind),
    File,
}

/// Why a new secret is refused, in plain words.
pub fn weak(i18n: I18n, secret_for: SecretFor, weak: Weak) -> String {
    match weak {
        Weak::TooShort { min } => match secret_for {
            SecretFor::Diary(SecretKind::Pin) => t!(i18n, "diary-weak-pin-short", count = min),
            SecretFor::Diary(SecretKind::Password) => {
                t!(i18n, "diary-weak-password-short", count = min)
            }
            SecretFor::File => t!(i18n, "diary-weak-export-short", count = min),
        },
        Weak::TooLong => t!(i18n, "diary-weak-too-long"),
        Weak::NotDigits => t!(i18n, "diary-weak-not-digits"),
        Weak::Repeated => t!(i18n, "diary-weak-repeated"),
        Weak::Sequence => t!(i18n, "diary-weak-sequence"),
        Weak::Date => t!(i18n, "diary-weak-date"),
        Weak::Common => t!(i18n, "diary-weak-common"),
        Weak::Mismatch => t!(i18n, "diary-pin-mismatch"),
    }
}

pub fn secret_error(i18n: I18n, kind: SecretKind, error: SecretError) -> String {
    match error {
        SecretError::Weak(problem) => weak(i18n, SecretFor::Diary(kind), problem),
        SecretError::Current(problem) => unlock_error(i18n, problem),
        SecretError::Storage(problem) => format!(
            "{} {}",
            storage_error(i18n, problem),
            t!(i18n, "diary-pin-not-set")
        ),
        SecretError::Crypto(problem) => crypto_error(i18n, problem),
        SecretError::TabletMode => t!(i18n, "diary-secret-tablet"),
        SecretError::Busy => t!(i18n, "diary-secret-busy"),
    }
}

pub fn note_error(i18n: I18n, error: NoteError) -> String {
    match error {
        NoteError::Unavailable => t!(i18n, "diary-note-unavailable"),
        NoteError::Full => t!(i18n, "diary-note-full"),
        NoteError::Storage(problem) => storage_error(i18n, problem),
        NoteError::Altered => t!(i18n, "diary-note-altered"),
    }
}

/// "12,50 €" in the user's language.
pub fn euros(i18n: I18n, cents: u64) -> String {
    t!(
        i18n,
        "diary-euros",
        amount = euro_number(cents, i18n.lang())
    )
}

/// "3 h 20 min", "2 days 4 h": how long since something, in words.
pub fn duration(i18n: I18n, ms: i64) -> String {
    let minutes = ms.max(0) / MS_PER_MINUTE;
    let (days, hours, minutes) = (minutes / 1440, minutes / 60 % 24, minutes % 60);
    if days > 0 {
        t!(i18n, "diary-duration-days", days = days, hours = hours)
    } else if hours > 0 {
        t!(
            i18n,
            "diary-duration-hours",
            hours = hours,
            minutes = minutes
        )
    } else if minutes > 0 {
        t!(i18n, "diary-duration-minutes", minutes = minutes)
    } else {
        t!(i18n, "diary-duration-now")
    }
}
