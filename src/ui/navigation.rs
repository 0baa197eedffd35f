//! Which screen is on show, shared through context. Links change it through
//! `browser::history`; code changes it with `go`.

use crate::browser::{document, history};
use crate::route::Route;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Navigation(RwSignal<Route>);

impl Navigation {
    /// The screen for the address bar, following it from now on. Called once, by the app.
    pub fn provide() -> Navigation {
        let navigation = Navigation(RwSignal::new(Route::from_path(&history::current_path())));
        history::listen(
            |path| Route::from_path(path) != Route::NotFound,
            move |path| navigation.show(Route::from_path(&path)),
        );
        provide_context(navigation);
        navigation
    }

    pub fn route(self) -> Route {
        self.0.get()
    }

    pub fn go(self, route: Route) {
        if let Some(path) = route.path() {
            history::push(&path);
            self.show(route);
        }
    }

    fn show(self, route: Route) {
        if self.0.get_untracked() != route {
            self.0.set(route);
            document::focus_main();
        }
    }
}

pub fn use_navigation() -> Navigation {
    expect_context()
}
