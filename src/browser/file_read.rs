//! Reading a file the user picked with `<input type="file">`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// No file picked.
    None,
    /// Larger than the limit given: refused before reading a byte.
    TooLarge,
    /// The browser could not read it, or it is not text.
    Unreadable,
}

/// The first file picked in `input`, as text, if it is at most `max_bytes` long.
pub async fn read_picked(
    input: &web_sys::HtmlInputElement,
    max_bytes: usize,
) -> Result<String, ReadError> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or(ReadError::None)?;
    if file.size() > max_bytes as f64 {
        return Err(ReadError::TooLarge);
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    text.as_string().ok_or(ReadError::Unreadable)
}

/// The `<input>` an event came from.
pub fn input_of(event: &web_sys::Event) -> Option<web_sys::HtmlInputElement> {
    event.target()?.dyn_into().ok()
}
