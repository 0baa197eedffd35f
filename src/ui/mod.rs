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
use app::{App, Built};
use leptos::prelude::{GetUntracked, RwSignal, Set};

/// The next part of the app, in a task of its own, and then the next; once the screen is
/// built, the app is shown in place of the static copy.
fn build_next(built: RwSignal<Built>, host: web_sys::HtmlElement) {
    later(move || {
        let next = match built.get_untracked() {
            Built::Contexts => Built::Landmarks,
            Built::Landmarks => Built::TopBar,
            Built::TopBar => Built::EmergencyBar,
            Built::EmergencyBar => Built::Screen,
            Built::Screen => {
                document::take_over_static_shell(&host);
                // Only once the app is up: the worker's precache (every file, the other
                // languages included) then never competes with the first screen.
                later(service_worker::register);
                return;
            }
        };
        // Drawn by the reactive system once this task's code returns.
        built.set(next);
        build_next(built, host);
    });
}

/// `step` in a task of its own, after what is queued.
fn later(step: impl FnOnce() + 'static) {
    leptos::prelude::set_timeout(step, std::time::Duration::ZERO);
}

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
        // Built off the page a part per task (see `Built`), so that no task blocks a slow
        // phone for long; the static first screen stays on show until the last one.
        let Some(host) = document::detached_host() else {
            return;
        };
        let built = RwSignal::new(Built::Contexts);
        later(move || {
            let i18n = I18n::new(lang);
            let mount_host = host.clone();
            leptos::mount::mount_to(
                mount_host,
                move || leptos::view! { <App i18n settings built/> },
            )
            .forget();
            build_next(built, host);
        });
    });
}
