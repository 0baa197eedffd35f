//! The locked diary: "I used now" still works (sealed until the next unlock), the screen
//! shows nothing of the diary, and a wrong secret makes the next try wait a little longer
//! each time (the wait survives a reload and a change of the phone's clock).

use super::confirm_wipe::ConfirmWipe;
use super::log::UsedNowButton;
use super::state::{use_diary, Phase, UnlockError};
use super::words;
use crate::browser::download;
use crate::diary::SecretKind;
use crate::i18n::use_i18n;
use crate::ui::widgets::{FieldError, Input, TextField};
use crate::{live_text, t};
use leptos::prelude::*;

#[component]
pub fn DiaryUnlock(kind: SecretKind) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    let secret = RwSignal::new(String::new());
    let error = RwSignal::new(None::<UnlockError>);
    let busy = RwSignal::new(false);
    let note_error = RwSignal::new(None::<String>);
    let closing = move || state.phase.get() == Phase::Locking;
    let note_now = move |()| {
        leptos::task::spawn_local(async move {
            note_error.set(
                state
                    .note_while_locked()
                    .await
                    .err()
                    .map(|problem| words::note_error(i18n, problem)),
            );
        });
    };
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        if busy.get_untracked() || closing() {
            return;
        }
        let typed = secret.get_untracked();
        secret.set(String::new());
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = state.unlock(typed).await;
            busy.set(false);
            error.set(result.err());
        });
    };
    let download_sealed = move |_| {
        if let Some(text) = state.sealed_text() {
            download::save_text("sealed-copy.txt", "text/plain", &text);
        }
    };
    view! {
        <section class="diary-log">
            <UsedNowButton on_tap=Callback::new(note_now)/>
            <FieldError message=note_error/>
            <p class="diary-note-hint">{live_text!(i18n, "diary-locked-note-hint")}</p>
        </section>
        <section class="card diary-lock" aria-labelledby="diary-lock-title">
            <h2 id="diary-lock-title">{live_text!(i18n, "diary-locked-title")}</h2>
            <form class="diary-form" on:submit=submit>
                {match kind {
                    SecretKind::Pin => view! {
                        <TextField id="diary-unlock-secret" label=live_text!(i18n, "diary-pin-label") value=secret input=Input::Pin/>
                    },
                    SecretKind::Password => view! {
                        <TextField id="diary-unlock-secret" label=live_text!(i18n, "diary-password-label") value=secret input=Input::Password/>
                    },
                }}
                {move || error.get().map(|problem| view! {
                    <p class="field-error" role="alert">{words::unlock_error(i18n, problem)}</p>
                    <Show when=move || problem == UnlockError::Damaged>
                        <button type="button" class="button button-secondary" on:click=download_sealed>
                            {live_text!(i18n, "diary-download-sealed")}
                        </button>
                    </Show>
                })}
                <button type="submit" class="button" prop:disabled=move || busy.get() || closing()>
                    {move || if closing() {
                        t!(i18n, "diary-closing")
                    } else if busy.get() {
                        t!(i18n, "diary-unlocking")
                    } else {
                        t!(i18n, "diary-unlock")
                    }}
                </button>
            </form>
            <details class="diary-forgot">
                <summary>{live_text!(i18n, "diary-pin-forgot")}</summary>
                <p>{live_text!(i18n, "diary-pin-forgot-text")}</p>
                <ConfirmWipe/>
            </details>
        </section>
    }
}
