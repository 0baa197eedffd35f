//! Search keys: the folded form in which names are stored and queries compared.
//! The data generator (`finder-data`) uses it too, to match FINESS town names with the
//! communes'.

/// Lower case without accents, every run of punctuation, hyphens or spaces as one
/// space, and `st`/`ste` spelled out, so "St-Denis", "saint denis" and "SAINT–DENIS"
/// all give "saint denis".
pub fn search_key(text: &str) -> String {
    fold(text, true)
}

/// Like [`search_key`], but a last word still being typed is left alone: "st" may
/// be the start of "Stalingrad", and only "st " or "st denis" mean "saint".
pub fn query_key(text: &str) -> String {
    let last_word_complete =
        text.ends_with(|c: char| !c.is_ascii_alphanumeric() && lower_letter(c).is_none());
    fold(text, last_word_complete)
}

/// A filter of how the words of a key begin: the low 32 bits hold a bit for
/// each word's first character (a–z one each, digits sharing five, anything else
/// one more), the high 32 a hash of each word's first two bytes. Search skips a
/// location at once when the query's bits are not all among its own.
pub fn word_initials(key: &str) -> u64 {
    key.split(' ')
        .map(str::as_bytes)
        .filter(|word| !word.is_empty())
        .fold(0, |bits, word| {
            let first = match word[0] {
                c @ b'a'..=b'z' => c - b'a',
                c @ b'0'..=b'9' => 26 + (c - b'0') % 5,
                _ => 31,
            };
            let pair = word.get(1).map_or(0, |&second| {
                1 << (32 + (word[0] as u32 * 31 + second as u32) % 32)
            });
            bits | 1 << first | pair
        })
}

fn fold(text: &str, expand_last_word: bool) -> String {
    let mut plain = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'a'..='z' | '0'..='9' => plain.push(c),
            'A'..='Z' => plain.push(c.to_ascii_lowercase()),
            _ => match lower_letter(c) {
                Some(c) => match unaccent(c) {
                    Some(letters) => plain.push_str(letters),
                    None => plain.push(c),
                },
                None => plain.push(' '),
            },
        }
    }
    let words: Vec<&str> = plain.split(' ').filter(|w| !w.is_empty()).collect();
    let mut key = String::with_capacity(plain.len() + 8);
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            key.push(' ');
        }
        let expandable = expand_last_word || i + 1 < words.len();
        key.push_str(match *word {
            "st" if expandable => "saint",
            "ste" if expandable => "sainte",
            other => other,
        });
    }
    key
}

/// A character outside ASCII as a lower-case letter or digit, or `None` for
/// punctuation, symbols and spaces. Written out for the scripts people here type
/// (Latin, Greek, Cyrillic) instead of `char::to_lowercase` and
/// `char::is_alphanumeric`, whose Unicode tables would cost the wasm about 7 KB
/// gzipped; characters of other scripts count as letters, kept as they are.
fn lower_letter(c: char) -> Option<char> {
    let code = c as u32;
    let lower = match code {
        // ASCII punctuation (fold handles letters and digits), Latin-1 punctuation
        // and symbols, no-break space, × and ÷.
        0..=0xBF | 0xD7 | 0xF7 => return None,
        // General punctuation (dashes, quotes, zero-width spaces), symbols, arrows,
        // CJK and full-width punctuation, variation selectors, byte order mark, emoji.
        0x2000..=0x2BFF
        | 0x3000..=0x303F
        | 0xFE00..=0xFE6F
        | 0xFEFF
        | 0xFF00..=0xFF0F
        | 0x1F000..=0x1FAFF => return None,
        0xC0..=0xDE => code + 0x20,
        // Latin Extended-A pairs capitals with the next code point, from even or
        // from odd code points depending on the range; Ÿ is alone.
        0x100..=0x137 | 0x14A..=0x177 if code.is_multiple_of(2) => code + 1,
        0x139..=0x148 | 0x179..=0x17E if !code.is_multiple_of(2) => code + 1,
        0x178 => 0xFF,
        0x391..=0x3A9 => code + 0x20,
        0x400..=0x40F => code + 0x50,
        0x410..=0x42F => code + 0x20,
        _ => code,
    };
    char::from_u32(lower)
}

/// Plain letters for the accented ones French place names use (`c` is lower
/// case); other letters are kept as they are.
fn unaccent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => "a",
        'ç' => "c",
        'é' | 'è' | 'ê' | 'ë' => "e",
        'î' | 'ï' | 'í' | 'ì' => "i",
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' => "o",
        'ù' | 'û' | 'ü' | 'ú' => "u",
        'ÿ' => "y",
        'ñ' => "n",
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_punctuation() {
        assert_eq!(search_key("Châtelet-Les Halles"), "chatelet les halles");
        assert_eq!(search_key("Saint-Denis – Pleyel"), "saint denis pleyel");
        assert_eq!(search_key("L'Île-Saint-Denis"), "l ile saint denis");
        assert_eq!(search_key("  Gare   du NORD "), "gare du nord");
        assert_eq!(search_key("Cœur"), "coeur");
        assert_eq!(search_key("Paris 10e"), "paris 10e");
    }

    #[test]
    fn saint_abbreviations_are_spelled_out() {
        assert_eq!(search_key("ST DENIS"), "saint denis");
        assert_eq!(
            search_key("Ste-Geneviève-des-Bois"),
            "sainte genevieve des bois"
        );
        assert_eq!(query_key("st denis"), "saint denis");
        assert_eq!(query_key("st-"), "saint");
    }

    #[test]
    fn a_word_being_typed_is_not_expanded() {
        assert_eq!(query_key("st"), "st");
        assert_eq!(query_key("Ste"), "ste");
        assert_eq!(query_key("rue st"), "rue st");
    }

    #[test]
    fn initials_cover_every_word() {
        assert_eq!(
            word_initials("gare du nord") as u32,
            1 << 6 | 1 << 3 | 1 << 13
        );
        assert_eq!((word_initials("gare du nord") >> 32).count_ones(), 3);
        assert_eq!(word_initials(""), 0);
        let paris_18 = word_initials("paris 18e 75018");
        assert_eq!(paris_18 & word_initials("75018"), word_initials("75018"));
        assert_ne!(word_initials("москва"), 0);
    }

    #[test]
    fn other_scripts_are_kept_lowercased() {
        assert_eq!(search_key("Москва"), "москва");
        assert_eq!(search_key("ЁЛКИ Ёлки"), "ёлки ёлки");
        assert_eq!(search_key("ΑΘΗΝΑ"), "αθηνα");
        assert_eq!(search_key("Ŋ ŋ Ğ"), "ŋ ŋ ğ");
    }

    #[test]
    fn capitals_accents_and_odd_spaces_fold_like_std() {
        assert_eq!(search_key("ÉVRY–COURCOURONNES"), "evry courcouronnes");
        assert_eq!(
            search_key("ŒUVRE L’HAŸ-LES-ROSES"),
            "oeuvre l hay les roses"
        );
        assert_eq!(search_key("Anna de Noailles\u{200b}"), "anna de noailles");
        assert_eq!(search_key("a\u{a0}b «c» 1×2 ½"), "a b c 1 2");
        // Every Latin-1 and Latin Extended-A letter lowercases as std does.
        for c in ('\u{c0}'..='\u{17f}').filter(|c| c.is_alphabetic()) {
            let std_lower: String = c.to_lowercase().collect();
            let ours = lower_letter(c).map(String::from);
            if c != 'İ' && c != 'ŉ' {
                assert_eq!(ours.as_deref(), Some(std_lower.as_str()), "{c}");
            }
        }
    }
}
