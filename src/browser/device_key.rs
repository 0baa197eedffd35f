//! The device key: a non-extractable AES-256-GCM key made once by WebCrypto and kept in
//! IndexedDB, apart from the diary in localStorage. Page scripts can use it but never
//! read its bytes, and a copy of localStorage does not hold it, so such a copy opens
//! nothing and lets no PIN be tried elsewhere. (A full copy of the phone's files does
//! hold it: the README says what this protects against and what not.)
//!
//! With it is kept what the last diary was protected by, so that a protected diary that
//! disappears or loses its lock is noticed (see `diary::session`).

use super::crypto::{subtle, usages, wait, CryptoError};
use super::random;
use crate::diary::SecretKind;
use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, IdbDatabase, IdbRequest, IdbTransactionMode};

const DATABASE: &str = "repere";
const STORE: &str = "device";
const RECORD: &str = "key";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeviceError {
    /// No IndexedDB, or the browser refuses it (site data blocked, some private modes).
    Unavailable,
}

#[derive(Clone, Debug)]
pub struct DeviceKey {
    pub key: CryptoKey,
    /// A random id: a copy kept in a tab belongs to this key, not to one made after a wipe.
    pub id: String,
    pub protected: Option<SecretKind>,
}

/// Resolves when `request` succeeds, with its result.
async fn settle(request: &IdbRequest) -> Result<JsValue, DeviceError> {
    let promise = Promise::new(&mut |resolve, reject| {
        let on_success = Closure::once_into_js(move |event: web_sys::Event| {
            let result = event
                .target()
                .and_then(|target| target.dyn_into::<IdbRequest>().ok())
                .and_then(|request| request.result().ok())
                .unwrap_or(JsValue::UNDEFINED);
            let _ = resolve.call1(&JsValue::NULL, &result);
        });
        let on_error = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = reject.call0(&JsValue::NULL);
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise)
        .await
        .map_err(|_| DeviceError::Unavailable)
}

async fn open() -> Result<IdbDatabase, DeviceError> {
    let factory = web_sys::window()
        .and_then(|window| window.indexed_db().ok().flatten())
        .ok_or(DeviceError::Unavailable)?;
    let request = factory
        .open_with_u32(DATABASE, 1)
        .map_err(|_| DeviceError::Unavailable)?;
    let on_upgrade = Closure::once_into_js(move |event: web_sys::Event| {
        let database = event
            .target()
            .and_then(|target| target.dyn_into::<IdbRequest>().ok())
            .and_then(|request| request.result().ok())
            .and_then(|result| result.dyn_into::<IdbDatabase>().ok());
        if let Some(database) = database {
            let _ = database.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    settle(&request)
        .await?
        .dyn_into::<IdbDatabase>()
        .map_err(|_| DeviceError::Unavailable)
}

fn store(
    database: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<web_sys::IdbObjectStore, DeviceError> {
    database
        .transaction_with_str_and_mode(STORE, mode)
        .and_then(|transaction| transaction.object_store(STORE))
        .map_err(|_| DeviceError::Unavailable)
}

fn protected_name(protected: Option<SecretKind>) -> JsValue {
    match protected {
        None => JsValue::NULL,
        Some(SecretKind::Pin) => "pin".into(),
        Some(SecretKind::Password) => "password".into(),
    }
}

/// The device key, if one was made here.
pub async fn load() -> Result<Option<DeviceKey>, DeviceError> {
    let database = open().await?;
    let request = store(&database, IdbTransactionMode::Readonly)?
        .get(&RECORD.into())
        .map_err(|_| DeviceError::Unavailable)?;
    let record = settle(&request).await?;
    database.close();
    if record.is_undefined() || record.is_null() {
        return Ok(None);
    }
    let field = |name: &str| Reflect::get(&record, &name.into()).unwrap_or(JsValue::UNDEFINED);
    let (Ok(key), Some(id)) = (
        field("key").dyn_into::<CryptoKey>(),
        field("id").as_string(),
    ) else {
        // Not ours (or damaged): treated as no key, never overwritten without a choice.
        return Err(DeviceError::Unavailable);
    };
    let protected = match field("protected").as_string().as_deref() {
        Some("pin") => Some(SecretKind::Pin),
        Some("password") => Some(SecretKind::Password),
        _ => None,
    };
    Ok(Some(DeviceKey { key, id, protected }))
}

async fn put(device: &DeviceKey) -> Result<(), DeviceError> {
    let record = Object::new();
    let set = |name: &str, value: &JsValue| Reflect::set(&record, &name.into(), value);
    set("key", &device.key).map_err(|_| DeviceError::Unavailable)?;
    set("id", &device.id.as_str().into()).map_err(|_| DeviceError::Unavailable)?;
    set("protected", &protected_name(device.protected)).map_err(|_| DeviceError::Unavailable)?;
    let database = open().await?;
    let request = store(&database, IdbTransactionMode::Readwrite)?
        .put_with_key(&record, &RECORD.into())
        .map_err(|_| DeviceError::Unavailable)?;
    let result = settle(&request).await.map(|_| ());
    database.close();
    result
}

/// Makes the device key (once), and asks the browser to keep this site's data even when
/// space runs short: losing IndexedDB would make the diary unreadable.
pub async fn create() -> Result<DeviceKey, DeviceError> {
    let subtle = subtle().map_err(|_| DeviceError::Unavailable)?;
    let params = web_sys::AesKeyGenParams::new("AES-GCM", 256);
    let key: CryptoKey = wait(
        subtle.generate_key_with_object(
            &params,
            false,
            &usages(&["encrypt", "decrypt", "wrapKey", "unwrapKey"]),
        ),
        CryptoError::Unavailable,
    )
    .await
    .map_err(|_| DeviceError::Unavailable)?
    .unchecked_into();
    let id = random::bytes(16)
        .ok_or(DeviceError::Unavailable)?
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    let device = DeviceKey {
        key,
        id,
        protected: None,
    };
    put(&device).await?;
    super::persist::ask();
    Ok(device)
}

/// Records what the diary is now protected by.
pub async fn set_protected(
    device: &DeviceKey,
    protected: Option<SecretKind>,
) -> Result<DeviceKey, DeviceError> {
    let updated = DeviceKey {
        protected,
        ..device.clone()
    };
    put(&updated).await?;
    Ok(updated)
}

/// Deletes the device key and its database: nothing sealed under it opens any more.
pub async fn erase() {
    let Some(factory) = web_sys::window().and_then(|window| window.indexed_db().ok().flatten())
    else {
        return;
    };
    if let Ok(request) = factory.delete_database(DATABASE) {
        let _ = settle(&request).await;
    }
}
