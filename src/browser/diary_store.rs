//! Where the diary lives on the device: the versioned document (plain, or sealed in an
//! [`EncryptedBlob`]) under `repere.diary` in localStorage.
//!
//! Nothing is ever lost: text that cannot be read is moved aside to
//! `repere.diary.damaged` (a numbered key if that one is taken: it is never overwritten),
//! a full storage is reported to the caller, which keeps the diary in memory and tries
//! again, and another tab's writes are announced through the `storage` event.

use super::storage::{self, session, StorageError};
use crate::diary::inbox::Inbox;
use crate::diary::schema::{DAMAGED_STORAGE_KEY, STORAGE_KEY};
use crate::diary::{DataError, Diary, EncryptedBlob, EnvelopeError};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The wrong-PIN count and the time of the last one, so reloading does not reset the wait.
pub const PIN_FAILS_KEY: &str = "repere.diary.pin-fails";
/// Uses noted while the diary is locked, sealed to its public key (see `diary::inbox`).
pub const INBOX_KEY: &str = "repere.diary.inbox";
/// In this tab's sessionStorage: the diary text that could not be written when the page
/// was left (storage full), so that a reload or "leave now" does not lose it.
pub const UNWRITTEN_KEY: &str = "repere.diary.unwritten";

/// Why stored text could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Damage {
    Data(DataError),
    Envelope(EnvelopeError),
}

/// What the stored text is.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    Nothing,
    Plain(Diary),
    Locked(EncryptedBlob),
    Damaged(Damage),
}

/// Reads stored (or another tab's) text without touching storage.
pub fn classify(raw: Option<&str>) -> Stored {
    let Some(raw) = raw else {
        return Stored::Nothing;
    };
    if EncryptedBlob::looks_encrypted(raw) {
        match EncryptedBlob::from_json(raw) {
            Ok(blob) => Stored::Locked(blob),
            Err(error) => Stored::Damaged(Damage::Envelope(error)),
        }
    } else {
        match Diary::from_json(raw) {
            Ok(diary) => Stored::Plain(diary),
            Err(error) => Stored::Damaged(Damage::Data(error)),
        }
    }
}

pub fn read_raw() -> Option<String> {
    storage::read(STORAGE_KEY)
}

/// Writes the document (plain JSON or an envelope's JSON).
pub fn write(text: &str) -> Result<(), StorageError> {
    storage::write(STORAGE_KEY, text)
}

/// Copies `raw` to a damaged-copy key that is free, then removes it from the main key.
/// On an error nothing was removed.
pub fn move_aside(raw: &str, now_ms: i64) -> Result<(), StorageError> {
    let key = if storage::read(DAMAGED_STORAGE_KEY).is_none() {
        DAMAGED_STORAGE_KEY.to_string()
    } else {
        let mut n = now_ms;
        while storage::read(&format!("{DAMAGED_STORAGE_KEY}.{n}")).is_some() {
            n += 1;
        }
        format!("{DAMAGED_STORAGE_KEY}.{n}")
    };
    storage::write(&key, raw)?;
    if storage::read(STORAGE_KEY).as_deref() == Some(raw) {
        storage::remove(STORAGE_KEY);
    }
    Ok(())
}

fn all_keys() -> Vec<String> {
    storage::keys()
}

/// The damaged copies kept aside, oldest key first, to be exported as they are.
pub fn damaged_copies() -> Vec<String> {
    let mut keys: Vec<String> = all_keys()
        .into_iter()
        .filter(|key| {
            key == DAMAGED_STORAGE_KEY || key.starts_with(&format!("{DAMAGED_STORAGE_KEY}."))
        })
        .collect();
    keys.sort();
    keys.iter().filter_map(|key| storage::read(key)).collect()
}

/// Keeps `text` (the diary as stored: plain or sealed) in this tab until it can be written.
pub fn keep_unwritten(text: &str) -> bool {
    session::write(UNWRITTEN_KEY, text)
}

/// A diary text this tab kept when it was left before it could be written.
pub fn unwritten() -> Option<String> {
    session::read(UNWRITTEN_KEY)
}

pub fn forget_unwritten() {
    session::remove(UNWRITTEN_KEY);
}

pub fn read_inbox_raw() -> Option<String> {
    storage::read(INBOX_KEY)
}

/// The inbox of locked notes, if there is a readable one.
pub fn read_inbox() -> Option<Inbox> {
    Inbox::from_json(&read_inbox_raw()?).ok()
}

pub fn write_inbox(inbox: &Inbox) -> Result<(), StorageError> {
    storage::write(INBOX_KEY, &inbox.to_json())
}

pub fn remove_inbox() {
    storage::remove(INBOX_KEY);
}

/// Erases the diary, every damaged copy, the locked notes and the PIN state.
pub fn wipe() {
    for key in all_keys() {
        let ours = [STORAGE_KEY, PIN_FAILS_KEY, INBOX_KEY].contains(&key.as_str());
        if ours || key.starts_with(DAMAGED_STORAGE_KEY) {
            storage::remove(&key);
        }
    }
    forget_unwritten();
}

/// `(failed attempts in a row, time of the last one)`.
pub fn pin_fails() -> (u32, i64) {
    storage::read(PIN_FAILS_KEY)
        .and_then(|raw| {
            let (count, at) = raw.split_once(' ')?;
            Some((count.parse().ok()?, at.parse().ok()?))
        })
        .unwrap_or((0, 0))
}

pub fn set_pin_fails(count: u32, at_ms: i64) {
    // If storage is full the count only lives until reload; the PIN still has to be right.
    let _ = storage::write(PIN_FAILS_KEY, &format!("{count} {at_ms}"));
}

pub fn clear_pin_fails() {
    storage::remove(PIN_FAILS_KEY);
}

/// Calls `callback` with the new text whenever another tab changes the diary (`None`
/// when it was removed or storage was cleared). For the page's lifetime.
pub fn on_other_tab_change(callback: impl Fn(Option<String>) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let closure =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |event: web_sys::StorageEvent| {
            match event.key() {
                Some(key) if key == STORAGE_KEY => callback(event.new_value()),
                // `localStorage.clear()` elsewhere.
                None => callback(None),
                Some(_) => {}
            }
        });
    let _ = window.add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref());
    closure.forget();
}
