//! Persistent storage: without it, a browser short of space (or Safari after a week
//! without a visit) may clear this site's data, and the diary with it.

use wasm_bindgen_futures::JsFuture;

fn manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    // Missing in old browsers and some WebViews.
    js_sys::Reflect::has(&navigator, &"storage".into())
        .unwrap_or(false)
        .then(|| navigator.storage())
}

/// Asks once, in the background; the browser may grant it silently or not at all.
pub fn ask() {
    if let Some(manager) = manager() {
        if let Ok(promise) = manager.persist() {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = JsFuture::from(promise).await;
            });
        }
    }
}

/// Whether the browser promised to keep the data (`None`: it cannot say).
pub async fn granted() -> Option<bool> {
    let promise = manager()?.persisted().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}
