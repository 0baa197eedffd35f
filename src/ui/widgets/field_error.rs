//! A form's error, under its fields: read out as soon as it shows, absent while there is none.

use leptos::prelude::*;

#[component]
pub fn FieldError(message: RwSignal<Option<String>>) -> impl IntoView {
    move || {
        message
            .get()
            .map(|message| view! { <p class="field-error" role="alert">{message}</p> })
    }
}
