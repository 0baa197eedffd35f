//! Translations: the Fluent files of `locales/`, one language at a time and in parts
//! (src/text_parts.rs). The build serves each part as `/l10n/<code>/<part>.ftl`. The app
//! fetches the shell's in the user's language as it starts, and each screen's part with
//! that screen's wasm ([`showing`], [`load`]); a language chosen later comes with the
//! parts of the screen on show. The service worker has them all after the first visit.
//! `t!` looks a message up in the current language and, through `fl!`, checks at compile
//! time that the id exists in French.

use crate::browser::fetch;
use crate::facts::format::needs_text;
use crate::lang::Lang;
use crate::number::format_number;
use crate::text_parts::TextPart;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::{I18nAssets, LanguageLoader};
use leptos::prelude::*;
use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;

/// A language's loader and the parts of its texts it holds.
struct Loaded {
    loader: Arc<FluentLanguageLoader>,
    parts: Vec<TextPart>,
}

thread_local! {
    static LOADED: RefCell<HashMap<Lang, Loaded>> = RefCell::new(HashMap::new());
    /// The part of the screen on show (see [`showing`]): with the shell's, what every
    /// language the app shows must have.
    static SHOWN: Cell<TextPart> = const { Cell::new(TextPart::Shell) };
    /// Notified when a part arrives, for views that were waiting for it.
    static ARRIVED: OnceCell<ArcTrigger> = const { OnceCell::new() };
}

fn arrived() -> ArcTrigger {
    ARRIVED.with(|cell| cell.get_or_init(ArcTrigger::new).clone())
}

/// The parts the screen on show needs that `lang` does not have yet.
fn missing(lang: Lang) -> Vec<TextPart> {
    let mut needed = vec![TextPart::Shell, SHOWN.get()];
    needed.dedup();
    LOADED.with(|loaded| match loaded.borrow().get(&lang) {
        Some(have) => needed
            .into_iter()
            .filter(|part| !have.parts.contains(part))
            .collect(),
        None => needed,
    })
}

/// Reactive: whether `lang` has the parts the screen on show needs (see [`load`]).
pub fn is_loaded(lang: Lang) -> bool {
    arrived().track();
    missing(lang).is_empty()
}

/// The loader for `lang`, parsed once and kept: switching back and forth costs nothing.
/// Callers ask for a language that is loaded ([`load`], [`is_loaded`]); if it is not, this
/// gives one that is (the first loaded), rather than no text at all.
pub fn loader(lang: Lang) -> Arc<FluentLanguageLoader> {
    LOADED.with(|loaded| {
        let loaded = loaded.borrow();
        loaded
            .get(&lang)
            .or_else(|| Lang::ALL.iter().find_map(|other| loaded.get(other)))
            .map(|have| have.loader.clone())
            .expect("the app starts only once a language is loaded")
    })
}

/// One fetched `.ftl` file, as i18n-embed reads its assets.
struct OneFile<'a> {
    path: String,
    text: &'a str,
}

impl I18nAssets for OneFile<'_> {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        if file_path == self.path {
            vec![Cow::Borrowed(self.text.as_bytes())]
        } else {
            Vec::new()
        }
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(std::iter::once(self.path.clone()))
    }
}

fn new_loader(lang: Lang, text: &str) -> Option<FluentLanguageLoader> {
    let id: unic_langid::LanguageIdentifier = lang
        .code()
        .parse()
        .expect("our codes are valid language ids");
    let loader = FluentLanguageLoader::new("repere", id.clone());
    let file = OneFile {
        path: format!("{}/repere.ftl", lang.code()),
        text,
    };
    loader.load_languages(&file, &[id]).ok()?;
    // No locale here is right-to-left, and old Android fonts draw the isolation marks as boxes.
    loader.set_use_isolating(false);
    Some(loader)
}

/// Parses `text` (`part` of `lang`'s texts) and adds it to that language's loader. No
/// fallback language is loaded behind it: `tests/locales.rs` checks that every language
/// has every message, and `tests/text_parts.rs` that each screen uses only its parts'.
/// False if `text` does not parse (then the part is not there, and [`load`] says so).
pub fn install(lang: Lang, part: TextPart, text: &str) -> bool {
    let installed = LOADED.with(|loaded| {
        let mut loaded = loaded.borrow_mut();
        match loaded.get_mut(&lang) {
            Some(have) if have.parts.contains(&part) => true,
            Some(have) => {
                let Ok(resource) = FluentResource::try_new(text.to_owned()) else {
                    return false;
                };
                let resource = Arc::new(resource);
                // A language's loader has one bundle: its own (it is its own fallback).
                have.loader.with_bundles_mut(|bundle| {
                    let _ = bundle.add_resource(resource.clone());
                });
                have.parts.push(part);
                true
            }
            None => {
                let Some(loader) = new_loader(lang, text) else {
                    return false;
                };
                let parts = vec![part];
                loaded.insert(
                    lang,
                    Loaded {
                        loader: Arc::new(loader),
                        parts,
                    },
                );
                true
            }
        }
    });
    arrived().notify();
    installed
}

/// Starts fetching the parts the screen on show needs that `lang` does not have.
fn request_missing(lang: Lang) -> Vec<(TextPart, fetch::PendingText)> {
    missing(lang)
        .into_iter()
        .map(|part| {
            let path = part.path(lang);
            // The page's loader asks for the shell's texts with the wasm.
            let request = if part == TextPart::Shell {
                fetch::text_started_by_page(&path)
            } else {
                fetch::text(&path)
            };
            (part, request)
        })
        .collect()
}

/// Makes the parts of `lang`'s texts that the screen on show needs available: at once if
/// they are, else fetched (from the service worker's cache after the first visit), the
/// requests starting now. False if one cannot be had now. Should another screen open
/// meanwhile, its part is fetched too before this resolves.
pub fn load(lang: Lang) -> impl Future<Output = bool> {
    let mut requests = request_missing(lang);
    async move {
        while !requests.is_empty() {
            for (part, request) in requests {
                // A part that cannot be had, or that does not parse, is not asked for again
                // here: the screen says it cannot open, and opening it again retries.
                let installed = request.await.is_some_and(|text| install(lang, part, &text));
                if !installed {
                    return false;
                }
            }
            requests = request_missing(lang);
        }
        true
    }
}

/// The screen on show is `part`'s from now on (the shell's for the home screen): [`load`]
/// gets it too, for the language shown and any chosen later.
pub fn showing(part: TextPart) {
    SHOWN.set(part);
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

    pub fn lang_untracked(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// Only to a language that is loaded ([`load`]).
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

/// The message `id` in `lang` (not reactive), with figures formatted for that language
/// (see [`needs_text`]). For ids built at run time, which no macro can check:
/// `tests/locales.rs` checks each of them against French.
pub fn tr(lang: Lang, id: &str, args: &[(&str, f64)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for &(name, value) in args {
        // A year (an argument named `*_year`) is never grouped: 2018, not 2 018.
        if needs_text(value) && !name.ends_with("_year") {
            fluent_args.set(name, FluentValue::from(format_number(value, lang)));
        } else {
            fluent_args.set(name, FluentValue::from(value));
        }
    }
    loader(lang).get_args_fluent(id, Some(&fluent_args))
}

/// A message without arguments in `lang`.
pub fn tr0(lang: Lang, id: &str) -> String {
    tr(lang, id, &[])
}

/// The message `id` as a view's text or attribute that follows the language. Every
/// `live_text!` is this one closure type, so Leptos's reactive text and attribute code is
/// compiled once for all of them, not once per `move || t!(…)` (one each, ~250 sites).
#[doc(hidden)]
#[inline(never)]
pub fn live(i18n: I18n, id: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    move || text(i18n, id)
}

/// Only named by `t!`'s compile-time check, which `fl!` makes on a loader expression; the
/// check's code is never run, and the compiler drops it.
#[doc(hidden)]
pub fn never_called() -> &'static FluentLanguageLoader {
    unreachable!("t! only type-checks its fl! call")
}

/// `live_text!(i18n, "message-id")`: `move || t!(i18n, "message-id")` as one shared type
/// ([`live`]), for a view's text or attribute; the id is checked at compile time as `t!` does.
#[macro_export]
macro_rules! live_text {
    ($i18n:expr, $id:literal $(,)?) => {{
        if false {
            let _ = i18n_embed_fl::fl!($crate::i18n::never_called(), $id);
        }
        $crate::i18n::live($i18n, $id)
    }};
}

/// `tr!(lang, "message-id")` or `tr!(lang, "message-id", &args)`: [`tr0`] / [`tr`] in a
/// language given (a card may show in a second one), with the id checked at compile time
/// as `t!` does. Only ids built at run time call `tr` directly: `tests/locales.rs` checks those.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal $(,)?) => {{
        if false {
            let _ = i18n_embed_fl::fl!($crate::i18n::never_called(), $id);
        }
        $crate::i18n::tr0($lang, $id)
    }};
    ($lang:expr, $id:literal, $args:expr $(,)?) => {{
        if false {
            let _ = i18n_embed_fl::fl!($crate::i18n::never_called(), $id);
        }
        $crate::i18n::tr($lang, $id, $args)
    }};
}

/// `t!(i18n, "message-id")` or `t!(i18n, "message-id", count = n)`: the text in the
/// current language. Inside a view, `live_text!`, or `move ||` around it, follows language changes.
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
            &[$((stringify!($name), $value.into())),+],
        )
    }};
}
