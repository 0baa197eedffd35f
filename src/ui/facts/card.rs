//! A myth-busting card (belief, finding, figures, takeaway, source) and its pictogram,
//! in any language: the facts list, the quiz and the presentation mode show it.

use super::listen::ListenButton;
use crate::facts::{Card, Pictogram, TABLE_NOTE_MESSAGE_ID};
use crate::i18n::{tr, tr0};
use crate::lang::Lang;
use crate::tr;
use leptos::prelude::*;
use std::cell::Cell;

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(0) };
}

/// Where the card's figures come from ("laboratory analysis, users' answers…").
fn origins(card: &Card, lang: Lang) -> String {
    card.origins()
        .iter()
        .map(|origin| tr0(lang, &origin.message_id()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Everything a card says, in reading order, for the "listen" button. Labels have no
/// final punctuation and texts do, so a pause follows each.
fn card_text(card: &Card, lang: Lang) -> String {
    let args = card.args();
    let part = |label: String, id: &str| format!("{label}. {}", tr(lang, id, &args));
    let mut parts = vec![
        part(tr!(lang, "fact-label-belief"), &card.belief_message_id()),
        part(tr!(lang, "fact-label-finding"), &card.finding_message_id()),
    ];
    if let Some(id) = card.caveat_message_id() {
        parts.push(part(tr!(lang, "fact-label-caveat"), &id));
    }
    parts.push(part(
        tr!(lang, "fact-label-takeaway"),
        &card.takeaway_message_id(),
    ));
    parts.join(" ")
}

/// One myth-busting card in `lang` (the app's language, or the second column's in
/// presentation mode).
#[component]
pub fn FactCard(card: &'static Card, #[prop(into)] lang: Signal<Lang>) -> impl IntoView {
    let args = card.args();
    let text = {
        let args = args.clone();
        move |id: String| {
            let args = args.clone();
            move || tr(lang.get(), &id, &args)
        }
    };
    let caveat = card.caveat_message_id().map(|id| {
        view! {
            <div class="fact-part fact-caveat">
                <h3 class="fact-label">{move || tr!(lang.get(), "fact-label-caveat")}</h3>
                <p>{text(id)}</p>
            </div>
        }
    });
    // The level, weight and price columns of the survey's table count the rocks above
    // 6% only; a card showing them says so.
    let table_note = card.shows_table_subset().then(|| {
        view! {
            <p class="fact-table-note">
                {move || tr(lang.get(), TABLE_NOTE_MESSAGE_ID, &Card::table_note_args())}
            </p>
        }
    });
    // A card without figures (basing does not purify) has nowhere they come from.
    let origin = (!card.origins().is_empty()).then(|| {
        view! {
            <p class="fact-origin">
                <span class="fact-origin-label">{move || tr!(lang.get(), "fact-origin-label")}</span>
                " "
                {move || origins(card, lang.get())}
            </p>
        }
    });
    let finder = card.links_to_finder().then(|| {
        view! {
            <a class="button fact-finder" href="/finder">
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M12 21s-6.5-6.7-6.5-11.5a6.5 6.5 0 0 1 13 0C18.5 14.3 12 21 12 21z"/>
                    <circle cx="12" cy="9.5" r="2.5"/>
                </svg>
                <span>{move || tr!(lang.get(), "fact-finder-link")}</span>
            </a>
        }
    });
    // Unique even when a card shows twice (two languages side by side).
    let heading_id = format!(
        "fact-{}-{}",
        card.id.slug(),
        NEXT_ID.with(|n| n.replace(n.get() + 1))
    );
    let labelled_by = heading_id.clone();
    view! {
        <article class="card fact-card" data-card=card.id.slug() aria-labelledby=labelled_by>
            <div class="fact-head">
                <PictogramIcon pictogram=card.pictogram/>
                <h2 id=heading_id>
                    <span class="fact-kicker">{move || tr!(lang.get(), "fact-label-belief")}</span>
                    " "
                    <span class="fact-belief">{text(card.belief_message_id())}</span>
                </h2>
            </div>
            <div class="fact-part fact-finding">
                <h3 class="fact-label">
                    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                        <circle cx="10.5" cy="10.5" r="6"/>
                        <path d="M15 15l5 5"/>
                    </svg>
                    <span>{move || tr!(lang.get(), "fact-label-finding")}</span>
                </h3>
                <p>{text(card.finding_message_id())}</p>
                {origin}
                {table_note}
            </div>
            {caveat}
            <div class="fact-part fact-takeaway">
                <h3 class="fact-label">
                    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                        <path d="M5 12.5l4.5 4.5L19 7.5"/>
                    </svg>
                    <span>{move || tr!(lang.get(), "fact-label-takeaway")}</span>
                </h3>
                <p>{text(card.takeaway_message_id())}</p>
            </div>
            <div class="fact-actions">
                {finder}
                <ListenButton text=Signal::derive(move || card_text(card, lang.get())) lang/>
            </div>
            <p class="fact-source">
                <span class="fact-source-label">{move || tr!(lang.get(), "fact-source")}</span>
                " "
                <span lang="en">{card.citation.text()}</span>
            </p>
        </article>
    }
}

/// A simple line drawing per card, for readers who read little. Decorative: the text
/// says everything.
#[component]
pub fn PictogramIcon(pictogram: Pictogram) -> impl IntoView {
    let class = format!("fact-picto fact-picto-{}", pictogram.id());
    let shapes = match pictogram {
        // A spoon over a flame.
        Pictogram::Cooking => view! {
            <ellipse cx="19" cy="13" rx="11" ry="5"/>
            <path d="M30 12l14-4"/>
            <path d="M22 45c-6 0-9-5-6-11 1 3 3 4 4 4-1-6 3-10 7-12 0 5 7 7 5 14-1 3-4 5-10 5z"/>
        }
        .into_any(),
        // A balance.
        Pictogram::Scale => view! {
            <path d="M24 8v32M14 42h20M8 14h32"/>
            <path d="M8 14l-5 12h10zM40 14l-5 12h10z"/>
            <path d="M3 26a5 4 0 0 0 10 0M35 26a5 4 0 0 0 10 0"/>
        }
        .into_any(),
        // An eye with a question: looks do not tell.
        Pictogram::Eye => view! {
            <path d="M3 24s8-12 21-12 21 12 21 12-8 12-21 12S3 24 3 24z"/>
            <circle cx="24" cy="24" r="6"/>
            <path d="M8 8l32 32"/>
        }
        .into_any(),
        // A ruler.
        Pictogram::Ruler => view! {
            <rect x="4" y="17" width="40" height="14" rx="2"/>
            <path d="M11 17v6M18 17v4M25 17v6M32 17v4M39 17v6"/>
        }
        .into_any(),
        // A gauge with its needle in the upper half.
        Pictogram::Gauge => view! {
            <path d="M6 34a18 18 0 0 1 36 0"/>
            <path d="M24 34l8-13"/>
            <circle cx="24" cy="34" r="2.5"/>
            <path d="M6 40h36"/>
        }
        .into_any(),
        // A magnifier.
        Pictogram::Magnifier => view! {
            <circle cx="20" cy="20" r="12"/>
            <path d="M29 29l14 14"/>
            <path d="M15 20h10"/>
        }
        .into_any(),
        // A heart with a racing pulse.
        Pictogram::Heart => view! {
            <path d="M24 41S6 30 6 18a9 9 0 0 1 18-3 9 9 0 0 1 18 3c0 12-18 23-18 23z"/>
            <path d="M10 24h8l3-6 4 11 3-5h10"/>
        }
        .into_any(),
        // A capsule.
        Pictogram::Pill => view! {
            <path d="M12 36a8 8 0 0 1 0-11l13-13a8 8 0 0 1 11 11L23 36a8 8 0 0 1-11 0z"/>
            <path d="M18.5 18.5l11 11"/>
        }
        .into_any(),
        // A stack of coins.
        Pictogram::Coins => view! {
            <ellipse cx="20" cy="12" rx="12" ry="5"/>
            <path d="M8 12v8c0 3 5 5 12 5s12-2 12-5v-8"/>
            <path d="M8 20v8c0 3 5 5 12 5"/>
            <ellipse cx="33" cy="33" rx="10" ry="4"/>
            <path d="M23 33v6c0 2 4 4 10 4s10-2 10-4v-6"/>
        }
        .into_any(),
    };
    view! {
        <svg class=class viewBox="0 0 48 48" aria-hidden="true" focusable="false">
            {shapes}
        </svg>
    }
}
