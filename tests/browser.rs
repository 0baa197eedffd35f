//! Browser APIs in headless Chromium (`make test-wasm`): storage, language detection,
//! translations as the app loads them, the document, the crash screen, speech and the
//! mounted app.
#![cfg(target_arch = "wasm32")]

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::LanguageLoader;
use repere::browser::{crash_screen, document, navigator, speech, storage};
use repere::lang::Lang;
use repere::settings::{Settings, STORAGE_KEY};
use repere::text_parts::{split, TextPart};
use std::sync::Arc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The app fetches a language's texts in parts from the build (`/l10n/<code>/<part>.ftl`),
/// which this test page does not serve: the same parts are cut from `locales/` and
/// installed one by one, as the app does when they arrive.
fn loader(lang: Lang) -> Arc<FluentLanguageLoader> {
    let text = match lang {
        Lang::Fr => include_str!("../locales/fr/repere.ftl"),
        Lang::En => include_str!("../locales/en/repere.ftl"),
        Lang::Ru => include_str!("../locales/ru/repere.ftl"),
        Lang::Wo => include_str!("../locales/wo/repere.ftl"),
    };
    for (part, text) in split(text).unwrap() {
        assert!(
            repere::i18n::install(lang, part, &text),
            "{lang:?} {part:?}"
        );
    }
    let loader = repere::i18n::loader(lang);
    assert_eq!(loader.current_language().to_string(), lang.code());
    loader
}

#[wasm_bindgen_test]
fn parts_installed_one_after_the_other_all_resolve() {
    let ru = loader(Lang::Ru);
    assert_eq!(ru.get("app-name"), "Repère");
    assert_eq!(ru.get("leave-now"), "Уйти");
    // A screen's part, added to the loader after the shell's.
    assert!(ru.has("diary-log-title") && ru.has("finder-hours-unknown"));
    assert!(repere::i18n::is_loaded(Lang::Ru));
    // Installing a part again (two screens asked at once) changes nothing.
    let (_, shell) = split(include_str!("../locales/ru/repere.ftl"))
        .unwrap()
        .remove(0);
    assert!(repere::i18n::install(Lang::Ru, TextPart::Shell, &shell));
    assert_eq!(repere::i18n::loader(Lang::Ru).get("leave-now"), "Уйти");
}

fn html_lang() -> Option<String> {
    web_sys::window()?
        .document()?
        .document_element()?
        .get_attribute("lang")
}

#[wasm_bindgen_test]
fn storage_round_trips_and_removes() {
    storage::write("repere.test", "valeur é ы").unwrap();
    assert_eq!(storage::read("repere.test").as_deref(), Some("valeur é ы"));
    storage::remove("repere.test");
    assert_eq!(storage::read("repere.test"), None);
}

#[wasm_bindgen_test]
fn full_storage_is_reported_as_full_and_keeps_what_was_there() {
    storage::write("repere.test-kept", "kept").unwrap();
    // Far past any localStorage quota (about 5 MB per origin).
    let huge = "x".repeat(12 * 1024 * 1024);
    assert_eq!(
        storage::write("repere.test-huge", &huge),
        Err(storage::StorageError::Full)
    );
    assert_eq!(storage::read("repere.test-kept").as_deref(), Some("kept"));
    assert_eq!(storage::read("repere.test-huge"), None);
    storage::remove("repere.test-kept");
}

#[wasm_bindgen_test]
fn damaged_stored_settings_read_as_defaults() {
    storage::write(STORAGE_KEY, "{\"lang\": \"ru\"").unwrap();
    let settings = Settings::parse(storage::read(STORAGE_KEY).as_deref());
    assert_eq!(settings, Settings::default());
    storage::write(STORAGE_KEY, "{\"lang\": \"xx\"}").unwrap();
    let settings = Settings::parse(storage::read(STORAGE_KEY).as_deref());
    assert_eq!(settings.effective_lang(&["de-DE"]), Lang::Fr);
    storage::remove(STORAGE_KEY);
}

#[wasm_bindgen_test]
fn browser_languages_are_read_and_negotiated() {
    // webdriver.json makes Russian the browser's accepted language.
    let preferred = navigator::preferred_languages();
    assert!(!preferred.is_empty());
    assert_eq!(preferred[0].to_ascii_lowercase(), "ru-ru", "{preferred:?}");
    assert_eq!(Lang::negotiate(&preferred), Lang::Ru);
}

#[wasm_bindgen_test]
fn each_language_has_its_own_text() {
    let titles: Vec<String> = Lang::ALL
        .into_iter()
        .map(|lang| loader(lang).get("home-title"))
        .collect();
    assert_eq!(
        titles,
        [
            "Que voulez-vous faire ?",
            "What do you want to do?",
            "Что вы хотите сделать?",
            "Lan nga bëgg a def?"
        ]
    );
}

fn rocks(lang: Lang, count: u32) -> String {
    let mut args = std::collections::HashMap::new();
    args.insert("count", count);
    loader(lang).get_args("home-facts-text", args)
}

#[wasm_bindgen_test]
fn russian_plurals_use_one_few_and_many() {
    assert_eq!(
        rocks(Lang::Ru, 1),
        "Проверен 1 камень. Вот что показало исследование."
    );
    assert_eq!(
        rocks(Lang::Ru, 21),
        "Проверен 21 камень. Вот что показало исследование."
    );
    assert_eq!(
        rocks(Lang::Ru, 3),
        "Проверено 3 камня. Вот что показало исследование."
    );
    assert_eq!(
        rocks(Lang::Ru, 144),
        "Проверено 144 камня. Вот что показало исследование."
    );
    assert_eq!(
        rocks(Lang::Ru, 5),
        "Проверено 5 камней. Вот что показало исследование."
    );
    assert_eq!(
        rocks(Lang::Ru, 11),
        "Проверено 11 камней. Вот что показало исследование."
    );
    assert_eq!(
        rocks(Lang::Fr, 1),
        "Ce que l'enquête sur un caillou a montré."
    );
    assert_eq!(rocks(Lang::En, 144), "What the survey of 144 rocks showed.");
    // Wolof has no plural forms (CLDR: "other" only).
    assert_eq!(rocks(Lang::Wo, 1), "Li njàng mi gis ci 1 doj yu ñu saytu.");
}

#[wasm_bindgen_test]
fn html_lang_follows_the_document_setter() {
    document::set_lang("wo");
    assert_eq!(html_lang().as_deref(), Some("wo"));
    document::set_lang("fr");
}

#[wasm_bindgen_test]
fn crash_screen_is_translated_and_keeps_the_emergency_numbers() {
    // A page of its own: the test runner reports through the real body.
    let document = web_sys::window().unwrap().document().unwrap();
    let page = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&page).unwrap();
    page.set_inner_html(r#"<main>app</main><nav class="emergency"><a href="tel:15">15</a></nav>"#);
    let ru = loader(Lang::Ru);
    crash_screen::show_in(
        &page,
        &crash_screen::CrashText {
            lang: "ru",
            title: ru.get("crash-title"),
            text: ru.get("crash-text"),
            reload: "<b>".to_string(),
            help: ru.get("home-help-title"),
            help_href: repere::help::page_path("ru"),
        },
    );
    let crash = page.query_selector("main.crash").unwrap().unwrap();
    assert_eq!(crash.get_attribute("lang").as_deref(), Some("ru"));
    assert!(crash
        .text_content()
        .unwrap()
        .contains("Что-то пошло не так"));
    // Text is escaped, never parsed as markup.
    assert!(crash.inner_html().contains("&lt;b&gt;"));
    assert!(page
        .query_selector(".emergency a[href='tel:15']")
        .unwrap()
        .is_some());
    // The guide, in the crash screen's language, even if the bar was never drawn.
    let help = crash.query_selector("a.crash-help").unwrap().unwrap();
    assert_eq!(help.get_attribute("href").as_deref(), Some("/help/ru.html"));
    assert_eq!(help.text_content().unwrap(), ru.get("home-help-title"));
    assert!(page.query_selector("main:not(.crash)").unwrap().is_none());
    page.remove();
}

/// Runs `code` in the page (test set-up only).
fn run_js(code: &str) -> wasm_bindgen::JsValue {
    js_sys::Function::new_no_args(code)
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap()
}

#[wasm_bindgen_test]
fn speech_uses_a_voice_of_the_device_only_never_a_network_one() {
    // A browser with a network French voice first, and a recorder for what it reads.
    run_js(
        r#"
        window.__voices = [{ lang: "fr-FR", name: "Network French", localService: false }];
        window.__spoken = [];
        window.__RealUtterance = window.SpeechSynthesisUtterance;
        window.SpeechSynthesisUtterance = class { constructor(text) { this.text = text; } };
        Object.defineProperty(window, "speechSynthesis", { configurable: true, value: {
            getVoices: () => window.__voices,
            speak: (utterance) => window.__spoken.push(utterance.voice && utterance.voice.name),
            cancel: () => {},
            onvoiceschanged: null,
        } });
        "#,
    );
    assert!(!speech::can_speak("fr"), "a network voice is no voice");
    assert!(!speech::speak("Bonjour", "fr"));
    run_js(r#"window.__voices.push({ lang: "fr-FR", name: "Local French", localService: true });"#);
    assert!(speech::can_speak("fr"));
    assert!(!speech::can_speak("wo"));
    assert!(speech::speak("Bonjour", "fr"));
    let spoken = run_js("return JSON.stringify(window.__spoken);");
    assert_eq!(spoken.as_string().as_deref(), Some(r#"["Local French"]"#));
    run_js(
        r#"
        delete window.speechSynthesis;
        window.SpeechSynthesisUtterance = window.__RealUtterance;
        "#,
    );
}
