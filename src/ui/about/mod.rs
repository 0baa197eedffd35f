//! `/about`: where the data and the advice come from, their licences, and the privacy
//! promise; and, from there, giving the app to someone else (share_app.rs).

mod share_app;

pub use share_app::ShareAppScreen;

use super::finder::data_extracted_ms;
use crate::browser::clock;
use crate::facts::survey::SURVEY_YEARS;
use crate::facts::ROCKS_ANALYSED;
use crate::finder::{data_source, MAP_SOURCES};
use crate::help;
use crate::i18n::use_i18n;
use crate::{live_text, t};
use leptos::prelude::*;

#[component]
pub fn AboutScreen() -> impl IntoView {
    let i18n = use_i18n();
    let extracted = data_extracted_ms();
    view! {
        <h1>{live_text!(i18n, "about-title")}</h1>
        <section class="card about-section" aria-labelledby="about-privacy-title">
            <h2 id="about-privacy-title">{live_text!(i18n, "about-privacy-title")}</h2>
            <p>{live_text!(i18n, "about-privacy")}</p>
            <p>{live_text!(i18n, "about-privacy-position")}</p>
        </section>
        <section class="card about-section" aria-labelledby="about-share-title">
            <h2 id="about-share-title">{live_text!(i18n, "share-title")}</h2>
            <p>{live_text!(i18n, "about-share-text")}</p>
            <a class="button button-secondary" href="/share">{live_text!(i18n, "share-title")}</a>
        </section>
        <section class="card about-section" aria-labelledby="about-sources-title">
            <h2 id="about-sources-title">{live_text!(i18n, "about-sources-title")}</h2>
            <ul class="about-sources">
                <li>{move || t!(i18n, "about-finess", date = clock::format_date(extracted, i18n.lang().date_locale()))}</li>
                <li>{live_text!(i18n, "about-boundaries")}</li>
                <li>{live_text!(i18n, "about-arrondissements")}</li>
                <li>{live_text!(i18n, "about-stations")}</li>
                <li>
                    {move || {
                        t!(
                            i18n, "about-sintes", count = ROCKS_ANALYSED,
                            first_year = SURVEY_YEARS.low, last_year = SURVEY_YEARS.high
                        )
                    }}
                </li>
            </ul>
            <p class="about-credits-label">{live_text!(i18n, "about-credits")}</p>
            <p class="about-credits" lang="fr">{data_source()}<br/>{MAP_SOURCES}</p>
        </section>
        <section class="card about-section" aria-labelledby="about-help-title">
            <h2 id="about-help-title">{live_text!(i18n, "home-help-title")}</h2>
            <p>{move || t!(i18n, "about-help", date = help::SOURCES_READ_ON)}</p>
            // As published: each title in its own language.
            <ul class="about-sources about-help-sources">
                {help::SOURCES
                    .iter()
                    .map(|source| {
                        view! {
                            <li lang=source.lang>
                                <strong>{source.publisher}</strong>
                                ", "
                                {source.title}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <a class="button button-secondary" href=move || format!("{}#sources", help::page_path(i18n.lang().code()))>
                {live_text!(i18n, "about-help-link")}
            </a>
        </section>
        <nav class="finder-links">
            <a class="button button-secondary" href="/finder">{live_text!(i18n, "finder-title")}</a>
            <a class="button button-secondary" href="/">{live_text!(i18n, "nav-back-home")}</a>
        </nav>
    }
}
