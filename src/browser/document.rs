//! The document around the app: `<html lang>`, the static first screen, focus and the
//! veil over the diary.

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|window| window.document())
}

/// Screen readers and hyphenation follow `<html lang>`, so it must match the text.
pub fn set_lang(code: &str) {
    if let Some(root) = document().and_then(|document| document.document_element()) {
        let _ = root.set_attribute("lang", code);
    }
}

/// The origin the app is served from (`https://host[:port]`): the address to give, with
/// no path and no query, so nothing of what the user did goes with it.
pub fn origin() -> Option<String> {
    web_sys::window()?.location().origin().ok()
}

/// The browser's print dialog (to paper or to PDF), for the page as it is now.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The static first screen from `index.html` paints before the wasm arrives; the app
/// removes it in the same frame as it mounts, so nothing moves.
pub fn take_over_static_shell() {
    if let Some(shell) = document().and_then(|document| document.get_element_by_id("static-shell"))
    {
        shell.remove();
    }
}

/// After a screen change, keyboard and screen reader users start at the new screen's
/// content instead of on the link that is gone. The page stays scrolled to its top, with
/// the top bar in view.
pub fn focus_main() {
    if let Some(main) = document()
        .and_then(|document| document.get_element_by_id("main"))
        .and_then(|main| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main).ok())
    {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = main.focus_with_options(&options);
    }
}

/// Hides (or shows again) what `.veiled` styles hide: the diary's contents while the app
/// is in the background, so the app switcher's thumbnail shows nothing of it.
pub fn set_veiled(veiled: bool) {
    if let Some(root) = document().and_then(|document| document.document_element()) {
        let _ = root.class_list().toggle_with_force("veiled", veiled);
    }
}

/// Brings the element with this id into view and gives it focus (it needs `tabindex`).
pub fn show_element(id: &str) {
    if let Some(element) = document()
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element).ok())
    {
        element.scroll_into_view();
        let _ = element.focus();
    }
}
