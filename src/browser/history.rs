//! The address bar: the app changes screens without reloading the page, so it reads the
//! path, pushes new ones, and hears the back and forward buttons and clicks on its links.

use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

pub fn current_path() -> String {
    web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned())
}

/// A new entry in the tab's history, shown from its top.
pub fn push(path: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(path));
    }
    window.scroll_to_with_x_and_y(0.0, 0.0);
}

/// Calls `on_change` with the new path after the back or forward button, and after a
/// plain click on a link to a path `is_in_app` accepts (pushed first). Other links (other
/// origins, `tel:`, new tabs, downloads, fragments of this page, pages that are not
/// screens) are left to the browser.
pub fn listen(is_in_app: impl Fn(&str) -> bool + 'static, on_change: impl Fn(String) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_change = Rc::new(on_change);
    let on_pop = {
        let on_change = Rc::clone(&on_change);
        Closure::<dyn Fn()>::new(move || on_change(current_path()))
    };
    let _ = window.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
    on_pop.forget();

    let on_click =
        Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |event: web_sys::MouseEvent| {
            let modified =
                event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key();
            if event.default_prevented() || event.button() != 0 || modified {
                return;
            }
            let Some(link) = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
                .and_then(|element| element.closest("a[href]").ok().flatten())
                .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
            else {
                return;
            };
            let same_origin = web_sys::window()
                .and_then(|window| window.location().origin().ok())
                .is_some_and(|origin| origin == link.origin());
            if !same_origin || !link.target().is_empty() || link.has_attribute("download") {
                return;
            }
            let path = link.pathname();
            if (!link.hash().is_empty() && path == current_path()) || !is_in_app(&path) {
                return;
            }
            event.prevent_default();
            push(&path);
            on_change(path);
        });
    let _ = window.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget();
}
