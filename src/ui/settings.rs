//! The user's app-wide settings (today: the chosen language), shared through context.
//! `choose_lang` is the one place that changes the language: it loads its texts, switches
//! the app to it and stores the choice, so the app's language and the stored one agree.

use crate::browser::storage;
use crate::i18n::{self, I18n};
use crate::lang::Lang;
use crate::settings::{Settings, STORAGE_KEY};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct AppSettings(RwSignal<Settings>);

impl AppSettings {
    /// Called once, by the app, with the settings read at start.
    pub fn new(settings: Settings) -> AppSettings {
        AppSettings(RwSignal::new(settings))
    }

    /// Its texts first (at once from the worker's cache after the first visit); if they
    /// cannot be had now, the app stays in the language it shows.
    pub fn choose_lang(self, i18n: I18n, lang: Lang) {
        leptos::task::spawn_local(async move {
            if !i18n::load(lang).await {
                i18n.set_lang(i18n.lang_untracked());
                return;
            }
            i18n.set_lang(lang);
            self.0.update(|settings| settings.lang = Some(lang));
            // If storage is full or off, the choice still holds until the app is closed.
            let _ = storage::write(STORAGE_KEY, &self.0.with_untracked(|s| s.to_json()));
        });
    }
}

pub fn use_app_settings() -> AppSettings {
    expect_context()
}
