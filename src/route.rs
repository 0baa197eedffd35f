//! The app's screens and their paths. The app routes by itself: leptos_router cost 50 KB
//! gzip of wasm (455 → 405 KB) for a dozen fixed paths and one parameter.

/// One screen of the app, as named by its path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Facts,
    Rock,
    Quiz,
    Present,
    /// The cards laid out for paper (the browser's own print).
    Print,
    Finder,
    Map,
    /// A facility, by its FINESS number (checked against the data by the screen).
    Place(String),
    About,
    /// "Give the app": the app's address as a QR code.
    ShareApp,
    Diary,
    NotFound,
}

impl Route {
    /// The screen for a location's path (no query, no fragment). A trailing slash is
    /// tolerated, so `/facts/` is `/facts`.
    pub fn from_path(path: &str) -> Route {
        let trimmed = path
            .strip_suffix('/')
            .filter(|rest| !rest.is_empty())
            .unwrap_or(path);
        match trimmed {
            "/" => Route::Home,
            "/facts" => Route::Facts,
            "/facts/rock" => Route::Rock,
            "/facts/quiz" => Route::Quiz,
            "/facts/present" => Route::Present,
            "/facts/print" => Route::Print,
            "/finder" => Route::Finder,
            "/finder/map" => Route::Map,
            "/about" => Route::About,
            "/share" => Route::ShareApp,
            "/diary" => Route::Diary,
            _ => match trimmed.strip_prefix("/finder/place/") {
                Some(finess) if !finess.is_empty() && !finess.contains('/') => {
                    Route::Place(finess.to_owned())
                }
                _ => Route::NotFound,
            },
        }
    }

    /// The path of a screen the app can link to (`NotFound` has none).
    pub fn path(&self) -> Option<String> {
        let fixed = match self {
            Route::Home => "/",
            Route::Facts => "/facts",
            Route::Rock => "/facts/rock",
            Route::Quiz => "/facts/quiz",
            Route::Present => "/facts/present",
            Route::Print => "/facts/print",
            Route::Finder => "/finder",
            Route::Map => "/finder/map",
            Route::About => "/about",
            Route::ShareApp => "/share",
            Route::Diary => "/diary",
            Route::Place(finess) => return Some(format!("/finder/place/{finess}")),
            Route::NotFound => return None,
        };
        Some(fixed.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::Route;

    const EVERY_LINKABLE: [Route; 12] = [
        Route::Home,
        Route::Facts,
        Route::Rock,
        Route::Quiz,
        Route::Present,
        Route::Print,
        Route::Finder,
        Route::Map,
        Route::About,
        Route::ShareApp,
        Route::Diary,
        Route::Place(String::new()),
    ];

    #[test]
    fn every_path_leads_back_to_its_screen() {
        for route in EVERY_LINKABLE {
            let route = match route {
                Route::Place(_) => Route::Place("750056432".into()),
                other => other,
            };
            let path = route.path().unwrap();
            assert_eq!(Route::from_path(&path), route, "{path}");
        }
    }

    #[test]
    fn a_trailing_slash_is_the_same_screen() {
        assert_eq!(Route::from_path("/facts/"), Route::Facts);
        assert_eq!(
            Route::from_path("/finder/place/930000000/"),
            Route::Place("930000000".into())
        );
        assert_eq!(Route::from_path("/"), Route::Home);
    }

    #[test]
    fn unknown_or_malformed_paths_are_not_found() {
        for path in [
            "",
            "/fact",
            "/facts/rock/extra",
            "/finder/place/",
            "/finder/place/1/2",
            "/calc.html",
        ] {
            assert_eq!(Route::from_path(path), Route::NotFound, "{path:?}");
        }
        assert_eq!(Route::NotFound.path(), None);
    }
}
