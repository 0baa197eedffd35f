//! Any text found in storage or given as a file must be classified, or give a typed error,
//! never a panic; an accepted envelope must write itself back identically (strict base64
//! has one spelling), and classify the same way again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use repere::diary::legacy::LegacyBlob;
use repere::diary::stored::{classify, classify_file, ImportFile, Stored};
use repere::diary::{SealedDiary, SealedFile};

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else {
        return;
    };
    match classify(Some(raw)) {
        Stored::Sealed(sealed) => {
            assert_eq!(SealedDiary::from_json(&sealed.to_json()), Ok(sealed));
        }
        Stored::LegacySealed(blob) => {
            assert_eq!(LegacyBlob::from_json(&blob.to_json()), Ok(blob));
        }
        Stored::LegacyPlain(diary) => {
            assert_eq!(classify(Some(&diary.to_json())), Stored::LegacyPlain(diary));
        }
        Stored::Nothing | Stored::Damaged(_) => {}
    }
    if let ImportFile::Sealed(file) = classify_file(raw) {
        assert_eq!(SealedFile::from_json(&file.to_json()), Ok(file));
    }
});
