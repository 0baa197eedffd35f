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
    open_sheet(&[("title", title), ("text", text)]).await
}

/// Opens the share sheet with a title and an address, which the receiving app can open.
pub async fn share_link(title: &str, url: &str) -> bool {
    open_sheet(&[("title", title), ("url", url)]).await
}

async fn open_sheet(fields: &[(&str, &str)]) -> bool {
    let Some((navigator, share)) = share_function() else {
        return false;
    };
    let data = js_sys::Object::new();
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&data, &(*name).into(), &JsValue::from_str(value));
    }
    match share.call1(&navigator, &data) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(promise) => JsFuture::from(promise).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}
