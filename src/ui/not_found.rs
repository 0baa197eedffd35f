use crate::i18n::use_i18n;
use crate::live_text;
use leptos::prelude::*;

#[component]
pub fn NotFoundScreen() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{live_text!(i18n, "not-found-title")}</h1>
        <section class="card">
            <p>{live_text!(i18n, "not-found-text")}</p>
            <a class="button" href="/">{live_text!(i18n, "nav-back-home")}</a>
        </section>
    }
}
