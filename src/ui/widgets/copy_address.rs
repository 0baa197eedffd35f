//! "Copy the address", for a place (the finder) and for the app itself (giving the app): the
//! button, and the line under the buttons that says how it went.

use crate::browser::clipboard;
use crate::i18n::use_i18n;
use crate::{live_text, t};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// What the last tap on the button gave.
#[derive(Clone, Copy, PartialEq)]
pub enum Copied {
    Not,
    Done,
    Failed,
}

#[component]
pub fn CopyAddressButton(address: String, copied: RwSignal<Copied>) -> impl IntoView {
    let i18n = use_i18n();
    let copy = move |_| {
        let address = address.clone();
        spawn_local(async move {
            let done = clipboard::copy(&address).await;
            let _ = copied.try_set(if done { Copied::Done } else { Copied::Failed });
        });
    };
    view! {
        <button type="button" class="button button-secondary copy-address" on:click=copy>
            {live_text!(i18n, "copy-address")}
        </button>
    }
}

/// The status line, kept apart from the button so that it can sit under a row of buttons.
#[component]
pub fn CopyAddressStatus(copied: RwSignal<Copied>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="finder-note copy-address-status" role="status">
            {move || match copied.get() {
                Copied::Not => String::new(),
                Copied::Done => t!(i18n, "copy-address-done"),
                Copied::Failed => t!(i18n, "copy-address-failed"),
            }}
        </p>
    }
}
