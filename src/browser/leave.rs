//! "Leave now": the screen becomes a neutral calculator page at once, and the browser's
//! back button does not bring the app back in this tab.
//!
//! The return is guarded by `leave_guard.js`, inlined at the top of `index.html` (by
//! tools/post-build.mjs) and of each guide page (by src/bin/static-pages), so it runs
//! before anything paints: when this tab left (the flag below) and the page is reached
//! again by Back or Forward, or restored from the back-forward cache, it hides the whole
//! document and goes to the neutral page again. It also handles the page's own static
//! "leave now" links (the `data-leave-links` selector on its script tag): in `index.html`
//! only the static first screen's, so that it works before the wasm has started. This
//! module does the same for the app's own button, and tells start-up not to run when the
//! page is already leaving. A new visit on purpose (not Back or Forward) clears the flag.

use super::storage::session;
use wasm_bindgen::JsCast;

/// A plain calculator page shipped with the app (public/calc.html): same origin, no
/// request anywhere else.
pub const NEUTRAL_PAGE: &str = "/calc.html";
/// Set in this tab's sessionStorage on leaving; `leave_guard.js` reads it.
const LEFT_KEY: &str = "repere.left";

fn root() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .document_element()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

pub fn leave_now() {
    let Some(window) = web_sys::window() else {
        return;
    };
    session::write(LEFT_KEY, "1");
    // Hide everything first, so that nothing shows while the browser leaves, nor when
    // this page comes back from the back-forward cache (until the guard leaves again).
    if let Some(root) = root() {
        root.set_hidden(true);
    }
    let _ = window.location().replace(NEUTRAL_PAGE);
}

/// True when the guard in `index.html` found that this tab left and came back: the page is
/// hidden and on its way to the neutral page, so the app must not start.
pub fn is_leaving() -> bool {
    root().is_some_and(|root| root.hidden())
}
