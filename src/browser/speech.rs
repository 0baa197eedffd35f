//! Reading text aloud with the Web Speech API (`speechSynthesis`), only with a voice of
//! the device itself (`localService`) for the language: a network voice would send the
//! text to another server (security review S17), so it is never used. Voices arrive
//! asynchronously: [`watch_voices`] says when the list changes. Browsers without the API,
//! or without a local voice, simply cannot speak: the UI then shows no button at all.

use crate::lang::voice_speaks;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

fn synthesis() -> Option<SpeechSynthesis> {
    let window = web_sys::window()?;
    // Read the property instead of calling the binding, which assumes it exists.
    let value = js_sys::Reflect::get(&window, &JsValue::from_str("speechSynthesis")).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    Some(value.unchecked_into())
}

/// The first voice on the device itself for language `code` ("fr"); never a network one.
fn voice_for(synthesis: &SpeechSynthesis, code: &str) -> Option<SpeechSynthesisVoice> {
    let property = |voice: &JsValue, name: &str| js_sys::Reflect::get(voice, &name.into()).ok();
    synthesis
        .get_voices()
        .iter()
        .find(|voice| {
            let local = property(voice, "localService").and_then(|local| local.as_bool());
            let lang = property(voice, "lang").and_then(|lang| lang.as_string());
            local == Some(true) && lang.is_some_and(|lang| voice_speaks(&lang, code))
        })
        // No instanceof check: some engines hand out plain objects.
        .map(JsCast::unchecked_into)
}

/// Whether this device has a voice of its own for language `code` right now.
pub fn can_speak(code: &str) -> bool {
    synthesis().is_some_and(|synthesis| voice_for(&synthesis, code).is_some())
}

/// Reads `text` in language `code`, stopping whatever was being read. Returns false if
/// it cannot (no API, no voice).
pub fn speak(text: &str, code: &str) -> bool {
    let Some(synthesis) = synthesis() else {
        return false;
    };
    let Some(voice) = voice_for(&synthesis, code) else {
        return false;
    };
    let Ok(utterance) = SpeechSynthesisUtterance::new_with_text(text) else {
        return false;
    };
    utterance.set_lang(code);
    utterance.set_voice(Some(&voice));
    // A little slower than the default: easier to follow for a listener who reads little.
    utterance.set_rate(0.9);
    synthesis.cancel();
    synthesis.speak(&utterance);
    true
}

/// Stops reading, if anything is being read.
pub fn cancel() {
    if let Some(synthesis) = synthesis() {
        synthesis.cancel();
    }
}

/// Calls `callback` whenever the list of voices changes (it usually starts empty and
/// fills in shortly after the page loads). Meant to be called once for the whole app.
pub fn watch_voices(callback: impl Fn() + 'static) {
    let Some(synthesis) = synthesis() else {
        return;
    };
    let closure = Closure::<dyn Fn()>::new(callback);
    synthesis.set_onvoiceschanged(Some(closure.as_ref().unchecked_ref()));
    // Lives as long as the page, like the handler it backs.
    closure.forget();
}
