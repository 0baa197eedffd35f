//! Each language shown by its own name, so a reader finds theirs without reading ours.

use crate::i18n::use_i18n;
use crate::lang::Lang;
use crate::live_text;
use crate::ui::settings::use_app_settings;
use leptos::prelude::*;

#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let settings = use_app_settings();
    let choose = move |code: String| {
        if let Some(lang) = Lang::from_tag(&code) {
            settings.choose_lang(i18n, lang);
        }
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
