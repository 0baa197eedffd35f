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

/// An element outside the page, for the app to be built in over several tasks while the
/// static first screen stays on show (see `ui::start`).
pub fn detached_host() -> Option<web_sys::HtmlElement> {
    let host = document()?.create_element("div").ok()?;
    wasm_bindgen::JsCast::dyn_into(host).ok()
}

/// The static first screen from `index.html` paints before the wasm arrives; the app built
/// in `host` takes its place in one task, so the next frame shows it where the static
/// screen was and nothing moves.
pub fn take_over_static_shell(host: &web_sys::HtmlElement) {
    let Some(document) = document() else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let shell = document.get_element_by_id("static-shell");
    while let Some(node) = host.first_child() {
        let _ = body.insert_before(&node, shell.as_ref().map(|shell| shell.as_ref()));
    }
    if let Some(shell) = shell {
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
