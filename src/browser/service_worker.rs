//! Registers `sw.js`, which precaches the build so the app works offline.

pub fn register() {
    let Some(window) = web_sys::window() else {
        return;
    };
    // Browsers without service workers (or with them disabled) still run the app online.
    if !js_sys::Reflect::has(&window.navigator(), &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let _ = window.navigator().service_worker().register("/sw.js");
}
