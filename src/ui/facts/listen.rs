//! The "listen" button: a card's text read aloud by the device's own voice for the
//! language, and no button at all where the device has none.

use crate::browser::speech;
use crate::lang::Lang;
use crate::tr;
use leptos::prelude::*;
use std::cell::OnceCell;

thread_local! {
    /// Bumped each time the browser's list of voices changes.
    static VOICES: OnceCell<ArcRwSignal<u32>> = const { OnceCell::new() };
}

/// Reactive: whether the device can read `lang` aloud now.
fn can_speak(lang: Lang) -> bool {
    let version = VOICES.with(|cell| {
        cell.get_or_init(|| {
            let version = ArcRwSignal::new(0);
            let bump = version.clone();
            speech::watch_voices(move || bump.update(|n| *n += 1));
            version
        })
        .clone()
    });
    version.track();
    speech::can_speak(lang.code())
}

/// Reads `text` aloud in `lang`; absent, not disabled, when the device has no voice for it.
#[component]
pub fn ListenButton(
    #[prop(into)] text: Signal<String>,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    on_cleanup(speech::cancel);
    view! {
        <Show when=move || can_speak(lang.get())>
            <button
                type="button"
                class="button button-secondary listen"
                on:click=move |_| {
                    speech::speak(&text.get_untracked(), lang.get_untracked().code());
                }
            >
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                    <path d="M4 9h4l5-4v14l-5-4H4z"/>
                    <path d="M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12"/>
                </svg>
                <span>{move || tr!(lang.get(), "fact-listen")}</span>
            </button>
        </Show>
    }
}
