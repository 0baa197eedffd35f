//! The diary's browser layer in headless Chromium (`make test-wasm`): the stored text
//! survives a full storage, damaged text is moved aside and never overwritten, another
//! tab's write arrives through the `storage` event, the device key lives in IndexedDB and
//! cannot be read out, and WebCrypto seals and opens the diary: a wrong PIN, another
//! device's key, a changed header or byte, and a stranger's note key are all refused.
#![cfg(target_arch = "wasm32")]

use js_sys::Uint8Array;
use repere::browser::crypto::{self, CryptoError, DataKey, LegacyKey, SecretKey, UnwrapError};
use repere::browser::storage::{self, StorageError};
use repere::browser::{device_key, diary_store, sealed_box};
use repere::diary::envelope::{self, padded_len, Kdf, Lock, SealedDiary, TAG_BYTES};
use repere::diary::inbox::{note_info, note_text, parse_note};
use repere::diary::legacy::LegacyBlob;
use repere::diary::schema::{DAMAGED_STORAGE_KEY, STORAGE_KEY};
use repere::diary::stored::{classify, Damage, Stored};
use repere::diary::{DataError, Diary, EntryId, SecretKind};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const T: i64 = 1_718_000_000_000;

fn diary_with(n: u64) -> Diary {
    let mut diary = Diary::new();
    for random in 0..n {
        diary
            .record(EntryId::new(T, random).unwrap(), T + random as i64, 120)
            .unwrap();
    }
    diary
}

async fn clean() {
    diary_store::wipe().await;
    storage::remove("repere.test-filler");
}

/// A device key of our own for the test (the same kind `device_key::create` makes).
async fn some_device_key() -> web_sys::CryptoKey {
    device_key::create().await.unwrap().key
}

fn pin_lock(kdf: Kdf) -> Lock {
    Lock::Secret {
        kind: SecretKind::Pin,
        kdf,
    }
}

/// The diary sealed as the app stores it under a PIN and `device`.
async fn sealed_under_pin(device: &web_sys::CryptoKey, pin: &str, json: &str) -> SealedDiary {
    let kdf = crypto::new_kdf().unwrap();
    let secret = SecretKey::derive(pin, &kdf).await.unwrap();
    let (key, wrapped) = DataKey::new_wrapped(device, Some(&secret)).await.unwrap();
    key.seal_diary(json, &pin_lock(kdf), &wrapped)
        .await
        .unwrap()
}

#[wasm_bindgen_test]
async fn a_full_storage_is_reported_and_what_was_stored_is_kept() {
    clean().await;
    let saved = diary_with(2).to_storage_json();
    diary_store::write(&saved).unwrap();
    // Fill the origin's quota with a value over 10 MB: refused whole.
    let filler = "x".repeat(11 * 1024 * 1024);
    assert_eq!(
        storage::write("repere.test-filler", &filler),
        Err(StorageError::Full)
    );
    // Then fill what is left, so that the next write of the diary cannot fit.
    let mut chunk = 4 * 1024 * 1024;
    let mut n = 0;
    while chunk >= 1024 {
        if storage::write(&format!("repere.test-filler.{n}"), &"y".repeat(chunk)).is_ok() {
            n += 1;
        } else {
            chunk /= 2;
        }
    }
    let bigger = format!(
        "{}{}",
        diary_with(3).to_storage_json(),
        " ".repeat(64 * 1024)
    );
    assert_eq!(diary_store::write(&bigger), Err(StorageError::Full));
    // The stored copy is the last one that fitted, untouched by the failed write.
    assert_eq!(diary_store::read_raw().as_deref(), Some(saved.as_str()));
    for k in 0..n {
        storage::remove(&format!("repere.test-filler.{k}"));
    }
    // Room again: the retry succeeds.
    diary_store::write(&bigger).unwrap();
    assert_eq!(diary_store::read_raw().as_deref(), Some(bigger.as_str()));
    clean().await;
}

#[wasm_bindgen_test]
async fn damaged_text_is_moved_aside_and_never_overwritten() {
    clean().await;
    let first = "{\"v\":1,\"settings\":{},\"entries\":[{\"id\"";
    storage::write(STORAGE_KEY, first).unwrap();
    assert_eq!(
        classify(diary_store::read_raw().as_deref()),
        Stored::Damaged(Damage::Data(DataError::Truncated))
    );
    diary_store::move_aside(first, T).unwrap();
    assert_eq!(storage::read(DAMAGED_STORAGE_KEY).as_deref(), Some(first));
    assert_eq!(storage::read(STORAGE_KEY), None);

    // A second damaged text goes to a key of its own.
    let second = "not json at all";
    storage::write(STORAGE_KEY, second).unwrap();
    diary_store::move_aside(second, T).unwrap();
    assert_eq!(storage::read(DAMAGED_STORAGE_KEY).as_deref(), Some(first));
    assert_eq!(
        diary_store::damaged_copies(),
        vec![first.to_string(), second.to_string()]
    );
    clean().await;
    assert!(diary_store::damaged_copies().is_empty());
}

#[wasm_bindgen_test]
fn another_tab_writing_is_announced_by_the_storage_event() {
    let seen: Rc<RefCell<Vec<Option<String>>>> = Rc::default();
    let record = seen.clone();
    diary_store::on_other_tab_change(move |raw| record.borrow_mut().push(raw));
    let window = web_sys::window().unwrap();
    let dispatch = |key: Option<&str>, value: Option<&str>| {
        let init = web_sys::StorageEventInit::new();
        init.set_key(key);
        init.set_new_value(value);
        let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
        window.dispatch_event(&event).unwrap();
    };
    dispatch(Some(STORAGE_KEY), Some("theirs"));
    dispatch(Some("repere.settings"), Some("{}"));
    dispatch(Some(STORAGE_KEY), None);
    dispatch(None, None);
    assert_eq!(*seen.borrow(), vec![Some("theirs".to_string()), None, None]);
}

#[wasm_bindgen_test]
async fn the_device_key_lives_in_indexeddb_and_cannot_be_read_out() {
    clean().await;
    assert!(device_key::load().await.unwrap().is_none());
    let made = device_key::create().await.unwrap();
    let loaded = device_key::load().await.unwrap().unwrap();
    assert_eq!(loaded.id, made.id);
    assert_eq!(loaded.protected, None);
    assert!(
        !loaded.key.extractable(),
        "page scripts can use it, never read it"
    );
    let subtle = web_sys::window().unwrap().crypto().unwrap().subtle();
    let exported = JsFuture::from(subtle.export_key("raw", &loaded.key).unwrap()).await;
    assert!(exported.is_err(), "exportKey is refused");

    let protected = device_key::set_protected(&loaded, Some(SecretKind::Password))
        .await
        .unwrap();
    assert_eq!(protected.protected, Some(SecretKind::Password));
    assert_eq!(
        device_key::load().await.unwrap().unwrap().protected,
        Some(SecretKind::Password)
    );

    // A wipe deletes it: nothing sealed under it opens any more.
    diary_store::wipe().await;
    assert!(device_key::load().await.unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_diary_is_sealed_padded_and_opens_only_with_this_device_and_the_pin() {
    clean().await;
    let device = some_device_key().await;
    let json = diary_with(5).to_storage_json();
    let sealed = sealed_under_pin(&device, "827193", &json).await;
    let text = sealed.to_json();
    assert_eq!(SealedDiary::from_json(&text).as_ref(), Ok(&sealed));

    // Real checks that nothing is readable: the bytes hold no run of the plaintext, and
    // the length is the padded size plus the tag, whatever the number of entries.
    assert_eq!(sealed.ciphertext.len(), padded_len(json.len()) + TAG_BYTES);
    let sealed_one = sealed_under_pin(&device, "827193", &diary_with(1).to_storage_json()).await;
    assert_eq!(
        sealed_one.ciphertext.len(),
        sealed.ciphertext.len(),
        "the size does not tell the count"
    );
    for window in json.as_bytes().windows(8) {
        assert!(
            !sealed.ciphertext.windows(8).any(|bytes| bytes == window),
            "plaintext bytes in the ciphertext"
        );
    }

    let Lock::Secret { kdf, .. } = &sealed.lock else {
        panic!("a PIN lock")
    };
    let started = js_sys::Date::now();
    let secret = SecretKey::derive("827193", kdf).await.unwrap();
    let key = DataKey::unwrap(&device, Some(&secret), &sealed.wrapped_key)
        .await
        .unwrap();
    let opened = key.open_diary(&sealed).await.unwrap();
    web_sys::console::log_1(
        &format!(
            "unlock (PBKDF2 + unwrap twice + open): {} ms",
            js_sys::Date::now() - started
        )
        .into(),
    );
    assert_eq!(opened.trim_end(), json);
    assert_eq!(Diary::from_json(&opened).unwrap(), diary_with(5));

    // A wrong PIN is told apart from another device's key.
    let wrong = SecretKey::derive("827194", kdf).await.unwrap();
    assert_eq!(
        DataKey::unwrap(&device, Some(&wrong), &sealed.wrapped_key)
            .await
            .err(),
        Some(UnwrapError::Secret)
    );
    // A copy of the storage on another browser: its device key differs, so even the right
    // PIN opens nothing there.
    let elsewhere = some_device_key().await;
    assert_eq!(
        DataKey::unwrap(&elsewhere, Some(&secret), &sealed.wrapped_key)
            .await
            .err(),
        Some(UnwrapError::Device)
    );

    // One flipped byte anywhere, or a header changed, fails the tag.
    let mut flipped = sealed.clone();
    flipped.ciphertext[3] ^= 1;
    assert_eq!(key.open_diary(&flipped).await, Err(CryptoError::WrongKey));
    let mut other_iv = sealed.clone();
    other_iv.iv[0] ^= 1;
    assert_eq!(key.open_diary(&other_iv).await, Err(CryptoError::WrongKey));
    let relabelled = SealedDiary {
        lock: pin_lock(Kdf::new(vec![1; 16]).unwrap()),
        ..sealed.clone()
    };
    assert_eq!(
        key.open_diary(&relabelled).await,
        Err(CryptoError::WrongKey),
        "the header is bound"
    );
    let mut slot = sealed.wrapped_key.clone();
    slot[20] ^= 1;
    assert_eq!(
        DataKey::unwrap(&device, Some(&secret), &slot).await.err(),
        Some(UnwrapError::Device)
    );

    // A second seal draws a fresh IV.
    let (again_key, again_wrapped) = (key.clone(), sealed.wrapped_key.clone());
    let again = again_key
        .seal_diary(&json, &sealed.lock, &again_wrapped)
        .await
        .unwrap();
    assert_ne!(again.iv, sealed.iv);
    clean().await;
}

#[wasm_bindgen_test]
async fn a_device_only_diary_opens_with_the_device_key_alone() {
    let device = some_device_key().await;
    let (key, wrapped) = DataKey::new_wrapped(&device, None).await.unwrap();
    assert_eq!(wrapped.len(), envelope::WRAPPED_ONCE_BYTES);
    let sealed = key
        .seal_diary(
            "{\"v\":1,\"settings\":{},\"entries\":[]}",
            &Lock::Device,
            &wrapped,
        )
        .await
        .unwrap();
    let reopened = DataKey::unwrap(&device, None, &sealed.wrapped_key)
        .await
        .unwrap();
    assert_eq!(
        reopened.open_diary(&sealed).await.unwrap().trim_end(),
        "{\"v\":1,\"settings\":{},\"entries\":[]}"
    );
    let elsewhere = some_device_key().await;
    assert_eq!(
        DataKey::unwrap(&elsewhere, None, &sealed.wrapped_key)
            .await
            .err(),
        Some(UnwrapError::Device)
    );
}

#[wasm_bindgen_test]
async fn a_locked_note_opens_with_its_private_key_and_recipient_only() {
    let (public_key, private_key) = sealed_box::new_key_pair().await.unwrap();
    let id = EntryId::new(T, 42).unwrap();
    let text = note_text(id, T, 120).unwrap();
    let info = note_info(&public_key);
    let note = sealed_box::seal_to(&public_key, &text, &info)
        .await
        .unwrap();
    let again = sealed_box::seal_to(&public_key, &text, &info)
        .await
        .unwrap();
    assert_ne!(
        note.ephemeral_key, again.ephemeral_key,
        "a fresh ephemeral key per note"
    );
    assert!(!note
        .ciphertext
        .windows(8)
        .any(|bytes| text.as_bytes().windows(8).any(|w| w == bytes)));

    let private = sealed_box::import_private(&private_key).await.unwrap();
    let opened = sealed_box::open_with(&private, &note, &info).await.unwrap();
    assert_eq!(parse_note(&opened).unwrap().id, id);

    let (stranger_public, stranger) = sealed_box::new_key_pair().await.unwrap();
    let stranger = sealed_box::import_private(&stranger).await.unwrap();
    assert_eq!(
        sealed_box::open_with(&stranger, &note, &info).await,
        Err(CryptoError::WrongKey)
    );
    // Bound to its recipient: the info naming another key does not open it.
    assert_eq!(
        sealed_box::open_with(&private, &note, &note_info(&stranger_public)).await,
        Err(CryptoError::WrongKey)
    );
    let mut tampered = note.clone();
    tampered.ciphertext[0] ^= 1;
    assert_eq!(
        sealed_box::open_with(&private, &tampered, &info).await,
        Err(CryptoError::WrongKey)
    );
}

#[wasm_bindgen_test]
async fn an_exported_file_opens_with_its_password_anywhere_and_only_with_it() {
    let json = diary_with(3).to_json();
    let file = crypto::seal_file("chat bleu sous la pluie", &json)
        .await
        .unwrap();
    assert_eq!(
        crypto::open_file("chat bleu sous la pluie", &file)
            .await
            .unwrap()
            .trim_end(),
        json
    );
    assert_eq!(
        crypto::open_file("chat bleu sous la pluis", &file).await,
        Err(CryptoError::WrongKey)
    );
    let mut flipped = file.clone();
    flipped.ciphertext[0] ^= 1;
    assert_eq!(
        crypto::open_file("chat bleu sous la pluie", &flipped).await,
        Err(CryptoError::WrongKey)
    );
}

/// A format-1 blob, sealed the way an earlier Repère did (PBKDF2 straight to AES-GCM,
/// no additional data), built here with WebCrypto directly.
async fn legacy_blob(secret: &str, plaintext: &str) -> LegacyBlob {
    let subtle = web_sys::window().unwrap().crypto().unwrap().subtle();
    let salt = vec![3u8; 16];
    let iv = vec![4u8; 12];
    let usages = |list: &[&str]| {
        list.iter()
            .map(|u| wasm_bindgen::JsValue::from_str(u))
            .collect::<js_sys::Array>()
    };
    let base: web_sys::CryptoKey = JsFuture::from(
        subtle
            .import_key_with_str(
                "raw",
                &Uint8Array::from(secret.as_bytes()),
                "PBKDF2",
                false,
                &usages(&["deriveKey"]),
            )
            .unwrap(),
    )
    .await
    .unwrap()
    .unchecked_into();
    let params = web_sys::Pbkdf2Params::new_with_str(
        "PBKDF2",
        "SHA-256",
        600_000,
        &Uint8Array::from(&salt[..]),
    );
    let aes = web_sys::AesDerivedKeyParams::new("AES-GCM", 256);
    let key: web_sys::CryptoKey = JsFuture::from(
        subtle
            .derive_key_with_object_and_object(&params, &base, &aes, false, &usages(&["encrypt"]))
            .unwrap(),
    )
    .await
    .unwrap()
    .unchecked_into();
    let gcm = web_sys::AesGcmParams::new("AES-GCM", &Uint8Array::from(&iv[..]));
    let sealed = JsFuture::from(
        subtle
            .encrypt_with_object_and_buffer_source(
                &gcm,
                &key,
                &Uint8Array::from(plaintext.as_bytes()),
            )
            .unwrap(),
    )
    .await
    .unwrap();
    LegacyBlob::new(600_000, salt, iv, Uint8Array::new(&sealed).to_vec()).unwrap()
}

#[wasm_bindgen_test]
async fn a_diary_sealed_by_an_earlier_repere_still_opens_with_its_pin() {
    let json = diary_with(2).to_storage_json();
    let blob = legacy_blob("2468", &json).await;
    let key = LegacyKey::derive("2468", &blob).await.unwrap();
    assert_eq!(key.open(&blob).await.unwrap(), json);
    assert!(key.fits(&blob));
    let wrong = LegacyKey::derive("1357", &blob).await.unwrap();
    assert_eq!(wrong.open(&blob).await, Err(CryptoError::WrongKey));
    assert!(matches!(
        classify(Some(&blob.to_json())),
        Stored::LegacySealed(_)
    ));
}
