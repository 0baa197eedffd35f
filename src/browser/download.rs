//! Saving a file to the device: a Blob, an object URL and a click on `<a download>`.
//! Nothing leaves the phone: `blob:` URLs are same-origin and live in memory.

use wasm_bindgen::JsCast;

/// Offers `contents` as a file named `file_name`. False if the browser refused.
pub fn save_text(file_name: &str, mime: &str, contents: &str) -> bool {
    try_save(file_name, mime, contents).is_some()
}

fn try_save(file_name: &str, mime: &str, contents: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_class_name("visually-hidden");
    let body = document.body()?;
    body.append_child(&link).ok()?;
    link.click();
    link.remove();
    // The download has its own copy once started; free the memory a little later.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    web_sys::window()?
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)
        .ok()?;
    Some(())
}
