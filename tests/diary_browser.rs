//! The diary's browser layer in headless Chromium (`make test-wasm`): the stored document
//! survives a full storage, damaged text is moved aside and never overwritten, another
//! tab's write arrives through the `storage` event, and WebCrypto seals and opens the
//! diary (and refuses a wrong key).
#![cfg(target_arch = "wasm32")]

use repere::browser::crypto::{CryptoError, SealingKey};
use repere::browser::diary_store::{self, Damage, Stored};
use repere::browser::storage::{self, StorageError};
use repere::diary::schema::{DAMAGED_STORAGE_KEY, STORAGE_KEY};
use repere::diary::{DataError, Diary, EncryptedBlob, EntryId};
use std::cell::RefCell;
use std::rc::Rc;
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

fn clean() {
    diary_store::wipe();
    storage::remove("repere.test-filler");
}

#[wasm_bindgen_test]
fn a_full_storage_is_reported_and_the_diary_in_memory_is_kept() {
    clean();
    let saved = diary_with(2);
    diary_store::write(&saved.to_storage_json()).unwrap();
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
    let mut in_memory = saved.clone();
    in_memory
        .record(EntryId::new(T, 99).unwrap(), T + 99, 120)
        .unwrap();
    let bigger = format!("{}{}", in_memory.to_storage_json(), " ".repeat(64 * 1024));
    assert_eq!(diary_store::write(&bigger), Err(StorageError::Full));
    // Nothing lost: the stored copy is the last good one, the new entry is still in memory.
    assert_eq!(
        diary_store::classify(diary_store::read_raw().as_deref()),
        Stored::Plain(saved)
    );
    assert_eq!(in_memory.entries().len(), 3);
    for k in 0..n {
        storage::remove(&format!("repere.test-filler.{k}"));
    }
    // Room again: the retry succeeds.
    diary_store::write(&in_memory.to_storage_json()).unwrap();
    assert_eq!(
        diary_store::classify(diary_store::read_raw().as_deref()),
        Stored::Plain(in_memory)
    );
    clean();
}

#[wasm_bindgen_test]
fn damaged_text_is_moved_aside_and_never_overwritten() {
    clean();
    let first = "{\"v\":1,\"settings\":{},\"entries\":[{\"id\"";
    storage::write(STORAGE_KEY, first).unwrap();
    let stored = diary_store::classify(diary_store::read_raw().as_deref());
    assert_eq!(stored, Stored::Damaged(Damage::Data(DataError::Truncated)));
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

    // A damaged envelope is recognised as such.
    let envelope = "{\"v\":1,\"cipher\":\"AES-256-GCM\",\"ciphertext\":\"?\"}";
    assert!(matches!(
        diary_store::classify(Some(envelope)),
        Stored::Damaged(Damage::Envelope(_))
    ));
    diary_store::wipe();
    assert!(diary_store::damaged_copies().is_empty());
}

#[wasm_bindgen_test]
fn another_tab_writing_is_announced_by_the_storage_event() {
    let seen: Rc<RefCell<Vec<Option<String>>>> = Rc::default();
    let record = seen.clone();
    diary_store::on_other_tab_change(move |raw| record.borrow_mut().push(raw));
    let window = web_sys::window().unwrap();
    let theirs = diary_with(3).to_json();
    let dispatch = |key: Option<&str>, value: Option<&str>| {
        let init = web_sys::StorageEventInit::new();
        init.set_key(key);
        init.set_new_value(value);
        let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
        window.dispatch_event(&event).unwrap();
    };
    dispatch(Some(STORAGE_KEY), Some(&theirs));
    dispatch(Some("repere.settings"), Some("{}"));
    dispatch(Some(STORAGE_KEY), None);
    dispatch(None, None);
    let seen = seen.borrow();
    assert_eq!(*seen, vec![Some(theirs.clone()), None, None]);
    assert_eq!(
        diary_store::classify(seen[0].as_deref()),
        Stored::Plain(diary_with(3))
    );
}

#[wasm_bindgen_test]
async fn webcrypto_seals_and_opens_and_refuses_a_wrong_pin() {
    let diary = diary_with(5);
    let json = diary.to_storage_json();
    let key = SealingKey::new_for("2468").await.unwrap();
    let sealed = key.seal(&json).await.unwrap();
    assert_eq!(sealed.salt.len(), 16);
    assert_eq!(sealed.iv.len(), 12);
    assert_eq!(sealed.iterations, 600_000);
    let text = sealed.to_json();
    assert!(
        !text.contains("1718000000000"),
        "no plaintext in the envelope"
    );

    // A second seal with the same key draws a fresh IV.
    let again = key.seal(&json).await.unwrap();
    assert_ne!(again.iv, sealed.iv);
    assert_eq!(again.salt, sealed.salt);

    let blob = EncryptedBlob::from_json(&text).unwrap();
    let started = js_sys::Date::now();
    let reopened = SealingKey::for_blob("2468", &blob).await.unwrap();
    let opened = reopened.open(&blob).await.unwrap();
    let unlock_ms = js_sys::Date::now() - started;
    assert_eq!(Diary::from_json(&opened).unwrap(), diary);
    web_sys::console::log_1(&format!("unlock (derive + decrypt): {unlock_ms} ms").into());

    let wrong = SealingKey::for_blob("1357", &blob).await.unwrap();
    assert_eq!(wrong.open(&blob).await, Err(CryptoError::WrongKey));

    // A tampered ciphertext fails the GCM tag.
    let mut tampered = blob.clone();
    tampered.ciphertext[0] ^= 1;
    assert_eq!(reopened.open(&tampered).await, Err(CryptoError::WrongKey));

    // A new PIN gets a new salt.
    let other = SealingKey::new_for("2468").await.unwrap();
    assert!(!other.fits(&blob));
}

#[wasm_bindgen_test]
async fn a_locked_note_opens_with_its_private_key_only() {
    use repere::browser::sealed_box;
    use repere::diary::inbox::{merge_notes, note_document, PUBLIC_KEY_BYTES};

    let (public_key, private_key) = sealed_box::new_key_pair().await.unwrap();
    assert_eq!(public_key.len(), PUBLIC_KEY_BYTES);
    let id = EntryId::new(1_718_000_000_000, 42).unwrap();
    let document = note_document(id, 1_718_000_000_000, 120).unwrap();

    let note = sealed_box::seal_to(&public_key, &document).await.unwrap();
    let again = sealed_box::seal_to(&public_key, &document).await.unwrap();
    assert_ne!(
        note.ephemeral_key, again.ephemeral_key,
        "a fresh ephemeral key per note"
    );
    assert_ne!(note.ciphertext, again.ciphertext);
    assert!(!String::from_utf8_lossy(&note.ciphertext).contains("1718000000000"));

    let private_key = sealed_box::import_private(&private_key).await.unwrap();
    let opened = sealed_box::open_with(&private_key, &note).await.unwrap();
    let mut diary = Diary::new();
    assert_eq!(merge_notes(&mut diary, &[opened]), Ok(1));
    assert!(diary.get(id).is_some());

    let (_, stranger) = sealed_box::new_key_pair().await.unwrap();
    let stranger = sealed_box::import_private(&stranger).await.unwrap();
    assert_eq!(
        sealed_box::open_with(&stranger, &note).await,
        Err(CryptoError::WrongKey)
    );
    let mut tampered = note.clone();
    tampered.ciphertext[0] ^= 1;
    assert_eq!(
        sealed_box::open_with(&private_key, &tampered).await,
        Err(CryptoError::WrongKey)
    );
}
