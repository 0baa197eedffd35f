//! The diary's settings: weekly budget, the secret (set, change or remove it, with the
//! current one; lock now), shared-tablet mode, and the quick wipe.

use super::confirm_wipe::ConfirmWipe;
use super::secret_form::{CurrentSecretField, NewSecret, NewSecretFields};
use super::state::{use_diary, AUTO_LOCK_AFTER_MS};
use super::words;
use crate::diary::{Invalid, SecretKind};
use crate::i18n::{use_i18n, I18n};
use crate::number::{euro_number, parse_euros};
use crate::ui::widgets::{Input, TextField};
use crate::{live_text, t};
use leptos::prelude::*;

#[component]
pub fn DiarySettingsPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();

    let budget = RwSignal::new(
        state
            .diary
            .with_untracked(|d| d.settings().weekly_budget_cents)
            .map(|c| euro_number(u64::from(c), i18n.lang()))
            .unwrap_or_default(),
    );
    let budget_message = RwSignal::new(None::<(bool, String)>);
    let save_budget = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = budget.get_untracked();
        // The ceiling is the diary's to check (set_settings): one rule, one message.
        let cents = match text.trim() {
            "" => None,
            typed => match parse_euros(typed) {
                Some(cents) => Some(cents),
                None => {
                    budget_message.set(Some((false, words::invalid(i18n, Invalid::Budget))));
                    return;
                }
            },
        };
        match state.edit_settings(|s| s.weekly_budget_cents = cents) {
            Ok(()) => budget_message.set(Some((true, t!(i18n, "diary-budget-saved")))),
            Err(problem) => budget_message.set(Some((false, words::invalid(i18n, problem)))),
        }
    };

    let protection = state.protection;
    let new_secret = NewSecret::new();
    let current = RwSignal::new(String::new());
    let pin_message = RwSignal::new(None::<(bool, String)>);
    let busy = RwSignal::new(false);
    // Set (no secret yet), change (current + new) or remove (current only).
    let change = move |new: Option<(SecretKind, String, String)>, done: fn(I18n) -> String| {
        let kind = new.as_ref().map_or(SecretKind::Pin, |(kind, _, _)| *kind);
        let typed = current.get_untracked();
        current.set(String::new());
        busy.set(true);
        leptos::task::spawn_local(async move {
            let had = protection.get_untracked().is_some();
            let result = state.change_secret(had.then_some(typed), new).await;
            busy.set(false);
            pin_message.set(Some(match result {
                Ok(()) => (true, done(i18n)),
                Err(error) => (false, words::secret_error(i18n, kind, error)),
            }));
        });
    };
    let set_secret = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let done: fn(I18n) -> String = if protection.get_untracked().is_some() {
            |i18n| t!(i18n, "diary-pin-changed")
        } else {
            |i18n| t!(i18n, "diary-pin-set-done")
        };
        change(Some(new_secret.take()), done);
    };
    let remove_secret = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        change(None, |i18n| t!(i18n, "diary-pin-removed"));
    };

    let memory_only = move || state.diary.with(|d| d.settings().memory_only);
    let toggle_tablet = move |_| {
        let on = !memory_only();
        let _ = state.edit_settings(|s| s.memory_only = on);
    };

    let auto_lock_minutes = AUTO_LOCK_AFTER_MS / 60_000;
    let message = |signal: RwSignal<Option<(bool, String)>>| {
        move || {
            signal.get().map(|(ok, text)| {
                view! { <p class=if ok { "field-ok" } else { "field-error" } role=if ok { "status" } else { "alert" }>{text}</p> }
            })
        }
    };

    view! {
        <section class="card diary-settings" aria-labelledby="diary-settings-title">
            <h2 id="diary-settings-title">{live_text!(i18n, "diary-settings-title")}</h2>

            <form class="diary-form" on:submit=save_budget>
                <TextField id="diary-budget" label=live_text!(i18n, "diary-budget-label") value=budget input=Input::Decimal/>
                {message(budget_message)}
                <button type="submit" class="button button-secondary">{live_text!(i18n, "diary-save")}</button>
            </form>

            <h3>{live_text!(i18n, "diary-pin-title")}</h3>
            {move || match (protection.get(), memory_only()) {
                (None, true) => view! { <p>{live_text!(i18n, "diary-secret-tablet")}</p> }.into_any(),
                (None, false) => view! {
                    <p>{live_text!(i18n, "diary-protect-intro")}</p>
                    <p class="diary-warn">{live_text!(i18n, "diary-backup-reminder")}</p>
                    <form class="diary-form diary-secret-set" on:submit=set_secret>
                        <NewSecretFields ids=("diary-new-secret", "diary-new-secret-again") new=new_secret/>
                        {message(pin_message)}
                        <button type="submit" class="button" prop:disabled=move || busy.get()>{live_text!(i18n, "diary-pin-set")}</button>
                    </form>
                    <p class="diary-warn">{live_text!(i18n, "diary-pin-warning")}</p>
                }.into_any(),
                (Some(kind), _) => view! {
                    <p>
                        {move || match kind {
                            SecretKind::Pin => t!(i18n, "diary-pin-on"),
                            SecretKind::Password => t!(i18n, "diary-password-on"),
                        }}
                        " "
                        {move || t!(i18n, "diary-pin-auto-lock", minutes = auto_lock_minutes)}
                    </p>
                    <div class="diary-actions">
                        <button type="button" class="button diary-lock-now" on:click=move |_| state.lock()>{live_text!(i18n, "diary-lock-now")}</button>
                    </div>
                    {message(pin_message)}
                    <details class="diary-secret-change">
                        <summary>{live_text!(i18n, "diary-pin-change")}</summary>
                        <form class="diary-form" on:submit=set_secret>
                            <CurrentSecretField id="diary-change-current" kind=kind value=current/>
                            <NewSecretFields ids=("diary-change-secret", "diary-change-secret-again") new=new_secret/>
                            <button type="submit" class="button" prop:disabled=move || busy.get()>{live_text!(i18n, "diary-pin-change")}</button>
                        </form>
                    </details>
                    <details class="diary-secret-remove">
                        <summary>{live_text!(i18n, "diary-pin-remove")}</summary>
                        <form class="diary-form" on:submit=remove_secret>
                            <p>{live_text!(i18n, "diary-pin-remove-text")}</p>
                            <CurrentSecretField id="diary-remove-current" kind=kind value=current/>
                            <button type="submit" class="button button-secondary" prop:disabled=move || busy.get()>{live_text!(i18n, "diary-pin-remove")}</button>
                        </form>
                    </details>
                    <p class="diary-hint">{live_text!(i18n, "diary-backup-reminder")}</p>
                }.into_any(),
            }}

            <h3>{live_text!(i18n, "diary-tablet-title")}</h3>
            <p>{live_text!(i18n, "diary-tablet-text")}</p>
            <Show when=move || protection.get().is_none()
                fallback=move || view! { <p class="diary-hint">{live_text!(i18n, "diary-tablet-not-with-secret")}</p> }>
                <button type="button" class="button button-secondary diary-tablet-toggle" aria-pressed=move || memory_only().to_string()
                    on:click=toggle_tablet>
                    {move || if memory_only() { t!(i18n, "diary-tablet-turn-off") } else { t!(i18n, "diary-tablet-turn-on") }}
                </button>
            </Show>

            <h3>{live_text!(i18n, "diary-wipe-title")}</h3>
            <p>{live_text!(i18n, "diary-wipe-text")}</p>
            <ConfirmWipe/>
        </section>
    }
}
