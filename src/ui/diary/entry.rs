//! One entry's details, added right after logging or any time later, and the list of
//! recent entries with "edit". Every detail may stay unsaid.

use super::state::use_diary;
use super::words;
use crate::browser::clock::{self, DeviceZone};
use crate::diary::entry::MAX_NOTE_CHARS;
use crate::diary::form::{Choice, Unit};
use crate::diary::{Amount, Company, EditError, Entry, EntryDraft, Route};
use crate::i18n::{use_i18n, I18n};
use crate::ui::widgets::{FieldError, Input, TextField};
use crate::{live_text, t};
use leptos::prelude::*;

/// How many entries the list shows before "show more".
const LIST_STEP: usize = 20;

/// The editor for `state.editing`, if any.
#[component]
pub fn EntryEditor() -> impl IntoView {
    let state = use_diary();
    move || {
        let id = state.editing.get()?;
        let entry = state.diary.with_untracked(|diary| diary.get(id).cloned())?;
        Some(view! { <EntryForm entry/> })
    }
}

#[component]
fn EntryForm(entry: Entry) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    let id = entry.id;
    let draft = EntryDraft::of(&entry, clock::local_time(entry.at_ms), i18n.lang());
    let date = RwSignal::new(draft.date);
    let time = RwSignal::new(draft.time);
    let amount = RwSignal::new(draft.amount);
    let unit = RwSignal::new(draft.unit);
    let spent = RwSignal::new(draft.spent);
    let route = RwSignal::new(draft.route);
    let company = RwSignal::new(draft.company);
    let shared_pipe = RwSignal::new(draft.shared_pipe);
    let burns = RwSignal::new(draft.burns_or_cuts);
    let slept = RwSignal::new(draft.slept);
    let ate = RwSignal::new(draft.ate);
    let craving = RwSignal::new(draft.craving);
    let note = RwSignal::new(draft.note);
    let error = RwSignal::new(None::<String>);

    let build = move || -> Result<Entry, String> {
        let base = state
            .diary
            .with_untracked(|diary| diary.get(id).cloned())
            .ok_or_else(|| words::edit_error(i18n, EditError::NotFound))?;
        let draft = EntryDraft {
            date: date.get_untracked(),
            time: time.get_untracked(),
            amount: amount.get_untracked(),
            unit: unit.get_untracked(),
            spent: spent.get_untracked(),
            route: route.get_untracked(),
            company: company.get_untracked(),
            shared_pipe: shared_pipe.get_untracked(),
            burns_or_cuts: burns.get_untracked(),
            slept: slept.get_untracked(),
            ate: ate.get_untracked(),
            craving: craving.get_untracked(),
            note: note.get_untracked(),
        };
        draft
            .to_entry(&base, clock::now_ms(), &DeviceZone)
            .map_err(|problem| words::draft_error(i18n, problem))
    };
    let save = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match build().and_then(|edited| {
            state
                .update_entry(edited)
                .map_err(|problem| words::edit_error(i18n, problem))
        }) {
            Ok(()) => {
                error.set(None);
                state.editing.set(None);
                state.show_toast(super::state::ToastKind::Saved, None);
            }
            Err(message) => error.set(Some(message)),
        }
    };
    let delete = move |_| {
        if let Err(problem) = state.delete(id) {
            error.set(Some(words::edit_error(i18n, problem)));
        }
    };

    view! {
        <section class="card diary-editor" aria-labelledby="diary-editor-title">
            <h2 id="diary-editor-title" tabindex="-1">{live_text!(i18n, "diary-details-title")}</h2>
            <p class="diary-hint">{live_text!(i18n, "diary-details-hint")}</p>
            <form class="diary-form" on:submit=save>
                <div class="diary-row">
                    <TextField id="diary-edit-date" label=live_text!(i18n, "diary-field-date") value=date input=Input::Date/>
                    <TextField id="diary-edit-time" label=live_text!(i18n, "diary-field-time") value=time input=Input::Time/>
                </div>
                <div class="diary-row">
                    <TextField id="diary-edit-amount" label=live_text!(i18n, "diary-field-amount") value=amount input=Input::Count/>
                    <div class="field">
                        <label for="diary-edit-unit">{live_text!(i18n, "diary-field-unit")}</label>
                        <select id="diary-edit-unit" bind:value=unit>
                            <option value=Unit::Rocks.code()>{live_text!(i18n, "diary-unit-rocks")}</option>
                            <option value=Unit::Milligrams.code()>{live_text!(i18n, "diary-unit-mg")}</option>
                        </select>
                    </div>
                </div>
                <TextField id="diary-edit-spent" label=live_text!(i18n, "diary-field-spent") value=spent input=Input::Decimal/>
                <div class="diary-row">
                    <div class="field">
                        <label for="diary-edit-route">{live_text!(i18n, "diary-field-route")}</label>
                        <select id="diary-edit-route" bind:value=route>
                            <option value="">{live_text!(i18n, "diary-not-said")}</option>
                            <option value=Route::Smoked.code()>{live_text!(i18n, "diary-route-smoked")}</option>
                            <option value=Route::Inhaled.code()>{live_text!(i18n, "diary-route-inhaled")}</option>
                            <option value=Route::Injected.code()>{live_text!(i18n, "diary-route-injected")}</option>
                            <option value=Route::Other.code()>{live_text!(i18n, "diary-route-other")}</option>
                        </select>
                    </div>
                    <div class="field">
                        <label for="diary-edit-company">{live_text!(i18n, "diary-field-company")}</label>
                        <select id="diary-edit-company" bind:value=company>
                            <option value="">{live_text!(i18n, "diary-not-said")}</option>
                            <option value=Company::Alone.code()>{live_text!(i18n, "diary-company-alone")}</option>
                            <option value=Company::WithOthers.code()>{live_text!(i18n, "diary-company-others")}</option>
                        </select>
                    </div>
                </div>
                <div class="diary-row">
                    {yes_no(i18n, "diary-edit-pipe", live_text!(i18n, "diary-field-shared-pipe"), shared_pipe)}
                    {yes_no(i18n, "diary-edit-burns", live_text!(i18n, "diary-field-burns"), burns)}
                </div>
                <div class="diary-row">
                    {yes_no(i18n, "diary-edit-slept", live_text!(i18n, "diary-field-slept"), slept)}
                    {yes_no(i18n, "diary-edit-ate", live_text!(i18n, "diary-field-ate"), ate)}
                </div>
                <div class="field">
                    <label for="diary-edit-craving">{live_text!(i18n, "diary-field-craving")}</label>
                    <select id="diary-edit-craving" bind:value=craving>
                        <option value="">{live_text!(i18n, "diary-not-said")}</option>
                        {(0..=10).map(|n| view! { <option value=n.to_string()>{n}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="diary-edit-note">{live_text!(i18n, "diary-field-note")}</label>
                    <textarea id="diary-edit-note" rows="2" maxlength=MAX_NOTE_CHARS.to_string()
                        spellcheck="false" autocomplete="off" autocapitalize="off" aria-describedby="diary-edit-note-hint"
                        bind:value=note></textarea>
                    <p id="diary-edit-note-hint" class="diary-hint">{live_text!(i18n, "diary-note-keyboard-hint")}</p>
                </div>
                <FieldError message=error/>
                <div class="diary-actions">
                    <button type="submit" class="button">{live_text!(i18n, "diary-save")}</button>
                    <button type="button" class="button button-secondary" on:click=move |_| state.editing.set(None)>
                        {live_text!(i18n, "diary-close")}
                    </button>
                    <button type="button" class="button button-danger" on:click=delete>
                        {live_text!(i18n, "diary-delete")}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// One line of the list: when, what was said, and "edit".
#[component]
fn EntryRow(entry: Entry) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    let id = entry.id;
    let when = move || clock::format_day_time(entry.at_ms, i18n.lang().date_locale());
    let what = move || summary(i18n, &entry);
    view! {
        <li class="diary-entry" data-entry=id.to_string()>
            <span class="diary-entry-text">
                <span class="diary-entry-when">{when}</span>
                <span class="diary-entry-what">{what}</span>
            </span>
            <button type="button" class="button button-secondary diary-entry-edit" on:click=move |_| state.edit(id)>
                {live_text!(i18n, "diary-edit")}
            </button>
        </li>
    }
}

/// A question answered "yes", "no" or not at all.
fn yes_no(
    i18n: I18n,
    field: &'static str,
    label: impl Fn() -> String + Send + Sync + 'static,
    signal: RwSignal<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=field>{label}</label>
            <select id=field bind:value=signal>
                <option value="">{live_text!(i18n, "diary-not-said")}</option>
                <option value=true.code()>{live_text!(i18n, "diary-yes")}</option>
                <option value=false.code()>{live_text!(i18n, "diary-no")}</option>
            </select>
        </div>
    }
}

/// A short line about an entry: its time and the details given.
fn summary(i18n: I18n, entry: &Entry) -> String {
    let mut parts = Vec::new();
    match entry.amount {
        Some(Amount::Rocks(n)) => parts.push(t!(i18n, "diary-rocks", count = n)),
        Some(Amount::Milligrams(n)) => parts.push(t!(i18n, "diary-mg", count = n)),
        None => {}
    }
    if let Some(cents) = entry.spent_cents {
        parts.push(words::euros(i18n, u64::from(cents)));
    }
    match entry.company {
        Some(Company::Alone) => parts.push(t!(i18n, "diary-company-alone")),
        Some(Company::WithOthers) => parts.push(t!(i18n, "diary-company-others")),
        None => {}
    }
    parts.join(" · ")
}

#[component]
pub fn DiaryEntries() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    let shown = RwSignal::new(LIST_STEP);
    let total = move || state.diary.with(|diary| diary.entries().len());
    let more = move || total() > shown.get();
    let rows = move || {
        state.diary.with(|diary| {
            let newest_first = diary.entries().iter().rev();
            newest_first
                .take(shown.get())
                .map(|entry| view! { <EntryRow entry=entry.clone()/> })
                .collect_view()
        })
    };
    view! {
        <section class="card diary-list" aria-labelledby="diary-list-title">
            <h2 id="diary-list-title">{move || t!(i18n, "diary-list-title", count = total())}</h2>
            <Show when=move || total() == 0>
                <p class="diary-hint">{live_text!(i18n, "diary-list-empty")}</p>
            </Show>
            <ul class="diary-entries">{rows}</ul>
            <Show when=more>
                <button type="button" class="button button-secondary" on:click=move |_| shown.update(|n| *n += LIST_STEP)>
                    {live_text!(i18n, "diary-list-more")}
                </button>
            </Show>
        </section>
    }
}
