//! FINESS names, addresses and towns made readable: "36 R DUSSOUBS" → "36 rue Dussoubs".

use crate::shapes::Shape;
use finder_common::text::search_key;

/// FINESS street-type codes (`typvoie`) and the words they stand for.
pub const STREET_TYPES: &[(&str, &str)] = &[
    ("ALL", "allée"),
    ("AV", "avenue"),
    ("BD", "boulevard"),
    ("CAR", "carrefour"),
    ("CHE", "chemin"),
    ("CHS", "chaussée"),
    ("CITE", "cité"),
    ("CRS", "cours"),
    ("DOM", "domaine"),
    ("ESP", "esplanade"),
    ("FG", "faubourg"),
    ("HAM", "hameau"),
    ("IMP", "impasse"),
    ("LD", "lieu-dit"),
    ("PAS", "passage"),
    ("PL", "place"),
    ("PRO", "promenade"),
    ("PRV", "parvis"),
    ("QU", "quai"),
    ("QUA", "quartier"),
    ("R", "rue"),
    ("RES", "résidence"),
    ("RPT", "rond-point"),
    ("RTE", "route"),
    ("RUE", "rue"),
    ("SEN", "sentier"),
    ("SQ", "square"),
    ("VOI", "voie"),
];

/// Words FINESS abbreviates inside names: "ST DENIS", "CTRE PENITENTIAIRE".
const WORD_ABBREVIATIONS: &[(&str, &str)] =
    &[("ST", "Saint"), ("STE", "Sainte"), ("CTRE", "Centre")];

/// Acronyms that stay in capitals (CAARRUD is how FINESS misspells one name).
const ACRONYMS: &[&str] = &[
    "AIDES", "ANPAA", "AP-HP", "APS", "BP", "CAARRUD", "CAARUD", "CEDAT", "CEDEX", "CH", "CHIPS",
    "CHU", "CILDT", "CMP", "CSAPA", "EGO", "JET", "MA", "PPMU", "SCMR", "UDSM",
];

/// Small words written in lower case inside a name.
const PARTICLES: &[&str] = &[
    "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "sous", "sur",
];

/// "36 R DUSSOUBS" → "36 rue Dussoubs"; "8 R B CASSINI" → "8 bis rue Cassini"
/// (FINESS writes the repetition index B/T/Q after the street type). Accents that
/// FINESS dropped cannot be put back; lines stay separated by " | " in the source
/// and by ", " here.
pub fn display_address(raw: &str) -> String {
    raw.split('|')
        .map(display_address_line)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn display_address_line(raw: &str) -> String {
    let mut words: Vec<&str> = raw.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    if words
        .first()
        .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
    {
        out.push(words.remove(0).trim_start_matches('0').to_string());
        // "40 TER RUE MARCEAU", or the FINESS order "8 R B CASSINI".
        let at = match words.get(1) {
            Some(&second) if street_type(second).is_some() => 0,
            _ if words.len() > 2 && street_type(words[0]).is_some() => 1,
            _ => usize::MAX,
        };
        if let Some(index) = words.get(at).and_then(|w| repetition_index(w)) {
            out.push(index.to_string());
            words.remove(at);
        }
    }
    if let Some(kind) = words.first().and_then(|w| street_type(w)) {
        out.push(kind.to_string());
        words.remove(0);
        // "CHE CHEMIN DES BOURGOGNES": the type written twice.
        if words
            .first()
            .is_some_and(|w| street_type(w) == Some(kind) || w.to_lowercase() == kind)
        {
            words.remove(0);
        }
    }
    let rest = title_case(&words.join(" "), false);
    if !rest.is_empty() {
        out.push(rest);
    }
    out.join(" ")
}

/// The "indice de répétition" after a street number.
fn repetition_index(word: &str) -> Option<&'static str> {
    match word {
        "B" | "BIS" => Some("bis"),
        "T" | "TER" => Some("ter"),
        "Q" | "QUATER" => Some("quater"),
        _ => None,
    }
}

fn street_type(word: &str) -> Option<&'static str> {
    STREET_TYPES
        .iter()
        .find(|(code, _)| *code == word)
        .map(|(_, full)| *full)
}

/// "CSAPA LA CORDEE" → "CSAPA La Cordee", "CAARUD ESPOIR GOUTTE D'OR - EGO" →
/// "CAARUD Espoir Goutte d'Or - EGO".
pub fn display_name(raw: &str) -> String {
    let mut words = Vec::new();
    for word in raw.split_whitespace() {
        // "BRY S/MARNE"
        match word.strip_prefix("S/") {
            Some(rest) => {
                words.push("sur");
                words.push(rest);
            }
            None => words.push(word),
        }
    }
    title_case(&words.join(" "), true)
}

/// The official commune name when the FINESS town is one ("ST GERMAIN EN LAYE" →
/// "Saint-Germain-en-Laye", "EVRY CEDEX" → "Évry"), else the town in title case.
/// The commune file drops leading articles ("Blanc-Mesnil"); FINESS keeps them, so
/// "LE BLANC MESNIL" gives "Le Blanc-Mesnil".
pub fn display_town(raw: &str, departement: u8, communes: &[Shape]) -> String {
    let key = search_key(raw);
    let words: Vec<&str> = key
        .split(' ')
        .filter(|w| *w != "cedex" && !w.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let prefix = format!("{departement:02}");
    let commune = |wanted: &[&str]| {
        let wanted = wanted.join(" ");
        communes
            .iter()
            .find(|c| c.code.starts_with(&prefix) && search_key(&c.name) == wanted)
            .map(|c| c.name.clone())
    };
    let article = match words.first() {
        Some(&"le") => "Le ",
        Some(&"la") => "La ",
        Some(&"les") => "Les ",
        _ => "",
    };
    commune(&words)
        .or_else(|| {
            (!article.is_empty())
                .then(|| commune(&words[1..]))
                .flatten()
                .map(|name| format!("{article}{name}"))
        })
        .unwrap_or_else(|| title_case(raw, true))
}

/// Capitalises each word, keeping acronyms, words with digits or dots, and lower
/// case particles. After an acronym (the kind of structure), an article starts a
/// proper name: "CSAPA LA TERRASSE" → "CSAPA La Terrasse".
fn title_case(raw: &str, capitalise_first: bool) -> String {
    // FINESS drops apostrophes ("BOIS D ARCY") or spaces after them ("L' AGORA").
    let mut words: Vec<String> = Vec::new();
    let mut elided = None;
    for word in raw.split_whitespace() {
        match word {
            "D" | "L" | "D'" | "L'" => elided = Some(&word[..1]),
            _ => words.push(match elided.take() {
                Some(letter) => format!("{letter}'{word}"),
                None => word.to_string(),
            }),
        }
    }
    words.extend(elided.map(str::to_string));
    let mut out = Vec::new();
    let mut after_acronym = false;
    for (i, word) in words.iter().map(String::as_str).enumerate() {
        if ACRONYMS.contains(&word) || word.contains(|c: char| c.is_ascii_digit() || c == '.') {
            out.push(word.to_string());
            after_acronym = ACRONYMS.contains(&word);
            continue;
        }
        let starts_name = (i == 0 && capitalise_first)
            || (after_acronym
                && ["LA", "LE", "LES", "L'"]
                    .iter()
                    .any(|a| word.starts_with(a)));
        out.push(title_word(word, starts_name));
        after_acronym = false;
    }
    out.join(" ")
}

/// One word, hyphenated parts and elisions included: "ST-DENIS" → "Saint-Denis",
/// "D'ARMAILLE" → "d'Armaille".
fn title_word(word: &str, starts_name: bool) -> String {
    let mut parts = Vec::new();
    for (i, part) in word.split('-').enumerate() {
        let first = starts_name && i == 0;
        let text = match part.split_once('\'') {
            Some((elided, rest)) => {
                let elided = if first {
                    capitalise(elided)
                } else {
                    elided.to_lowercase()
                };
                format!("{elided}'{}", capitalise_word(rest, true))
            }
            None => capitalise_word(part, first || i > 0 && !is_particle(part)),
        };
        parts.push(text);
    }
    parts.join("-")
}

fn capitalise_word(word: &str, force: bool) -> String {
    if let Some((_, full)) = WORD_ABBREVIATIONS.iter().find(|(short, _)| *short == word) {
        return full.to_string();
    }
    if !force && is_particle(word) {
        word.to_lowercase()
    } else {
        capitalise(word)
    }
}

fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word.to_lowercase().as_str())
}

/// Upper-cases the first letter, after any opening quote or bracket.
fn capitalise(word: &str) -> String {
    let lower = word.to_lowercase();
    match lower.find(char::is_alphanumeric) {
        Some(at) => {
            let (before, rest) = lower.split_at(at);
            let mut chars = rest.chars();
            let first = chars.next().into_iter().flat_map(char::to_uppercase);
            before.chars().chain(first).chain(chars).collect()
        }
        None => lower,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shapes::square;

    #[test]
    fn street_types_expand() {
        for (raw, readable) in [
            ("36 R DUSSOUBS", "36 rue Dussoubs"),
            ("9 AV JULES VALLES", "9 avenue Jules Valles"),
            ("35 BD GAMBETTA", "35 boulevard Gambetta"),
            ("12 ALL GASTON BACHELARD", "12 allée Gaston Bachelard"),
            ("6 PL RUTEBEUF", "6 place Rutebeuf"),
            ("3 QU D'AUSTERLITZ", "3 quai d'Austerlitz"),
            ("14 RTE DE MONTEREAU", "14 route de Montereau"),
            ("2 CHE CHEMIN DES BOURGOGNES", "2 chemin des Bourgognes"),
            (
                "200 R DU FAUBOURG ST-DENIS",
                "200 rue du Faubourg Saint-Denis",
            ),
            ("08 R MARCADET", "8 rue Marcadet"),
            ("ALL RAIMU", "allée Raimu"),
        ] {
            assert_eq!(display_address(raw), readable);
        }
        for (code, _) in STREET_TYPES {
            assert_eq!(code.to_uppercase(), *code);
        }
    }

    #[test]
    fn repetition_indexes_and_extra_lines() {
        assert_eq!(display_address("8 R B CASSINI"), "8 bis rue Cassini");
        assert_eq!(display_address("64 R T DE MEAUX"), "64 ter rue de Meaux");
        assert_eq!(display_address("40 TER RUE MARCEAU"), "40 ter rue Marceau");
        assert_eq!(display_address("25 RTE B D EGLY"), "25 bis route d'Egly");
        assert_eq!(
            display_address("R SAINT FIACRE | BP 218"),
            "rue Saint Fiacre, BP 218"
        );
        assert_eq!(
            display_address("110 GRAND PLACE DE L' AGORA"),
            "110 Grand Place de l'Agora"
        );
        // A street named with a single letter is not mistaken for "bis".
        assert_eq!(display_address("3 R B"), "3 rue B");
    }

    #[test]
    fn names_in_readable_case() {
        for (raw, readable) in [
            ("CSAPA LA CORDEE", "CSAPA La Cordee"),
            (
                "CAARUD ESPOIR GOUTTE D'OR - EGO",
                "CAARUD Espoir Goutte d'Or - EGO",
            ),
            ("CSAPA  MONCEAU", "CSAPA Monceau"),
            ("CAARUD KALEÏDOSCOPE", "CAARUD Kaleïdoscope"),
            ("CAARUD R.V.H SUD 77", "CAARUD R.V.H Sud 77"),
            (
                "CSAPA ANPAA 77 - DAMMARIE LES LYS",
                "CSAPA ANPAA 77 - Dammarie les Lys",
            ),
            (
                "CSAPA  CTRE PENITENTIAIRE BOIS D'ARCY",
                "CSAPA Centre Penitentiaire Bois d'Arcy",
            ),
            ("CSAPA REGAIN - BRY S/MARNE", "CSAPA Regain - Bry sur Marne"),
            (
                "CSAPA SPECIALISE DU CH DES 4 VILLES",
                "CSAPA Specialise du CH des 4 Villes",
            ),
            ("CSAPA AP-HP HOPITAL", "CSAPA AP-HP Hopital"),
            ("LA TERRASSE", "La Terrasse"),
        ] {
            assert_eq!(display_name(raw), readable);
        }
    }

    #[test]
    fn towns_take_the_official_commune_name() {
        let communes = vec![
            square("78551", 2.0, 48.8, 2.1, 48.9),
            square("93007", 2.4, 48.9, 2.5, 49.0),
            square("91228", 2.4, 48.6, 2.5, 48.7),
        ];
        let name = |mut shape: Shape, name: &str| {
            shape.name = name.to_string();
            shape
        };
        let communes: Vec<Shape> = communes
            .into_iter()
            .zip(["Saint-Germain-en-Laye", "Blanc-Mesnil", "Évry"])
            .map(|(s, n)| name(s, n))
            .collect();
        assert_eq!(
            display_town("ST GERMAIN EN LAYE ", 78, &communes),
            "Saint-Germain-en-Laye"
        );
        assert_eq!(
            display_town("LE BLANC MESNIL", 93, &communes),
            "Le Blanc-Mesnil"
        );
        assert_eq!(display_town("EVRY CEDEX", 91, &communes), "Évry");
        assert_eq!(display_town("EVRY CEDEX", 93, &communes), "Evry CEDEX");
        assert_eq!(display_town("PARIS", 75, &communes), "Paris");
    }
}
