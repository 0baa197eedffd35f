//! Each language shown by its own name, so a reader finds theirs without reading ours.

use super::app::AppSettings;
use crate::browser::storage;
use crate::i18n::{self, use_i18n};
use crate::lang::Lang;
use crate::live_text;
use crate::settings::STORAGE_KEY;
use leptos::prelude::*;

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let AppSettings(settings) = expect_context();

    let choose = move |code: String| {
        let Some(lang) = Lang::from_tag(&code) else {
            return;
        };
        // Its texts first (at once from the worker's cache after the first visit); if they
        // cannot be had now, the app stays in the language it shows.
        leptos::task::spawn_local(async move {
            if !i18n::load(lang).await {
                i18n.set_lang(i18n.lang_untracked());
                return;
            }
            i18n.set_lang(lang);
            settings.update(|settings| settings.lang = Some(lang));
            // If storage is full or off, the choice still holds until the app is closed.
            let _ = storage::write(STORAGE_KEY, &settings.with_untracked(|s| s.to_json()));
        });
    };

    view! {
        <label class="language-picker">
            <span class="visually-hidden">{live_text!(i18n, "language-label")}</span>
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                <circle cx="12" cy="12" r="9"/>
                <path d="M3 12h18M12 3c3 3.2 3 14.8 0 18M12 3c-3 3.2-3 14.8 0 18"/>
            </svg>
            <select on:change=move |event| choose(event_target_value(&event))>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <option value=lang.code() lang=lang.code() selected=move || i18n.lang() == lang>
                                {lang.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
