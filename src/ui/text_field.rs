//! A labelled text box bound to a signal, with the keyboard and autofill its content wants.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// Money: digits and a decimal separator.
    Decimal,
    /// A count: digits only.
    Count,
    /// The PIN that opens the diary: never offered to a password manager.
    Pin,
    /// A PIN being chosen.
    NewPin,
    /// A password being chosen for an encrypted export.
    NewPassword,
    /// The password of a file being imported.
    Password,
    Date,
    Time,
}

impl Input {
    /// `type`, `inputmode` and `autocomplete`.
    fn attributes(self) -> (&'static str, Option<&'static str>, Option<&'static str>) {
        match self {
            Input::Decimal => ("text", Some("decimal"), Some("off")),
            Input::Count => ("text", Some("numeric"), Some("off")),
            Input::Pin => ("password", Some("numeric"), Some("off")),
            Input::NewPin => ("password", Some("numeric"), Some("new-password")),
            Input::NewPassword => ("password", None, Some("new-password")),
            Input::Password => ("password", None, Some("off")),
            Input::Date => ("date", None, None),
            Input::Time => ("time", None, None),
        }
    }
}

#[component]
pub fn TextField(
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    value: RwSignal<String>,
    input: Input,
) -> impl IntoView {
    let (kind, inputmode, autocomplete) = input.attributes();
    view! {
        <div class="field">
            <label for=id>{move || label.get()}</label>
            <input id=id type=kind inputmode=inputmode autocomplete=autocomplete
                prop:value=move || value.get() on:input=move |event| value.set(event_target_value(&event))/>
        </div>
    }
}
