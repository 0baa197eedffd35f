//! Emergency numbers, one tap away on every screen: `tel:` links with their names, and
//! the "What to do" guide (a static page per language, see `crate::help`).

use crate::help;
use crate::i18n::use_i18n;
use crate::live_text;
use leptos::prelude::*;

#[component]
pub fn EmergencyBar() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="emergency" aria-label=live_text!(i18n, "emergency-label")>
            <a href="tel:15">
                <span class="number">{live_text!(i18n, "emergency-samu-number")}</span>
                <span class="name">{live_text!(i18n, "emergency-samu-name")}</span>
            </a>
            <a href="tel:112">
                <span class="number">{live_text!(i18n, "emergency-eu-number")}</span>
                <span class="name">{live_text!(i18n, "emergency-eu-name")}</span>
            </a>
            <a href="tel:0800231313">
                <span class="number">{live_text!(i18n, "emergency-dis-number")}</span>
                <span class="name">{live_text!(i18n, "emergency-dis-name")}</span>
            </a>
            // A page, not the app's route: it opens even when the wasm cannot.
            <a class="emergency-help" href=move || help::page_path(i18n.lang().code())>
                <HelpIcon/>
                <span class="name">{live_text!(i18n, "emergency-help")}</span>
            </a>
        </nav>
    }
}

/// A question mark in a circle, the same drawing as the static copy in `index.html`.
#[component]
pub fn HelpIcon() -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
            <circle cx="12" cy="12" r="9"/>
            <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7M12 17v.1"/>
        </svg>
    }
}
