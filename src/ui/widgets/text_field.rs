//! A labelled text box bound to a signal, with the keyboard and autofill its content wants.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// Money: digits and a decimal separator.
    Decimal,
    /// A count: digits only.
    Count,
    /// A PIN, typed to open the diary or chosen.
    Pin,
    /// A password: the diary's, or a file's.
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
            // Secrets are never offered to a password manager: it would sync them to an
            // account that others on a shared phone may open, under the site's name.
            Input::Pin => ("password", Some("numeric"), Some("off")),
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
                bind:value=value/>
        </div>
    }
}
