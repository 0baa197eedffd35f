//! Files of our own build fetched by the app (a language's texts, the finder's search
//! tables): from the service
//! worker's cache once the first visit has precached them, else from the network.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The text at `path` (same origin), or `None` if it cannot be had now.
pub async fn text(path: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// The bytes at `path` (same origin), or `None` if they cannot be had now.
pub async fn bytes(path: &str) -> Option<Vec<u8>> {
    let response = ok_response(path).await?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

async fn ok_response(path: &str) -> Option<web_sys::Response> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    response.ok().then_some(response)
}

/// The texts of `code` if the page's loader already asked for them, in parallel with the
/// wasm (`window.repereTexts = [code, promise of the text]`, tools/start-after-paint.mjs).
pub async fn started_with_page(code: &str) -> Option<String> {
    let window = web_sys::window()?;
    let started = js_sys::Reflect::get(&window, &JsValue::from_str("repereTexts")).ok()?;
    let started: js_sys::Array = started.dyn_into().ok()?;
    if started.get(0).as_string().as_deref() != Some(code) {
        return None;
    }
    let promise: js_sys::Promise = started.get(1).dyn_into().ok()?;
    JsFuture::from(promise).await.ok()?.as_string()
}
