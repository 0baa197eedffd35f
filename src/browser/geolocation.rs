//! "Where am I?" from the browser, asked only when the user taps for it. The position
//! is handed to the caller and nothing else: it is not stored or sent anywhere.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Why no position came back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GeoError {
    /// The user (or the browser's settings) said no.
    Denied,
    /// No fix: no GPS, no network location, or the browser has no geolocation.
    Unavailable,
    /// No fix in time.
    Timeout,
}

/// Asks once for the current position and calls `done` with (latitude, longitude)
/// or the reason there is none. A cached fix up to a minute old is fine.
pub fn locate(done: impl FnOnce(Result<(f64, f64), GeoError>) + 'static) {
    let geolocation = web_sys::window().and_then(|w| w.navigator().geolocation().ok());
    let Some(geolocation) = geolocation else {
        done(Err(GeoError::Unavailable));
        return;
    };
    // Either callback may run, once: they share `done`.
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let finish = {
        let done = done.clone();
        move |result| {
            if let Some(done) = done.borrow_mut().take() {
                done(result);
            }
        }
    };
    let on_error_finish = finish.clone();
    let on_position = Closure::once_into_js(move |position: web_sys::Position| {
        let coords = position.coords();
        finish(Ok((coords.latitude(), coords.longitude())));
    });
    let on_error = Closure::once_into_js(move |error: web_sys::PositionError| {
        on_error_finish(Err(match error.code() {
            web_sys::PositionError::PERMISSION_DENIED => GeoError::Denied,
            web_sys::PositionError::TIMEOUT => GeoError::Timeout,
            _ => GeoError::Unavailable,
        }));
    });
    let options = web_sys::PositionOptions::new();
    options.set_enable_high_accuracy(false);
    options.set_timeout(20_000);
    options.set_maximum_age(60_000);
    let asked = geolocation.get_current_position_with_error_callback_and_options(
        on_position.unchecked_ref(),
        Some(on_error.unchecked_ref()),
        &options,
    );
    if asked.is_err() {
        if let Some(done) = done.borrow_mut().take() {
            done(Err(GeoError::Unavailable));
        }
    }
}
