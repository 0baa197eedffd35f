//! `/facts/print`: the nine cards laid out for paper, for outreach workers to leave with
//! people who have no phone or no data. The browser prints (to paper or to PDF): one card
//! per half A4 page, in the app's language or two side by side, with the emergency numbers
//! at the foot of every page, and no buttons on paper (style.css, `@media print`). Nothing
//! new to download, so it works offline.

use super::card::FactCard;
use super::second_language::{SecondLanguage, SecondLanguagePicker};
use crate::browser::document;
use crate::facts::CARDS;
use crate::i18n::use_i18n;
use crate::lang::Lang;
use crate::{live_text, tr};
use leptos::prelude::*;

/// The emergency numbers as the bar at the foot of every screen gives them, in `lang`.
fn numbers(lang: Lang) -> impl IntoView {
    let number = |number: String, name: String| {
        view! { <span class="print-number"><strong>{number}</strong>" "{name}</span> }
    };
    view! {
        <p lang=lang.code()>
            <span class="print-numbers-label">{tr!(lang, "emergency-label")}</span>
            {number(tr!(lang, "emergency-samu-number"), tr!(lang, "emergency-samu-name"))}
            {number(tr!(lang, "emergency-eu-number"), tr!(lang, "emergency-eu-name"))}
            {number(tr!(lang, "emergency-dis-number"), tr!(lang, "emergency-dis-name"))}
        </p>
    }
}

#[component]
pub fn PrintScreen() -> impl IntoView {
    let i18n = use_i18n();
    let second = expect_context::<SecondLanguage>().shown(i18n);
    let sheets = move || {
        let main = i18n.lang();
        let other = second.get();
        let column = move |card, lang: Lang| {
            view! {
                <div class="print-col" lang=lang.code()>
                    <FactCard card lang=Signal::derive(move || lang)/>
                </div>
            }
        };
        CARDS
            .iter()
            .map(|card| {
                view! {
                    <div class="print-card" class:print-two=other.is_some()>
                        {column(card, main)}
                        {other.map(|other| column(card, other))}
                    </div>
                }
            })
            .collect_view()
    };
    view! {
        <div class="print-controls">
            <h1>{live_text!(i18n, "print-title")}</h1>
            <p>{live_text!(i18n, "print-intro")}</p>
            <SecondLanguagePicker/>
            <p class="print-actions">
                <button type="button" class="button print-button" on:click=|_| document::print()>
                    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                        <path d="M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z"/>
                    </svg>
                    <span>{live_text!(i18n, "print-button")}</span>
                </button>
                <a class="button button-secondary" href="/facts">{live_text!(i18n, "facts-back")}</a>
            </p>
        </div>
        <div class="print-sheets">{sheets}</div>
        // Paper only: on screen, the emergency bar is there.
        <footer class="print-footer">
            {move || numbers(i18n.lang())}
            {move || second.get().map(numbers)}
        </footer>
    }
}
