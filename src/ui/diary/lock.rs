//! The locked diary: "I used now" still works (sealed until the next unlock), the screen
//! shows nothing of the diary, and a wrong PIN makes the next try wait a little longer
//! each time (the count survives a reload).

use super::log::UsedNowButton;
use super::state::{use_diary, NoteError};
use super::words;
use crate::ui::text_field::{Input, TextField};
use crate::i18n::use_i18n;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn DiaryUnlock() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    let pin = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let confirm_wipe = RwSignal::new(false);
    let note_error = RwSignal::new(None::<String>);
    let note_now = move |()| {
        leptos::task::spawn_local(async move {
            note_error.set(match state.note_while_locked().await {
                Ok(()) => None,
                Err(NoteError::Unavailable) => Some(t!(i18n, "diary-note-unavailable")),
                Err(NoteError::Full) => Some(t!(i18n, "diary-note-full")),
                Err(NoteError::Storage(problem)) => Some(words::storage_error(i18n, problem)),
            });
        });
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let typed = pin.get_untracked();
        pin.set(String::new());
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = state.unlock(typed).await;
            busy.set(false);
            match result {
                Ok(()) => error.set(None),
                Err(problem) => error.set(Some(words::unlock_error(i18n, problem))),
            }
        });
    };
    view! {
        <section class="diary-log">
            <UsedNowButton on_tap=Callback::new(note_now)/>
            {move || note_error.get().map(|message| view! { <p class="field-error" role="alert">{message}</p> })}
            <p class="diary-note-hint">{move || t!(i18n, "diary-locked-note-hint")}</p>
        </section>
        <section class="card diary-lock" aria-labelledby="diary-lock-title">
            <h2 id="diary-lock-title">{move || t!(i18n, "diary-locked-title")}</h2>
            <form class="diary-form" on:submit=submit>
                <TextField id="diary-unlock-pin" label=move || t!(i18n, "diary-pin-label") value=pin input=Input::Pin/>
                {move || error.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
                <button type="submit" class="button" prop:disabled=move || busy.get()>
                    {move || if busy.get() { t!(i18n, "diary-unlocking") } else { t!(i18n, "diary-unlock") }}
                </button>
            </form>
            <details class="diary-forgot">
                <summary>{move || t!(i18n, "diary-pin-forgot")}</summary>
                <p>{move || t!(i18n, "diary-pin-forgot-text")}</p>
                <Show when=move || !confirm_wipe.get()
                    fallback=move || view! {
                        <p class="diary-warn">{move || t!(i18n, "diary-wipe-confirm-text")}</p>
                        <div class="diary-actions">
                            <button type="button" class="button button-danger" on:click=move |_| state.wipe()>
                                {move || t!(i18n, "diary-wipe-confirm")}
                            </button>
                            <button type="button" class="button button-secondary" on:click=move |_| confirm_wipe.set(false)>
                                {move || t!(i18n, "diary-cancel")}
                            </button>
                        </div>
                    }>
                    <button type="button" class="button button-danger" on:click=move |_| confirm_wipe.set(true)>
                        {move || t!(i18n, "diary-wipe")}
                    </button>
                </Show>
            </details>
        </section>
    }
}
