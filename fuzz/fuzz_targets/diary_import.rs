//! Any bytes given to the import must give a preview or a typed error, never a panic;
//! an accepted file must merge, round-trip exactly, and export to CSV.
#![no_main]

use libfuzzer_sys::fuzz_target;
use repere::diary::{CsvDialect, Diary};
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static HERE: OnceLock<Diary> = OnceLock::new();
    let here =
        HERE.get_or_init(|| repere::diary::synthetic::synthetic_diary(50, 1_735_689_600_000, 7));
    let Ok(raw) = std::str::from_utf8(data) else {
        return;
    };
    let before = here.clone();
    let Ok(prepared) = here.prepare_import(raw) else {
        assert_eq!(here, &before);
        return;
    };
    let preview = prepared.preview(here);
    let mut merged = here.clone();
    assert_eq!(merged.apply_import(prepared), Ok(preview));
    assert_eq!(merged.entries().len(), here.entries().len() + preview.new);

    let incoming = Diary::from_json(raw).expect("prepared, so readable");
    let text = incoming.to_json();
    let again = Diary::from_json(&text).expect("our own output reads back");
    assert_eq!(again, incoming);
    assert_eq!(again.to_json(), text);
    let _ = incoming.to_csv(CsvDialect::French);
    let _ = incoming.overview(1_735_689_600_000, 60);
    let _ = incoming.patterns(1_735_689_600_000, 60);
    if let Some(goal) = incoming.settings().goal {
        let _ = goal.progress(incoming.entries(), 1_735_689_600_000, 60);
    }
});
