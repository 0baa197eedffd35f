//! One guide page: the top bar of every screen, the call button first, the sections of
//! `repere::help::SECTIONS`, their sources, and the emergency bar.

use super::l10n::Texts;
use super::pictograms;
use fluent_bundle::FluentArgs;
use repere::help::{
    self, Layout, Section, Source, Step, CALL_FIRST, MORE_NUMBERS, RECOVERY_POSITION, SECTIONS,
};
use repere::lang::Lang;
use sha2::{Digest, Sha256};
use std::fmt::Write;
use std::fs;
use std::path::Path;

/// The page's look: the app's colours and sizes (checked against style.css by a test).
pub const STYLE: &str = include_str!("help.css");
/// Runs before the first paint: "leave now", and straight back to the calculator if the
/// user left and pressed back; the same script as index.html's.
pub const GUARD: &str = include_str!("../../browser/leave_guard.js");
/// Loaded after the page: "listen" buttons (local voices only) and offline support.
pub const SCRIPT: &str = include_str!("help.js");
pub const SCRIPT_PATH: &str = "/help/help.js";

/// Writes every language's page and the script into `dir`; says what it wrote.
pub fn write_all(dir: &Path) -> Result<String, String> {
    fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut sizes = vec![];
    for lang in Lang::ALL {
        let html = render(&Texts::load(lang)?)?;
        let path = dir.join(format!("{}.html", lang.code()));
        fs::write(&path, &html).map_err(|e| format!("{}: {e}", path.display()))?;
        sizes.push(format!("{} {} B", lang.code(), html.len()));
    }
    let script = dir.join("help.js");
    fs::write(&script, SCRIPT).map_err(|e| format!("{}: {e}", script.display()))?;
    Ok(format!(
        "help/*.html ({}) and help/help.js",
        sizes.join(", ")
    ))
}

fn sha256_base64(text: &str) -> String {
    repere::diary::base64::encode(&Sha256::digest(text.as_bytes()))
}

/// Nothing from another origin, nothing inline but the page's own styles and guard.
pub fn content_security_policy(print_style: &str) -> String {
    [
        "default-src 'none'".to_owned(),
        format!("script-src 'self' 'sha256-{}'", sha256_base64(GUARD)),
        format!(
            "style-src 'sha256-{}' 'sha256-{}'",
            sha256_base64(STYLE),
            sha256_base64(print_style)
        ),
        "img-src 'self'".to_owned(),
        "worker-src 'self'".to_owned(),
        "base-uri 'none'".to_owned(),
        "form-action 'none'".to_owned(),
    ]
    .join("; ")
}

/// The line at the foot of every printed page, in the page's language: a page margin box
/// (help.css's `@page`) shows only CSS strings, so it is a custom property of the root.
fn print_style(texts: &Texts) -> Result<String, String> {
    // A number and its name are never split between two lines.
    let number = |number: &str, name: &str| -> Result<String, String> {
        let whole = format!("{} {}", texts.get(number)?, texts.get(name)?);
        Ok(whole.replace(' ', "\u{a0}"))
    };
    let mut parts = vec![texts.get("emergency-label")?];
    for (_, shown, name) in EMERGENCY_NUMBERS {
        parts.push(number(shown, name)?);
    }
    let line = parts.join("   ·   ");
    Ok(format!(":root{{--print-footer:\"{}\"}}", css_string(&line)))
}

/// A text inside a CSS string: quotes, backslashes and line ends escaped, and `<` too, so
/// that it can never close its `<style>`.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' | '\n' | '\r' => write!(out, "\\{:x} ", c as u32).expect("writing to a String"),
            _ => out.push(c),
        }
    }
    out
}

pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

struct Page<'a> {
    texts: &'a Texts,
    html: String,
}

impl Page<'_> {
    fn text(&self, id: &str) -> Result<String, String> {
        self.texts.get(id).map(|text| escape(&text))
    }

    fn push(&mut self, html: &str) {
        self.html.push_str(html);
    }
}

pub fn render(texts: &Texts) -> Result<String, String> {
    let lang = texts.lang;
    let mut page = Page {
        texts,
        html: String::with_capacity(32 * 1024),
    };
    let title = page.text("help-page-title")?;
    let app_name = page.text("app-name")?;
    let print_style = print_style(texts)?;
    writeln!(
        page.html,
        r##"<!doctype html>
<html lang="{code}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<meta name="theme-color" content="#0b6e69">
<title>{title} – {app_name}</title>
<link rel="icon" href="/icons/icon.svg" type="image/svg+xml">
<style>{STYLE}</style>
<style>{print_style}</style>
<script data-leave-links=".leave-now">{GUARD}</script>
<script src="{SCRIPT_PATH}" defer></script>
</head>
<body data-listen="{listen}" data-listen-stop="{stop}">
<a class="skip-link" href="#main">{skip}</a>"##,
        code = lang.code(),
        csp = content_security_policy(&print_style),
        listen = page.text("help-listen")?,
        stop = page.text("help-listen-stop")?,
        skip = page.text("skip-to-content")?,
    )
    .expect("writing to a String");
    top_bar(&mut page)?;
    page.push("<main id=\"main\" tabindex=\"-1\">\n");
    writeln!(
        page.html,
        "<h1>{title}</h1>\n<p class=\"help-intro\">{}</p>",
        page.text("help-intro")?
    )
    .expect("writing to a String");
    call_button(&mut page)?;
    writeln!(
        page.html,
        "<p class=\"help-secrecy\">{}</p>",
        page.text(help::CALL_NOTE)?
    )
    .expect("writing to a String");
    cited(&mut page, &help::CALL_NOTE_SOURCES)?;
    language_links(&mut page)?;
    // help.js shows it where the browser can print.
    writeln!(
        page.html,
        "<button type=\"button\" class=\"help-print\" hidden>{}</button>",
        page.text("help-print")?
    )
    .expect("writing to a String");
    for section in &SECTIONS {
        render_section(&mut page, section)?;
    }
    sources(&mut page)?;
    page.push("</main>\n");
    emergency_bar(&mut page)?;
    page.push("</body>\n</html>\n");
    Ok(page.html)
}

fn top_bar(page: &mut Page) -> Result<(), String> {
    writeln!(
        page.html,
        r#"<header class="topbar">
<a class="brand" href="/">{brand}</a>
<a class="leave-now" href="/calc.html"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M10 4H5v16h5M14 8l4 4-4 4M18 12H9"/></svg><span>{leave}</span></a>
</header>"#,
        brand = page.text("app-name")?,
        leave = page.text("leave-now")?,
    )
    .expect("writing to a String");
    Ok(())
}

/// The four pages, each named in its own language: right after the call button, so that
/// even with large text the call comes first.
fn language_links(page: &mut Page) -> Result<(), String> {
    let current = page.texts.lang;
    let mut links = String::new();
    for lang in Lang::ALL {
        let current_attr = if lang == current {
            r#" aria-current="page""#
        } else {
            ""
        };
        writeln!(
            links,
            r#"<a href="{href}" lang="{code}" hreflang="{code}"{current_attr}>{name}</a>"#,
            href = help::page_path(lang.code()),
            code = lang.code(),
            name = lang.native_name(),
        )
        .expect("writing to a String");
    }
    writeln!(
        page.html,
        "<nav class=\"help-langs\" aria-label=\"{}\">{links}</nav>",
        page.text("help-languages")?
    )
    .expect("writing to a String");
    Ok(())
}

fn call_button(page: &mut Page) -> Result<(), String> {
    write!(
        page.html,
        r#"<a class="help-call" href="{href}"><svg class="help-call-icon" viewBox="0 0 48 48" aria-hidden="true"><path d="M13 6h7l3 9-5 3a23 23 0 0 0 11 11l3-5 9 3v7a4 4 0 0 1-4 4C20 38 9 27 9 10a4 4 0 0 1 4-4z"/></svg><span class="help-call-text"><span class="help-call-label">{label}</span><span class="help-call-detail">{detail}</span></span></a>"#,
        href = CALL_FIRST.href(),
        label = page.text(CALL_FIRST.message)?,
        detail = page.text("help-call-detail")?,
    )
    .expect("writing to a String");
    Ok(())
}

fn pictogram(name: &str) -> Result<String, String> {
    let paths = pictograms::step(name).ok_or_else(|| format!("no pictogram {name}"))?;
    Ok(format!(
        r#"<svg class="picto" viewBox="0 0 48 48" aria-hidden="true">{paths}</svg>"#
    ))
}

fn render_section(page: &mut Page, section: &Section) -> Result<(), String> {
    // The signs, the phone and the mixing parts read well as one; the other steps each
    // get their own "listen" button (added by help.js, only with a local voice).
    let whole = matches!(section.layout, Layout::Signs) || section.id == "on-the-phone";
    writeln!(
        page.html,
        "<section class=\"card help-section help-{layout}\" id=\"{id}\" aria-labelledby=\"{id}-title\"{listen}>\n<h2 id=\"{id}-title\">{title}</h2>",
        layout = match section.layout {
            Layout::Signs => "signs",
            Layout::Steps | Layout::Numbered => "steps",
            Layout::Numbers => "numbers",
        },
        id = section.id,
        title = page.text(section.title)?,
        listen = if whole { " data-say" } else { "" },
    )
    .expect("writing to a String");
    match section.layout {
        Layout::Signs | Layout::Steps | Layout::Numbered => {
            let list = if matches!(section.layout, Layout::Signs) {
                "ul"
            } else {
                "ol"
            };
            writeln!(page.html, "<{list} class=\"help-list\">").expect("writing to a String");
            for step in section.steps {
                list_item(page, step, !whole)?;
            }
            writeln!(page.html, "</{list}>").expect("writing to a String");
        }
        Layout::Numbers => numbers(page)?,
    }
    for note in section.notes {
        writeln!(page.html, "<p class=\"help-note\">{}</p>", page.text(note)?)
            .expect("writing to a String");
    }
    cited(page, section.sources)?;
    page.push("</section>\n");
    Ok(())
}

fn list_item(page: &mut Page, step: &Step, own_listen: bool) -> Result<(), String> {
    write!(
        page.html,
        "<li class=\"help-step\"{listen}>{picto}<p>{text}</p>",
        listen = if own_listen { " data-say" } else { "" },
        picto = pictogram(step.pictogram)?,
        text = page.text(step.message)?,
    )
    .expect("writing to a String");
    if step.message == "help-wait-recovery" {
        recovery_position(page)?;
    }
    page.push("</li>\n");
    Ok(())
}

fn recovery_position(page: &mut Page) -> Result<(), String> {
    write!(
        page.html,
        "<div class=\"help-pls\"><p class=\"help-pls-title\">{}</p><ol class=\"help-pls-steps\">",
        page.text("help-pls-title")?
    )
    .expect("writing to a String");
    for (number, step) in RECOVERY_POSITION.iter().enumerate() {
        let paths = pictograms::recovery(step.pictogram)
            .ok_or_else(|| format!("no recovery drawing {}", step.pictogram))?;
        writeln!(
            page.html,
            r#"<li><span class="help-pls-number" aria-hidden="true">{n}</span><svg class="help-pls-picture" viewBox="0 0 120 64" aria-hidden="true">{paths}</svg><p>{text}</p></li>"#,
            n = number + 1,
            text = page.text(step.message)?,
        )
        .expect("writing to a String");
    }
    page.push("</ol></div>");
    Ok(())
}

fn numbers(page: &mut Page) -> Result<(), String> {
    page.push("<ul class=\"help-numbers-list\">\n");
    for number in &MORE_NUMBERS {
        write!(
            page.html,
            r#"<li><a href="{href}"><span class="help-number">{shown}</span><span class="help-number-what">{what}</span></a></li>"#,
            href = number.href(),
            shown = escape(number.shown),
            what = page.text(number.message)?,
        )
        .expect("writing to a String");
    }
    page.push("</ul>\n");
    Ok(())
}

/// The short line under a section: the publishers it rests on (the full list, with
/// titles and addresses, closes the page).
fn cited(page: &mut Page, ids: &[&str]) -> Result<(), String> {
    let mut names: Vec<String> = vec![];
    for id in ids {
        let source = help::source_by_id(id);
        let name = format!(
            r#"<span lang="{}">{}</span>"#,
            source.lang,
            escape(source.publisher)
        );
        // Two pages of one publisher: named once.
        if !names.contains(&name) {
            names.push(name);
        }
    }
    writeln!(
        page.html,
        "<p class=\"help-cited\">{} {}</p>",
        page.text("help-sources-label")?,
        names.join(", ")
    )
    .expect("writing to a String");
    Ok(())
}

fn sources(page: &mut Page) -> Result<(), String> {
    let mut args = FluentArgs::new();
    args.set("date", help::SOURCES_READ_ON);
    let read_on = escape(&page.texts.get_with("help-source-read-on", &args)?);
    writeln!(
        page.html,
        "<section class=\"card help-section help-sources\" id=\"sources\" aria-labelledby=\"sources-title\">\n<h2 id=\"sources-title\">{}</h2>\n<p>{}</p>\n<ol>",
        page.text("help-sources-title")?,
        page.text("help-sources-intro")?,
    )
    .expect("writing to a String");
    let read_at = page.text("help-source-read-at")?;
    for source in &help::SOURCES {
        list_source(&mut page.html, source, &read_at);
    }
    writeln!(
        page.html,
        "</ol>\n<p class=\"help-cited\">{read_on}</p>\n</section>"
    )
    .expect("writing to a String");
    Ok(())
}

/// A source as text: tapping it would go online, so the address is shown, not linked.
fn list_source(html: &mut String, source: &Source, read_at_label: &str) {
    writeln!(
        html,
        r#"<li id="source-{id}"><span lang="{lang}"><strong>{publisher}</strong>, « {title} »</span><br><span class="help-url">{url}</span>"#,
        id = source.id,
        lang = source.lang,
        publisher = escape(source.publisher),
        title = escape(source.title),
        url = escape(source.url),
    )
    .expect("writing to a String");
    if let Some(copy) = source.read_at {
        write!(
            html,
            r#"<br><span class="help-url">{read_at_label} <span lang="en">{}</span></span>"#,
            escape(copy)
        )
        .expect("writing to a String");
    }
    html.push_str("</li>\n");
}

/// The same three numbers as every screen of the app: what to dial, and the messages of
/// the number as shown and of its name. The emergency bar and the printed footer show them.
const EMERGENCY_NUMBERS: [(&str, &str, &str); 3] = [
    ("15", "emergency-samu-number", "emergency-samu-name"),
    ("112", "emergency-eu-number", "emergency-eu-name"),
    ("0800231313", "emergency-dis-number", "emergency-dis-name"),
];

fn emergency_bar(page: &mut Page) -> Result<(), String> {
    writeln!(
        page.html,
        r#"<nav class="emergency" aria-label="{}">"#,
        page.text("emergency-label")?
    )
    .expect("writing to a String");
    for (dial, number, name) in EMERGENCY_NUMBERS {
        writeln!(
            page.html,
            r#"<a href="tel:{dial}"><span class="number">{}</span><span class="name">{}</span></a>"#,
            page.text(number)?,
            page.text(name)?,
        )
        .expect("writing to a String");
    }
    page.push("</nav>");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn pages() -> Vec<(Lang, String)> {
        Lang::ALL
            .into_iter()
            .map(|lang| {
                let texts = Texts::load(lang).unwrap_or_else(|e| panic!("{e}"));
                (lang, render(&texts).unwrap_or_else(|e| panic!("{e}")))
            })
            .collect()
    }

    #[test]
    fn every_language_renders_with_its_own_lang_and_every_link_to_the_others() {
        for (lang, html) in pages() {
            assert!(html.contains(&format!("<html lang=\"{}\">", lang.code())));
            for other in Lang::ALL {
                assert!(html.contains(&format!("href=\"/help/{}.html\"", other.code())));
            }
            let nav = &html[html.find("<nav class=\"help-langs\"").unwrap()..];
            let nav = &nav[..nav.find("</nav>").unwrap()];
            assert_eq!(nav.matches("aria-current=\"page\"").count(), 1);
            assert!(nav.contains(&format!(
                "lang=\"{code}\" hreflang=\"{code}\" aria-current",
                code = lang.code()
            )));
        }
    }

    #[test]
    fn the_call_button_comes_before_any_section() {
        for (_, html) in pages() {
            let call = html.find("class=\"help-call\" href=\"tel:15\"").unwrap();
            let first_section = html.find("<section").unwrap();
            assert!(call < first_section);
        }
    }

    #[test]
    fn nothing_is_loaded_from_elsewhere_and_the_csp_names_no_origin() {
        for (_, html) in pages() {
            let csp = &html[html.find("Content-Security-Policy\" content=\"").unwrap() + 34..];
            let csp = &csp[..csp.find('"').unwrap()];
            assert!(!csp.contains("http") && !csp.contains('*') && !csp.contains("unsafe"));
            // Each inline style is allowed by its hash, and only those.
            let styles: Vec<&str> = html
                .split("<style>")
                .skip(1)
                .map(|rest| &rest[..rest.find("</style>").unwrap()])
                .collect();
            assert_eq!(styles.len(), 2);
            let allowed: Vec<String> = styles
                .iter()
                .map(|style| format!("'sha256-{}'", sha256_base64(style)))
                .collect();
            assert!(
                csp.contains(&format!("style-src {}", allowed.join(" "))),
                "{csp}"
            );
            for attribute in ["src=\"", "<link rel=\"icon\" href=\""] {
                for (at, _) in html.match_indices(attribute) {
                    let value = &html[at + attribute.len()..];
                    assert!(value.starts_with('/'), "{}", &value[..40.min(value.len())]);
                }
            }
            assert!(
                !html.contains("style=\""),
                "an inline style the CSP would block"
            );
            assert!(html.contains("<meta name=\"referrer\" content=\"no-referrer\">"));
        }
    }

    #[test]
    fn the_printed_footer_has_the_numbers_and_cannot_leave_its_string() {
        for lang in Lang::ALL {
            let texts = Texts::load(lang).unwrap();
            let style = print_style(&texts).unwrap();
            assert!(style.contains(&texts.get("emergency-label").unwrap()));
            // Each number with its name, held together by no-break spaces.
            for (_, number, name) in EMERGENCY_NUMBERS {
                let whole = format!(
                    "{} {}",
                    texts.get(number).unwrap(),
                    texts.get(name).unwrap()
                );
                assert!(
                    style.contains(&whole.replace(' ', "\u{a0}")),
                    "{lang:?} {number}"
                );
            }
        }
        assert_eq!(
            css_string(r#"a "b" \ </style>"#),
            r#"a \"b\" \\ \3c /style>"#
        );
        assert_eq!(css_string("one\ntwo"), r"one\a two");
    }

    #[test]
    fn tel_links_are_digits_only() {
        for (_, html) in pages() {
            let hrefs: Vec<&str> = html
                .match_indices("href=\"tel:")
                .map(|(at, _)| {
                    let rest = &html[at + 10..];
                    &rest[..rest.find('"').unwrap()]
                })
                .collect();
            assert!(hrefs.len() >= 9, "{hrefs:?}");
            for href in hrefs {
                assert!(
                    !href.is_empty() && href.chars().all(|c| c.is_ascii_digit()),
                    "{href}"
                );
            }
        }
    }

    #[test]
    fn every_source_is_listed_with_its_address() {
        for (_, html) in pages() {
            for source in &help::SOURCES {
                assert!(html.contains(&format!("id=\"source-{}\"", source.id)));
                assert!(html.contains(&escape(source.url)), "{}", source.id);
            }
        }
    }

    #[test]
    fn the_style_uses_the_app_colours() {
        // Each variable's values, light then dark, in the order the file gives them.
        fn values(css: &str, name: &str) -> Vec<String> {
            let prefix = format!("--{name}:");
            css.lines()
                .filter_map(|line| line.trim().strip_prefix(prefix.as_str()))
                .map(|value| value.trim().trim_end_matches(';').trim().to_owned())
                .collect()
        }
        let app = include_str!("../../../style.css");
        let names: BTreeSet<&str> = STYLE
            .lines()
            .filter_map(|line| line.trim().strip_prefix("--"))
            .filter_map(|rest| rest.split_once(':').map(|(name, _)| name))
            .collect();
        assert!(names.len() >= 10, "{names:?}");
        for name in names {
            assert_eq!(values(STYLE, name), values(app, name), "--{name}");
        }
    }
}
