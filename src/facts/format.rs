//! Which figures go to Fluent as text, and the weight a user types.
//!
//! Fluent's own number formatting ignores the locale (it would print 0.84 in French),
//! so figures that differ between languages are formatted by
//! [`format_number`](crate::number::format_number) and passed as text: see [`needs_text`].

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
