//! Emergency numbers, one tap away on every screen: `tel:` links with their names.

use crate::i18n::use_i18n;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn EmergencyBar() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="emergency" aria-label=move || t!(i18n, "emergency-label")>
            <a href="tel:15">
                <span class="number">{move || t!(i18n, "emergency-samu-number")}</span>
                <span class="name">{move || t!(i18n, "emergency-samu-name")}</span>
            </a>
            <a href="tel:112">
                <span class="number">{move || t!(i18n, "emergency-eu-number")}</span>
                <span class="name">{move || t!(i18n, "emergency-eu-name")}</span>
            </a>
            <a href="tel:0800231313">
                <span class="number">{move || t!(i18n, "emergency-dis-number")}</span>
                <span class="name">{move || t!(i18n, "emergency-dis-name")}</span>
            </a>
        </nav>
    }
}
