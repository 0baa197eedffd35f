//! The diary's settings: weekly budget, PIN (set, change, remove, lock now), shared-tablet
//! mode, and the quick wipe.

use super::state::{use_diary, PinError, AUTO_LOCK_AFTER_MS};
use super::words;
use crate::ui::text_field::{Input, TextField};
use crate::diary::journal::MAX_WEEKLY_BUDGET_CENTS;
use crate::i18n::use_i18n;
use crate::t;
use leptos::prelude::*;

/// Shortest PIN accepted: four digits (or characters).
const MIN_PIN_CHARS: usize = 4;

#[component]
pub fn DiarySettingsPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();

    let budget = RwSignal::new(
        state
            .diary
            .with_untracked(|d| d.settings().weekly_budget_cents)
            .map(|c| words::euro_number(i18n.lang(), u64::from(c)))
            .unwrap_or_default(),
    );
    let budget_message = RwSignal::new(None::<(bool, String)>);
    let save_budget = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = budget.get_untracked();
        let cents = if text.trim().is_empty() {
            None
        } else {
            match words::parse_euros(&text) {
                Some(cents) if cents <= MAX_WEEKLY_BUDGET_CENTS => Some(cents),
                _ => {
                    budget_message.set(Some((
                        false,
                        words::invalid(i18n, crate::diary::Invalid::Budget),
                    )));
                    return;
                }
            }
        };
        match state.edit_settings(|s| s.weekly_budget_cents = cents) {
            Ok(()) => budget_message.set(Some((true, t!(i18n, "diary-budget-saved")))),
            Err(problem) => budget_message.set(Some((false, words::invalid(i18n, problem)))),
        }
    };

    let pin = RwSignal::new(String::new());
    let pin_again = RwSignal::new(String::new());
    let pin_message = RwSignal::new(None::<(bool, String)>);
    let pin_busy = RwSignal::new(false);
    let set_pin = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (first, second) = (pin.get_untracked(), pin_again.get_untracked());
        if first.chars().count() < MIN_PIN_CHARS {
            pin_message.set(Some((
                false,
                t!(i18n, "diary-pin-too-short", count = MIN_PIN_CHARS),
            )));
            return;
        }
        if first != second {
            pin_message.set(Some((false, t!(i18n, "diary-pin-mismatch"))));
            return;
        }
        pin.set(String::new());
        pin_again.set(String::new());
        pin_busy.set(true);
        leptos::task::spawn_local(async move {
            let result = state.set_pin(first).await;
            pin_busy.set(false);
            pin_message.set(Some(match result {
                Ok(()) => (true, t!(i18n, "diary-pin-set-done")),
                Err(PinError::Crypto(error)) => (false, words::crypto_error(i18n, error)),
                Err(PinError::Storage(error)) => (
                    false,
                    format!(
                        "{} {}",
                        words::storage_error(i18n, error),
                        t!(i18n, "diary-pin-not-set")
                    ),
                ),
            }));
        });
    };
    let lock_now = move |_| {
        if !state.lock() {
            pin_message.set(Some((false, t!(i18n, "diary-lock-unsaved"))));
        }
    };

    let memory_only = move || state.diary.with(|d| d.settings().memory_only);
    let toggle_tablet = move |_| {
        let on = !memory_only();
        let _ = state.edit_settings(|s| s.memory_only = on);
    };
    let confirm_wipe = RwSignal::new(false);

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
            <h2 id="diary-settings-title">{move || t!(i18n, "diary-settings-title")}</h2>

            <form class="diary-form" on:submit=save_budget>
                <TextField id="diary-budget" label=move || t!(i18n, "diary-budget-label") value=budget input=Input::Decimal/>
                {message(budget_message)}
                <button type="submit" class="button button-secondary">{move || t!(i18n, "diary-save")}</button>
            </form>

            <h3>{move || t!(i18n, "diary-pin-title")}</h3>
            <Show when=move || state.has_pin.get()>
                <p>{move || t!(i18n, "diary-pin-on")}" "{move || t!(i18n, "diary-pin-auto-lock", minutes = auto_lock_minutes)}</p>
                <div class="diary-actions">
                    <button type="button" class="button" on:click=lock_now>{move || t!(i18n, "diary-lock-now")}</button>
                    <button type="button" class="button button-secondary" on:click=move |_| {
                        leptos::task::spawn_local(async move {
                            state.remove_pin().await;
                            pin_message.set(Some((true, t!(i18n, "diary-pin-removed"))));
                        });
                    }>{move || t!(i18n, "diary-pin-remove")}</button>
                </div>
            </Show>
            <p class="diary-warn">{move || t!(i18n, "diary-pin-warning")}</p>
            <form class="diary-form" on:submit=set_pin>
                <div class="diary-row">
                    <TextField id="diary-new-pin" label=move || t!(i18n, "diary-pin-new") value=pin input=Input::NewPin/>
                    <TextField id="diary-new-pin-again" label=move || t!(i18n, "diary-pin-again") value=pin_again input=Input::NewPin/>
                </div>
                {message(pin_message)}
                <button type="submit" class="button" prop:disabled=move || pin_busy.get()>
                    {move || if state.has_pin.get() { t!(i18n, "diary-pin-change") } else { t!(i18n, "diary-pin-set") }}
                </button>
            </form>

            <h3>{move || t!(i18n, "diary-tablet-title")}</h3>
            <p>{move || t!(i18n, "diary-tablet-text")}</p>
            <button type="button" class="button button-secondary diary-tablet-toggle" aria-pressed=move || memory_only().to_string()
                on:click=toggle_tablet>
                {move || if memory_only() { t!(i18n, "diary-tablet-turn-off") } else { t!(i18n, "diary-tablet-turn-on") }}
            </button>

            <h3>{move || t!(i18n, "diary-wipe-title")}</h3>
            <p>{move || t!(i18n, "diary-wipe-text")}</p>
            <Show when=move || !confirm_wipe.get()
                fallback=move || view! {
                    <p class="diary-warn" role="alert">{move || t!(i18n, "diary-wipe-confirm-text")}</p>
                    <div class="diary-actions">
                        <button type="button" class="button button-danger diary-wipe-confirm" on:click=move |_| {
                            state.wipe();
                            confirm_wipe.set(false);
                        }>{move || t!(i18n, "diary-wipe-confirm")}</button>
                        <button type="button" class="button button-secondary" on:click=move |_| confirm_wipe.set(false)>
                            {move || t!(i18n, "diary-cancel")}
                        </button>
                    </div>
                }>
                <button type="button" class="button button-danger diary-wipe" on:click=move |_| confirm_wipe.set(true)>
                    {move || t!(i18n, "diary-wipe")}
                </button>
            </Show>
        </section>
    }
}
