//! Said plainly on a screen whose part has not landed yet.

use crate::i18n::use_i18n;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn ComingSoon(title: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{title}</h1>
        <section class="card coming-soon">
            <h2>{move || t!(i18n, "coming-title")}</h2>
            <p>{move || t!(i18n, "coming-text")}</p>
            <a class="button" href="/">{move || t!(i18n, "nav-back-home")}</a>
        </section>
    }
}
