//! The second language a card can show in beside the app's (the presentation mode and the
//! cards to print), kept for the session: chosen once, it stays while the app is open,
//! and is never stored.

use crate::facts::deck::key_step;
use crate::i18n::{self, use_i18n, I18n};
use crate::lang::Lang;
use crate::live_text;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct SecondLanguage(RwSignal<Option<Lang>>);

impl SecondLanguage {
    /// Called once, by the app: the choice outlives the screens that show it.
    pub fn new() -> SecondLanguage {
        SecondLanguage(RwSignal::new(None))
    }

    /// Reactive: the chosen language, once its texts are here, unless the app shows it.
    pub fn shown(self, i18n: I18n) -> Signal<Option<Lang>> {
        let chosen = self.0;
        Signal::derive(move || {
            chosen
                .get()
                .filter(|other| *other != i18n.lang() && i18n::is_loaded(*other))
        })
    }
}

/// "Second language: [None | …]", for the screen that shows cards in two languages.
#[component]
pub fn SecondLanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let chosen = expect_context::<SecondLanguage>();
    let shown = chosen.shown(i18n);
    // Its texts, whenever they are missing: when chosen, and when the screen opens again
    // after the app's language changed.
    Effect::new(move |_| {
        if let Some(other) = chosen.0.get() {
            if !i18n::is_loaded(other) {
                leptos::task::spawn_local(async move {
                    i18n::load(other).await;
                });
            }
        }
    });
    let options = move || {
        Lang::ALL
            .into_iter()
            .filter(|other| *other != i18n.lang())
            .map(|other| {
                view! {
                    <option value=other.code() lang=other.code() selected=move || shown.get() == Some(other)>
                        {other.native_name()}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <label class="present-second">
            <span>{live_text!(i18n, "present-second-language")}</span>
            <select
                on:change=move |event| chosen.0.set(Lang::from_tag(&event_target_value(&event)))
                on:keydown=move |event| {
                    // Arrows choose a language here, not a card.
                    if key_step(&event.key()).is_some() {
                        event.stop_propagation();
                    }
                }
            >
                <option value="" selected=move || shown.get().is_none()>
                    {live_text!(i18n, "present-second-none")}
                </option>
                {options}
            </select>
        </label>
    }
}
