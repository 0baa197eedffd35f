//! "Leave now", in the top bar: one tap and the diary locks, the screen becomes a plain
//! calculator, and the back button does not bring Repère back. A plain link underneath, so that it works
//! even before the app has started (the static copy in `index.html`).

use crate::browser::leave;
use crate::i18n::use_i18n;
use crate::live_text;
use crate::ui::diary::slot::DiarySlot;
use leptos::prelude::*;

#[component]
pub fn LeaveButton() -> impl IntoView {
    let i18n = use_i18n();
    let diary = expect_context::<DiarySlot>();
    view! {
        <a class="leave-now" href=leave::NEUTRAL_PAGE on:click=move |event| {
            event.prevent_default();
            leptos::task::spawn_local(async move { diary.leave_now().await });
        }>
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                <path d="M10 4H5v16h5M14 8l4 4-4 4M18 12H9"/>
            </svg>
            <span>{live_text!(i18n, "leave-now")}</span>
        </a>
    }
}
