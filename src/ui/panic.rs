//! A panic must never leave a blank page: the hook shows a translated message and a
//! reload link. The text is prepared whenever the language changes, because the hook runs
//! when the app can no longer be trusted to do anything complicated.

use crate::browser::crash_screen::{self, CrashText};
use crate::i18n::loader;
use crate::lang::Lang;
use std::cell::RefCell;

thread_local! {
    static CRASH_TEXT: RefCell<Option<CrashText>> = const { RefCell::new(None) };
}

pub fn install(lang: Lang) {
    prepare(lang);
    std::panic::set_hook(Box::new(|info| {
        // The location only: a panic payload could quote user data, and logs are not private.
        if let Some(location) = info.location() {
            web_sys::console::error_1(&format!("Repère stopped at {location}").into());
        }
        CRASH_TEXT.with(|text| {
            if let Ok(text) = text.try_borrow() {
                if let Some(text) = text.as_ref() {
                    crash_screen::show(text);
                }
            }
        });
    }));
}

/// Called at start and on every language change.
pub fn prepare(lang: Lang) {
    let loader = loader(lang);
    let text = CrashText {
        lang: lang.code(),
        title: i18n_embed_fl::fl!(loader.as_ref(), "crash-title"),
        text: i18n_embed_fl::fl!(loader.as_ref(), "crash-text"),
        reload: i18n_embed_fl::fl!(loader.as_ref(), "crash-reload"),
        help: i18n_embed_fl::fl!(loader.as_ref(), "home-help-title"),
        help_href: crate::help::page_path(lang.code()),
    };
    CRASH_TEXT.with(|slot| *slot.borrow_mut() = Some(text));
}
