//! A screen opens once its wasm and its part of the texts are in (src/text_parts.rs): the
//! code of each screen may show only its own part's messages and the shell's, and the
//! shell's code (the main wasm: top bar, home, widgets) only the shell's. Otherwise a text
//! would be missing on a first visit, in any language.

use fluent_syntax::ast::Entry;
use repere::text_parts::{split, TextPart};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Message id → its part, from the French reference.
fn parts_of_messages() -> BTreeMap<String, TextPart> {
    let source = fs::read_to_string(root().join("locales/fr/repere.ftl")).unwrap();
    let mut found = BTreeMap::new();
    for (part, text) in split(&source).unwrap() {
        for entry in fluent_syntax::parser::parse(text.as_str()).unwrap().body {
            if let Entry::Message(message) = entry {
                found.insert(message.id.name.to_owned(), part);
            }
        }
    }
    found
}

/// The part a UI file's texts must come from: its screen's folder (or file), else the shell.
fn part_of_file(path: &Path) -> TextPart {
    let relative = path.strip_prefix(root().join("src/ui")).unwrap();
    let screen = relative
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    let screen = screen.trim_end_matches(".rs");
    TextPart::ALL
        .into_iter()
        .find(|part| part.name() == screen && *part != TextPart::Shell)
        .unwrap_or(TextPart::Shell)
}

fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            into.push(path);
        }
    }
}

/// The ids that `t!`, `live_text!`, `tr!` and `fl!` name in `code`: the first string literal
/// of each call (the first argument is the language or the loader).
fn message_ids(code: &str) -> Vec<String> {
    let mut ids = vec![];
    for macro_name in ["t!(", "live_text!(", "tr!(", "fl!("] {
        for (at, _) in code.match_indices(macro_name) {
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let call = &code[at + macro_name.len()..];
            // The call ends at its closing parenthesis (the first argument may have some).
            let mut depth = 1;
            let end = call
                .find(|c| {
                    depth += match c {
                        '(' => 1,
                        ')' => -1,
                        _ => 0,
                    };
                    depth == 0
                })
                .unwrap_or(call.len());
            if let Some(open) = call[..end].find('"') {
                let literal = &call[open + 1..];
                ids.push(literal[..literal.find('"').unwrap()].to_owned());
            }
        }
    }
    ids
}

#[test]
fn each_screen_shows_only_its_own_texts_and_the_shells() {
    let parts = parts_of_messages();
    let mut files = vec![];
    rust_files(&root().join("src/ui"), &mut files);
    let mut problems = vec![];
    let mut checked = BTreeMap::<TextPart, usize>::new();
    for file in &files {
        let allowed = part_of_file(file);
        for id in message_ids(&fs::read_to_string(file).unwrap()) {
            let Some(&part) = parts.get(&id) else {
                problems.push(format!("{}: {id} is not in fr/repere.ftl", file.display()));
                continue;
            };
            if part != TextPart::Shell && part != allowed {
                problems.push(format!(
                    "{}: {id} is in the {} texts, which {} screens do not load",
                    file.strip_prefix(root()).unwrap().display(),
                    part.name(),
                    allowed.name()
                ));
            }
            *checked.entry(allowed).or_default() += 1;
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    // Every part's code was read (the scan would pass on nothing otherwise).
    for part in TextPart::ALL {
        assert!(
            checked.get(&part).copied().unwrap_or(0) > 3,
            "{part:?}: {checked:?}"
        );
    }
}

#[test]
fn the_scan_finds_ids_in_every_form_the_code_writes_them() {
    let code = r#"
        view! { <p>{live_text!(i18n, "a-id")}</p> }
        let x = t!(i18n, "b-id", count = n);
        tr!(
            lang,
            "c-id",
            &args
        );
        i18n_embed_fl::fl!(loader.as_ref(), "d-id");
        live_text!(use_i18n(), "e-id")
        fn start!() {}
    "#;
    assert_eq!(message_ids(code), ["b-id", "a-id", "e-id", "c-id", "d-id"]);
}
