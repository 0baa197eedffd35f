//! What the owner must know about the diary, above it: a save that failed, a browser that
//! keeps nothing, damaged text kept aside, wrong secrets tried since the last opening,
//! notes added or kept aside; and, below the log, a backup that is due.

use super::state::{use_diary, DiaryNotice, Phase, SaveState};
use super::words;
use crate::browser::{clock, diary_store, document, download};
use crate::diary::session::{MemoryOnly, Notice};
use crate::i18n::{use_i18n, I18n};
use crate::{live_text, t};
use leptos::prelude::*;

fn notice_text(i18n: I18n, notice: &DiaryNotice) -> String {
    match notice {
        DiaryNotice::Session(Notice::Damaged(damage)) => format!(
            "{} {} {}",
            t!(i18n, "diary-damaged-found"),
            words::damage(i18n, *damage),
            t!(i18n, "diary-damaged-kept")
        ),
        DiaryNotice::DamagedNotMoved(damage) => format!(
            "{} {} {}",
            t!(i18n, "diary-damaged-found"),
            words::damage(i18n, *damage),
            t!(i18n, "diary-damaged-not-moved")
        ),
        DiaryNotice::Session(Notice::KeptCopyDropped) => t!(i18n, "diary-kept-copy-dropped"),
        DiaryNotice::Session(Notice::CarriedOver) => t!(i18n, "diary-carried-over"),
        DiaryNotice::Attempts(report) => {
            let last = report.times.last().copied().unwrap_or_default();
            let when = clock::format_day_time(last, i18n.lang().date_locale());
            t!(
                i18n,
                "diary-attempts-report",
                count = report.failed,
                when = when
            )
        }
        DiaryNotice::NotesAdded(count) => t!(i18n, "diary-notes-added", count = (*count as u64)),
        DiaryNotice::NotesKept(count) => t!(i18n, "diary-notes-kept", count = (*count as u64)),
        DiaryNotice::NotesKeyReplaced => t!(i18n, "diary-notes-key-replaced"),
        DiaryNotice::CarryAdded(count) => t!(i18n, "diary-carry-added", count = (*count as u64)),
        DiaryNotice::WeakSecret => t!(i18n, "diary-weak-secret-notice"),
    }
}

/// A stable name for each kind of notice (tests and styles use it).
fn notice_name(notice: &DiaryNotice) -> &'static str {
    match notice {
        DiaryNotice::Session(Notice::Damaged(_)) => "damaged",
        DiaryNotice::DamagedNotMoved(_) => "damaged-not-moved",
        DiaryNotice::Session(Notice::KeptCopyDropped) => "kept-copy-dropped",
        DiaryNotice::Session(Notice::CarriedOver) => "carried-over",
        DiaryNotice::Attempts(_) => "attempts",
        DiaryNotice::NotesAdded(_) => "notes-added",
        DiaryNotice::NotesKept(_) => "notes-kept",
        DiaryNotice::NotesKeyReplaced => "notes-key-replaced",
        DiaryNotice::CarryAdded(_) => "carry-added",
        DiaryNotice::WeakSecret => "weak-secret",
    }
}

/// Whether the notice warns of something that went wrong (or may have).
fn is_warning(notice: &DiaryNotice) -> bool {
    !matches!(
        notice,
        DiaryNotice::NotesAdded(_) | DiaryNotice::CarryAdded(_)
    )
}

#[component]
pub fn DiaryNotices() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    let open = move || matches!(state.phase.get(), Phase::Open | Phase::MemoryOnly(_));
    let memory_only = move || open() && state.diary.with(|diary| diary.settings().memory_only);
    let export_damaged = move |_| {
        let text = diary_store::damaged_copies().join("\n\n");
        download::save_text("damaged-copy.txt", "text/plain", &text);
    };
    view! {
        {move || match state.phase.get() {
            Phase::MemoryOnly(why) => Some(view! {
                <p class="diary-notice diary-notice-warn diary-memory-only" role="alert">
                    {move || match why {
                        MemoryOnly::StorageBlocked => t!(i18n, "diary-memory-only-blocked"),
                        MemoryOnly::NoSafeStorage => t!(i18n, "diary-memory-only-unsafe"),
                    }}
                </p>
            }),
            _ => None,
        }}
        <Show when=memory_only>
            <p class="diary-notice diary-notice-tablet" role="status">{live_text!(i18n, "diary-tablet-on")}</p>
        </Show>
        <Show when=move || open() && state.must_protect.get()>
            <p class="diary-notice diary-notice-warn" role="alert">{live_text!(i18n, "diary-must-protect")}</p>
        </Show>
        {move || match state.save.get() {
            SaveState::Failed { full } => Some(view! {
                <div class="diary-notice diary-notice-warn" role="alert">
                    <p>{move || if full { t!(i18n, "diary-storage-full") } else { t!(i18n, "diary-storage-unavailable") }}</p>
                    <p>{live_text!(i18n, "diary-storage-kept")}</p>
                </div>
            }),
            _ => None,
        }}
        <For each=move || state.notices.get() key=|notice| format!("{notice:?}") let:notice>
            {
                let damaged = matches!(notice, DiaryNotice::Session(Notice::Damaged(_)));
                let warning = is_warning(&notice);
                let name = notice_name(&notice);
                let class = if warning { "diary-notice diary-notice-warn" } else { "diary-notice" };
                let shown = notice.clone();
                view! {
                    <div class=class data-notice=name role=if warning { "alert" } else { "status" }>
                        <p>{move || notice_text(i18n, &shown)}</p>
                        <div class="diary-actions">
                            <Show when=move || damaged>
                                <button type="button" class="button button-secondary" on:click=export_damaged>
                                    {live_text!(i18n, "diary-damaged-export")}
                                </button>
                            </Show>
                            <button type="button" class="button button-secondary diary-notice-close" on:click=move |_| state.dismiss(&notice)>
                                {live_text!(i18n, "diary-close")}
                            </button>
                        </div>
                    </div>
                }
            }
        </For>
    }
}

/// Once in a while, a protected diary reminds its owner that only a backup file carries it
/// to another phone (its key never leaves this one).
#[component]
pub fn BackupReminder() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    let open = move || matches!(state.phase.get(), Phase::Open | Phase::MemoryOnly(_));
    let backup_due = move || {
        open()
            && state.protection.get().is_some()
            && state.diary.with(|diary| {
                diary
                    .settings()
                    .backup_due(state.now_ms.get(), !diary.entries().is_empty())
            })
    };
    let put_off_backup = move |_| {
        let now = clock::now_ms();
        let _ = state.edit_settings(|settings| settings.backup_noted_ms = Some(now));
    };
    view! {
        <Show when=backup_due>
            <div class="diary-notice diary-backup-due" role="status">
                <p>{live_text!(i18n, "diary-backup-reminder")}</p>
                <div class="diary-actions">
                    <button type="button" class="button button-secondary" on:click=move |_| document::show_element("diary-data-title")>
                        {live_text!(i18n, "diary-backup-make")}
                    </button>
                    <button type="button" class="button button-secondary" on:click=put_off_backup>
                        {live_text!(i18n, "diary-backup-later")}
                    </button>
                </div>
            </div>
        </Show>
    }
}
