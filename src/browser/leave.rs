//! "Leave now": the screen becomes a neutral calculator page at once, and the browser's
//! back button does not bring the app back in this tab.

use super::storage::session;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A plain calculator page shipped with the app (public/calc.html): same origin, no
/// request anywhere else.
pub const NEUTRAL_PAGE: &str = "/calc.html";
/// Set in this tab's sessionStorage on leaving; a back navigation into the app finds it.
const LEFT_KEY: &str = "repere.left";

pub fn leave_now() {
    let Some(window) = web_sys::window() else {
        return;
    };
    session::write(LEFT_KEY, "1");
    // Blank the page first, so that a page restored from the back-forward cache shows
    // nothing while it leaves again.
    if let Some(body) = window.document().and_then(|document| document.body()) {
        body.set_inner_html("");
    }
    let _ = window.location().replace(NEUTRAL_PAGE);
}

fn came_back() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    if session::read(LEFT_KEY).is_none() {
        return false;
    }
    let navigation_type = window
        .performance()
        .map(|performance| performance.get_entries_by_type("navigation"))
        .and_then(|entries| {
            let entry = entries.get(0);
            js_sys::Reflect::get(&entry, &"type".into())
                .ok()?
                .as_string()
        });
    if navigation_type.as_deref() == Some("back_forward") {
        return true;
    }
    // Opened again on purpose (a new visit in the same tab): welcome back.
    session::remove(LEFT_KEY);
    false
}

/// Called first thing at start-up: if the user left and pressed back, go straight to the
/// neutral page again. Also watches for a return from the back-forward cache. True if the
/// app must not start.
pub fn guard() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let on_show = Closure::<dyn Fn(web_sys::PageTransitionEvent)>::new(
        |event: web_sys::PageTransitionEvent| {
            if event.persisted() && session::read(LEFT_KEY).is_some() {
                if let Some(window) = web_sys::window() {
                    let _ = window.location().replace(NEUTRAL_PAGE);
                }
            }
        },
    );
    let _ = window.add_event_listener_with_callback("pageshow", on_show.as_ref().unchecked_ref());
    on_show.forget();
    if came_back() {
        let _ = window.location().replace(NEUTRAL_PAGE);
        return true;
    }
    false
}
