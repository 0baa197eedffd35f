//! The screen for the address, the app-wide providers, and the layout every screen shares.

use super::about::AboutScreen;
use super::diary::state::DiaryState;
use super::diary::DiaryScreen;
use super::facts::{FactsScreen, PresentScreen, QuizScreen, RockScreen};
use super::finder::{FinderScreen, FinderState, MapScreen, PlaceScreen};
use super::home::HomeScreen;
use super::navigation::Navigation;
use super::not_found::NotFoundScreen;
use super::panic;
use super::settings::AppSettings;
use super::widgets::{EmergencyBar, LanguagePicker, LeaveButton};
use crate::browser::document;
use crate::i18n::I18n;
use crate::live_text;
use crate::route::Route;
use crate::settings::Settings;
use leptos::prelude::*;

#[component]
pub fn App(i18n: I18n, settings: Settings, diary: DiaryState) -> impl IntoView {
    provide_context(i18n);
    provide_context(diary);
    provide_context(AppSettings::new(settings));
    provide_context(FinderState::new());
    let navigation = Navigation::provide();

    Effect::new(move |_| {
        let lang = i18n.lang();
        document::set_lang(lang.code());
        panic::prepare(lang);
    });

    view! {
        <a class="skip-link" href="#main">{live_text!(i18n, "skip-to-content")}</a>
            <header class="topbar">
                <a class="brand" href="/">{live_text!(i18n, "app-name")}</a>
                <LanguagePicker/>
                <LeaveButton/>
            </header>
            <main id="main" tabindex="-1">
                {move || screen(navigation.route())}
                <footer class="app-footer">
                    <a href="/about">{live_text!(i18n, "nav-about")}</a>
                </footer>
            </main>
            <EmergencyBar/>
    }
}

fn screen(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <HomeScreen/> }.into_any(),
        Route::Facts => view! { <FactsScreen/> }.into_any(),
        Route::Rock => view! { <RockScreen/> }.into_any(),
        Route::Quiz => view! { <QuizScreen/> }.into_any(),
        Route::Present => view! { <PresentScreen/> }.into_any(),
        Route::Finder => view! { <FinderScreen/> }.into_any(),
        Route::Map => view! { <MapScreen/> }.into_any(),
        Route::Place(finess) => view! { <PlaceScreen finess/> }.into_any(),
        Route::About => view! { <AboutScreen/> }.into_any(),
        Route::Diary => view! { <DiaryScreen/> }.into_any(),
        Route::NotFound => view! { <NotFoundScreen/> }.into_any(),
    }
}
