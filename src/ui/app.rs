//! The router, the app-wide providers, and the layout every screen shares.

use super::about::AboutScreen;
use super::diary::DiaryScreen;
use super::emergency_bar::EmergencyBar;
use super::facts::FactsScreen;
use super::finder::FinderScreen;
use super::home::HomeScreen;
use super::language_picker::LanguagePicker;
use super::leave_button::LeaveButton;
use super::map::MapScreen;
use super::not_found::NotFoundScreen;
use super::panic;
use super::place::PlaceScreen;
use super::present::PresentScreen;
use super::quiz::QuizScreen;
use super::rock::RockScreen;
use crate::browser::document;
use crate::i18n::I18n;
use crate::settings::Settings;
use crate::t;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The user's settings, shared through context; `save` is the one place that stores them.
#[derive(Clone, Copy)]
pub struct AppSettings(pub RwSignal<Settings>);

#[component]
pub fn App(i18n: I18n, settings: Settings) -> impl IntoView {
    provide_context(i18n);
    provide_context(AppSettings(RwSignal::new(settings)));

    Effect::new(move |_| {
        let lang = i18n.lang();
        document::set_lang(lang.code());
        panic::prepare(lang);
    });

    view! {
        <Router>
            <a class="skip-link" href="#main">{move || t!(i18n, "skip-to-content")}</a>
            <header class="topbar">
                <a class="brand" href="/">{move || t!(i18n, "app-name")}</a>
                <LanguagePicker/>
                <LeaveButton/>
            </header>
            <main id="main" tabindex="-1">
                <Routes fallback=NotFoundScreen>
                    <Route path=path!("/") view=HomeScreen/>
                    <Route path=path!("/facts") view=FactsScreen/>
                    <Route path=path!("/facts/rock") view=RockScreen/>
                    <Route path=path!("/facts/quiz") view=QuizScreen/>
                    <Route path=path!("/facts/present") view=PresentScreen/>
                    <Route path=path!("/finder") view=FinderScreen/>
                    <Route path=path!("/finder/map") view=MapScreen/>
                    <Route path=path!("/finder/place/:finess") view=PlaceScreen/>
                    <Route path=path!("/about") view=AboutScreen/>
                    <Route path=path!("/diary") view=DiaryScreen/>
                </Routes>
                <footer class="app-footer">
                    <a href="/about">{move || t!(i18n, "nav-about")}</a>
                </footer>
            </main>
            <EmergencyBar/>
        </Router>
    }
}
