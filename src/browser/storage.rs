//! localStorage, as plain strings. Every failure is a value the caller must handle:
//! private modes, full storage and disabled storage all happen on real phones, and a
//! browser with site data blocked throws on the mere `window.localStorage`.

use wasm_bindgen::JsCast;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The origin's quota is used up (`QuotaExceededError`).
    Full,
    /// No localStorage at all, or the browser refused for another reason.
    Unavailable,
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether this browser lets the page use localStorage at all.
pub fn is_available() -> bool {
    local().is_some()
}

pub fn read(key: &str) -> Option<String> {
    local()?.get_item(key).ok().flatten()
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    let storage = local().ok_or(StorageError::Unavailable)?;
    storage
        .set_item(key, value)
        .map_err(|error| match error.dyn_ref::<web_sys::DomException>() {
            Some(exception) if exception.name() == "QuotaExceededError" => StorageError::Full,
            _ => StorageError::Unavailable,
        })
}

pub fn remove(key: &str) {
    // Removing cannot run out of space; if storage is gone there is nothing to remove.
    if let Some(storage) = local() {
        let _ = storage.remove_item(key);
    }
}

/// Every key stored for this origin.
pub fn keys() -> Vec<String> {
    let Some(storage) = local() else {
        return Vec::new();
    };
    let length = storage.length().unwrap_or(0);
    (0..length)
        .filter_map(|n| storage.key(n).ok().flatten())
        .collect()
}

/// This tab's sessionStorage: it lasts through a reload or another page in the same tab,
/// not through closing the tab, and has room of its own.
pub mod session {
    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.session_storage().ok().flatten()
    }

    pub fn read(key: &str) -> Option<String> {
        storage()?.get_item(key).ok().flatten()
    }

    pub fn write(key: &str, value: &str) -> bool {
        storage().is_some_and(|storage| storage.set_item(key, value).is_ok())
    }

    pub fn remove(key: &str) {
        if let Some(storage) = storage() {
            let _ = storage.remove_item(key);
        }
    }
}
