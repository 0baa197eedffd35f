//! The quick wipe's button and its confirmation, in the settings and under "forgot the
//! code" on the locked screen.

use super::state::use_diary;
use crate::i18n::use_i18n;
use crate::live_text;
use leptos::prelude::*;

/// "Wipe everything", then a confirmation.
#[component]
pub fn ConfirmWipe() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    let confirm = RwSignal::new(false);
    view! {
        <Show when=move || !confirm.get()
            fallback=move || view! {
                <p class="diary-warn" role="alert">{live_text!(i18n, "diary-wipe-confirm-text")}</p>
                <div class="diary-actions">
                    <button type="button" class="button button-danger diary-wipe-confirm" on:click=move |_| {
                        state.wipe();
                        confirm.set(false);
                    }>{live_text!(i18n, "diary-wipe-confirm")}</button>
                    <button type="button" class="button button-secondary" on:click=move |_| confirm.set(false)>
                        {live_text!(i18n, "diary-cancel")}
                    </button>
                </div>
            }>
            <button type="button" class="button button-danger diary-wipe" on:click=move |_| confirm.set(true)>
                {live_text!(i18n, "diary-wipe")}
            </button>
        </Show>
    }
}
