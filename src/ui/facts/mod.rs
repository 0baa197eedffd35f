//! `/facts`: the way into the facts (cards, rock estimator, quiz, presentation mode,
//! cards to print), then the nine myth-busting cards.

mod card;
mod listen;
mod present;
mod print;
mod quiz;
mod rock;
mod second_language;

pub use present::PresentScreen;
pub use print::PrintScreen;
pub use quiz::QuizScreen;
pub use rock::RockScreen;
pub use second_language::SecondLanguage;

use crate::facts::{CARDS, ROCKS_ANALYSED};
use crate::i18n::use_i18n;
use crate::{live_text, t};
use card::FactCard;
use leptos::prelude::*;

#[component]
pub fn FactsScreen() -> impl IntoView {
    let i18n = use_i18n();
    let lang = Signal::derive(move || i18n.lang());
    view! {
        <h1>{live_text!(i18n, "facts-title")}</h1>
        <p class="facts-intro">{move || t!(i18n, "facts-intro", count = ROCKS_ANALYSED)}</p>
        <nav class="facts-nav" aria-label=live_text!(i18n, "facts-nav-label")>
            <a class="facts-entry" href="#cards">
                <svg class="facts-entry-icon" viewBox="0 0 24 24" aria-hidden="true">
                    <rect x="4" y="3" width="16" height="18" rx="2"/>
                    <path d="M8 8h8M8 12h8M8 16h5"/>
                </svg>
                <span>{live_text!(i18n, "facts-nav-cards")}</span>
            </a>
            <a class="facts-entry" href="/facts/rock">
                <svg class="facts-entry-icon" viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M5 15c-1-4 2-8 6-9s8 1 9 5-1 8-6 8-8 0-9-4z"/>
                </svg>
                <span>{live_text!(i18n, "facts-nav-rock")}</span>
            </a>
            <a class="facts-entry" href="/facts/quiz">
                <svg class="facts-entry-icon" viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M3 12l3.5 3.5L12 9M14 9l6 6M20 9l-6 6"/>
                </svg>
                <span>{live_text!(i18n, "facts-nav-quiz")}</span>
            </a>
            <a class="facts-entry" href="/facts/present">
                <svg class="facts-entry-icon" viewBox="0 0 24 24" aria-hidden="true">
                    <rect x="3" y="4" width="18" height="13" rx="1.5"/>
                    <path d="M9 21h6M12 17v4"/>
                </svg>
                <span>{live_text!(i18n, "facts-nav-present")}</span>
            </a>
            <a class="facts-entry" href="/facts/print">
                <svg class="facts-entry-icon" viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z"/>
                </svg>
                <span>{live_text!(i18n, "facts-nav-print")}</span>
            </a>
        </nav>
        <section id="cards" class="fact-list" aria-label=live_text!(i18n, "facts-nav-cards")>
            {CARDS.iter().map(|card| view! { <FactCard card lang/> }).collect_view()}
        </section>
    }
}
