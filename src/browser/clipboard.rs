//! Copying a text (an address) to the clipboard, where the browser allows it.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// Copies `text`; true when the browser says it is done. Needs a secure context
/// (https or localhost) and a user gesture, which a tap is.
pub async fn copy(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return false;
    };
    // Through Reflect: the typed Clipboard binding needs web-sys's unstable APIs.
    let clipboard =
        js_sys::Reflect::get(&navigator, &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok();
    let Some(write) = write.and_then(|w| w.dyn_into::<js_sys::Function>().ok()) else {
        return false;
    };
    match write.call1(&clipboard, &JsValue::from_str(text)) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(promise) => JsFuture::from(promise).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}
