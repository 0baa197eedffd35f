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
use leptos::mount::mount_to;
use leptos::prelude::{Owner, RwSignal, Set};
use web_sys::HtmlElement;
use widgets::EmergencyBar;

/// A step of building the app, given the element it is built in.
type Step = Box<dyn FnOnce(HtmlElement)>;

/// Each step under `app`, in a task of its own, in order.
fn in_turn(app: Owner, host: HtmlElement, mut steps: impl Iterator<Item = Step> + 'static) {
    if let Some(step) = steps.next() {
        later(move || {
            app.with(|| step(host.clone()));
            in_turn(app, host, steps);
        });
    }
}

/// `step` in a task of its own, after what is queued.
fn later(step: impl FnOnce() + 'static) {
    in_a_task(Box::new(step));
}

/// `later`'s one timer, whatever the step: each closure type would be its own copy.
fn in_a_task(step: Box<dyn FnOnce()>) {
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
    // In a task after the one the wasm was instantiated in, which is long enough on a slow
    // phone. (Leptos's executor exists only once the app is mounted.)
    later(move || wasm_bindgen_futures::spawn_local(load_texts_and_build(wanted, settings)));
}

/// The texts in the user's language, else French, then the app. Without either (offline
/// before the first visit ended) the static first screen stays, and its links load the
/// page again.
async fn load_texts_and_build(wanted: Lang, settings: Settings) {
    let mut lang = wanted;
    if !i18n::load(lang).await {
        lang = Lang::Fr;
        if !i18n::load(lang).await {
            web_sys::console::error_1(&"Repère: no texts could be loaded".into());
            return;
        }
    }
    panic::prepare(lang);
    let Some(host) = document::detached_host() else {
        return;
    };
    later(move || build(lang, settings, host));
}

/// The app, built off the page a part per task: on a first visit each wasm function is
/// compiled the first time it runs, and building the app in one go was one long task on a
/// slow phone. The static first screen stays on show until the last step.
fn build(lang: Lang, settings: Settings, host: HtmlElement) {
    // One owner holds the app-wide state, and each part is built under it.
    let app = Owner::new();
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let (navigation, screen_shown) = app.with(|| {
        let navigation = app::provide_state(I18n::new(lang), settings);
        (navigation, RwSignal::new(false))
    });
    let steps: Vec<Step> = vec![
        Box::new(|host| mount_to(host, app::top_bar).forget()),
        Box::new(move |host| {
            mount_to(host, move || app::main_area(navigation, screen_shown)).forget()
        }),
        Box::new(|host| mount_to(host, EmergencyBar).forget()),
        // Drawn by the reactive system once this task's code returns.
        Box::new(move |_| screen_shown.set(true)),
        Box::new(|host| {
            document::take_over_static_shell(&host);
            // Only once the app is up: the worker's precache (every file, the other
            // languages included) then never competes with the first screen.
            later(service_worker::register);
        }),
    ];
    // It lives as long as the page.
    std::mem::forget(app.clone());
    in_turn(app, host, steps.into_iter());
}
