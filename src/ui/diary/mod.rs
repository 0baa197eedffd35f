//! `/diary`: "My diary". One big button logs a use; the rest (details, numbers, goals,
//! data) is below it and never in the way. With a secret, only the unlock form shows
//! until it is given; a diary that cannot be opened here says why and what can be done.

mod confirm_wipe;
mod data;
mod entry;
mod goals;
mod lock;
mod log;
mod notices;
mod secret_form;
mod settings;
pub mod slot;
pub mod state;
mod stats;
mod unreadable;
mod words;

use crate::browser::clock;
use crate::diary::SecretKind;
use crate::i18n::use_i18n;
use crate::live_text;
use data::DiaryData;
use entry::{DiaryEntries, EntryEditor};
use goals::DiaryGoals;
use leptos::prelude::*;
use lock::DiaryUnlock;
use log::{DiaryLog, DiaryToast};
use notices::{BackupReminder, DiaryNotices};
use settings::DiarySettingsPanel;
use state::{use_diary, Phase};
use stats::DiaryStats;
use unreadable::DiaryUnreadable;

#[component]
pub fn DiaryScreen() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    state.show();
    state.now_ms.set(clock::now_ms());
    view! {
        <div class="diary-screen">
        <h1>{live_text!(i18n, "diary-title")}</h1>
        <DiaryNotices/>
        {move || match state.phase.get() {
            Phase::Starting | Phase::Opening => view! {
                <p class="diary-opening" role="status">{live_text!(i18n, "diary-opening")}</p>
            }
            .into_any(),
            Phase::Open | Phase::MemoryOnly(_) => view! {
                <div class="diary">
                    <DiaryLog/>
                    <BackupReminder/>
                    <EntryEditor/>
                    <DiaryStats/>
                    <DiaryGoals/>
                    <DiaryEntries/>
                    <DiarySettingsPanel/>
                    <DiaryData/>
                </div>
                <DiaryToast/>
            }
            .into_any(),
            Phase::Locking | Phase::Locked => {
                let kind = state.protection.get_untracked().unwrap_or(SecretKind::Pin);
                view! {
                    <DiaryUnlock kind/>
                    <DiaryToast/>
                }
                .into_any()
            }
            Phase::Unreadable(why) => view! { <DiaryUnreadable why/> }.into_any(),
        }}
        <p class="diary-private">{live_text!(i18n, "diary-private-note")}</p>
        </div>
    }
}
