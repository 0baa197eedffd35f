//! The static first screen in `index.html` must say what the app says in French, or the
//! first paint would differ from the app that replaces it; its links to the guide must
//! follow the language.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use std::collections::BTreeMap;
use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// French messages rendered with `$count` = `count`, taking the `[other]` variant: enough
/// for the home screen, which has no other selectors.
fn french_text(id: &str, count: Option<&str>) -> String {
    let source = read("locales/fr/repere.ftl");
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap();
    let messages: BTreeMap<_, _> = resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some((message.id.name, message.value)),
            _ => None,
        })
        .collect();
    let pattern = messages[id].as_ref().unwrap();
    let mut text = String::new();
    render(&pattern.elements, count, &mut text);
    text
}

fn render(elements: &[PatternElement<&str>], count: Option<&str>, text: &mut String) {
    for element in elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Select { variants, .. } => {
                    let other = variants.iter().find(|variant| variant.default).unwrap();
                    render(&other.value.elements, count, text);
                }
                Expression::Inline(InlineExpression::VariableReference { .. }) => {
                    text.push_str(count.expect("a count for this message"))
                }
                other => panic!("unexpected placeable {other:?}"),
            },
        }
    }
}

#[test]
fn static_home_screen_matches_the_french_messages() {
    let html = read("index.html");
    let mut checked = 0;
    for (start, _) in html.match_indices("data-l10n=\"") {
        let rest = &html[start + "data-l10n=\"".len()..];
        let id = &rest[..rest.find('"').unwrap()];
        let tag = &rest[..rest.find('>').unwrap()];
        let count = tag
            .split("data-l10n-count=\"")
            .nth(1)
            .map(|after| &after[..after.find('"').unwrap()]);
        let content = &rest[rest.find('>').unwrap() + 1..];
        let content = &content[..content.find('<').unwrap()];
        assert_eq!(content, french_text(id, count), "index.html text for {id}");
        // The one survey figure of the first screen is the survey's own.
        if let Some(count) = count {
            assert_eq!(
                count,
                repere::facts::ROCKS_ANALYSED.to_string(),
                "index.html: {id} must show the rocks of src/facts/survey.rs"
            );
        }
        checked += 1;
    }
    let aria = html.split("data-l10n-aria-label=\"").nth(1).unwrap();
    let aria_id = &aria[..aria.find('"').unwrap()];
    assert!(html.contains(&format!("aria-label=\"{}\"", french_text(aria_id, None))));
    assert!(checked >= 12, "only {checked} static texts found");
}

#[test]
fn static_language_picker_names_each_language_as_the_app_does() {
    let html = read("index.html");
    let start = html.find("<select disabled>").expect("the static picker");
    let select = &html[start..start + html[start..].find("</select>").unwrap()];
    for lang in repere::lang::Lang::ALL {
        let code = lang.code();
        let option = format!("<option value=\"{code}\" lang=\"{code}\"");
        let at = select
            .find(&option)
            .unwrap_or_else(|| panic!("no option for {code}"));
        let text = &select[at..];
        let text = &text[text.find('>').unwrap() + 1..text.find("</option>").unwrap()];
        assert_eq!(text, lang.native_name());
    }
}

#[test]
fn static_links_to_the_guide_follow_the_language() {
    let html = read("index.html");
    let links: Vec<&str> = html
        .match_indices("data-l10n-href=\"")
        .map(|(at, _)| {
            let rest = &html[at + "data-l10n-href=\"".len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    assert_eq!(links.len(), 2, "the emergency bar and the home door");
    for template in links {
        assert_eq!(
            template.replace("{lang}", "ru"),
            repere::help::page_path("ru")
        );
        // The French page is the static default, before the script picks the language.
        let tag_start = html[..html.find(template).unwrap()].rfind('<').unwrap();
        let tag = &html[tag_start..tag_start + html[tag_start..].find('>').unwrap()];
        assert!(
            tag.contains(&format!("href=\"{}\"", repere::help::page_path("fr"))),
            "{tag}"
        );
    }
}
