//! "Leave now", in the top bar: one tap and the screen becomes a plain calculator; the
//! back button does not bring Repère back.

use crate::browser::leave;
use crate::i18n::use_i18n;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn LeaveButton() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button type="button" class="leave-now" on:click=move |_| leave::leave_now()>
            <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                <path d="M10 4H5v16h5M14 8l4 4-4 4M18 12H9"/>
            </svg>
            <span>{move || t!(i18n, "leave-now")}</span>
        </button>
    }
}
