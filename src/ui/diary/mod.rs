//! `/diary`: "My diary". One big button logs a use; the rest (details, numbers, goals,
//! data) is below it and never in the way. With a PIN, only the unlock form shows until
//! the PIN is given.

mod data;
mod entry;
mod goals;
mod lock;
mod log;
mod settings;
pub mod state;
mod stats;
mod words;

use data::DiaryData;
use entry::{DiaryEntries, EntryEditor};
use goals::DiaryGoals;
use lock::DiaryUnlock;
use log::{DiaryLog, DiaryToast};
use settings::DiarySettingsPanel;
use state::{use_diary, SaveState};
use stats::DiaryStats;
use crate::browser::{clock, diary_store, download};
use crate::i18n::use_i18n;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn DiaryScreen() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    state.now_ms.set(clock::now_ms());
    view! {
        <div class="diary-screen">
        <h1>{move || t!(i18n, "diary-title")}</h1>
        <DiaryNotices/>
        {move || {
            if state.is_open() {
                view! {
                    <div class="diary">
                        <DiaryLog/>
                        <EntryEditor/>
                        <DiaryStats/>
                        <DiaryGoals/>
                        <DiaryEntries/>
                        <DiarySettingsPanel/>
                        <DiaryData/>
                    </div>
                    <DiaryToast/>
                }
                .into_any()
            } else {
                view! {
                    <DiaryUnlock/>
                    <DiaryToast/>
                }
                .into_any()
            }
        }}
        <p class="diary-private">{move || t!(i18n, "diary-private-note")}</p>
        </div>
    }
}

/// What the user must know about where the diary is: a save that failed, damaged text
/// kept aside, shared-tablet mode.
#[component]
fn DiaryNotices() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    let memory_only =
        move || state.is_open() && state.diary.with(|diary| diary.settings().memory_only);
    let export_damaged = move |_| {
        let copies = diary_store::damaged_copies();
        let text = copies.join("\n\n");
        download::save_text("damaged-copy.txt", "text/plain", &text);
    };
    view! {
        <Show when=memory_only>
            <p class="diary-notice diary-notice-tablet" role="status">{move || t!(i18n, "diary-tablet-on")}</p>
        </Show>
        {move || match state.save.get() {
            SaveState::Saved => None,
            SaveState::Failed(error) => Some(view! {
                <div class="diary-notice diary-notice-warn" role="alert">
                    <p>{words::storage_error(i18n, error)}</p>
                    <p>{move || t!(i18n, "diary-storage-kept")}</p>
                </div>
            }),
        }}
        {move || state.damage.get().map(|notice| view! {
            <div class="diary-notice diary-notice-warn" role="alert">
                <p>
                    {move || t!(i18n, "diary-damaged-found")}
                    " "
                    {words::damage(i18n, notice.damage)}
                </p>
                <p>
                    {move || if notice.moved {
                        t!(i18n, "diary-damaged-kept")
                    } else {
                        t!(i18n, "diary-damaged-not-moved")
                    }}
                </p>
                <div class="diary-actions">
                    <Show when=move || notice.moved>
                        <button type="button" class="button button-secondary" on:click=export_damaged>
                            {move || t!(i18n, "diary-damaged-export")}
                        </button>
                    </Show>
                    <button type="button" class="button button-secondary" on:click=move |_| state.damage.set(None)>
                        {move || t!(i18n, "diary-close")}
                    </button>
                </div>
            </div>
        })}
    }
}
