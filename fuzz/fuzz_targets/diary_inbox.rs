//! Any text given as the locked-notes inbox must parse or give a typed error, never a
//! panic; an accepted one must write itself back and read back the same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use repere::diary::inbox::Inbox;

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(inbox) = Inbox::from_json(raw) {
        assert_eq!(Inbox::from_json(&inbox.to_json()), Ok(inbox));
    }
});
