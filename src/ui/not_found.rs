use crate::i18n::use_i18n;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn NotFoundScreen() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{move || t!(i18n, "not-found-title")}</h1>
        <section class="card">
            <p>{move || t!(i18n, "not-found-text")}</p>
            <a class="button" href="/">{move || t!(i18n, "nav-back-home")}</a>
        </section>
    }
}
