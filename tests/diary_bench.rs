//! `make bench`: a diary of 10,000 entries (years of heavy use) in headless Chromium:
//! unlock (PBKDF2 + AES-GCM), parse and compute every stat, against a plain `JSON.parse`
//! of the same text in the same run. Prints its figures; asserts only that the work was real.
#![cfg(target_arch = "wasm32")]

use repere::browser::crypto::SealingKey;
use repere::diary::synthetic::synthetic_diary;
use repere::diary::{Diary, EncryptedBlob};
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
    let sealed = SealingKey::new_for("2468")
        .await
        .unwrap()
        .seal(&plaintext)
        .await
        .unwrap()
        .to_json();

    let (mut unlock, mut parse, mut stats, mut json_parse) = (vec![], vec![], vec![], vec![]);
    for _ in 0..RUNS {
        let start = now();
        let blob = EncryptedBlob::from_json(&sealed).unwrap();
        let key = SealingKey::for_blob("2468", &blob).await.unwrap();
        let text = key.open(&blob).await.unwrap();
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
    let (unlock, parse, stats, json_parse) = (
        median(unlock),
        median(parse),
        median(stats),
        median(json_parse),
    );
    let report = [
        "diary entries: 10000".to_string(),
        format!("diary stored size, plain JSON: {} B", plaintext.len()),
        format!("diary stored size, encrypted: {} B", sealed.len()),
        format!("diary unlock (PBKDF2-SHA256 600000 + AES-GCM): {unlock:.0} ms"),
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
            "diary unlock + parse + stats: {:.0} ms",
            unlock + parse + stats
        ),
    ];
    for line in report {
        console_log!("{line}");
    }
}
