//! `make bench`: a diary of 10,000 entries (years of heavy use) in headless Chromium:
//! the read when the diary screen opens (the device key from IndexedDB, the envelope), the
//! unlock once the PIN is typed (PBKDF2, two unwraps, AES-GCM), parse and compute every
//! stat, against a bare PBKDF2 of 600,000 rounds and a plain `JSON.parse` of the
//! same text in the same run. Prints its figures; asserts only that the work was real.
#![cfg(target_arch = "wasm32")]

use js_sys::Uint8Array;
use repere::browser::crypto::{self, DataKey, SecretKey};
use repere::browser::{device_key, diary_store};
use repere::diary::envelope::{Lock, SealedDiary};
use repere::diary::synthetic::synthetic_diary;
use repere::diary::{Diary, SecretKind};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW_MS: i64 = 1_718_000_000_000;
const OFFSET_MIN: i16 = 120;
const RUNS: usize = 5;

fn now() -> f64 {
    js_sys::Date::now()
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

#[wasm_bindgen_test]
async fn diary_of_ten_thousand_entries() {
    let diary = synthetic_diary(10_000, NOW_MS, 7);
    let plaintext = diary.to_storage_json();
    diary_store::wipe().await;
    device_key::create().await.unwrap();
    let kdf = crypto::new_kdf().unwrap();
    let secret = SecretKey::derive("827193", &kdf).await.unwrap();
    let device = device_key::load().await.unwrap().unwrap();
    let (key, wrapped) = DataKey::new_wrapped(&device.key, Some(&secret))
        .await
        .unwrap();
    let lock = Lock::Secret {
        kind: SecretKind::Pin,
        kdf: kdf.clone(),
    };
    let sealed = key
        .seal_diary(&plaintext, &lock, &wrapped)
        .await
        .unwrap()
        .to_json();

    let (mut read, mut unlock, mut bare, mut parse, mut stats, mut json_parse) =
        (vec![], vec![], vec![], vec![], vec![], vec![]);
    for _ in 0..RUNS {
        let start = now();
        bare_pbkdf2("827193", &kdf.salt).await;
        bare.push(now() - start);

        // What the diary screen does when first shown, while the PIN is being typed.
        let start = now();
        let device = device_key::load().await.unwrap().unwrap();
        let blob = SealedDiary::from_json(&sealed).unwrap();
        let Lock::Secret { kdf, .. } = &blob.lock else {
            unreachable!("sealed under a PIN above")
        };
        read.push(now() - start);

        // What "Open" does with the PIN (`DiaryState::unlock`).
        let start = now();
        let secret = SecretKey::derive("827193", kdf).await.unwrap();
        let key = DataKey::unwrap(&device.key, Some(&secret), &blob.wrapped_key)
            .await
            .unwrap();
        let text = key.open_diary(&blob).await.unwrap();
        let unlocked = now();
        let loaded = Diary::from_json(&text).unwrap();
        let parsed = now();
        let overview = loaded.overview(NOW_MS, OFFSET_MIN);
        let series = loaded.daily_series(NOW_MS, OFFSET_MIN);
        let patterns = loaded.patterns(NOW_MS, OFFSET_MIN);
        let done = now();
        assert_eq!(loaded.entries().len(), 10_000);
        assert_eq!(series.len(), 30);
        std::hint::black_box((overview, patterns));
        unlock.push(unlocked - start);
        parse.push(parsed - unlocked);
        stats.push(done - parsed);

        let start = now();
        let value = js_sys::JSON::parse(&text).unwrap();
        json_parse.push(now() - start);
        assert!(value.is_object());
    }
    let (read, unlock, bare, parse, stats, json_parse) = (
        median(read),
        median(unlock),
        median(bare),
        median(parse),
        median(stats),
        median(json_parse),
    );
    let report = [
        "diary entries: 10000".to_string(),
        format!("diary stored size, plain JSON: {} B", plaintext.len()),
        format!("diary stored size, encrypted: {} B", sealed.len()),
        format!("diary read when its screen opens (device key + envelope): {read:.0} ms"),
        format!("diary unlock (PBKDF2-SHA256 600000 + two unwraps + AES-GCM): {unlock:.0} ms"),
        format!("bare PBKDF2-SHA256 600000 in the same run: {bare:.0} ms"),
        format!(
            "diary unlock ÷ bare PBKDF2: {:.2} (goal ≤ 1.3)",
            unlock / bare.max(1.0)
        ),
        format!("diary parse (Rust): {parse:.0} ms"),
        format!("diary every stat: {stats:.0} ms"),
        format!(
            "diary parse + stats: {:.0} ms (goal ≤ 150 ms)",
            parse + stats
        ),
        format!("JSON.parse of the same text: {json_parse:.0} ms"),
        format!(
            "diary parse + stats ÷ JSON.parse: {:.1} (goal ≤ 3)",
            (parse + stats) / json_parse.max(1.0)
        ),
        format!(
            "diary read + unlock + parse + stats: {:.0} ms",
            read + unlock + parse + stats
        ),
    ];
    for line in report {
        console_log!("{line}");
    }
}

/// PBKDF2-SHA256, 600,000 rounds, 256 bits: the floor any unlock pays.
async fn bare_pbkdf2(secret: &str, salt: &[u8]) {
    let subtle = web_sys::window().unwrap().crypto().unwrap().subtle();
    let usages: js_sys::Array = [wasm_bindgen::JsValue::from_str("deriveBits")]
        .into_iter()
        .collect();
    let base: web_sys::CryptoKey = JsFuture::from(
        subtle
            .import_key_with_str(
                "raw",
                &Uint8Array::from(secret.as_bytes()),
                "PBKDF2",
                false,
                &usages,
            )
            .unwrap(),
    )
    .await
    .unwrap()
    .unchecked_into();
    let params =
        web_sys::Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", 600_000, &Uint8Array::from(salt));
    let bits = JsFuture::from(subtle.derive_bits_with_object(&params, &base, 256).unwrap())
        .await
        .unwrap();
    assert_eq!(Uint8Array::new(&bits).length(), 32);
}
