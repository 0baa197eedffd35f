//! The locked notes' inbox and a carried-over diary are read from storage anyone with the
//! phone can write: any text must parse or give a typed error, an accepted one must write
//! itself back identically, and a note's plaintext is one bare use or refused.
#![no_main]

use libfuzzer_sys::fuzz_target;
use repere::diary::inbox::{parse_note, Carry, Inbox};
use repere::diary::legacy::{parse_legacy_note, LegacyInbox};

fuzz_target!(|data: &[u8]| {
    let Ok(raw) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(inbox) = Inbox::from_json(raw) {
        assert_eq!(Inbox::from_json(&inbox.to_json()), Ok(inbox));
    }
    if let Ok(carry) = Carry::from_json(raw) {
        assert_eq!(Carry::from_json(&carry.to_json()), Ok(carry));
    }
    let _ = LegacyInbox::from_json(raw);
    if let Ok(entry) = parse_note(raw) {
        assert!(
            entry.route.is_none() && entry.note.is_none(),
            "a note holds a bare use"
        );
    }
    if let Ok(entry) = parse_legacy_note(raw) {
        assert!(entry.route.is_none() && entry.note.is_none());
    }
});
