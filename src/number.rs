//! Numbers and money as each language writes them, and the euros a user types: written
//! once for the facts' figures, the finder's distances and the diary's spending.

use crate::lang::Lang;

/// A point in English, a comma in French, Russian and Wolof.
pub fn decimal_separator(lang: Lang) -> char {
    match lang {
        Lang::En => '.',
        Lang::Fr | Lang::Ru | Lang::Wo => ',',
    }
}

fn group_separator(lang: Lang) -> char {
    match lang {
        Lang::En => ',',
        // A plain no-break space: old Android fonts lack the narrow one.
        Lang::Fr | Lang::Ru | Lang::Wo => '\u{a0}',
    }
}

/// `0.84` → `0,84` in French, Russian and Wolof, `0.84` in English; thousands are grouped
/// (`2 000`, with a no-break space; `2,000` in English). At most two decimals, without
/// trailing zeros.
pub fn format_number(value: f64, lang: Lang) -> String {
    let (decimal, group) = (decimal_separator(lang), group_separator(lang));
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

/// One decimal, always shown: "1,2" or "1.2", "3,0".
pub fn one_decimal(value: f64, lang: Lang) -> String {
    let tenths = (value * 10.0).round() as u64;
    format!("{}{}{}", tenths / 10, decimal_separator(lang), tenths % 10)
}

/// Euros of `cents` without the sign: "12,50" or "12.50"; whole euros without decimals.
pub fn euro_number(cents: u64, lang: Lang) -> String {
    let (whole, rest) = (cents / 100, cents % 100);
    if rest == 0 {
        whole.to_string()
    } else {
        format!("{whole}{}{rest:02}", decimal_separator(lang))
    }
}

/// The most a money field takes, in cents; each field has its own lower ceiling.
const MAX_TYPED_CENTS: u64 = 100_000_000;

/// Euros typed in a field, in cents: "12", "12,5", "12.50", spaces ignored ("1 000"), at
/// most two decimals. Anything else (a sign, "1e3", "12,345", a second separator) is
/// `None`, as [`parse_weight`](crate::facts::format::parse_weight) refuses it for weights.
pub fn parse_euros(text: &str) -> Option<u32> {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let (whole, fraction) = cleaned.split_once([',', '.']).unwrap_or((&cleaned, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty())
        || !digits(whole)
        || !digits(fraction)
        || whole.len() > 9
        || fraction.len() > 2
    {
        return None;
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let fraction: u64 = format!("{fraction:0<2}").parse().ok()?;
    let cents = whole * 100 + fraction;
    (cents <= MAX_TYPED_CENTS).then_some(cents as u32)
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
    fn one_decimal_is_always_shown() {
        assert_eq!(one_decimal(1.24, Lang::Fr), "1,2");
        assert_eq!(one_decimal(1.25, Lang::En), "1.3");
        assert_eq!(one_decimal(3.0, Lang::Ru), "3,0");
        assert_eq!(one_decimal(9.94, Lang::Wo), "9,9");
    }

    #[test]
    fn euros_drop_zero_cents_and_follow_the_language() {
        assert_eq!(euro_number(1250, Lang::Fr), "12,50");
        assert_eq!(euro_number(1250, Lang::En), "12.50");
        assert_eq!(euro_number(1205, Lang::Ru), "12,05");
        assert_eq!(euro_number(1200, Lang::Wo), "12");
        assert_eq!(euro_number(0, Lang::Fr), "0");
    }

    #[test]
    fn euros_typed_with_comma_point_or_spaces() {
        assert_eq!(parse_euros("12"), Some(1200));
        assert_eq!(parse_euros(" 12,5 "), Some(1250));
        assert_eq!(parse_euros("12.50"), Some(1250));
        assert_eq!(parse_euros("12,05"), Some(1205));
        assert_eq!(parse_euros("12."), Some(1200));
        assert_eq!(parse_euros(",5"), Some(50));
        assert_eq!(parse_euros("1 000"), Some(100_000));
        assert_eq!(parse_euros("1\u{a0}000,99"), Some(100_099));
        assert_eq!(parse_euros("0"), Some(0));
        assert_eq!(parse_euros("1000000"), Some(100_000_000));
    }

    #[test]
    fn anything_else_is_not_euros() {
        for text in [
            "",
            " ",
            ",",
            "abc",
            "12€",
            "-5",
            "+5",
            "1e3",
            "12,345",
            "1,2,3",
            "1.2.3",
            "inf",
            "NaN",
            "0x10",
            "1000000,01",
            "9999999999",
        ] {
            assert_eq!(parse_euros(text), None, "{text:?}");
        }
    }

    #[test]
    fn what_we_write_reads_back() {
        for lang in Lang::ALL {
            for cents in [0, 5, 50, 99, 100, 1250, 99_999] {
                assert_eq!(parse_euros(&euro_number(cents, lang)), Some(cents as u32));
            }
        }
    }
}
