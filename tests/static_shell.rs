//! The static first screen in `index.html` names the languages as the app does, and its
//! links to the guide follow the language. (Its texts are checked against the French
//! messages where they are resolved: src/bin/static-pages/first_screen.rs.)

use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
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
