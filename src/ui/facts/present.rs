//! `/facts/present`: for an outreach worker's tablet. One large card at a time, turned
//! with the buttons, the arrow keys or a swipe; optionally the same card in a second
//! language beside it, so both people can read (or hear) it in their own (kept for the
//! session, see second_language.rs). A list of the cards' titles jumps to one, and the
//! screen can go full screen (Escape, or the button, leaves it; so does leaving the screen).

use super::card::FactCard;
use super::second_language::{SecondLanguage, SecondLanguagePicker};
use crate::browser::fullscreen;
use crate::facts::deck::{key_step, swipe, Deck, Step};
use crate::facts::CARDS;
use crate::i18n::{tr, use_i18n};
use crate::{live_text, t, tr};
use leptos::ev;
use leptos::prelude::*;

#[component]
pub fn PresentScreen() -> impl IntoView {
    let i18n = use_i18n();
    let lang = Signal::derive(move || i18n.lang());
    let deck = RwSignal::new(Deck::new(CARDS.len()));
    let second = expect_context::<SecondLanguage>().shown(i18n);
    let go = move |step: Step| deck.update(|deck| *deck = deck.step(step));

    let keys = window_event_listener(ev::keydown, move |event| {
        if event.alt_key() || event.ctrl_key() || event.meta_key() || event.shift_key() {
            return;
        }
        if let Some(step) = key_step(&event.key()) {
            event.prevent_default();
            go(step);
        } else if event.key() == "Escape" {
            // Most browsers leave full screen on Escape by themselves; this covers the rest.
            fullscreen::leave();
        }
    });
    on_cleanup(move || keys.remove());

    let start = StoredValue::new(None::<(f64, f64)>);
    let on_down = move |event: ev::PointerEvent| {
        if event.is_primary() {
            start.set_value(Some((
                f64::from(event.client_x()),
                f64::from(event.client_y()),
            )));
        }
    };
    let on_up = move |event: ev::PointerEvent| {
        let Some((x, y)) = start.get_value() else {
            return;
        };
        start.set_value(None);
        let dx = f64::from(event.client_x()) - x;
        let dy = f64::from(event.client_y()) - y;
        if let Some(step) = swipe(dx, dy) {
            go(step);
        }
    };

    let position = move || {
        let deck = deck.get();
        tr!(
            lang.get(),
            "present-position",
            &[("number", deck.number() as f64), ("total", deck.len as f64)],
        )
    };

    // "1. « Basing purifies it. »", one option a card, the shown one selected.
    let titles = move || {
        let main = lang.get();
        CARDS
            .iter()
            .enumerate()
            .map(|(index, card)| {
                let title = tr(main, &card.belief_message_id(), &card.args());
                view! {
                    <option value=index.to_string() selected=move || deck.get().index == index>
                        {format!("{}. {title}", index + 1)}
                    </option>
                }
            })
            .collect_view()
    };
    let jump = move |event: ev::Event| {
        if let Ok(index) = event_target_value(&event).parse::<usize>() {
            deck.update(|deck| *deck = deck.go_to(index));
        }
    };

    let full = RwSignal::new(fullscreen::is_on());
    // Kept with the screen: dropped, and the listener removed, when the screen goes.
    StoredValue::new_local(fullscreen::on_change(move || full.set(fullscreen::is_on())));
    on_cleanup(fullscreen::leave);
    let full_screen_button = fullscreen::is_available().then(|| {
        view! {
            <button
                type="button"
                class="button button-secondary present-fullscreen"
                on:click=move |_| if full.get_untracked() { fullscreen::leave() } else { fullscreen::enter() }
            >
                {move || if full.get() {
                    t!(i18n, "present-fullscreen-exit")
                } else {
                    t!(i18n, "present-fullscreen")
                }}
            </button>
        }
    });

    view! {
        <div class="present">
            <div class="present-top">
                <h1 class="present-title">{live_text!(i18n, "present-title")}</h1>
                <SecondLanguagePicker/>
                <label class="present-jump">
                    <span>{live_text!(i18n, "present-jump")}</span>
                    <select
                        on:change=jump
                        on:keydown=move |event| {
                            // Arrows choose a title here, not a card.
                            if key_step(&event.key()).is_some() {
                                event.stop_propagation();
                            }
                        }
                    >
                        {titles}
                    </select>
                </label>
                {full_screen_button}
            </div>
            <nav class="present-nav" aria-label=live_text!(i18n, "present-nav-label")>
                <button
                    type="button"
                    class="button present-previous"
                    disabled=move || deck.get().is_first()
                    on:click=move |_| go(Step::Previous)
                >
                    <span aria-hidden="true">"←"</span>
                    <span>{move || tr!(lang.get(), "present-previous")}</span>
                </button>
                <p class="present-position" aria-live="polite">{position}</p>
                <button
                    type="button"
                    class="button present-next"
                    disabled=move || deck.get().is_last()
                    on:click=move |_| go(Step::Next)
                >
                    <span>{move || tr!(lang.get(), "present-next")}</span>
                    <span aria-hidden="true">"→"</span>
                </button>
            </nav>
            <div
                class="present-deck"
                class:present-two=move || second.get().is_some()
                on:pointerdown=on_down
                on:pointerup=on_up
                on:pointercancel=move |_| start.set_value(None)
            >
                {move || {
                    let card = &CARDS[deck.get().index];
                    let main = lang.get();
                    let other = second.get().map(|other| view! {
                        <div class="present-col" lang=other.code()>
                            <FactCard card lang=Signal::derive(move || other)/>
                        </div>
                    });
                    view! {
                        <div class="present-col" lang=main.code()>
                            <FactCard card lang/>
                        </div>
                        {other}
                    }
                }}
            </div>
            <p class="present-hint">{live_text!(i18n, "present-hint")}</p>
            <nav class="finder-links">
                <a class="button button-secondary" href="/facts">{live_text!(i18n, "facts-back")}</a>
                <a class="button button-secondary" href="/share">{live_text!(i18n, "share-title")}</a>
            </nav>
        </div>
    }
}
