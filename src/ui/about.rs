//! `/about`: where the data comes from, its licences, and the privacy promise.

use crate::finder::{DATA_SOURCE, MAP_SOURCES};
use crate::i18n::use_i18n;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn AboutScreen() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <h1>{move || t!(i18n, "about-title")}</h1>
        <section class="card about-section" aria-labelledby="about-privacy-title">
            <h2 id="about-privacy-title">{move || t!(i18n, "about-privacy-title")}</h2>
            <p>{move || t!(i18n, "about-privacy")}</p>
            <p>{move || t!(i18n, "about-privacy-position")}</p>
        </section>
        <section class="card about-section" aria-labelledby="about-sources-title">
            <h2 id="about-sources-title">{move || t!(i18n, "about-sources-title")}</h2>
            <ul class="about-sources">
                <li>{move || t!(i18n, "about-finess")}</li>
                <li>{move || t!(i18n, "about-boundaries")}</li>
                <li>{move || t!(i18n, "about-arrondissements")}</li>
                <li>{move || t!(i18n, "about-stations")}</li>
                <li>{move || t!(i18n, "about-sintes")}</li>
            </ul>
            <p class="about-credits-label">{move || t!(i18n, "about-credits")}</p>
            <p class="about-credits" lang="fr">{DATA_SOURCE}<br/>{MAP_SOURCES}</p>
        </section>
        <nav class="finder-links">
            <a class="button button-secondary" href="/finder">{move || t!(i18n, "finder-title")}</a>
            <a class="button button-secondary" href="/">{move || t!(i18n, "nav-back-home")}</a>
        </nav>
    }
}
