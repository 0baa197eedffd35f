//! Choosing a secret for the diary: a PIN or a password, what each protects against, and
//! the two copies typed; and the field for the current one, which changing or removing it
//! and a plain export need.

use crate::diary::SecretKind;
use crate::i18n::{use_i18n, I18n};
use crate::ui::widgets::{Input, TextField};
use crate::{live_text, t};
use leptos::prelude::*;

/// What is being typed for a new secret.
#[derive(Clone, Copy)]
pub struct NewSecret {
    pub kind: RwSignal<SecretKind>,
    pub secret: RwSignal<String>,
    pub again: RwSignal<String>,
}

impl NewSecret {
    pub fn new() -> NewSecret {
        NewSecret {
            kind: RwSignal::new(SecretKind::Pin),
            secret: RwSignal::new(String::new()),
            again: RwSignal::new(String::new()),
        }
    }

    /// The kind and both copies; the fields are emptied.
    pub fn take(&self) -> (SecretKind, String, String) {
        let taken = (
            self.kind.get_untracked(),
            self.secret.get_untracked(),
            self.again.get_untracked(),
        );
        self.secret.set(String::new());
        self.again.set(String::new());
        taken
    }
}

fn kind_title(i18n: I18n, kind: SecretKind) -> String {
    match kind {
        SecretKind::Pin => t!(i18n, "diary-secret-kind-pin"),
        SecretKind::Password => t!(i18n, "diary-secret-kind-password"),
    }
}

fn kind_protects(i18n: I18n, kind: SecretKind) -> String {
    match kind {
        SecretKind::Pin => t!(i18n, "diary-secret-kind-pin-protects"),
        SecretKind::Password => t!(i18n, "diary-secret-kind-password-protects"),
    }
}

/// The choice of kind, with what each one protects against, then the two copies.
/// `ids`: the two fields' ids; the first also names the radio group.
#[component]
pub fn NewSecretFields(ids: (&'static str, &'static str), new: NewSecret) -> impl IntoView {
    let i18n = use_i18n();
    let choice = move |kind: SecretKind, value: &'static str| {
        let input_id = format!("{}-{value}", ids.0);
        view! {
            <div class="secret-choice">
                <input type="radio" id=input_id.clone() name=ids.0 value=value
                    prop:checked=move || new.kind.get() == kind
                    on:change=move |_| {
                        new.kind.set(kind);
                        new.secret.set(String::new());
                        new.again.set(String::new());
                    }/>
                <label for=input_id>
                    <span class="secret-choice-title">{move || kind_title(i18n, kind)}</span>
                    <span class="secret-choice-text">{move || kind_protects(i18n, kind)}</span>
                </label>
            </div>
        }
    };
    view! {
        <fieldset class="secret-kind">
            <legend>{live_text!(i18n, "diary-secret-kind")}</legend>
            {choice(SecretKind::Pin, "pin")}
            {choice(SecretKind::Password, "password")}
        </fieldset>
        {move || match new.kind.get() {
            SecretKind::Pin => view! {
                <div class="diary-row">
                    <TextField id=ids.0 label=live_text!(i18n, "diary-pin-new") value=new.secret input=Input::Pin/>
                    <TextField id=ids.1 label=live_text!(i18n, "diary-pin-again") value=new.again input=Input::Pin/>
                </div>
            },
            SecretKind::Password => view! {
                <div class="diary-row">
                    <TextField id=ids.0 label=live_text!(i18n, "diary-password-new") value=new.secret input=Input::Password/>
                    <TextField id=ids.1 label=live_text!(i18n, "diary-password-again") value=new.again input=Input::Password/>
                </div>
            },
        }}
        <p class="diary-hint">{live_text!(i18n, "diary-secret-not-phone-code")}</p>
    }
}

/// The current secret, with the keyboard its kind wants.
#[component]
pub fn CurrentSecretField(
    id: &'static str,
    kind: SecretKind,
    value: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    match kind {
        SecretKind::Pin => view! {
            <TextField id=id label=live_text!(i18n, "diary-pin-current") value=value input=Input::Pin/>
        },
        SecretKind::Password => view! {
            <TextField id=id label=live_text!(i18n, "diary-password-current") value=value input=Input::Password/>
        },
    }
}
