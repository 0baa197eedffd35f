//! Translations: the app's Fluent files (`locales/*/repere.ftl`), embedded in the binary
//! and read through i18n-embed. `t!` looks a message up in the current language and,
//! through `fl!`, checks at compile time that the id exists in French.

use crate::lang::Lang;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use leptos::prelude::*;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

/// Only the app's own messages: the guide's (`help.ftl`) live in the static pages, and
/// the glossary is for translators, so neither belongs in the wasm (a folder-wide
/// rust-embed would carry both).
struct Localizations;

const FILES: [(&str, &str); 4] = [
    ("fr/repere.ftl", include_str!("../locales/fr/repere.ftl")),
    ("en/repere.ftl", include_str!("../locales/en/repere.ftl")),
    ("ru/repere.ftl", include_str!("../locales/ru/repere.ftl")),
    ("wo/repere.ftl", include_str!("../locales/wo/repere.ftl")),
];

impl I18nAssets for Localizations {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        FILES
            .iter()
            .filter(|(path, _)| *path == file_path)
            .map(|(_, text)| Cow::Borrowed(text.as_bytes()))
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(FILES.iter().map(|(path, _)| (*path).to_owned()))
    }
}

thread_local! {
    static LOADERS: RefCell<HashMap<Lang, Arc<FluentLanguageLoader>>> = RefCell::new(HashMap::new());
}

/// The loader for `lang`, with French behind it for any missing message. Each language
/// is parsed once, on first use, and kept: switching back and forth costs nothing.
pub fn loader(lang: Lang) -> Arc<FluentLanguageLoader> {
    LOADERS.with(|cache| {
        cache
            .borrow_mut()
            .entry(lang)
            .or_insert_with(|| Arc::new(load(lang)))
            .clone()
    })
}

fn load(lang: Lang) -> FluentLanguageLoader {
    let french = Lang::Fr.code().parse().expect("fr is a valid language id");
    let loader = FluentLanguageLoader::new("repere", french);
    let wanted = lang
        .code()
        .parse()
        .expect("our codes are valid language ids");
    loader
        .load_languages(&Localizations, &[wanted])
        .expect("French is embedded, so loading can only fall back, not fail");
    // No locale here is right-to-left, and old Android fonts draw the isolation marks as boxes.
    loader.set_use_isolating(false);
    loader
}

/// The language the app speaks now, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    pub fn new(lang: Lang) -> Self {
        I18n {
            lang: RwSignal::new(lang),
        }
    }

    /// Reactive: a view reading this re-renders when the language changes.
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
    }

    /// Reactive loader for the current language.
    pub fn loader(&self) -> Arc<FluentLanguageLoader> {
        loader(self.lang())
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// `t!(i18n, "message-id")` or `t!(i18n, "message-id", count = n)`: the text in the
/// current language. Inside a view, wrap it in `move ||` so it follows language changes.
#[macro_export]
macro_rules! t {
    ($i18n:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        i18n_embed_fl::fl!($i18n.loader().as_ref(), $id $(, $name = $value)*)
    };
}
