//! Full screen for the presentation mode on a tablet (the Fullscreen API). The browser
//! leaves it on Escape by itself; the page is told through `fullscreenchange`.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|window| window.document())
}

/// Whether the page is in full screen now.
pub fn is_on() -> bool {
    document().is_some_and(|document| document.fullscreen_element().is_some())
}

/// Whether this browser lets the page go full screen (not iOS Safari on a phone, say).
pub fn is_available() -> bool {
    document().is_some_and(|document| document.fullscreen_enabled())
}

/// The whole page in full screen; the browser may refuse (no user gesture, a policy).
pub fn enter() {
    if let Some(root) = document().and_then(|document| document.document_element()) {
        let _ = root.request_fullscreen();
    }
}

pub fn leave() {
    if is_on() {
        if let Some(document) = document() {
            document.exit_fullscreen();
        }
    }
}

/// Calls `changed` each time the page enters or leaves full screen, until the returned
/// guard is dropped.
pub fn on_change(changed: impl Fn() + 'static) -> Option<ChangeListener> {
    let document = document()?;
    let closure = Closure::<dyn Fn()>::new(changed);
    document
        .add_event_listener_with_callback("fullscreenchange", closure.as_ref().unchecked_ref())
        .ok()?;
    Some(ChangeListener { document, closure })
}

pub struct ChangeListener {
    document: web_sys::Document,
    closure: Closure<dyn Fn()>,
}

impl Drop for ChangeListener {
    fn drop(&mut self) {
        let _ = self.document.remove_event_listener_with_callback(
            "fullscreenchange",
            self.closure.as_ref().unchecked_ref(),
        );
    }
}
