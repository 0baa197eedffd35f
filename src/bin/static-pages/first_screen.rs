//! The texts `index.html` shows before the wasm: its static first screen in every language
//! (a small inline script puts the chosen language's in place before the first paint,
//! tools/shell-script.mjs), and the service worker's page for a damaged file. Resolved here,
//! through `fluent-bundle` like the guide, so the build has one Fluent resolver; written
//! as `shell-texts.json` for tools/post-build.mjs, which takes it out of the build.

use super::l10n::Texts;
use fluent_bundle::FluentArgs;
use repere::lang::Lang;
use serde_json::{json, Map, Value};
use std::fs;
use std::path::Path;

const INDEX_HTML: &str = include_str!("../../../index.html");
const FILE_NAME: &str = "shell-texts.json";
/// What the worker's page for a damaged file says (`title`, `text`, `reload`).
const WORKER_TEXTS: [(&str, &str); 3] = [
    ("title", "crash-title"),
    ("text", "sw-offline-text"),
    ("reload", "crash-reload"),
];

/// A text of the static first screen: a `data-l10n` (or `data-l10n-aria-label`) attribute,
/// with the `data-l10n-count` its message is rendered with.
#[derive(Debug, PartialEq)]
struct Placed {
    id: String,
    count: Option<u32>,
    /// The tag's own text (for `data-l10n`) or its `aria-label`, as the page has it.
    french: String,
}

fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    Some(&tag[start..start + tag[start..].find('"')?])
}

/// Every text of the static first screen, in page order.
fn placed(html: &str) -> Result<Vec<Placed>, String> {
    let mut found = vec![];
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        let after = &rest[open..];
        let close = after.find('>').ok_or("index.html: a tag is not closed")?;
        let tag = &after[..close];
        rest = &after[close + 1..];
        let (id, french) = if let Some(id) = attribute(tag, "data-l10n") {
            (id, rest[..rest.find('<').unwrap_or(rest.len())].to_owned())
        } else if let Some(id) = attribute(tag, "data-l10n-aria-label") {
            let label = attribute(tag, "aria-label")
                .ok_or_else(|| format!("index.html: {id} has no aria-label"))?;
            (id, label.to_owned())
        } else {
            continue;
        };
        let count = attribute(tag, "data-l10n-count")
            .map(|count| {
                count
                    .parse()
                    .map_err(|_| format!("index.html: {id}: data-l10n-count={count:?}"))
            })
            .transpose()?;
        found.push(Placed {
            id: id.to_owned(),
            count,
            french,
        });
    }
    if found.len() < 12 {
        return Err(format!(
            "index.html: only {} data-l10n texts found on the static first screen",
            found.len()
        ));
    }
    Ok(found)
}

fn render(texts: &Texts, text: &Placed) -> Result<String, String> {
    match text.count {
        Some(count) => {
            let mut args = FluentArgs::new();
            args.set("count", count);
            texts.get_with(&text.id, &args)
        }
        None => texts.get(&text.id),
    }
}

/// `{ "firstScreen": { lang: { id: text } }, "worker": { lang: { title, text, reload } } }`;
/// French is left out of the first screen's, which the page already shows.
fn resolve_all() -> Result<Value, String> {
    let placed = placed(INDEX_HTML)?;
    let mut first_screen = Map::new();
    let mut worker = Map::new();
    for lang in Lang::ALL {
        let texts = Texts::load(lang)?;
        if lang != Lang::Fr {
            let mut shown = Map::new();
            for text in &placed {
                shown.insert(text.id.clone(), render(&texts, text)?.into());
            }
            first_screen.insert(lang.code().to_owned(), shown.into());
        }
        let mut page = Map::new();
        for (key, id) in WORKER_TEXTS {
            page.insert(key.to_owned(), texts.get(id)?.into());
        }
        worker.insert(lang.code().to_owned(), page.into());
    }
    Ok(json!({ "firstScreen": first_screen, "worker": worker }))
}

pub fn write(dir: &Path) -> Result<String, String> {
    let path = dir.join(FILE_NAME);
    fs::write(&path, resolve_all()?.to_string()).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(format!(
        "{FILE_NAME} (first screen and worker page, 4 languages)"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_static_first_screen_says_what_the_app_says_in_french() {
        let texts = Texts::load(Lang::Fr).unwrap();
        let placed = placed(INDEX_HTML).unwrap();
        for text in &placed {
            assert_eq!(
                text.french,
                render(&texts, text).unwrap(),
                "index.html: {}",
                text.id
            );
        }
        assert!(placed.iter().any(|text| text.id == "leave-now"));
        assert!(placed.iter().any(|text| text.count.is_some()));
    }

    #[test]
    fn the_one_survey_figure_on_the_first_screen_is_the_surveys() {
        let counted: Vec<_> = placed(INDEX_HTML)
            .unwrap()
            .into_iter()
            .filter_map(|text| text.count)
            .collect();
        assert_eq!(counted, [repere::facts::ROCKS_ANALYSED]);
    }

    #[test]
    fn every_language_gets_every_text_with_its_own_plural() {
        let all = resolve_all().unwrap();
        let ids: Vec<_> = placed(INDEX_HTML)
            .unwrap()
            .into_iter()
            .map(|t| t.id)
            .collect();
        for code in ["en", "ru", "wo"] {
            let shown = all["firstScreen"][code].as_object().unwrap();
            assert_eq!(shown.len(), ids.len(), "{code}");
            for id in &ids {
                assert!(!shown[id].as_str().unwrap().is_empty(), "{code}: {id}");
            }
        }
        assert!(all["firstScreen"].get("fr").is_none());
        // 144 is "many" in Russian: the count shows, in the plural the rules choose.
        let rocks = all["firstScreen"]["ru"]["home-facts-text"]
            .as_str()
            .unwrap();
        assert!(rocks.contains("144"), "{rocks}");
        assert_eq!(all["worker"].as_object().unwrap().len(), 4);
    }

    #[test]
    fn a_tag_without_the_texts_it_names_is_refused() {
        let page = "<p data-l10n-aria-label=\"x\">".repeat(12);
        assert_eq!(
            placed(&page).unwrap_err(),
            "index.html: x has no aria-label"
        );
        let counted = "<p data-l10n=\"x\" data-l10n-count=\"many\">y</p>".repeat(12);
        assert!(placed(&counted).unwrap_err().contains("data-l10n-count"));
        assert!(placed("<p data-l10n=\"x\">y</p>")
            .unwrap_err()
            .contains("only 1"));
    }
}
