//! "Where am I?": search-as-you-type over arrondissements, communes and stations.

use super::text::{query_key, word_initials};
use super::{locations, Location};

/// Enough to fill a phone screen under the keyboard.
pub const SEARCH_LIMIT: usize = 8;

/// How well a key matches, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Match {
    Exact,
    /// The key starts with the query: "gare du" for "Gare du Nord".
    Prefix,
    /// Every query word starts a word of the key: "nord gare", "denis pleyel".
    Words,
}

/// Up to `limit` locations for what the user typed, in any case, with or without
/// accents, hyphens or "st" for "saint": best match first, then shortest name.
/// Every typed word must begin a word of the name, as in "pleyel" or "nord gare";
/// letters inside a word ("leyel") find nothing.
pub fn search(typed: &str, limit: usize) -> Vec<&'static Location> {
    let query = query_key(typed);
    if query.is_empty() {
        return Vec::new();
    }
    let words: Vec<&str> = query.split(' ').collect();
    // The commune names we bundle have lost their articles ("Courneuve",
    // "Lilas"), so "la courneuve" is also tried as "courneuve".
    let without_article = match words.split_first() {
        Some((first, rest)) if !rest.is_empty() && ["le", "la", "les", "l"].contains(first) => {
            Some((rest.join(" "), rest))
        }
        _ => None,
    };
    let initials = word_initials(&query);
    let stripped_initials = without_article
        .as_ref()
        .map_or(u64::MAX, |(q, _)| word_initials(q));
    let locations = locations();
    // The best `limit` so far, in order: short queries match hundreds of keys, and
    // a bounded insertion keeps std's sorts (kilobytes of wasm) out.
    let mut found: Vec<(Match, usize, usize)> = Vec::with_capacity(limit.min(locations.len()) + 1);
    for (index, location) in locations.iter().enumerate() {
        let has = |bits: u64| location.initials & bits == bits;
        if !has(initials) && !has(stripped_initials) {
            continue;
        }
        let stripped = without_article
            .as_ref()
            .and_then(|(query, words)| matching(location.key, query, words));
        let best = match (matching(location.key, &query, &words), stripped) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let Some(best) = best else { continue };
        let candidate = (best, location.key.len(), index);
        if found.len() == limit && found.last().is_none_or(|last| candidate >= *last) {
            continue;
        }
        let at = found
            .iter()
            .position(|kept| candidate < *kept)
            .unwrap_or(found.len());
        found.insert(at, candidate);
        found.truncate(limit);
    }
    found
        .into_iter()
        .map(|(_, _, index)| &locations[index])
        .collect()
}

fn matching(key: &str, query: &str, words: &[&str]) -> Option<Match> {
    let key = key.as_bytes();
    if key.starts_with(query.as_bytes()) {
        return Some(if key.len() == query.len() {
            Match::Exact
        } else {
            Match::Prefix
        });
    }
    words
        .iter()
        .all(|word| starts_a_word(key, word.as_bytes()))
        .then_some(Match::Words)
}

/// A plain loop: `str::contains` would set up a searcher for every key.
fn starts_a_word(key: &[u8], word: &[u8]) -> bool {
    key.starts_with(word)
        || key
            .iter()
            .enumerate()
            .any(|(i, &b)| b == b' ' && key[i + 1..].starts_with(word))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finder::LocationKind;

    fn first(typed: &str) -> &'static Location {
        search(typed, SEARCH_LIMIT)
            .first()
            .copied()
            .unwrap_or_else(|| panic!("nothing found for {typed:?}"))
    }

    fn names(typed: &str) -> Vec<&'static str> {
        search(typed, SEARCH_LIMIT).iter().map(|l| l.name).collect()
    }

    #[test]
    fn finds_the_big_stations_by_their_names() {
        assert_eq!(first("gare du nord").name, "Gare du Nord");
        assert_eq!(first("Gare du Nord").name, "Gare du Nord");
        assert_eq!(first("stalingrad").name, "Stalingrad");
        assert_eq!(first("STALINGRAD").name, "Stalingrad");
        assert_eq!(first("porte de la chapelle").name, "Porte de la Chapelle");
        assert_eq!(first("chatelet").name, "Châtelet");
        assert!(matches!(
            first("gare du nord").kind,
            LocationKind::Station { .. }
        ));
    }

    #[test]
    fn saint_denis_however_it_is_written() {
        for typed in [
            "saint-denis",
            "Saint Denis",
            "st denis",
            "ST-DENIS",
            "st-denis ",
            "SAINT–DENIS",
        ] {
            let found = names(typed);
            assert_eq!(
                &found[..2],
                ["Saint-Denis", "Saint-Denis"],
                "{typed:?}: {found:?}"
            );
        }
        let kinds: Vec<_> = search("st denis", 2).iter().map(|l| &l.kind).collect();
        assert!(kinds
            .iter()
            .any(|k| matches!(k, LocationKind::Commune { departement: 93 })));
        assert!(kinds
            .iter()
            .any(|k| matches!(k, LocationKind::Station { .. })));
    }

    #[test]
    fn exact_and_prefix_matches_come_first() {
        let found = names("gare de lyon");
        assert_eq!(found[0], "Gare de Lyon");
        let found = names("nord gare");
        assert_eq!(found[0], "Gare du Nord");
        assert!(names("pleyel").contains(&"Saint-Denis – Pleyel"));
    }

    #[test]
    fn a_word_being_typed_can_be_the_start_of_a_name() {
        assert!(names("st").contains(&"Stalingrad"), "{:?}", names("st"));
        assert!(names("stal").starts_with(&["Stalingrad"]));
    }

    #[test]
    fn arrondissements_by_number_or_postal_code() {
        for typed in ["paris 18", "Paris 18e", "18e", "18eme", "75018"] {
            assert_eq!(first(typed).name, "Paris 18e", "{typed:?}");
        }
        assert_eq!(first("paris 1").name, "Paris 1er");
        assert_eq!(first("Paris 1er").kind, LocationKind::Arrondissement(1));
    }

    #[test]
    fn communes_are_found_and_paris_is_not_one() {
        assert_eq!(
            first("Montreuil").kind,
            LocationKind::Commune { departement: 93 }
        );
        assert_eq!(first("aubervilliers").name, "Aubervilliers");
        assert_eq!(
            first("la courneuve").kind,
            LocationKind::Commune { departement: 93 }
        );
        assert_eq!(first("les lilas").name, "Lilas");
        assert_eq!(first("la defense").name, "La Défense");
        assert!(locations()
            .iter()
            .all(|l| !matches!(l.kind, LocationKind::Commune { departement: 75 })));
    }

    #[test]
    fn the_best_are_kept_in_order_whatever_the_limit() {
        let all = search("saint", usize::MAX);
        assert!(all.len() > 100);
        // Keys starting with "saint" (prefix matches) first, then those with a later
        // word starting with it; shorter keys first within each.
        let rank = |l: &Location| (!l.key.starts_with("saint"), l.key.len());
        for pair in all.windows(2) {
            assert!(
                rank(pair[0]) <= rank(pair[1]),
                "{:?} {:?}",
                pair[0].key,
                pair[1].key
            );
        }
        for limit in [1, 3, SEARCH_LIMIT] {
            assert_eq!(search("saint", limit), all[..limit]);
        }
        assert!(search("saint", 0).is_empty());
    }

    #[test]
    fn empty_or_unknown_queries_find_nothing_and_limits_hold() {
        assert!(search("", SEARCH_LIMIT).is_empty());
        assert!(search(" - ", SEARCH_LIMIT).is_empty());
        assert!(search("zzzz", SEARCH_LIMIT).is_empty());
        assert_eq!(search("a", 3).len(), 3);
        assert_eq!(search("saint", SEARCH_LIMIT).len(), SEARCH_LIMIT);
    }
}
