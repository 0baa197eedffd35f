//! Reading text aloud with the Web Speech API (`speechSynthesis`), only in a language the
//! device has a voice for. Voices arrive asynchronously: [`watch_voices`] says when the
//! list changes. Browsers without the API, or without a voice, simply cannot speak: the
//! UI then shows no button at all.

use crate::facts::deck::voice_speaks;
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

/// The first voice for language `code` ("fr"), preferring one on the device itself.
fn voice_for(synthesis: &SpeechSynthesis, code: &str) -> Option<SpeechSynthesisVoice> {
    let voices = synthesis.get_voices();
    let matching: Vec<JsValue> = voices
        .iter()
        .filter(|voice| {
            js_sys::Reflect::get(voice, &JsValue::from_str("lang"))
                .ok()
                .and_then(|lang| lang.as_string())
                .is_some_and(|lang| voice_speaks(&lang, code))
        })
        .collect();
    let local = matching.iter().find(|voice| {
        js_sys::Reflect::get(voice, &JsValue::from_str("localService"))
            .ok()
            .and_then(|local| local.as_bool())
            .unwrap_or(false)
    });
    // No instanceof check: some engines hand out plain objects.
    local
        .or(matching.first())
        .cloned()
        .map(JsCast::unchecked_into)
}

/// Whether this browser has a voice for language `code` right now.
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
