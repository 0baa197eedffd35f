//! The secret that protects the diary: a PIN of digits, or a longer password that may hold
//! letters. A copy of the browser's storage alone cannot be attacked (the device key is
//! not in it), so at the screen the back-off slows guessing; a copy of the whole phone
//! does hold the device key, and then only the secret's strength stands. Hence a floor
//! of six digits, no guessable ones, and a password for those who fear that copy.

use serde::{Deserialize, Serialize};

pub const MIN_PIN_DIGITS: usize = 6;
pub const MIN_PASSWORD_CHARS: usize = 10;
/// An exported file travels without the device key: only its password protects it.
pub const MIN_EXPORT_PASSWORD_CHARS: usize = 12;
/// Far more than anyone types; bounds the work of checking.
pub const MAX_SECRET_CHARS: usize = 128;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SecretKind {
    /// Digits only, typed on the numeric keypad.
    Pin,
    /// Any characters, on the full keyboard.
    Password,
}

/// Why a new secret is refused. Each one has a translated reason in the UI.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weak {
    TooShort {
        min: usize,
    },
    TooLong,
    /// A PIN with something other than digits.
    NotDigits,
    /// The same digit or character again and again, or a short block repeated.
    Repeated,
    /// Digits or letters in a row: 123456, 654321, 135791, abcdef.
    Sequence,
    /// A year, a birthday or another date.
    Date,
    /// Among the secrets people choose most, or a keyboard or keypad pattern.
    Common,
    /// The two copies typed differ.
    Mismatch,
}

/// Checks a secret being chosen for the diary (`again` is the second copy typed).
pub fn check_new(kind: SecretKind, secret: &str, again: &str) -> Result<(), Weak> {
    let min = match kind {
        SecretKind::Pin => MIN_PIN_DIGITS,
        SecretKind::Password => MIN_PASSWORD_CHARS,
    };
    check(kind, secret, min)?;
    if secret != again {
        return Err(Weak::Mismatch);
    }
    Ok(())
}

/// Checks the password of an exported file.
pub fn check_export_password(secret: &str, again: &str) -> Result<(), Weak> {
    check(SecretKind::Password, secret, MIN_EXPORT_PASSWORD_CHARS)?;
    if secret != again {
        return Err(Weak::Mismatch);
    }
    Ok(())
}

fn check(kind: SecretKind, secret: &str, min: usize) -> Result<(), Weak> {
    let chars: Vec<char> = secret.chars().collect();
    if chars.len() > MAX_SECRET_CHARS {
        return Err(Weak::TooLong);
    }
    let digits_only = chars.iter().all(char::is_ascii_digit);
    if kind == SecretKind::Pin && !digits_only {
        return Err(Weak::NotDigits);
    }
    if chars.len() < min {
        return Err(Weak::TooShort { min });
    }
    let folded: Vec<char> = chars.iter().flat_map(|c| c.to_lowercase()).collect();
    if is_repetition(&folded) || few_distinct(&folded) {
        return Err(Weak::Repeated);
    }
    if is_sequence(&folded) || is_doubled_sequence(&folded) {
        return Err(Weak::Sequence);
    }
    if digits_only && looks_like_date(secret.as_bytes()) {
        return Err(Weak::Date);
    }
    let text: String = folded.iter().collect();
    if is_common(&text) {
        return Err(Weak::Common);
    }
    Ok(())
}

/// A block repeated to fill the whole secret: 111111, 121212, 123123, abcabcabca.
fn is_repetition(chars: &[char]) -> bool {
    (1..=chars.len() / 2).any(|period| (period..chars.len()).all(|i| chars[i] == chars[i - period]))
}

/// Two different characters at most (111222, 110011, 100100): a pattern, not a secret.
fn few_distinct(chars: &[char]) -> bool {
    let mut seen: Vec<char> = Vec::with_capacity(3);
    for &c in chars {
        if !seen.contains(&c) {
            seen.push(c);
            if seen.len() > 2 {
                return false;
            }
        }
    }
    true
}

/// The same step from each character to the next: 123456, 654321, 135791, 890123 (digits
/// wrap round), abcdefghij.
fn is_sequence(chars: &[char]) -> bool {
    if chars.len() < 3 {
        return false;
    }
    let digits = chars.iter().all(char::is_ascii_digit);
    let step = |a: char, b: char| -> i64 {
        let difference = i64::from(u32::from(b)) - i64::from(u32::from(a));
        if digits {
            difference.rem_euclid(10)
        } else {
            difference
        }
    };
    let first = step(chars[0], chars[1]);
    chars.windows(2).all(|pair| step(pair[0], pair[1]) == first)
}

/// Each character twice, in a sequence: 112233, 998877.
fn is_doubled_sequence(chars: &[char]) -> bool {
    chars.len().is_multiple_of(2)
        && chars.chunks(2).all(|pair| pair[0] == pair[1])
        && is_sequence(&chars.iter().step_by(2).copied().collect::<Vec<_>>())
}

/// Years 1940–2039 and the ways people write a birthday: DDMMYY, MMDDYY, YYMMDD,
/// DDMMYYYY, YYYYMMDD, MMDDYYYY; and a year with two digits before or after (198701).
fn looks_like_date(digits: &[u8]) -> bool {
    let number = |range: std::ops::Range<usize>| -> u32 {
        digits[range]
            .iter()
            .fold(0, |n, d| n * 10 + u32::from(d - b'0'))
    };
    let year4 = |at: usize| (1940..=2039).contains(&number(at..at + 4));
    let day_month = |day: u32, month: u32| {
        (1..=12).contains(&month)
            && (1..=31).contains(&day)
            && !(month == 2 && day > 29)
            && !([4, 6, 9, 11].contains(&month) && day > 30)
    };
    match digits.len() {
        6 => {
            let (a, b, c) = (number(0..2), number(2..4), number(4..6));
            year4(0) || year4(2) || day_month(a, b) || day_month(b, a) || day_month(c, b)
        }
        8 => {
            let (a, b) = (number(0..2), number(2..4));
            let (c, d) = (number(4..6), number(6..8));
            (year4(4) && (day_month(a, b) || day_month(b, a))) || (year4(0) && day_month(d, c))
        }
        _ => false,
    }
}

/// What people choose far more often than chance and the rules above miss: keypad
/// shapes, famous numbers, keyboard rows and the most used passwords in French, English
/// and Russian (after DataGenetics' study of 3.4 million PINs, 2012, and the UK NCSC's
/// list of the 100,000 most used passwords, 2019).
#[rustfmt::skip]
const COMMON: &[&str] = &[
    "147258", "258369", "147852", "159753", "159357", "789456", "456123", "963852", "123654",
    "147369", "321654", "852456", "789123", "314159", "271828", "142857", "131420", "123789",
    "987321", "951753", "753951", "147963", "258456", "147258369", "123454321", "1234554321",
    "123321", "1q2w3e4r5t", "1qaz2wsx3edc",
    "motdepasse", "motdepasse1", "motdepasse123", "password12", "password123",
    "jetaime123", "azertyuiop", "azertyuiop1", "qwertyuiop", "qwertyuiop1", "qwertzuiop",
    "qsdfghjklm", "zxcvbnm123", "1234567890a", "a1234567890", "qwerty1234", "abc1234567",
    "abcd123456", "loveyou123", "bonjour123", "nicolas123", "marseille13", "football123",
    "monkey1234", "dragon1234", "sunshine12", "princess12", "superman12", "starwars12",
    "samsung123", "iphone1234", "changeme12", "welcome123", "letmein123", "trustno1234",
    "йцукенгшщз", "пароль1234",
];

fn is_common(text: &str) -> bool {
    COMMON.contains(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pin(secret: &str) -> Result<(), Weak> {
        check_new(SecretKind::Pin, secret, secret)
    }

    fn password(secret: &str) -> Result<(), Weak> {
        check_new(SecretKind::Password, secret, secret)
    }

    #[test]
    fn short_or_odd_pins_are_refused_with_their_reason() {
        assert_eq!(pin("1234"), Err(Weak::TooShort { min: 6 }));
        assert_eq!(pin("82719"), Err(Weak::TooShort { min: 6 }));
        assert_eq!(pin(""), Err(Weak::TooShort { min: 6 }));
        assert_eq!(pin("82a719"), Err(Weak::NotDigits));
        assert_eq!(pin("827 193"), Err(Weak::NotDigits));
        assert_eq!(
            pin("８２７１９３"),
            Err(Weak::NotDigits),
            "full-width digits"
        );
        assert_eq!(
            check_new(SecretKind::Pin, "827193", "827139"),
            Err(Weak::Mismatch)
        );
        assert_eq!(pin(&"7".repeat(129)), Err(Weak::TooLong));
    }

    #[test]
    fn repeats_sequences_dates_and_common_pins_are_refused() {
        for repeated in [
            "000000", "111111", "121212", "123123", "1212121", "111222", "100100", "909009",
        ] {
            assert_eq!(pin(repeated), Err(Weak::Repeated), "{repeated}");
        }
        for sequence in [
            "123456", "654321", "012345", "890123", "135791", "975319", "246802", "112233",
            "998877", "13579135",
        ] {
            assert_eq!(pin(sequence), Err(Weak::Sequence), "{sequence}");
        }
        for date in [
            "150392", "031592", "920315", "198701", "011987", "15031992", "19920315", "03151992",
            "200012",
        ] {
            assert_eq!(pin(date), Err(Weak::Date), "{date}");
        }
        for common in [
            "147258",
            "159753",
            "789456",
            "102030",
            "314159",
            "0123456789",
            "147258369",
        ] {
            assert!(pin(common).is_err(), "{common}");
        }
    }

    #[test]
    fn ordinary_random_pins_pass() {
        for good in ["827193", "493816", "5820417", "73920461"] {
            assert_eq!(pin(good), Ok(()), "{good}");
        }
        // Not a date: month 13, day 32, February 30.
        assert_eq!(pin("321392"), Ok(()));
        assert_eq!(pin("301294"), Err(Weak::Date), "30/12/94 is a date");
        assert_eq!(pin("300294"), Ok(()), "30 February is not");
        // Seven digits are never read as a date.
        assert_eq!(pin("1503925"), Ok(()));
    }

    #[test]
    fn passwords_need_length_and_no_obvious_pattern() {
        assert_eq!(password("short"), Err(Weak::TooShort { min: 10 }));
        assert_eq!(password("aaaaaaaaaa"), Err(Weak::Repeated));
        assert_eq!(password("abcabcabca"), Err(Weak::Repeated));
        assert_eq!(password("abcdefghij"), Err(Weak::Sequence));
        assert_eq!(
            password("MotDePasse"),
            Err(Weak::Common),
            "case does not hide it"
        );
        assert_eq!(password("azertyuiop"), Err(Weak::Common));
        assert_eq!(password("йцукенгшщз"), Err(Weak::Common));
        assert_eq!(password("1234567890"), Err(Weak::Sequence));
        assert_eq!(password("chat bleu sous la pluie"), Ok(()));
        assert_eq!(
            password("кошка на крыше 7"),
            Ok(()),
            "Cyrillic counts by characters"
        );
        assert_eq!(
            password("8271934605"),
            Ok(()),
            "ten random digits are fine as a password"
        );
        assert_eq!(
            check_new(
                SecretKind::Password,
                "chat bleu sous la pluie",
                "chat bleu sous la pluis"
            ),
            Err(Weak::Mismatch)
        );
    }

    #[test]
    fn export_passwords_are_longer() {
        assert_eq!(
            check_export_password("chat bleu 7", "chat bleu 7"),
            Err(Weak::TooShort { min: 12 })
        );
        assert_eq!(
            check_export_password("chat bleu sous la pluie", "chat bleu sous la pluie"),
            Ok(())
        );
    }

    #[test]
    fn every_common_entry_is_needed() {
        for entry in COMMON {
            assert_eq!(
                entry.to_lowercase(),
                *entry,
                "{entry}: matched after lower-casing"
            );
            let (kind, min) = if entry.chars().all(|c| c.is_ascii_digit()) {
                (SecretKind::Pin, MIN_PIN_DIGITS)
            } else {
                (SecretKind::Password, MIN_PASSWORD_CHARS)
            };
            assert_eq!(
                check(kind, entry, min),
                Err(Weak::Common),
                "{entry}: another rule or the length refuses it already"
            );
        }
    }
}
