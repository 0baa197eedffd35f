//! Export and import. The protected file is sealed with its own password (12 characters
//! at least: it travels without this phone's key); a file without a password, JSON or
//! CSV, takes the diary's current secret first when it has one. An import is checked
//! whole, a preview says what it adds, and only a confirmation merges it, all or nothing.

use super::secret_form::CurrentSecretField;
use super::state::use_diary;
use super::words::{self, SecretFor};
use crate::browser::crypto::{self, CryptoError, LegacyKey};
use crate::browser::{clock, download, file_read};
use crate::diary::envelope::MAX_SEALED_TEXT_BYTES;
use crate::diary::legacy::LegacyBlob;
use crate::diary::secret;
use crate::diary::stored::{classify_file, ImportFile};
use crate::diary::{CsvDialect, ImportPreview, PreparedImport, SealedFile};
use crate::i18n::use_i18n;
use crate::ui::widgets::{Input, TextField};
use crate::{live_text, t};
use leptos::prelude::*;

fn file_name(extension: &str) -> String {
    let (date, _) = clock::local_time(clock::now_ms()).input_values();
    // A neutral name: the file may sit in a shared Downloads folder.
    format!("backup-{date}.{extension}")
}

#[derive(Clone)]
enum Sealed {
    File(SealedFile),
    Legacy(LegacyBlob),
}

#[derive(Clone)]
enum ImportStep {
    Idle,
    /// A sealed file: its password is needed.
    NeedPassword(Sealed),
    Ready(PreparedImport, ImportPreview),
    Done(ImportPreview),
    Failed(String),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum PlainKind {
    Json,
    Csv,
}

#[component]
pub fn DiaryData() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    let export_message = RwSignal::new(None::<(bool, String)>);
    let saved = move |ok: bool| {
        if ok {
            let now = clock::now_ms();
            let _ = state.edit_settings(|settings| settings.backup_noted_ms = Some(now));
            export_message.set(None);
        } else {
            export_message.set(Some((false, t!(i18n, "diary-export-failed"))));
        }
    };

    let current = RwSignal::new(String::new());
    let plain_busy = RwSignal::new(false);
    let export_plain = move |kind: PlainKind| {
        let typed = current.get_untracked();
        current.set(String::new());
        plain_busy.set(true);
        leptos::task::spawn_local(async move {
            let checked = state.confirm_secret(typed).await;
            plain_busy.set(false);
            if let Err(problem) = checked {
                export_message.set(Some((false, words::unlock_error(i18n, problem))));
                return;
            }
            let ok = match kind {
                PlainKind::Json => {
                    let json = state.diary.with_untracked(|d| d.to_json());
                    download::save_text(&file_name("json"), "application/json", &json)
                }
                PlainKind::Csv => {
                    let dialect = CsvDialect::for_lang(i18n.lang());
                    let csv = state.diary.with_untracked(|d| d.to_csv(dialect));
                    download::save_text(&file_name("csv"), "text/csv", &csv)
                }
            };
            saved(ok);
        });
    };

    let password = RwSignal::new(String::new());
    let password_again = RwSignal::new(String::new());
    let sealing = RwSignal::new(false);
    let export_sealed = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (secret, again) = (password.get_untracked(), password_again.get_untracked());
        if let Err(problem) = secret::check_export_password(&secret, &again) {
            export_message.set(Some((false, words::weak(i18n, SecretFor::File, problem))));
            return;
        }
        password.set(String::new());
        password_again.set(String::new());
        sealing.set(true);
        let json = state.diary.with_untracked(|d| d.to_json());
        leptos::task::spawn_local(async move {
            let result = crypto::seal_file(&secret, &json).await;
            sealing.set(false);
            match result {
                Ok(file) => saved(download::save_text(
                    &file_name("json"),
                    "application/json",
                    &file.to_json(),
                )),
                Err(error) => export_message.set(Some((false, words::crypto_error(i18n, error)))),
            }
        });
    };

    let step = RwSignal::new(ImportStep::Idle);
    let import_password = RwSignal::new(String::new());
    let prepare_plain = move |raw: &str| {
        let result = state.diary.with_untracked(|d| {
            d.prepare_import(raw).map(|p| {
                let preview = p.preview(d);
                (p, preview)
            })
        });
        step.set(match result {
            Ok((prepared, preview)) => ImportStep::Ready(prepared, preview),
            Err(error) => ImportStep::Failed(words::data_error(i18n, error)),
        });
    };
    let prepare = move |raw: String| {
        step.set(match classify_file(&raw) {
            ImportFile::Plain => return prepare_plain(&raw),
            ImportFile::Sealed(file) => ImportStep::NeedPassword(Sealed::File(file)),
            ImportFile::LegacySealed(blob) => ImportStep::NeedPassword(Sealed::Legacy(blob)),
            ImportFile::DeviceBound => ImportStep::Failed(t!(i18n, "diary-import-device-bound")),
            ImportFile::Damaged(error) => ImportStep::Failed(words::envelope_error(i18n, error)),
        });
    };
    let on_file = move |event: leptos::ev::Event| {
        let Some(input) = file_read::input_of(&event) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let result = file_read::read_picked(&input, MAX_SEALED_TEXT_BYTES).await;
            input.set_value("");
            match result {
                Ok(raw) => prepare(raw),
                Err(error) => step.set(ImportStep::Failed(words::read_error(i18n, error))),
            }
        });
    };
    let open_sealed = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let ImportStep::NeedPassword(sealed) = step.get_untracked() else {
            return;
        };
        let secret = import_password.get_untracked();
        import_password.set(String::new());
        leptos::task::spawn_local(async move {
            let result = match sealed {
                Sealed::File(file) => crypto::open_file(&secret, &file).await,
                Sealed::Legacy(blob) => match LegacyKey::derive(&secret, &blob).await {
                    Ok(key) => key.open(&blob).await,
                    Err(error) => Err::<String, CryptoError>(error),
                },
            };
            match result {
                Ok(json) => prepare_plain(&json),
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
            <h2 id="diary-data-title" tabindex="-1">{live_text!(i18n, "diary-data-title")}</h2>
            <p>{live_text!(i18n, "diary-export-text")}</p>
            <form class="diary-form" on:submit=export_sealed>
                <h3>{live_text!(i18n, "diary-export-sealed-title")}</h3>
                <div class="diary-row">
                    <TextField id="diary-export-password" label=live_text!(i18n, "diary-export-password") value=password input=Input::Password/>
                    <TextField id="diary-export-password-again" label=live_text!(i18n, "diary-password-again") value=password_again input=Input::Password/>
                </div>
                <p class="diary-hint">{live_text!(i18n, "diary-export-password-hint")}</p>
                <button type="submit" class="button diary-export-sealed" prop:disabled=move || sealing.get()>
                    {live_text!(i18n, "diary-export-sealed")}
                </button>
            </form>
            <details class="diary-export-plain">
                <summary>{live_text!(i18n, "diary-export-plain-title")}</summary>
                <p class="diary-warn">{live_text!(i18n, "diary-export-warning")}</p>
                {move || state.protection.get().map(|kind| view! {
                    <p>{live_text!(i18n, "diary-export-plain-needs-secret")}</p>
                    <CurrentSecretField id="diary-export-current" kind=kind value=current/>
                })}
                <div class="diary-actions">
                    <button type="button" class="button button-secondary diary-export-json" prop:disabled=move || plain_busy.get()
                        on:click=move |_| export_plain(PlainKind::Json)>
                        {live_text!(i18n, "diary-export-json")}
                    </button>
                    <button type="button" class="button button-secondary diary-export-csv" prop:disabled=move || plain_busy.get()
                        on:click=move |_| export_plain(PlainKind::Csv)>
                        {live_text!(i18n, "diary-export-csv")}
                    </button>
                </div>
            </details>
            {move || export_message.get().map(|(ok, m)| view! {
                <p class=if ok { "field-ok" } else { "field-error" } role="alert">{m}</p>
            })}

            <h3>{live_text!(i18n, "diary-import-title")}</h3>
            <p>{live_text!(i18n, "diary-import-text")}</p>
            <div class="field">
                <label for="diary-import-file">{live_text!(i18n, "diary-import-choose")}</label>
                <input id="diary-import-file" type="file" accept=".json,application/json" on:change=on_file/>
            </div>
            <div class="diary-import-result" aria-live="polite">
                {move || match step.get() {
                    ImportStep::Idle => None,
                    ImportStep::NeedPassword(_) => Some(view! {
                        <form class="diary-form" on:submit=open_sealed>
                            <TextField id="diary-import-password" label=live_text!(i18n, "diary-import-password") value=import_password input=Input::Password/>
                            <button type="submit" class="button">{live_text!(i18n, "diary-import-open")}</button>
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
                                    {live_text!(i18n, "diary-cancel")}
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
