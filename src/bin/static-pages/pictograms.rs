//! Line drawings for the guide, inline SVG (no file to fetch, nothing to decode). Each is
//! decorative: the text next to it says everything. Strokes follow the text colour;
//! `class="hl"` marks the part that matters (the danger, or the limb that moves) and
//! `class="dot"` a filled shape.

/// A 48×48 pictogram for a step, by the name `src/help.rs` gives it.
pub fn step(name: &str) -> Option<&'static str> {
    Some(match name {
        // Signs to call 15 for.
        "chest" => concat!(
            r#"<circle cx="24" cy="8" r="5"/>"#,
            r#"<path d="M10 45V28c0-7 6-12 14-12s14 5 14 12v17"/>"#,
            r#"<path class="hl" d="M20 27c-2-3-7-1-4 3l4 4 4-4c3-4-2-6-4-3z"/>"#,
            r#"<path class="hl" d="M31 24l5-3M32 30h6M31 36l5 3"/>"#,
        ),
        "breath" => concat!(
            r#"<path d="M24 5v15M24 20l-4 4M24 20l4 4"/>"#,
            r#"<path d="M20 17c-5-3-11 3-12 13-1 7 1 12 6 12 4 0 6-3 6-7z"/>"#,
            r#"<path d="M28 17c5-3 11 3 12 13 1 7-1 12-6 12-4 0-6-3-6-7z"/>"#,
            r#"<path class="hl" d="M4 8l6 4M44 8l-6 4M2 20h5M46 20h-5"/>"#,
        ),
        "seizure" => concat!(
            r#"<circle cx="8" cy="34" r="4"/>"#,
            r#"<path d="M12 34h22M34 34l10-5M34 34l10 5M19 34l5-8M19 34l5 8"/>"#,
            r#"<path class="hl" d="M8 22l3-4 3 4 3-4 3 4M26 18l3-4 3 4 3-4 3 4"/>"#,
        ),
        "faint" => concat!(
            r#"<circle cx="8" cy="38" r="4"/>"#,
            r#"<path d="M12 38h32M14 42h26"/>"#,
            r#"<path class="hl" d="M20 14a5 5 0 1 1 6 5c-1.5.7-2 1.6-2 3.5M24 28v.5"/>"#,
        ),
        "heat" => concat!(
            r#"<path d="M18 30V9a4 4 0 0 1 8 0v21a7.5 7.5 0 1 1-8 0z"/>"#,
            r#"<path class="hl" d="M22 14v18"/>"#,
            r#"<circle class="hl dot" cx="22" cy="36" r="3.5"/>"#,
            r#"<path class="hl" d="M33 12c2.5 2.5 2.5 5 0 7.5s-2.5 5 0 7.5M40 10c2.5 2.5 2.5 5 0 7.5s-2.5 5 0 7.5"/>"#,
        ),
        "stroke" => concat!(
            r#"<circle cx="24" cy="24" r="19"/>"#,
            r#"<path d="M15 19h5M28 21h5"/>"#,
            r#"<path class="hl" d="M15 31c4 1.5 8 1.5 10 0 3 1.5 6 4 8 7"/>"#,
        ),
        "panic" => concat!(
            r#"<path d="M13 44v-6c-4-3-6-8-6-13 0-10 8-18 18-18s16 7 16 16c0 3-1 5-2 7l3 5-4 1v4c0 2-2 4-5 4h-4v3"/>"#,
            r#"<path class="hl" d="M25 24a2 2 0 1 1 2 2 5 5 0 1 1-5-5 8 8 0 1 1 8 8"/>"#,
        ),
        // On the phone.
        "where" => concat!(
            r#"<path d="M24 44S11 31 11 20a13 13 0 0 1 26 0c0 11-13 24-13 24z"/>"#,
            r#"<circle class="hl" cx="24" cy="20" r="5"/>"#,
        ),
        "what" => concat!(
            r#"<path d="M6 34c0-6 5-9 9-8 3-4 10-3 11 2 4 1 5 7 1 10-4 4-18 4-21-4z"/>"#,
            r#"<path class="hl" d="M29 17l7-7a4.5 4.5 0 0 1 6.4 6.4l-7 7a4.5 4.5 0 0 1-6.4-6.4zM32.5 13.5l6.4 6.4"/>"#,
        ),
        "since" => concat!(
            r#"<circle cx="24" cy="26" r="17"/>"#,
            r#"<path d="M19 4h10M24 4v5"/>"#,
            r#"<path class="hl" d="M24 15v11l7 5"/>"#,
        ),
        // While waiting.
        "stay" => concat!(
            r#"<circle cx="8" cy="38" r="4"/>"#,
            r#"<path d="M12 38h32"/>"#,
            r#"<circle cx="30" cy="8" r="4"/>"#,
            r#"<path d="M30 12l-2 12 8 4v8M28 24l-8 8"/>"#,
            r#"<path class="hl" d="M20 32l-2 3"/>"#,
        ),
        "cool" => concat!(
            r#"<path class="hl" d="M14 6c-5 7-7 11-7 14a7 7 0 0 0 14 0c0-3-2-7-7-14zM33 14c-3 4-4 6-4 8a4 4 0 0 0 8 0c0-2-1-4-4-8z"/>"#,
            r#"<path d="M8 34h26a4 4 0 1 0-4-4M8 41h18a3 3 0 1 1-3 3"/>"#,
        ),
        "protect-head" => concat!(
            r#"<circle cx="16" cy="22" r="7"/>"#,
            r#"<path d="M23 24h22"/>"#,
            r#"<path class="hl" d="M4 32h26l2 6H6zM10 35h16"/>"#,
        ),
        "side" => concat!(
            r#"<circle cx="8" cy="28" r="4"/>"#,
            r#"<path d="M12 30h14l9 8h8M26 30l8-2 8 2M10 34l6 2"/>"#,
            r#"<path d="M2 42h44"/>"#,
            r#"<path class="hl" d="M30 6c7 1 11 6 11 12M41 18l-4-3M41 18l3-4"/>"#,
        ),
        "compressions" => concat!(
            r#"<circle cx="6" cy="38" r="4"/>"#,
            r#"<path d="M10 38h34"/>"#,
            r#"<path d="M16 33h12v5H16z"/>"#,
            r#"<path class="hl" d="M22 6v20M16 20l6 6 6-6"/>"#,
        ),
        "no-drink" => concat!(
            r#"<path d="M14 8h20l-3 34H17z"/>"#,
            r#"<path d="M15.5 18h17"/>"#,
            r#"<path class="hl" d="M6 6l36 36"/>"#,
        ),
        // Mixing.
        "alcohol" => concat!(
            r#"<path d="M9 6h6v7l3 5v24H6V18l3-5z"/>"#,
            r#"<path class="hl" d="M22 26h7M25.5 22.5v7"/>"#,
            r#"<path d="M32 33c0-4 3-6 6-5 2-2 6-1 6 2 2 1 2 5-1 6-3 2-10 2-11-3z"/>"#,
        ),
        "downers" => concat!(
            r#"<path d="M6 21l8-8a5 5 0 0 1 7 7l-8 8a5 5 0 0 1-7-7zM10 17l7 7"/>"#,
            r#"<path d="M34 14v8M30 20c-3-2-7 2-7 9 0 4 1 7 4 7 2 0 3-2 3-4zM38 20c3-2 7 2 7 9 0 4-1 7-4 7-2 0-3-2-3-4z"/>"#,
            r#"<path class="hl" d="M22 42L46 12"/>"#,
        ),
        "naloxone" => concat!(
            r#"<path d="M16 20h14v22H16zM20 20v-5h6v5M21 15l2-9 2 9"/>"#,
            r#"<path class="hl" d="M38 22v10M33 27h10"/>"#,
        ),
        "pharmacy" => r#"<path class="hl" d="M19 6h10v13h13v10H29v13H19V29H6V19h13z"/>"#,
        "call-after" => concat!(
            r#"<path d="M13 6h7l3 9-5 3a23 23 0 0 0 11 11l3-5 9 3v7a4 4 0 0 1-4 4C20 38 9 27 9 10a4 4 0 0 1 4-4z"/>"#,
            r#"<path class="hl" d="M30 6a12 12 0 0 1 12 12M30 12a6 6 0 0 1 6 6"/>"#,
        ),
        // Safer smoking.
        "own-pipe" => concat!(
            r#"<path d="M10 30l28-14M14 38l28-14"/>"#,
            r#"<path class="hl" d="M4 33l8-4 4 8-8 4z"/>"#,
            r#"<path d="M38 16l4 8"/>"#,
        ),
        "filter" => concat!(
            r#"<circle cx="24" cy="24" r="17"/>"#,
            r#"<path class="hl" d="M14 14v20M19 9v30M24 7v34M29 9v30M34 14v20M10 18h28M8 24h32M10 30h28"/>"#,
        ),
        "lips" => concat!(
            r#"<path d="M6 26c6-7 11-8 18-4 7-4 12-3 18 4-6 9-30 9-36 0z"/>"#,
            r#"<path d="M6 26h36"/>"#,
            r#"<path class="hl" d="M30 14l3 4-3 3 3 4"/>"#,
        ),
        "care" => concat!(
            r#"<path d="M4 12h11l-2 22H6zM5 20h9"/>"#,
            r#"<path d="M19 26h16a8 8 0 0 1-16 0zM24 20c-1-2 1-3 0-5M30 20c-1-2 1-3 0-5"/>"#,
            r#"<path class="hl" d="M43 8a8 8 0 1 0 3 15 7 7 0 0 1-3-15z"/>"#,
        ),
        "bicarbonate" => concat!(
            r#"<path d="M5 18h16v22H5z"/>"#,
            r#"<path class="hl" d="M9 29l3 3 6-7"/>"#,
            r#"<path d="M30 10h6v6l4 5v19H26V21l4-5z"/>"#,
            r#"<path class="hl" d="M28 26l10 10M38 26L28 36"/>"#,
        ),
        "less" => concat!(
            r#"<path d="M3 30c0-8 6-12 11-11 4-4 12-3 13 3 5 1 6 9 1 12-5 5-22 5-25-4z"/>"#,
            r#"<path class="hl" d="M30 27h8M35 23l4 4-4 4"/>"#,
            r#"<path d="M40 30c0-2 2-4 4-3 1-1 3 0 3 1 1 1 1 3-1 4-2 1-5 1-6-2z"/>"#,
        ),
        "together" => concat!(
            r#"<circle cx="15" cy="12" r="5"/>"#,
            r#"<circle cx="33" cy="12" r="5"/>"#,
            r#"<path d="M5 44c0-12 4-22 10-22s10 10 10 22M23 44c0-12 4-22 10-22s10 10 10 22"/>"#,
            r#"<path class="hl" d="M20 30h8"/>"#,
        ),
        _ => return None,
    })
}

/// A 120×64 picture of one recovery-position move, seen from above: head on the left,
/// the helper (drawn small, bottom right) on the near side. The limb that moves is
/// highlighted.
pub fn recovery(name: &str) -> Option<&'static str> {
    Some(match name {
        "pls-1" => concat!(
            r#"<circle cx="16" cy="32" r="7"/>"#,
            r#"<path d="M30 22h30a8 8 0 0 1 8 8v4a8 8 0 0 1-8 8H30a8 8 0 0 1-8-8v-4a8 8 0 0 1 8-8z"/>"#,
            r#"<path d="M30 23l16-7h14M66 27h40M66 37h30"/>"#,
            r#"<path class="hl" d="M30 41v17H13M13 58l4-3M13 58l4 3"/>"#,
            r#"<path class="helper" d="M110 50a4 4 0 1 1 0-.1M102 64c0-5 4-8 8-8s8 3 8 8"/>"#,
        ),
        "pls-2" => concat!(
            r#"<circle cx="16" cy="32" r="7"/>"#,
            r#"<path d="M30 22h30a8 8 0 0 1 8 8v4a8 8 0 0 1-8 8H30a8 8 0 0 1-8-8v-4a8 8 0 0 1 8-8z"/>"#,
            r#"<path d="M30 41v17H13M66 27h40M66 37h30"/>"#,
            r#"<path class="hl" d="M30 23l12 11-20 6"/>"#,
            r#"<path class="helper" d="M110 50a4 4 0 1 1 0-.1M102 64c0-5 4-8 8-8s8 3 8 8"/>"#,
        ),
        "pls-3" => concat!(
            r#"<circle cx="16" cy="32" r="7"/>"#,
            r#"<path d="M30 22h30a8 8 0 0 1 8 8v4a8 8 0 0 1-8 8H30a8 8 0 0 1-8-8v-4a8 8 0 0 1 8-8z"/>"#,
            r#"<path d="M30 41v17H13M30 23l12 11-20 6M66 37h30"/>"#,
            r#"<path class="hl" d="M66 27l18-19 12 19h10"/>"#,
            r#"<path class="helper" d="M110 50a4 4 0 1 1 0-.1M102 64c0-5 4-8 8-8s8 3 8 8"/>"#,
        ),
        // On the side, facing the helper: the head on the hand, the top leg bent at the
        // hip and the knee, its knee on the ground; the arrow shows the roll.
        "pls-4" => concat!(
            r#"<circle cx="16" cy="30" r="7"/>"#,
            r#"<path d="M30 24h30a6 6 0 0 1 6 6v0a6 6 0 0 1-6 6H30a6 6 0 0 1-6-6v0a6 6 0 0 1 6-6z"/>"#,
            r#"<path d="M28 36v20H12M32 36l10 10-20-7M66 28h40"/>"#,
            r#"<path class="hl" d="M66 34l2 22h26M46 4c9 1 14 6 15 14M61 18l-5-3M61 18l3-5"/>"#,
            r#"<path class="helper" d="M110 50a4 4 0 1 1 0-.1M102 64c0-5 4-8 8-8s8 3 8 8"/>"#,
        ),
        _ => return None,
    })
}
