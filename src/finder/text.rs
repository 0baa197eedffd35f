//! Search keys: the folded form in which names are stored and queries compared.
//! build.rs compiles this file too, so that stored keys and typed queries fold alike.

/// Lower case without accents, every run of punctuation, hyphens or spaces as one
/// space, and `st`/`ste` spelled out, so "St-Denis", "saint denis" and "SAINT–DENIS"
/// all give "saint denis".
pub fn search_key(text: &str) -> String {
    fold(text, true)
}

/// Like [`search_key`], but a last word still being typed is left alone: "st" may
/// be the start of "Stalingrad", and only "st " or "st denis" mean "saint".
pub fn query_key(text: &str) -> String {
    let last_word_complete = text.ends_with(|c: char| !c.is_alphanumeric());
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
            _ if c.is_alphanumeric() => match unaccent(c) {
                Some(letters) => plain.push_str(letters),
                None => plain.extend(c.to_lowercase()),
            },
            _ => plain.push(' '),
        }
    }
    let words: Vec<&str> = plain.split_whitespace().collect();
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

/// Plain letters for the accented ones French place names use; other letters are
/// kept as they are, lowercased.
fn unaccent(c: char) -> Option<&'static str> {
    Some(match c.to_lowercase().next().unwrap_or(c) {
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
    }
}
