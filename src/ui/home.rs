//! The home screen: four big doors. Its markup matches the static copy in `index.html`,
//! which paints before the wasm arrives.

use crate::facts::ROCKS_ANALYSED;
use crate::help;
use crate::i18n::use_i18n;
use crate::{live_text, t};
use leptos::prelude::*;

#[component]
pub fn HomeScreen() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{live_text!(i18n, "home-title")}</h1>
        <nav class="doors">
            <a class="door door-facts" href="/facts">
                <svg class="door-icon" viewBox="0 0 48 48" aria-hidden="true">
                    <circle cx="24" cy="24" r="19"/>
                    <path d="M24 21v13M24 14v1"/>
                </svg>
                <span class="door-title">{live_text!(i18n, "home-facts-title")}</span>
                <span class="door-text">{move || t!(i18n, "home-facts-text", count = ROCKS_ANALYSED)}</span>
            </a>
            <a class="door door-finder" href="/finder">
                <svg class="door-icon" viewBox="0 0 48 48" aria-hidden="true">
                    <path d="M24 43s-13-13.5-13-23a13 13 0 0 1 26 0c0 9.5-13 23-13 23z"/>
                    <circle cx="24" cy="20" r="5"/>
                </svg>
                <span class="door-title">{live_text!(i18n, "home-finder-title")}</span>
                <span class="door-text">{live_text!(i18n, "home-finder-text")}</span>
            </a>
            <a class="door door-diary" href="/diary">
                <svg class="door-icon" viewBox="0 0 48 48" aria-hidden="true">
                    <rect x="11" y="6" width="26" height="36" rx="3"/>
                    <path d="M17 15h14M17 22h14M17 29h8"/>
                </svg>
                <span class="door-title">{live_text!(i18n, "home-diary-title")}</span>
                <span class="door-text">{live_text!(i18n, "home-diary-text")}</span>
            </a>
            // The guide is a static page per language: a plain link, not a route.
            <a class="door door-help" href=move || help::page_path(i18n.lang().code())>
                <svg class="door-icon" viewBox="0 0 48 48" aria-hidden="true">
                    <circle cx="24" cy="24" r="19"/>
                    <path d="M19 19a5 5 0 1 1 7 4.6c-1.4.6-2 1.8-2 3.4M24 34v.2"/>
                </svg>
                <span class="door-title">{live_text!(i18n, "home-help-title")}</span>
                <span class="door-text">{live_text!(i18n, "home-help-text")}</span>
            </a>
        </nav>
        <p class="private-note">{live_text!(i18n, "home-private-note")}</p>
    }
}
