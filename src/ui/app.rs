//! The screen for the address, the app-wide providers, and the parts of the page every
//! screen shares.

use super::about::{AboutScreen, ShareAppScreen};
use super::diary::slot::DiarySlot;
use super::diary::DiaryScreen;
use super::facts::{
    FactsScreen, PresentScreen, PrintScreen, QuizScreen, RockScreen, SecondLanguage,
};
use super::finder::{FinderScreen, FinderState, MapScreen, PlaceScreen};
use super::home::HomeScreen;
use super::navigation::Navigation;
use super::not_found::NotFoundScreen;
use super::panic;
use super::settings::AppSettings;
use super::widgets::{LanguagePicker, LeaveButton};
use crate::browser::document;
use crate::i18n::{self, use_i18n, I18n};
use crate::live_text;
use crate::route::Route;
use crate::settings::Settings;
use crate::text_parts::TextPart;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use send_wrapper::SendWrapper;
use std::future::Future;
use std::pin::Pin;

/// The app-wide state, provided to the owner every part is built under.
pub fn provide_state(i18n: I18n, settings: Settings) -> Navigation {
    provide_context(i18n);
    provide_context(DiarySlot::new());
    provide_context(AppSettings::new(settings));
    provide_context(FinderState::new());
    provide_context(SecondLanguage::new());
    Effect::new(move |_| {
        let lang = i18n.lang();
        document::set_lang(lang.code());
        panic::prepare(lang);
    });
    Navigation::provide()
}

// The page's parts, each mounted in a task of its own by `ui::start`.

/// The skip link and the top bar.
pub fn top_bar() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main">{live_text!(i18n, "skip-to-content")}</a>
        <header class="topbar">
            <a class="brand" href="/">{live_text!(i18n, "app-name")}</a>
            <LanguagePicker/>
            <LeaveButton/>
        </header>
    }
}

/// `<main>`: the screen for the address, once `screen_shown` (a task after the rest).
pub fn main_area(navigation: Navigation, screen_shown: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <main id="main" tabindex="-1">
            {move || screen_shown.get().then(|| screen(navigation.route()))}
            <footer class="app-footer">
                <a href="/about">{live_text!(i18n, "nav-about")}</a>
            </footer>
        </main>
    }
}

fn screen(route: Route) -> AnyView {
    match route {
        Route::Home => shell_screen(view! { <HomeScreen/> }.into_any()),
        Route::NotFound => shell_screen(view! { <NotFoundScreen/> }.into_any()),
        Route::About | Route::ShareApp => split(TextPart::About, Box::pin(about_screen(route))),
        Route::Facts | Route::Rock | Route::Quiz | Route::Present | Route::Print => {
            split(TextPart::Facts, Box::pin(facts_screen(route)))
        }
        Route::Finder | Route::Map | Route::Place(_) => {
            split(TextPart::Finder, Box::pin(finder_screen(route)))
        }
        Route::Diary => split(TextPart::Diary, Box::pin(diary_screen())),
    }
}

/// A screen of the main wasm, which shows only the shell's texts (always here).
fn shell_screen(view: AnyView) -> AnyView {
    // A language chosen here need not bring the part of the screen shown before.
    i18n::showing(TextPart::Shell);
    view
}

/// A screen's view, made once its texts are in too (the wasm file makes it, [`split`] calls it).
type MakeScreen = Box<dyn FnOnce() -> AnyView + Send>;
type SplitScreen = Pin<Box<dyn Future<Output = Result<MakeScreen, SplitLoaderError>> + Send>>;

/// A screen in a wasm file of its own, with its part of the texts: both are fetched at once,
/// and the screen is made when both are in. "Opening the page…" while they arrive on a slow
/// line (shown only after a moment, see `.screen-loading`, so that files already here do
/// not flash it).
fn split(part: TextPart, screen: SplitScreen) -> AnyView {
    let i18n = use_i18n();
    // The texts' requests start now, the wasm's when the Suspense first polls it.
    i18n::showing(part);
    let texts = SendWrapper::new(i18n::load(i18n.lang_untracked()));
    view! {
        <Suspense fallback=move || view! {
            <p class="screen-loading" role="status">{live_text!(i18n, "screen-loading")}</p>
        }>
            {Suspend::new(async move {
                let make = screen.await.ok();
                match (make, texts.await) {
                    (Some(make), true) => make(),
                    _ => not_loaded(),
                }
            })}
        </Suspense>
    }
    .into_any()
}

// The facts, the finder, the diary and the about screen are each a wasm file of their own
// (tools/post-build.mjs splits them off), fetched the first time one of their screens
// opens, so that the first visit carries only the shell and the home screen. Each gives
// the function that makes the screen's view, for [`split`] to call. `fallible`: a file
// that cannot be had (offline before the worker's precache) says so on the screen instead
// of aborting the app.

#[leptos::wasm_split::wasm_split(facts, wasm_split_path = ::leptos::wasm_split, fallible)]
fn facts_screen(route: Route) -> Result<MakeScreen, SplitLoaderError> {
    Ok(Box::new(move || match route {
        Route::Rock => view! { <RockScreen/> }.into_any(),
        Route::Quiz => view! { <QuizScreen/> }.into_any(),
        Route::Present => view! { <PresentScreen/> }.into_any(),
        Route::Print => view! { <PrintScreen/> }.into_any(),
        _ => view! { <FactsScreen/> }.into_any(),
    }))
}

#[leptos::wasm_split::wasm_split(finder, wasm_split_path = ::leptos::wasm_split, fallible)]
fn finder_screen(route: Route) -> Result<MakeScreen, SplitLoaderError> {
    Ok(Box::new(move || match route {
        Route::Map => view! { <MapScreen/> }.into_any(),
        Route::Place(finess) => view! { <PlaceScreen finess/> }.into_any(),
        _ => view! { <FinderScreen/> }.into_any(),
    }))
}

#[leptos::wasm_split::wasm_split(diary, wasm_split_path = ::leptos::wasm_split, fallible)]
fn diary_screen() -> Result<MakeScreen, SplitLoaderError> {
    Ok(Box::new(|| view! { <DiaryScreen/> }.into_any()))
}

// The list of sources is mostly text (about 6 KB gzip), and "give the app" with its QR
// encoder is about 9 KB more: both seldom needed.
#[leptos::wasm_split::wasm_split(about, wasm_split_path = ::leptos::wasm_split, fallible)]
fn about_screen(route: Route) -> Result<MakeScreen, SplitLoaderError> {
    Ok(Box::new(move || match route {
        Route::ShareApp => view! { <ShareAppScreen/> }.into_any(),
        _ => view! { <AboutScreen/> }.into_any(),
    }))
}

/// The screen's file or its texts could not be fetched: the worker's own words for that case.
fn not_loaded() -> AnyView {
    let i18n = use_i18n();
    view! {
        <h1>{live_text!(i18n, "crash-title")}</h1>
        <section class="card">
            <p>{live_text!(i18n, "sw-offline-text")}</p>
            <a class="button" href="">{live_text!(i18n, "crash-reload")}</a>
        </section>
    }
    .into_any()
}
