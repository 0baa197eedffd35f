//! WebCrypto for the diary (format 2, see `diary::envelope`): the data key that seals the
//! diary, wrapped by the device key and, with a PIN or password, first by the key
//! PBKDF2-SHA256 (600,000 iterations) draws from the secret; the exported file's own
//! password; and format 1, read once to move old data on. Every key is non-extractable
//! once made, every seal draws a fresh 12-byte IV and carries its additional data.
//!
//! Nothing here logs anything: a secret, a key or a plaintext never reaches the console.

use super::random;
use crate::diary::envelope::{
    pad, Kdf, Lock, SealedDiary, SealedFile, IV_BYTES, KEY_AAD_DEVICE, KEY_AAD_SECRET, SALT_BYTES,
};
use crate::diary::legacy::LegacyBlob;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// No WebCrypto (an old browser, or a page not served over https or localhost).
    Unavailable,
    /// The key does not open this, or it was altered.
    WrongKey,
}

/// Why a stored data key could not be unwrapped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnwrapError {
    /// The device key does not open it: not sealed on this device, or altered.
    Device,
    /// The PIN or password is wrong.
    Secret,
    Unavailable,
}

pub(super) fn subtle() -> Result<SubtleCrypto, CryptoError> {
    let crypto = web_sys::window()
        .and_then(|window| window.crypto().ok())
        .ok_or(CryptoError::Unavailable)?;
    // `crypto.subtle` is undefined outside secure contexts.
    let subtle = js_sys::Reflect::get(&crypto, &JsValue::from_str("subtle"))
        .map_err(|_| CryptoError::Unavailable)?;
    if subtle.is_undefined() || subtle.is_null() {
        return Err(CryptoError::Unavailable);
    }
    Ok(subtle.unchecked_into())
}

/// Whether this browser has WebCrypto here (it needs https or localhost).
pub fn is_available() -> bool {
    subtle().is_ok()
}

pub(super) async fn wait(
    promise: Result<js_sys::Promise, JsValue>,
    error: CryptoError,
) -> Result<JsValue, CryptoError> {
    JsFuture::from(promise.map_err(|_| error)?)
        .await
        .map_err(|_| error)
}

pub(super) fn usages(list: &[&str]) -> Array {
    list.iter().map(|usage| JsValue::from_str(usage)).collect()
}

fn gcm(iv: &[u8], aad: &[u8]) -> web_sys::AesGcmParams {
    let params = web_sys::AesGcmParams::new("AES-GCM", &Uint8Array::from(iv));
    params.set_additional_data(&Uint8Array::from(aad));
    params
}

fn fresh_iv() -> Result<Vec<u8>, CryptoError> {
    random::bytes(IV_BYTES).ok_or(CryptoError::Unavailable)
}

/// Seals `plaintext` under `key` with `aad`: a fresh IV, then the ciphertext and its tag.
pub async fn seal(key: &CryptoKey, aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let iv = fresh_iv()?;
    // WebCrypto copies the view at once, so wasm memory is read in place.
    let sealed = wait(
        subtle()?.encrypt_with_object_and_u8_array(&gcm(&iv, aad), key, plaintext),
        CryptoError::Unavailable,
    )
    .await?;
    let mut out = iv;
    out.extend(Uint8Array::new(&sealed).to_vec());
    Ok(out)
}

/// Opens what [`seal`] made; `WrongKey` if the key, the additional data or a byte differ.
pub async fn open(key: &CryptoKey, aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
    if sealed.len() < IV_BYTES {
        return Err(CryptoError::WrongKey);
    }
    let (iv, ciphertext) = sealed.split_at(IV_BYTES);
    decrypt(key, iv, aad, ciphertext).await
}

async fn decrypt(
    key: &CryptoKey,
    iv: &[u8],
    aad: &[u8],
    ciphertext: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let plain = wait(
        subtle()?.decrypt_with_object_and_u8_array(&gcm(iv, aad), key, ciphertext),
        CryptoError::WrongKey,
    )
    .await?;
    Ok(Uint8Array::new(&plain).to_vec())
}

/// The key PBKDF2-SHA256 draws from a PIN or password and a salt.
pub struct SecretKey {
    key: CryptoKey,
}

impl SecretKey {
    pub async fn derive(secret: &str, kdf: &Kdf) -> Result<SecretKey, CryptoError> {
        let key = derive(
            secret,
            kdf,
            &usages(&["wrapKey", "unwrapKey", "encrypt", "decrypt"]),
        )
        .await?;
        Ok(SecretKey { key })
    }
}

/// A fresh salt for a secret being set or a file being sealed.
pub fn new_kdf() -> Result<Kdf, CryptoError> {
    let salt = random::bytes(SALT_BYTES).ok_or(CryptoError::Unavailable)?;
    Kdf::new(salt).map_err(|_| CryptoError::Unavailable)
}

async fn derive(secret: &str, kdf: &Kdf, key_usages: &Array) -> Result<CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let secret_bytes = Uint8Array::from(secret.as_bytes());
    let base: CryptoKey = wait(
        subtle.import_key_with_str(
            "raw",
            &secret_bytes,
            "PBKDF2",
            false,
            &usages(&["deriveKey"]),
        ),
        CryptoError::Unavailable,
    )
    .await?
    .unchecked_into();
    // Wipe our copy of the secret's bytes; the JS string itself is out of our hands.
    secret_bytes.fill(0, 0, secret_bytes.length());
    let params = web_sys::Pbkdf2Params::new_with_str(
        "PBKDF2",
        "SHA-256",
        kdf.iterations,
        &Uint8Array::from(&kdf.salt[..]),
    );
    let aes = web_sys::AesDerivedKeyParams::new("AES-GCM", 256);
    Ok(wait(
        subtle.derive_key_with_object_and_object(&params, &base, &aes, false, key_usages),
        CryptoError::Unavailable,
    )
    .await?
    .unchecked_into())
}

/// The key that seals the diary and the locked notes' private key. Non-extractable: once
/// unwrapped, page scripts can use it but not read it.
#[derive(Clone)]
pub struct DataKey {
    key: CryptoKey,
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(..)")
    }
}

const DATA_KEY_USAGES: &[&str] = &["encrypt", "decrypt"];

impl DataKey {
    /// A new random data key, wrapped for `secret` (if any) and then for the device; the
    /// wrapped bytes go into the envelope's `key`.
    pub async fn new_wrapped(
        device: &CryptoKey,
        secret: Option<&SecretKey>,
    ) -> Result<(DataKey, Vec<u8>), CryptoError> {
        let subtle = subtle()?;
        // Extractable only long enough to be wrapped; the handle kept is unwrapped anew.
        let fresh: CryptoKey = wait(
            subtle.generate_key_with_object(
                &web_sys::AesKeyGenParams::new("AES-GCM", 256),
                true,
                &usages(DATA_KEY_USAGES),
            ),
            CryptoError::Unavailable,
        )
        .await?
        .unchecked_into();
        let wrapped = match secret {
            None => wrap(&fresh, device, KEY_AAD_DEVICE).await?,
            Some(secret) => {
                let inner = wrap(&fresh, &secret.key, KEY_AAD_SECRET).await?;
                seal(device, KEY_AAD_DEVICE, &inner).await?
            }
        };
        let key = DataKey::unwrap(device, secret, &wrapped)
            .await
            .map_err(|_| CryptoError::Unavailable)?;
        Ok((key, wrapped))
    }

    /// The data key of an envelope: the device key opens the outer layer, the secret key
    /// the inner one. Which one fails tells "not this device / altered" from "wrong PIN".
    pub async fn unwrap(
        device: &CryptoKey,
        secret: Option<&SecretKey>,
        wrapped: &[u8],
    ) -> Result<DataKey, UnwrapError> {
        let map = |error| match error {
            CryptoError::Unavailable => UnwrapError::Unavailable,
            CryptoError::WrongKey => UnwrapError::Device,
        };
        let key = match secret {
            None => unwrap(wrapped, device, KEY_AAD_DEVICE).await.map_err(map)?,
            Some(secret) => {
                let inner = open(device, KEY_AAD_DEVICE, wrapped).await.map_err(map)?;
                unwrap(&inner, &secret.key, KEY_AAD_SECRET)
                    .await
                    .map_err(|error| match error {
                        CryptoError::Unavailable => UnwrapError::Unavailable,
                        CryptoError::WrongKey => UnwrapError::Secret,
                    })?
            }
        };
        Ok(DataKey { key })
    }

    /// Seals the diary document (padded) for storage under `lock`.
    pub async fn seal_diary(
        &self,
        json: &str,
        lock: &Lock,
        wrapped_key: &[u8],
    ) -> Result<SealedDiary, CryptoError> {
        let aad = SealedDiary::additional_data(lock, wrapped_key);
        let mut sealed = seal(&self.key, &aad, pad(json).as_bytes()).await?;
        let ciphertext = sealed.split_off(IV_BYTES);
        SealedDiary::new(lock.clone(), wrapped_key.to_vec(), sealed, ciphertext)
            .map_err(|_| CryptoError::Unavailable)
    }

    /// The diary document inside; `WrongKey` if it was altered or is another key's.
    pub async fn open_diary(&self, sealed: &SealedDiary) -> Result<String, CryptoError> {
        let aad = SealedDiary::additional_data(&sealed.lock, &sealed.wrapped_key);
        let plain = decrypt(&self.key, &sealed.iv, &aad, &sealed.ciphertext).await?;
        String::from_utf8(plain).map_err(|_| CryptoError::WrongKey)
    }

    pub async fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
        seal(&self.key, aad, plaintext).await
    }

    pub async fn open(&self, aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, CryptoError> {
        open(&self.key, aad, sealed).await
    }
}

async fn wrap(key: &CryptoKey, wrapping: &CryptoKey, aad: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let iv = fresh_iv()?;
    let wrapped = wait(
        subtle()?.wrap_key_with_object("raw", key, wrapping, &gcm(&iv, aad)),
        CryptoError::Unavailable,
    )
    .await?;
    let mut out = iv;
    out.extend(Uint8Array::new(&wrapped).to_vec());
    Ok(out)
}

async fn unwrap(
    wrapped: &[u8],
    unwrapping: &CryptoKey,
    aad: &[u8],
) -> Result<CryptoKey, CryptoError> {
    if wrapped.len() < IV_BYTES {
        return Err(CryptoError::WrongKey);
    }
    let (iv, bytes) = wrapped.split_at(IV_BYTES);
    Ok(wait(
        subtle()?.unwrap_key_with_u8_array_and_object_and_str(
            "raw",
            bytes,
            unwrapping,
            &gcm(iv, aad),
            "AES-GCM",
            false,
            &usages(DATA_KEY_USAGES),
        ),
        CryptoError::WrongKey,
    )
    .await?
    .unchecked_into())
}

/// An exported file sealed with its own password (no device key: it must open elsewhere).
pub async fn seal_file(password: &str, json: &str) -> Result<SealedFile, CryptoError> {
    let kdf = new_kdf()?;
    let key = derive(password, &kdf, &usages(&["encrypt"])).await?;
    let mut sealed = seal(
        &key,
        &SealedFile::additional_data(&kdf),
        pad(json).as_bytes(),
    )
    .await?;
    let ciphertext = sealed.split_off(IV_BYTES);
    SealedFile::new(kdf, sealed, ciphertext).map_err(|_| CryptoError::Unavailable)
}

pub async fn open_file(password: &str, file: &SealedFile) -> Result<String, CryptoError> {
    let key = derive(password, &file.kdf, &usages(&["decrypt"])).await?;
    let mut bytes = file.iv.clone();
    bytes.extend_from_slice(&file.ciphertext);
    let plain = open(&key, &SealedFile::additional_data(&file.kdf), &bytes).await?;
    String::from_utf8(plain).map_err(|_| CryptoError::WrongKey)
}

/// The key of format 1 (an earlier Repère's stored diary, locked-notes key or exported
/// file): the secret's key opened it directly, with no additional data.
pub struct LegacyKey {
    key: CryptoKey,
    kdf: Kdf,
}

impl LegacyKey {
    pub async fn derive(secret: &str, blob: &LegacyBlob) -> Result<LegacyKey, CryptoError> {
        let kdf = Kdf {
            iterations: blob.iterations,
            salt: blob.salt.clone(),
        };
        let key = derive(secret, &kdf, &usages(&["decrypt"])).await?;
        Ok(LegacyKey { key, kdf })
    }

    /// Whether `blob` was sealed with this key's salt (the diary and its notes' key were).
    pub fn fits(&self, blob: &LegacyBlob) -> bool {
        self.kdf.salt == blob.salt && self.kdf.iterations == blob.iterations
    }

    pub async fn open(&self, blob: &LegacyBlob) -> Result<String, CryptoError> {
        let params = web_sys::AesGcmParams::new("AES-GCM", &Uint8Array::from(&blob.iv[..]));
        let plain = wait(
            subtle()?.decrypt_with_object_and_buffer_source(
                &params,
                &self.key,
                &Uint8Array::from(&blob.ciphertext[..]),
            ),
            CryptoError::WrongKey,
        )
        .await?;
        String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| CryptoError::WrongKey)
    }
}
