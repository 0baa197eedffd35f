//! The Leptos UI. `app.rs` is the shell (providers, layout, the screen for the address);
//! a folder per feature, as in the domain (`facts/`, `finder/`, `diary/`), and `about/`, holds its
//! screens; the single screens (home, not found) and the app-wide pieces
//! (navigation, settings, crash screen) sit here; `widgets/` holds what screens share.

mod about;
mod app;
mod diary;
mod facts;
mod finder;
mod home;
mod navigation;
mod not_found;
mod panic;
mod settings;
mod widgets;

use crate::browser::{document, navigator, service_worker, storage};
use crate::i18n::{self, I18n};
use crate::lang::Lang;
use crate::settings::{Settings, STORAGE_KEY};
use app::App;

/// Entry point of the wasm build.
pub fn start() {
    // Back from "leave now": the guard (browser/leave_guard.js) is already leaving again.
    if crate::browser::leave::is_leaving() {
        return;
    }
    panic::install();
    let settings = Settings::parse(storage::read(STORAGE_KEY).as_deref());
    let wanted = settings.effective_lang(&navigator::preferred_languages());
    // Leptos's executor exists only once the app is mounted.
    wasm_bindgen_futures::spawn_local(async move {
        // The user's language, else French; without either (offline before the first
        // visit ended) the static first screen stays, and its links load the page again.
        let mut lang = wanted;
        if !i18n::load(lang).await {
            lang = Lang::Fr;
            if !i18n::load(lang).await {
                web_sys::console::error_1(&"Repère: no texts could be loaded".into());
                return;
            }
        }
        panic::prepare(lang);
        // Parsing the texts was one task; the mount is the next, so neither blocks for long.
        leptos::prelude::set_timeout(
            move || {
                let i18n = I18n::new(lang);
                document::take_over_static_shell();
                leptos::mount::mount_to_body(move || leptos::view! { <App i18n settings/> });
                // Only once the app is up: the worker's precache (every file, the other
                // languages included) then never competes with the first screen.
                leptos::prelude::set_timeout(service_worker::register, std::time::Duration::ZERO);
            },
            std::time::Duration::ZERO,
        );
    });
}
