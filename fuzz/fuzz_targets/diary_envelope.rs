//! Any text given as an encrypted envelope must parse or give a typed error; an accepted
//! one must write itself back identically (strict base64 has one spelling).
#![no_main]

use libfuzzer_sys::fuzz_target;
use repere::diary::EncryptedBlob;

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(blob) = EncryptedBlob::from_json(raw) {
        assert_eq!(EncryptedBlob::from_json(&blob.to_json()), Ok(blob));
    }
});
