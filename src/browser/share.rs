//! The system share sheet (Web Share), on the browsers that have it.

use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

fn share_function() -> Option<(web_sys::Navigator, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let share = js_sys::Reflect::get(&navigator, &"share".into()).ok()?;
    Some((navigator, share.dyn_into().ok()?))
}

/// Whether the browser can share at all; the button is hidden where it cannot.
pub fn available() -> bool {
    share_function().is_some()
}

/// Opens the share sheet with a title and a text; true if the user shared it.
pub async fn share(title: &str, text: &str) -> bool {
    let Some((navigator, share)) = share_function() else {
        return false;
    };
    let data = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&data, &"title".into(), &JsValue::from_str(title));
    let _ = js_sys::Reflect::set(&data, &"text".into(), &JsValue::from_str(text));
    match share.call1(&navigator, &data) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(promise) => JsFuture::from(promise).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}
