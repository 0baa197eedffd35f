//! The diary's words: every error the diary, the storage and the cryptography can give,
//! and the small formats (money, durations, times) its screens share.

use super::state::UnlockError;
use crate::browser::crypto::CryptoError;
use crate::browser::diary_store::Damage;
use crate::browser::file_read::ReadError;
use crate::browser::storage::StorageError;
use crate::diary::calendar::MS_PER_MINUTE;
use crate::diary::{DataError, EditError, EnvelopeError, Invalid};
use crate::i18n::I18n;
use crate::lang::Lang;
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
        EnvelopeError::UnsupportedAlgorithm => t!(i18n, "diary-envelope-algorithm"),
        EnvelopeError::Iterations => t!(i18n, "diary-envelope-iterations"),
        EnvelopeError::Base64
        | EnvelopeError::SaltLength
        | EnvelopeError::IvLength
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
        UnlockError::Damaged(error) => damage(i18n, error),
    }
}

/// "12,50" or "12.50"; whole euros without decimals.
pub fn euro_number(lang: Lang, cents: u64) -> String {
    let whole = cents / 100;
    let rest = cents % 100;
    let point = if lang == Lang::En { '.' } else { ',' };
    if rest == 0 {
        whole.to_string()
    } else {
        format!("{whole}{point}{rest:02}")
    }
}

/// "12,50 €" in the user's language.
pub fn euros(i18n: I18n, cents: u64) -> String {
    t!(
        i18n,
        "diary-euros",
        amount = euro_number(i18n.lang(), cents)
    )
}

/// Parses "12", "12,5" or "12.50" euros into cents.
pub fn parse_euros(text: &str) -> Option<u32> {
    let text = text.trim().replace(',', ".");
    if text.is_empty() {
        return None;
    }
    let value: f64 = text.parse().ok()?;
    if !(0.0..=1_000_000.0).contains(&value) {
        return None;
    }
    Some((value * 100.0).round() as u32)
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

/// Dates are written by the browser, in the language's own way. Wolof readers in Paris
/// read dates the French way.
pub fn date_locale(lang: Lang) -> &'static str {
    match lang {
        Lang::Wo => "fr",
        other => other.code(),
    }
}
