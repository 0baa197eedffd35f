//! The screen shown after a panic. The wasm instance is dead by then, so this is plain
//! HTML with a link that reloads the page and one to the "What to do" guide (a static
//! page); it is built without creating elements, in case the panic came from the DOM
//! itself. The emergency bar is kept: its links need no wasm.

use std::fmt::Write;

pub struct CrashText {
    pub lang: &'static str,
    pub title: String,
    pub text: String,
    pub reload: String,
    /// The guide's label and its page in this language.
    pub help: String,
    pub help_href: String,
}

/// Replaces the whole page with the crash screen.
pub fn show(crash: &CrashText) {
    if let Some(body) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.body())
    {
        show_in(&body, crash);
    }
}

/// Replaces what `page` holds with the crash screen and the emergency bar found in it.
pub fn show_in(page: &web_sys::Element, crash: &CrashText) {
    let emergency_bar = page
        .query_selector(".emergency")
        .ok()
        .flatten()
        .map(|bar| bar.outer_html())
        .unwrap_or_default();
    let mut html = String::new();
    let _ = write!(
        html,
        r#"<main class="crash" lang="{}" role="alert"><h1>{}</h1><p>{}</p><p class="crash-actions"><a class="button" href="/">{}</a> <a class="button button-secondary crash-help" href="{}">{}</a></p></main>"#,
        crash.lang,
        escape(&crash.title),
        escape(&crash.text),
        escape(&crash.reload),
        escape(&crash.help_href),
        escape(&crash.help),
    );
    html.push_str(&emergency_bar);
    page.set_inner_html(&html);
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
