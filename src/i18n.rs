//! Translations: Fluent files from `locales/`, embedded in the binary and read through
//! i18n-embed. `t!` looks a message up in the current language and, through `fl!`,
//! checks at compile time that the id exists in French.

use crate::lang::Lang;
use fluent_bundle::{FluentArgs, FluentValue};
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::LanguageLoader;
use leptos::prelude::*;
use rust_embed::RustEmbed;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Arc;

#[derive(RustEmbed)]
#[folder = "locales/"]
struct Localizations;

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

/// The message `id` in the current language (reactive). What `t!` calls at run time: one
/// copy of the lookup for the ~350 places that show a text, instead of one each.
#[doc(hidden)]
#[inline(never)]
pub fn text(i18n: I18n, id: &str) -> String {
    i18n.loader().get(id)
}

/// [`text`] with arguments, passed as a slice rather than the `HashMap` that `fl!` builds
/// at each call site.
#[doc(hidden)]
#[inline(never)]
pub fn text_args(i18n: I18n, id: &str, args: &[(&str, FluentValue)]) -> String {
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    i18n.loader().get_args_fluent(id, Some(&fluent_args))
}

/// Only named by `t!`'s compile-time check, which `fl!` makes on a loader expression; the
/// check's code is never run, and the compiler drops it.
#[doc(hidden)]
pub fn never_called() -> &'static FluentLanguageLoader {
    unreachable!("t! only type-checks its fl! call")
}

/// `t!(i18n, "message-id")` or `t!(i18n, "message-id", count = n)`: the text in the
/// current language. Inside a view, wrap it in `move ||` so it follows language changes.
/// `fl!` checks at compile time that the id exists in French and takes these arguments;
/// the lookup itself goes through [`text`] / [`text_args`].
#[macro_export]
macro_rules! t {
    ($i18n:expr, $id:literal $(,)?) => {{
        if false {
            let _ = i18n_embed_fl::fl!($crate::i18n::never_called(), $id);
        }
        $crate::i18n::text($i18n, $id)
    }};
    ($i18n:expr, $id:literal $(, $name:ident = $value:expr)+ $(,)?) => {{
        if false {
            let _ = i18n_embed_fl::fl!($crate::i18n::never_called(), $id $(, $name = 0)+);
        }
        $crate::i18n::text_args(
            $i18n,
            $id,
            &[$((stringify!($name), ::fluent_bundle::FluentValue::from($value))),+],
        )
    }};
}
