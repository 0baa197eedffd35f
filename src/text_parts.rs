//! The app's texts come in parts, so that a first visit downloads only what its first
//! screen shows: the shell's (top bar, emergency bar, home screen, titles, errors) with the
//! main wasm, and each screen's with that screen's wasm. A part is a group of the `## `
//! sections of `locales/<code>/repere.ftl`; the build writes each as
//! `/l10n/<code>/<part>.ftl` (src/bin/static-pages), and src/i18n.rs fetches them.

use crate::lang::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextPart {
    /// Always loaded: every screen shows the shell, and the app starts with it.
    Shell,
    Facts,
    Finder,
    Diary,
    About,
}

impl TextPart {
    pub const ALL: [TextPart; 5] = [
        TextPart::Shell,
        TextPart::Facts,
        TextPart::Finder,
        TextPart::Diary,
        TextPart::About,
    ];

    pub fn name(self) -> &'static str {
        match self {
            TextPart::Shell => "shell",
            TextPart::Facts => "facts",
            TextPart::Finder => "finder",
            TextPart::Diary => "diary",
            TextPart::About => "about",
        }
    }

    /// Where the build serves this part in `lang`.
    pub fn path(self, lang: Lang) -> String {
        format!("/l10n/{}/{}.ftl", lang.code(), self.name())
    }

    /// The part a `## Title` section belongs to: a screen's own part when the title starts
    /// with the screen's name ("Facts", "Diary", …), else the shell's, which is always there.
    fn of_section(title: &str) -> TextPart {
        let first_word = title
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        TextPart::ALL[1..]
            .iter()
            .copied()
            .find(|part| first_word.eq_ignore_ascii_case(part.name()))
            .unwrap_or(TextPart::Shell)
    }
}

/// `source` (a whole `repere.ftl`) cut into its parts, in [`TextPart::ALL`]'s order, each
/// with its sections in file order. Comments are for translators and are left out (in
/// Fluent, a line starting with `#`; a message's continuation lines are indented). Text
/// before the first section, other than comments, is refused: it would belong to no part.
pub fn split(source: &str) -> Result<Vec<(TextPart, String)>, String> {
    let mut parts: Vec<(TextPart, String)> = TextPart::ALL
        .into_iter()
        .map(|part| (part, String::new()))
        .collect();
    let mut current = None;
    for (number, line) in source.lines().enumerate() {
        if let Some(title) = line.strip_prefix("## ") {
            current = Some(TextPart::of_section(title));
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let part = match current {
            Some(part) => part,
            None if line.trim().is_empty() => continue,
            None => {
                return Err(format!(
                    "line {}: text before the first \"## \" section belongs to no part",
                    number + 1
                ))
            }
        };
        let text = &mut parts[part as usize].1;
        if !(line.is_empty() && (text.is_empty() || text.ends_with("\n\n"))) {
            text.push_str(line);
            text.push('\n');
        }
    }
    if let Some((part, _)) = parts.iter().find(|(_, text)| text.trim().is_empty()) {
        return Err(format!("no section holds the {} texts", part.name()));
    }
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "# For translators.\n\n## Shell\napp-name = Repère\n\n\n\n## Home\n# Note.\nhome-title = Que faire ?\n## Facts\nfact-a =\n    Ligne un\n    # not a comment: indented\n## Finder\nfinder-x = X\n## Diary\ndiary-x = { $count ->\n   *[other] D\n}\n## About\nabout-x = A\n";

    #[test]
    fn each_section_goes_to_its_part_without_comments() {
        let parts = split(SOURCE).unwrap();
        let names: Vec<_> = parts.iter().map(|(part, _)| part.name()).collect();
        assert_eq!(names, ["shell", "facts", "finder", "diary", "about"]);
        assert_eq!(
            parts[0].1,
            "app-name = Repère\n\nhome-title = Que faire ?\n"
        );
        assert_eq!(
            parts[1].1,
            "fact-a =\n    Ligne un\n    # not a comment: indented\n"
        );
        assert_eq!(parts[3].1, "diary-x = { $count ->\n   *[other] D\n}\n");
        assert_eq!(parts[4].1, "about-x = A\n");
    }

    #[test]
    fn a_section_named_after_no_screen_is_the_shells() {
        assert_eq!(
            TextPart::of_section("Emergency bar (tel: links)"),
            TextPart::Shell
        );
        assert_eq!(TextPart::of_section("Not found and crash"), TextPart::Shell);
        assert_eq!(TextPart::of_section("Diary"), TextPart::Diary);
        assert_eq!(TextPart::of_section("Finder: map"), TextPart::Finder);
    }

    #[test]
    fn text_outside_any_section_or_a_part_left_empty_is_refused() {
        assert_eq!(
            split("# c\nloose = x\n## Shell\na = b\n").unwrap_err(),
            "line 2: text before the first \"## \" section belongs to no part"
        );
        assert_eq!(
            split("## Shell\na = b\n## Facts\nb = c\n").unwrap_err(),
            "no section holds the finder texts"
        );
    }

    #[test]
    fn every_language_splits_into_parts_that_parse_and_lose_no_message() {
        for lang in Lang::ALL {
            let path = format!(
                "{}/locales/{}/repere.ftl",
                env!("CARGO_MANIFEST_DIR"),
                lang.code()
            );
            let source = std::fs::read_to_string(&path).unwrap();
            let whole = fluent_syntax::parser::parse(source.as_str()).unwrap();
            let mut messages = 0;
            for (part, text) in split(&source).unwrap() {
                let resource = fluent_syntax::parser::parse(text.as_str())
                    .unwrap_or_else(|(_, errors)| panic!("{path} {part:?}: {errors:?}"));
                messages += resource.body.len();
                assert!(!text.contains("\n#"), "{path} {part:?} keeps a comment");
            }
            let in_whole = whole
                .body
                .iter()
                .filter(|entry| {
                    !matches!(
                        entry,
                        fluent_syntax::ast::Entry::Comment(_)
                            | fluent_syntax::ast::Entry::GroupComment(_)
                            | fluent_syntax::ast::Entry::ResourceComment(_)
                    )
                })
                .count();
            assert_eq!(messages, in_whole, "{path}");
        }
    }

    #[test]
    fn parts_are_served_by_language() {
        assert_eq!(TextPart::Diary.path(Lang::Ru), "/l10n/ru/diary.ftl");
        assert_eq!(TextPart::Shell.path(Lang::Fr), "/l10n/fr/shell.ftl");
    }
}
