//! Logging: the big "I used now" button (one tap, nothing to fill in), a past use with
//! its time, and the toast that offers "undo" and "add details".

use super::state::{use_diary, ToastKind};
use super::words;
use crate::browser::clock::{self, DeviceZone};
use crate::diary::form::typed_instant;
use crate::i18n::use_i18n;
use crate::ui::widgets::{FieldError, Input, TextField};
use crate::{live_text, t};
use leptos::prelude::*;

#[component]
pub fn DiaryLog() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    let error = RwSignal::new(None::<String>);
    let record_now = move |()| match state.record_now() {
        Ok(_) => error.set(None),
        Err(problem) => error.set(Some(words::edit_error(i18n, problem))),
    };
    let since = move || {
        let now = state.now_ms.get();
        state
            .diary
            .with(|diary| diary.overview(now, clock::offset_min()).since_last_use_ms)
    };

    let (today, time_now) = clock::local_time(clock::now_ms()).input_values();
    let past_date = RwSignal::new(today);
    let past_time = RwSignal::new(time_now);
    let past_error = RwSignal::new(None::<String>);
    let record_past = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = typed_instant(
            &past_date.get_untracked(),
            &past_time.get_untracked(),
            clock::now_ms(),
            &DeviceZone,
        );
        let at_ms = match typed {
            Ok(at_ms) => at_ms,
            Err(problem) => return past_error.set(Some(words::draft_error(i18n, problem))),
        };
        match state.record_at(at_ms, clock::offset_at(at_ms), true) {
            Ok(_) => {
                past_error.set(None);
            }
            Err(problem) => past_error.set(Some(words::edit_error(i18n, problem))),
        }
    };

    view! {
        <section class="diary-log" aria-labelledby="diary-log-title">
            <h2 id="diary-log-title" class="visually-hidden">{live_text!(i18n, "diary-log-title")}</h2>
            <UsedNowButton on_tap=Callback::new(record_now)/>
            <FieldError message=error/>
            <p class="diary-since" aria-live="polite">
                {move || match since() {
                    Some(ms) => view! {
                        <span class="diary-since-label">{t!(i18n, "diary-since-last")}</span>
                        " "
                        <strong class="diary-since-value">{words::duration(i18n, ms)}</strong>
                    }
                    .into_any(),
                    None => view! { <span class="diary-since-label">{t!(i18n, "diary-empty")}</span> }.into_any(),
                }}
            </p>
            <details class="diary-past">
                <summary>{live_text!(i18n, "diary-past-title")}</summary>
                <form class="diary-form" on:submit=record_past>
                    <div class="diary-row">
                        <TextField id="diary-past-date" label=live_text!(i18n, "diary-field-date") value=past_date input=Input::Date/>
                        <TextField id="diary-past-time" label=live_text!(i18n, "diary-field-time") value=past_time input=Input::Time/>
                    </div>
                    <FieldError message=past_error/>
                    <button type="submit" class="button">{live_text!(i18n, "diary-past-save")}</button>
                </form>
            </details>
        </section>
    }
}

/// "I used now": the biggest thing on the diary screen, open or locked.
#[component]
pub fn UsedNowButton(on_tap: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button type="button" class="diary-now" on:click=move |_| on_tap.run(())>
            <svg class="diary-now-icon" viewBox="0 0 48 48" aria-hidden="true">
                <circle cx="24" cy="24" r="19"/>
                <path d="M24 14v20M14 24h20"/>
            </svg>
            <span>{live_text!(i18n, "diary-used-now")}</span>
        </button>
    }
}

/// The last action, with "undo" (and "add details" after logging), above the emergency bar.
#[component]
pub fn DiaryToast() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    view! {
        <div class="diary-toast-area" role="status" aria-live="polite">
            {move || state.toast.get().map(|toast| {
                let lang = i18n.lang();
                let (text, details) = match toast.kind {
                    ToastKind::Recorded { at_ms, id, .. } => (
                        t!(i18n, "diary-toast-recorded", time = clock::format_time(at_ms, lang.date_locale())),
                        Some(id),
                    ),
                    ToastKind::Noted { at_ms, .. } => (
                        t!(i18n, "diary-toast-noted", time = clock::format_time(at_ms, lang.date_locale())),
                        None,
                    ),
                    ToastKind::Deleted => (t!(i18n, "diary-toast-deleted"), None),
                    ToastKind::Undone => (t!(i18n, "diary-toast-undone"), None),
                    ToastKind::Saved => (t!(i18n, "diary-toast-saved"), None),
                };
                let undo = toast.undo.is_some();
                view! {
                    <div class="diary-toast">
                        <p>{text}</p>
                        <div class="diary-toast-actions">
                            {details.map(|id| view! {
                                <button type="button" class="button button-secondary" on:click=move |_| {
                                    state.edit(id);
                                    state.dismiss_toast();
                                }>
                                    {live_text!(i18n, "diary-add-details")}
                                </button>
                            })}
                            <Show when=move || undo>
                                <button type="button" class="button diary-undo" on:click=move |_| state.undo()>
                                    {live_text!(i18n, "diary-undo")}
                                </button>
                            </Show>
                            <button type="button" class="diary-toast-close" on:click=move |_| state.dismiss_toast()
                                aria-label=live_text!(i18n, "diary-close")>
                                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18"/></svg>
                            </button>
                        </div>
                    </div>
                }
            })}
        </div>
    }
}
