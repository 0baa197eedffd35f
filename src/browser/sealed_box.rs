//! Sealing a short text to a public key, for uses noted while the diary is locked
//! (see `diary::inbox`): ECDH P-256 with a fresh ephemeral key, HKDF-SHA256 over the
//! shared secret (salted with the ephemeral public key, `info` naming the recipient), then
//! AES-256-GCM. WebCrypto only.

use super::crypto::{subtle, usages, wait, CryptoError};
use super::random;
use crate::diary::envelope::IV_BYTES;
use crate::diary::inbox::SealedNote;
use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use web_sys::{CryptoKey, CryptoKeyPair};

const CURVE: &str = "P-256";
/// A new key pair: the public key as a raw point, the private key as PKCS#8 bytes (to be
/// sealed under the data key at once, never stored as they are).
pub async fn new_key_pair() -> Result<(Vec<u8>, Vec<u8>), CryptoError> {
    let pair = generate(true).await?;
    let public = export(&pair.get_public_key(), "raw").await?;
    let private = export(&pair.get_private_key(), "pkcs8").await?;
    Ok((public, private))
}

/// Seals `plaintext` so that only the holder of `public_key`'s private key can open it.
pub async fn seal_to(
    public_key: &[u8],
    plaintext: &str,
    info: &[u8],
) -> Result<SealedNote, CryptoError> {
    let recipient = import_public(public_key).await?;
    // The ephemeral private key is never needed outside WebCrypto.
    let ephemeral = generate(false).await?;
    let ephemeral_public = export(&ephemeral.get_public_key(), "raw").await?;
    let key = note_key(
        &ephemeral.get_private_key(),
        &recipient,
        &ephemeral_public,
        info,
        "encrypt",
    )
    .await?;
    let iv = random::bytes(IV_BYTES).ok_or(CryptoError::Unavailable)?;
    let params = web_sys::AesGcmParams::new("AES-GCM", &Uint8Array::from(&iv[..]));
    let sealed = wait(
        subtle()?.encrypt_with_object_and_buffer_source(
            &params,
            &key,
            &Uint8Array::from(plaintext.as_bytes()),
        ),
        CryptoError::Unavailable,
    )
    .await?;
    SealedNote::new(ephemeral_public, iv, Uint8Array::new(&sealed).to_vec())
        .map_err(|_| CryptoError::Unavailable)
}

/// The PKCS#8 private key, imported once to open every waiting note.
pub async fn import_private(private_key: &[u8]) -> Result<CryptoKey, CryptoError> {
    let params = web_sys::EcKeyImportParams::new("ECDH");
    params.set_named_curve(CURVE);
    Ok(wait(
        subtle()?.import_key_with_object(
            "pkcs8",
            &Uint8Array::from(private_key),
            &params,
            false,
            &usages(&["deriveBits"]),
        ),
        CryptoError::WrongKey,
    )
    .await?
    .unchecked_into())
}

/// Opens a note; `WrongKey` if it was not sealed to this private key with this `info`.
pub async fn open_with(
    private: &CryptoKey,
    note: &SealedNote,
    info: &[u8],
) -> Result<String, CryptoError> {
    let sender = import_public(&note.ephemeral_key).await?;
    let key = note_key(private, &sender, &note.ephemeral_key, info, "decrypt").await?;
    let params = web_sys::AesGcmParams::new("AES-GCM", &Uint8Array::from(&note.iv[..]));
    let plain = wait(
        subtle()?.decrypt_with_object_and_buffer_source(
            &params,
            &key,
            &Uint8Array::from(&note.ciphertext[..]),
        ),
        CryptoError::WrongKey,
    )
    .await?;
    String::from_utf8(Uint8Array::new(&plain).to_vec()).map_err(|_| CryptoError::WrongKey)
}

async fn generate(extractable: bool) -> Result<CryptoKeyPair, CryptoError> {
    let params = web_sys::EcKeyGenParams::new("ECDH", CURVE);
    Ok(wait(
        subtle()?.generate_key_with_object(&params, extractable, &usages(&["deriveBits"])),
        CryptoError::Unavailable,
    )
    .await?
    .unchecked_into())
}

async fn export(key: &CryptoKey, format: &str) -> Result<Vec<u8>, CryptoError> {
    let bytes = wait(subtle()?.export_key(format, key), CryptoError::Unavailable).await?;
    Ok(Uint8Array::new(&bytes).to_vec())
}

async fn import_public(raw: &[u8]) -> Result<CryptoKey, CryptoError> {
    let params = web_sys::EcKeyImportParams::new("ECDH");
    params.set_named_curve(CURVE);
    Ok(wait(
        subtle()?.import_key_with_object(
            "raw",
            &Uint8Array::from(raw),
            &params,
            false,
            &usages(&[]),
        ),
        CryptoError::WrongKey,
    )
    .await?
    .unchecked_into())
}

/// The AES key both sides reach: ECDH(own private, other public), then HKDF.
async fn note_key(
    own: &CryptoKey,
    other: &CryptoKey,
    ephemeral_public: &[u8],
    info: &[u8],
    usage: &str,
) -> Result<CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let shared = wait(
        subtle.derive_bits_with_object(&web_sys::EcdhKeyDeriveParams::new("ECDH", other), own, 256),
        CryptoError::WrongKey,
    )
    .await?;
    let shared = Uint8Array::new(&shared);
    let base: CryptoKey = wait(
        subtle.import_key_with_str("raw", &shared, "HKDF", false, &usages(&["deriveKey"])),
        CryptoError::Unavailable,
    )
    .await?
    .unchecked_into();
    shared.fill(0, 0, shared.length());
    let hkdf = web_sys::HkdfParams::new_with_str(
        "HKDF",
        "SHA-256",
        &Uint8Array::from(info),
        &Uint8Array::from(ephemeral_public),
    );
    let aes = web_sys::AesDerivedKeyParams::new("AES-GCM", 256);
    Ok(wait(
        subtle.derive_key_with_object_and_object(&hkdf, &base, &aes, false, &usages(&[usage])),
        CryptoError::Unavailable,
    )
    .await?
    .unchecked_into())
}
