//! Numbers as each language writes them, and the weight a user types.
//!
//! Fluent's own number formatting ignores the locale (it would print 0.84 in French),
//! so figures that differ between languages are formatted here and passed as text:
//! see [`needs_text`].

use crate::lang::Lang;

/// `0.84` → `0,84` in French, Russian and Wolof, `0.84` in English; thousands are grouped
/// (`2 000`, with a no-break space; `2,000` in English). At most two decimals, without
/// trailing zeros.
pub fn format_number(value: f64, lang: Lang) -> String {
    let (decimal, group) = match lang {
        Lang::En => ('.', ','),
        // A plain no-break space: old Android fonts lack the narrow one.
        Lang::Fr | Lang::Ru | Lang::Wo => (',', '\u{a0}'),
    };
    let negative = value < 0.0;
    let hundredths = (value.abs() * 100.0).round() as u64;
    let whole = hundredths / 100;
    let fraction = hundredths % 100;

    let digits = whole.to_string();
    let mut out = String::with_capacity(digits.len() + 6);
    if negative && hundredths != 0 {
        out.push('-');
    }
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(group);
        }
        out.push(digit);
    }
    if fraction != 0 {
        out.push(decimal);
        if fraction.is_multiple_of(10) {
            out.push_str(&(fraction / 10).to_string());
        } else {
            out.push_str(&format!("{fraction:02}"));
        }
    }
    out
}

/// Whole numbers below 1000 read the same in every language here, so they go to Fluent
/// as numbers (which its plural rules can select on); any other number is formatted
/// with [`format_number`] and goes as text.
pub fn needs_text(value: f64) -> bool {
    value.fract() != 0.0 || value.abs() >= 1000.0
}

/// What the user typed in the weight field, in milligrams: digits with a comma or a
/// point, spaces ignored, an optional `mg`. Anything else is NaN, which the estimator
/// turns into [`WeightError::NotANumber`](super::WeightError::NotANumber).
pub fn parse_weight(text: &str) -> f64 {
    let mut cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_lowercase();
    for unit in ["mg", "мг"] {
        if let Some(stripped) = cleaned.strip_suffix(unit) {
            cleaned = stripped.to_string();
        }
    }
    let cleaned = cleaned.replace(',', ".");
    let well_formed = !cleaned.is_empty()
        && cleaned.chars().filter(|c| *c == '.').count() <= 1
        && cleaned
            .trim_start_matches(['-', '+'])
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.')
        && cleaned.chars().any(|c| c.is_ascii_digit());
    if well_formed {
        cleaned.parse().unwrap_or(f64::NAN)
    } else {
        f64::NAN
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_follow_the_language() {
        assert_eq!(format_number(0.84, Lang::Fr), "0,84");
        assert_eq!(format_number(0.84, Lang::Ru), "0,84");
        assert_eq!(format_number(0.84, Lang::Wo), "0,84");
        assert_eq!(format_number(0.84, Lang::En), "0.84");
        assert_eq!(format_number(0.3, Lang::Fr), "0,3");
        assert_eq!(format_number(148.5, Lang::En), "148.5");
        assert_eq!(format_number(148.0, Lang::Fr), "148");
        assert_eq!(format_number(0.0, Lang::Fr), "0");
        assert_eq!(format_number(0.005, Lang::Fr), "0,01");
        assert_eq!(format_number(12.345678, Lang::Fr), "12,35");
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(format_number(2000.0, Lang::Fr), "2\u{a0}000");
        assert_eq!(format_number(2000.0, Lang::En), "2,000");
        assert_eq!(format_number(1140.5, Lang::Ru), "1\u{a0}140,5");
        assert_eq!(format_number(999.0, Lang::En), "999");
        assert_eq!(format_number(1234567.0, Lang::En), "1,234,567");
        assert_eq!(format_number(-1200.0, Lang::En), "-1,200");
    }

    #[test]
    fn only_numbers_that_differ_between_languages_go_as_text() {
        assert!(!needs_text(144.0));
        assert!(!needs_text(0.0));
        assert!(!needs_text(999.0));
        assert!(needs_text(1000.0));
        assert!(needs_text(0.84));
        assert!(needs_text(148.5));
    }

    #[test]
    fn weights_typed_with_comma_point_spaces_or_unit() {
        assert_eq!(parse_weight("148"), 148.0);
        assert_eq!(parse_weight(" 148,5 "), 148.5);
        assert_eq!(parse_weight("148.5"), 148.5);
        assert_eq!(parse_weight("1 500"), 1500.0);
        assert_eq!(parse_weight("150 mg"), 150.0);
        assert_eq!(parse_weight("150MG"), 150.0);
        assert_eq!(parse_weight("150 мг"), 150.0);
        assert_eq!(parse_weight("-3"), -3.0);
        assert_eq!(parse_weight(",5"), 0.5);
    }

    #[test]
    fn anything_else_is_not_a_number() {
        for text in [
            "", " ", "abc", "1,2,3", "1.2.3", "12g", "mg", "-", "1e3", "0x10", "NaN", "inf",
        ] {
            assert!(parse_weight(text).is_nan(), "{text:?}");
        }
    }

    #[test]
    fn parsed_weights_reach_the_estimator() {
        use crate::facts::{estimate, WeightError};
        assert_eq!(estimate(parse_weight("148")).unwrap().typical_mg, 84);
        assert_eq!(
            estimate(parse_weight("beaucoup")),
            Err(WeightError::NotANumber)
        );
        assert_eq!(estimate(parse_weight("0")), Err(WeightError::NotPositive));
        assert_eq!(estimate(parse_weight("5000")), Err(WeightError::TooHeavy));
    }
}
