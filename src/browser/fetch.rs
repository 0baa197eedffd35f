//! Files of our own build fetched by the app (a language's texts, the finder's search
//! tables): from the service worker's cache once the first visit has precached them, else
//! from the network.

use std::future::Future;
use std::pin::Pin;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A text on its way: the request has started; it gives the text, or `None` if it cannot
/// be had now.
pub type PendingText = Pin<Box<dyn Future<Output = Option<String>>>>;

/// Starts fetching the text at `path` (same origin) now, so that several run at once.
pub fn text(path: &str) -> PendingText {
    let request = web_sys::window().map(|window| JsFuture::from(window.fetch_with_str(path)));
    Box::pin(async move {
        let response = ok(request?.await)?;
        JsFuture::from(response.text().ok()?)
            .await
            .ok()?
            .as_string()
    })
}

/// The text at `path` from the request the page's loader started in parallel with the
/// wasm (`window.repereTexts = [path, promise of the text]`, tools/start-after-paint.mjs),
/// if it was for `path` and it worked; else [`text`].
pub fn text_started_by_page(path: &str) -> PendingText {
    let started = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &JsValue::from_str("repereTexts")).ok())
        .and_then(|started| started.dyn_into::<js_sys::Array>().ok())
        .filter(|started| started.get(0).as_string().as_deref() == Some(path))
        .and_then(|started| started.get(1).dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = started else {
        return text(path);
    };
    let path = path.to_owned();
    Box::pin(async move {
        match JsFuture::from(promise)
            .await
            .ok()
            .and_then(|value| value.as_string())
        {
            Some(started) => Some(started),
            None => text(&path).await,
        }
    })
}

/// The bytes at `path` (same origin), or `None` if they cannot be had now.
pub async fn bytes(path: &str) -> Option<Vec<u8>> {
    let window = web_sys::window()?;
    let response = ok(JsFuture::from(window.fetch_with_str(path)).await)?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The response of a fetch that reached the server (or the worker) and succeeded.
fn ok(fetched: Result<JsValue, JsValue>) -> Option<web_sys::Response> {
    let response: web_sys::Response = fetched.ok()?.dyn_into().ok()?;
    response.ok().then_some(response)
}
