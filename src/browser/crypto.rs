//! WebCrypto for the diary: PBKDF2-SHA256 (600,000 iterations) turns a PIN or password and
//! a random salt into a non-extractable AES-256-GCM key, which seals the diary document
//! with a fresh 12-byte IV each time. The bytes travel in [`EncryptedBlob`].
//!
//! Nothing here logs anything: a PIN, a key or a plaintext never reaches the console.

use super::random;
use crate::diary::envelope::{IV_BYTES, MIN_ITERATIONS, SALT_BYTES};
use crate::diary::EncryptedBlob;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, SubtleCrypto};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// No WebCrypto (an old browser, or a page not served over https or localhost).
    Unavailable,
    /// The PIN or password does not open this blob, or the blob was altered.
    WrongKey,
}

/// A key derived from a PIN, with the salt it came from: saving again with it keeps the
/// same salt and draws a new IV.
#[derive(Clone)]
pub struct SealingKey {
    key: CryptoKey,
    salt: Vec<u8>,
    iterations: u32,
}

impl std::fmt::Debug for SealingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealingKey(..)")
    }
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

impl SealingKey {
    /// A new key for a PIN being set: a fresh random salt, the standard iteration count.
    pub async fn new_for(secret: &str) -> Result<SealingKey, CryptoError> {
        let salt = random::bytes(SALT_BYTES).ok_or(CryptoError::Unavailable)?;
        SealingKey::derive(secret, salt, MIN_ITERATIONS).await
    }

    /// The key that opens `blob` if `secret` is right (checked by [`open`]).
    pub async fn for_blob(secret: &str, blob: &EncryptedBlob) -> Result<SealingKey, CryptoError> {
        SealingKey::derive(secret, blob.salt.clone(), blob.iterations).await
    }

    async fn derive(
        secret: &str,
        salt: Vec<u8>,
        iterations: u32,
    ) -> Result<SealingKey, CryptoError> {
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
            iterations,
            &Uint8Array::from(&salt[..]),
        );
        let aes = web_sys::AesDerivedKeyParams::new("AES-GCM", 256);
        let key: CryptoKey = wait(
            subtle.derive_key_with_object_and_object(
                &params,
                &base,
                &aes,
                false,
                &usages(&["encrypt", "decrypt"]),
            ),
            CryptoError::Unavailable,
        )
        .await?
        .unchecked_into();
        Ok(SealingKey {
            key,
            salt,
            iterations,
        })
    }

    /// Encrypts `plaintext` with a fresh random IV.
    pub async fn seal(&self, plaintext: &str) -> Result<EncryptedBlob, CryptoError> {
        let subtle = subtle()?;
        let iv = random::bytes(IV_BYTES).ok_or(CryptoError::Unavailable)?;
        let params = web_sys::AesGcmParams::new("AES-GCM", &Uint8Array::from(&iv[..]));
        let data = Uint8Array::from(plaintext.as_bytes());
        let sealed = wait(
            subtle.encrypt_with_object_and_buffer_source(&params, &self.key, &data),
            CryptoError::Unavailable,
        )
        .await?;
        let ciphertext = Uint8Array::new(&sealed).to_vec();
        EncryptedBlob::new(self.iterations, self.salt.clone(), iv, ciphertext)
            .map_err(|_| CryptoError::Unavailable)
    }

    /// Decrypts `blob`; `WrongKey` if this key did not seal it or it was altered.
    pub async fn open(&self, blob: &EncryptedBlob) -> Result<String, CryptoError> {
        let subtle = subtle()?;
        let params = web_sys::AesGcmParams::new("AES-GCM", &Uint8Array::from(&blob.iv[..]));
        let data = Uint8Array::from(&blob.ciphertext[..]);
        let plain = wait(
            subtle.decrypt_with_object_and_buffer_source(&params, &self.key, &data),
            CryptoError::WrongKey,
        )
        .await?;
        String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| CryptoError::WrongKey)
    }

    /// The very same key (not merely the same PIN).
    pub fn same_as(&self, other: &SealingKey) -> bool {
        self.key == other.key
    }

    /// Whether this key was derived for `blob`'s salt (another tab may have changed the PIN).
    pub fn fits(&self, blob: &EncryptedBlob) -> bool {
        self.salt == blob.salt && self.iterations == blob.iterations
    }
}
