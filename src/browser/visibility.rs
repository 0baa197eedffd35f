//! Whether the page is on screen: hidden when the user switches apps, locks the phone or
//! opens another tab; and when it is left for good (reload, another page, "leave now").

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

fn is_hidden() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .is_some_and(|document| document.visibility_state() == web_sys::VisibilityState::Hidden)
}

/// Calls `callback(hidden)` each time the page is hidden or shown again.
pub fn on_change(callback: impl Fn(bool) + 'static) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let on_change = Closure::<dyn Fn()>::new(move || callback(is_hidden()));
    let _ = document
        .add_event_listener_with_callback("visibilitychange", on_change.as_ref().unchecked_ref());
    on_change.forget();
}

/// Calls `callback` when the page is being left: the last moment to keep something.
pub fn on_leave(callback: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_leave = Closure::<dyn Fn()>::new(callback);
    let _ = window.add_event_listener_with_callback("pagehide", on_leave.as_ref().unchecked_ref());
    on_leave.forget();
}
