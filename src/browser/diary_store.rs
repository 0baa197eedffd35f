//! Where the diary lives on the device: the sealed text under `repere.diary` in
//! localStorage, its locked notes, the wrong-PIN record, damaged texts kept aside, the
//! copy a tab keeps when storage is full, and the quick wipe of all of it.
//!
//! Nothing is ever lost: text that cannot be read is moved aside to
//! `repere.diary.damaged` (a numbered key if that one is taken: it is never overwritten),
//! a full storage is reported to the caller, and another tab's writes are announced
//! through the `storage` event.

use super::device_key;
use super::storage::{self, session, StorageError};
use crate::diary::attempts::{Attempts, ATTEMPTS_STORAGE_KEY};
use crate::diary::inbox::INBOX_STORAGE_KEY;
use crate::diary::schema::{DAMAGED_STORAGE_KEY, STORAGE_KEY};
use crate::diary::stored::{Kept, KEPT_STORAGE_KEY};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// A diary left unsaved in a window whose key no longer fits (the secret was changed in
/// another), sealed to the locked notes' public key: it joins at the next unlock.
pub const CARRY_STORAGE_KEY: &str = "repere.diary.carry";

pub fn read_raw() -> Option<String> {
    storage::read(STORAGE_KEY)
}

pub fn write(text: &str) -> Result<(), StorageError> {
    storage::write(STORAGE_KEY, text)
}

/// Copies `raw` to a damaged-copy key that is free, then removes it from the main key if
/// it is still there. On an error nothing was removed.
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

/// The damaged copies kept aside, oldest key first, to be downloaded as they are.
pub fn damaged_copies() -> Vec<String> {
    let mut keys: Vec<String> = storage::keys()
        .into_iter()
        .filter(|key| {
            key == DAMAGED_STORAGE_KEY || key.starts_with(&format!("{DAMAGED_STORAGE_KEY}."))
        })
        .collect();
    keys.sort();
    keys.iter().filter_map(|key| storage::read(key)).collect()
}

/// Keeps a sealed text in this tab until it can be written; false if even that failed.
pub fn keep(kept: &Kept) -> bool {
    session::write(KEPT_STORAGE_KEY, &kept.to_json())
}

pub fn kept() -> Option<Kept> {
    Kept::from_json(&session::read(KEPT_STORAGE_KEY)?)
}

pub fn forget_kept() {
    session::remove(KEPT_STORAGE_KEY);
}

pub fn read_inbox_raw() -> Option<String> {
    storage::read(INBOX_STORAGE_KEY)
}

pub fn write_inbox(text: &str) -> Result<(), StorageError> {
    storage::write(INBOX_STORAGE_KEY, text)
}

pub fn remove_inbox() {
    storage::remove(INBOX_STORAGE_KEY);
}

pub fn read_carry() -> Option<String> {
    storage::read(CARRY_STORAGE_KEY)
}

pub fn write_carry(text: &str) -> Result<(), StorageError> {
    storage::write(CARRY_STORAGE_KEY, text)
}

pub fn remove_carry() {
    storage::remove(CARRY_STORAGE_KEY);
}

pub fn attempts(now_ms: i64) -> Attempts {
    Attempts::parse(storage::read(ATTEMPTS_STORAGE_KEY).as_deref(), now_ms)
}

pub fn set_attempts(attempts: &Attempts) {
    if attempts.is_clear() {
        storage::remove(ATTEMPTS_STORAGE_KEY);
    } else {
        // If storage is full the record lives until reload; the secret still has to be right.
        let _ = storage::write(ATTEMPTS_STORAGE_KEY, &attempts.to_json());
    }
}

/// Erases everything the diary keeps in this browser: the diary, its damaged copies, the
/// locked notes, the wrong-PIN record, this tab's kept copy and the device key (so that
/// anything sealed under it, wherever a copy of it sits, opens nowhere any more).
/// Other tabs hear of it through the `storage` event and forget their own copies.
pub async fn wipe() {
    for key in storage::keys() {
        let ours = [
            STORAGE_KEY,
            ATTEMPTS_STORAGE_KEY,
            INBOX_STORAGE_KEY,
            CARRY_STORAGE_KEY,
            // Written by earlier versions.
            "repere.diary.pin-fails",
        ]
        .contains(&key.as_str());
        if ours || key.starts_with(DAMAGED_STORAGE_KEY) {
            storage::remove(&key);
        }
    }
    forget_kept();
    device_key::erase().await;
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
