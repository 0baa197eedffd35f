//! A diary that cannot be opened here: why, in plain words; its text can be downloaded;
//! nothing is erased on its own. The owner may restore a backup file or start again
//! (with a new secret if the lost diary had one: never a silent downgrade).

use super::secret_form::{NewSecret, NewSecretFields};
use super::state::use_diary;
use super::words::{self, SecretFor};
use crate::browser::download;
use crate::diary::secret;
use crate::diary::session::Unreadable;
use crate::i18n::use_i18n;
use crate::ui::widgets::FieldError;
use crate::{live_text, t};
use leptos::prelude::*;

#[component]
pub fn DiaryUnreadable(why: Unreadable) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    let can_start_again = matches!(
        why,
        Unreadable::DeviceKeyLost | Unreadable::Damaged(_) | Unreadable::Replaced
    );
    let needs_secret = state.start_again_needs_secret();
    let explanation = move || match why {
        Unreadable::DeviceKeyLost => t!(i18n, "diary-unreadable-device-lost"),
        Unreadable::DeviceUnavailable => t!(i18n, "diary-unreadable-device-unavailable"),
        Unreadable::FutureVersion => t!(i18n, "diary-unreadable-future"),
        Unreadable::Damaged(damage) => format!(
            "{} {}",
            t!(i18n, "diary-unreadable-damaged"),
            words::damage(i18n, damage)
        ),
        Unreadable::Replaced => t!(i18n, "diary-unreadable-replaced"),
    };
    let download_sealed = move |_| {
        if let Some(text) = state.sealed_text() {
            download::save_text("sealed-copy.txt", "text/plain", &text);
        }
    };
    let new_secret = NewSecret::new();
    let error = RwSignal::new(None::<String>);
    let start_plain = move |_| state.start_again();
    let start_protected = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (kind, first, again) = new_secret.take();
        // Checked before anything moves, so that a refused secret changes nothing.
        if let Err(problem) = secret::check_new(kind, &first, &again) {
            error.set(Some(words::weak(i18n, SecretFor::Diary(kind), problem)));
            return;
        }
        state.start_again();
        leptos::task::spawn_local(async move {
            if let Err(problem) = state.change_secret(None, Some((kind, first, again))).await {
                error.set(Some(words::secret_error(i18n, kind, problem)));
            }
        });
    };
    view! {
        <section class="card diary-unreadable" aria-labelledby="diary-unreadable-title">
            <h2 id="diary-unreadable-title">{live_text!(i18n, "diary-unreadable-title")}</h2>
            <p role="alert">{explanation}</p>
            <p>{live_text!(i18n, "diary-unreadable-kept")}</p>
            <div class="diary-actions">
                <Show when=move || state.sealed_text().is_some()>
                    <button type="button" class="button button-secondary diary-download-sealed" on:click=download_sealed>
                        {live_text!(i18n, "diary-download-sealed")}
                    </button>
                </Show>
            </div>
            <Show when=move || can_start_again>
                <h3>{live_text!(i18n, "diary-start-again-title")}</h3>
                <p>{live_text!(i18n, "diary-start-again-text")}</p>
                <Show when=move || needs_secret
                    fallback=move || view! {
                        <button type="button" class="button diary-start-again" on:click=start_plain>
                            {live_text!(i18n, "diary-start-again")}
                        </button>
                    }>
                    <form class="diary-form diary-start-again-protected" on:submit=start_protected>
                        <p>{live_text!(i18n, "diary-start-again-protected")}</p>
                        <NewSecretFields ids=("diary-again-secret", "diary-again-secret-again") new=new_secret/>
                        <FieldError message=error/>
                        <button type="submit" class="button">{live_text!(i18n, "diary-start-again")}</button>
                    </form>
                </Show>
            </Show>
        </section>
    }
}
