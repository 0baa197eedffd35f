//! The Leptos UI: one screen per file, plus the few widgets every screen shares.

mod about;
mod app;
mod diary;
mod emergency_bar;
mod facts;
mod facts_card;
mod finder;
mod home;
mod language_picker;
mod leave_button;
mod map;
mod navigation;
mod not_found;
mod panic;
mod place;
mod present;
mod quiz;
mod rock;
mod text_field;

use crate::browser::{document, navigator, service_worker, storage};
use crate::i18n::I18n;
use crate::settings::{Settings, STORAGE_KEY};
use app::App;

/// Entry point of the wasm build.
pub fn start() {
    // Back from "leave now": the guard (browser/leave_guard.js) is already leaving again.
    if crate::browser::leave::is_leaving() {
        return;
    }
    let settings = Settings::parse(storage::read(STORAGE_KEY).as_deref());
    let lang = settings.effective_lang(&navigator::preferred_languages());
    panic::install(lang);
    service_worker::register();

    let i18n = I18n::new(lang);
    let diary = diary::state::DiaryState::start();
    // The static first screen has been painted; swap the app in a frame later rather than
    // in the same one, so that this paint, not the identical one after it, is the page's
    // first contentful and largest paint.
    leptos::prelude::request_animation_frame(move || {
        leptos::prelude::set_timeout(
            move || {
                document::take_over_static_shell();
                leptos::mount::mount_to_body(move || leptos::view! { <App i18n settings diary/> });
            },
            std::time::Duration::ZERO,
        )
    });
}
