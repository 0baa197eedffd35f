//! Export (JSON, complete and versioned; CSV for a spreadsheet; JSON sealed with a
//! password) and import: the whole file is checked, a preview says what it adds, and
//! only a confirmation merges it, all or nothing.

use super::state::use_diary;
use super::words;
use crate::ui::text_field::{Input, TextField};
use crate::browser::crypto::SealingKey;
use crate::browser::{clock, download, file_read};
use crate::diary::envelope::MAX_CIPHERTEXT_BYTES;
use crate::diary::{CsvDialect, EncryptedBlob, ImportPreview, PreparedImport};
use crate::i18n::use_i18n;
use crate::lang::Lang;
use crate::t;
use leptos::prelude::*;

/// A sealed file in base64 is a third bigger than the document inside.
const MAX_FILE_BYTES: usize = MAX_CIPHERTEXT_BYTES / 3 * 4 + 1024;

fn file_name(extension: &str) -> String {
    let (year, month, day, _, _) = clock::local_parts(clock::now_ms());
    // A neutral name: the file may sit in a shared Downloads folder.
    format!("backup-{year:04}-{month:02}-{day:02}.{extension}")
}

#[derive(Clone)]
enum ImportStep {
    Idle,
    /// A sealed file: its password is needed.
    NeedPassword(EncryptedBlob),
    Ready(PreparedImport, ImportPreview),
    Done(ImportPreview),
    Failed(String),
}

#[component]
pub fn DiaryData() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    let export_message = RwSignal::new(None::<String>);

    let export_json = move |_| {
        let json = state.diary.with_untracked(|d| d.to_json());
        if !download::save_text(&file_name("json"), "application/json", &json) {
            export_message.set(Some(t!(i18n, "diary-export-failed")));
        }
    };
    let export_csv = move |_| {
        let dialect = if i18n.lang() == Lang::En {
            CsvDialect::International
        } else {
            CsvDialect::French
        };
        let csv = state.diary.with_untracked(|d| d.to_csv(dialect));
        if !download::save_text(&file_name("csv"), "text/csv", &csv) {
            export_message.set(Some(t!(i18n, "diary-export-failed")));
        }
    };
    let password = RwSignal::new(String::new());
    let sealing = RwSignal::new(false);
    let export_sealed = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let secret = password.get_untracked();
        if secret.chars().count() < 4 {
            export_message.set(Some(t!(i18n, "diary-pin-too-short", count = 4)));
            return;
        }
        password.set(String::new());
        sealing.set(true);
        let json = state.diary.with_untracked(|d| d.to_json());
        leptos::task::spawn_local(async move {
            let result = async {
                let key = SealingKey::new_for(&secret).await?;
                key.seal(&json).await
            }
            .await;
            sealing.set(false);
            match result {
                Ok(blob) => {
                    export_message.set(None);
                    if !download::save_text(&file_name("json"), "application/json", &blob.to_json())
                    {
                        export_message.set(Some(t!(i18n, "diary-export-failed")));
                    }
                }
                Err(error) => export_message.set(Some(words::crypto_error(i18n, error))),
            }
        });
    };

    let step = RwSignal::new(ImportStep::Idle);
    let import_password = RwSignal::new(String::new());
    let prepare = move |raw: String| {
        if EncryptedBlob::looks_encrypted(&raw) {
            match EncryptedBlob::from_json(&raw) {
                Ok(blob) => step.set(ImportStep::NeedPassword(blob)),
                Err(error) => step.set(ImportStep::Failed(words::envelope_error(i18n, error))),
            }
            return;
        }
        let result = state.diary.with_untracked(|d| {
            d.prepare_import(&raw).map(|p| {
                let preview = p.preview(d);
                (p, preview)
            })
        });
        step.set(match result {
            Ok((prepared, preview)) => ImportStep::Ready(prepared, preview),
            Err(error) => ImportStep::Failed(words::data_error(i18n, error)),
        });
    };
    let on_file = move |event: leptos::ev::Event| {
        let Some(input) = file_read::input_of(&event) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let result = file_read::read_picked(&input, MAX_FILE_BYTES).await;
            input.set_value("");
            match result {
                Ok(raw) => prepare(raw),
                Err(error) => step.set(ImportStep::Failed(words::read_error(i18n, error))),
            }
        });
    };
    let open_sealed = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let ImportStep::NeedPassword(blob) = step.get_untracked() else {
            return;
        };
        let secret = import_password.get_untracked();
        import_password.set(String::new());
        leptos::task::spawn_local(async move {
            let result = async {
                let key = SealingKey::for_blob(&secret, &blob).await?;
                key.open(&blob).await
            }
            .await;
            match result {
                Ok(json) => prepare(json),
                Err(error) => step.set(ImportStep::Failed(words::crypto_error(i18n, error))),
            }
        });
    };
    let confirm = move |_| {
        let ImportStep::Ready(prepared, _) = step.get_untracked() else {
            return;
        };
        let mut diary = state.diary.get_untracked();
        match diary.apply_import(prepared) {
            Ok(done) => {
                state.replace(diary);
                step.set(ImportStep::Done(done));
            }
            Err(error) => step.set(ImportStep::Failed(words::data_error(i18n, error))),
        }
    };

    view! {
        <section class="card diary-data" aria-labelledby="diary-data-title">
            <h2 id="diary-data-title">{move || t!(i18n, "diary-data-title")}</h2>
            <p>{move || t!(i18n, "diary-export-text")}</p>
            <p class="diary-warn">{move || t!(i18n, "diary-export-warning")}</p>
            <div class="diary-actions">
                <button type="button" class="button button-secondary diary-export-json" on:click=export_json>
                    {move || t!(i18n, "diary-export-json")}
                </button>
                <button type="button" class="button button-secondary diary-export-csv" on:click=export_csv>
                    {move || t!(i18n, "diary-export-csv")}
                </button>
            </div>
            <form class="diary-form" on:submit=export_sealed>
                <TextField id="diary-export-password" label=move || t!(i18n, "diary-export-password") value=password input=Input::NewPassword/>
                <button type="submit" class="button button-secondary" prop:disabled=move || sealing.get()>
                    {move || t!(i18n, "diary-export-sealed")}
                </button>
            </form>
            {move || export_message.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}

            <h3>{move || t!(i18n, "diary-import-title")}</h3>
            <p>{move || t!(i18n, "diary-import-text")}</p>
            <div class="field">
                <label for="diary-import-file">{move || t!(i18n, "diary-import-choose")}</label>
                <input id="diary-import-file" type="file" accept=".json,application/json" on:change=on_file/>
            </div>
            <div class="diary-import-result" aria-live="polite">
                {move || match step.get() {
                    ImportStep::Idle => None,
                    ImportStep::NeedPassword(_) => Some(view! {
                        <form class="diary-form" on:submit=open_sealed>
                            <TextField id="diary-import-password" label=move || t!(i18n, "diary-import-password") value=import_password input=Input::Password/>
                            <button type="submit" class="button">{move || t!(i18n, "diary-import-open")}</button>
                        </form>
                    }.into_any()),
                    ImportStep::Ready(_, preview) => Some(view! {
                        <div class="diary-preview">
                            <p>{t!(i18n, "diary-import-preview", count = preview.in_file, present = preview.already_present, new = preview.new)}</p>
                            <div class="diary-actions">
                                <button type="button" class="button diary-import-confirm" on:click=confirm>
                                    {move || t!(i18n, "diary-import-confirm", count = preview.new)}
                                </button>
                                <button type="button" class="button button-secondary" on:click=move |_| step.set(ImportStep::Idle)>
                                    {move || t!(i18n, "diary-cancel")}
                                </button>
                            </div>
                        </div>
                    }.into_any()),
                    ImportStep::Done(done) => Some(view! {
                        <p class="field-ok diary-import-done" role="status">{t!(i18n, "diary-import-done", count = done.new)}</p>
                    }.into_any()),
                    ImportStep::Failed(message) => Some(view! {
                        <div class="diary-import-failed" role="alert">
                            <p class="field-error">{message}</p>
                            <p>{t!(i18n, "diary-import-unchanged")}</p>
                        </div>
                    }.into_any()),
                }}
            </div>
        </section>
    }
}
