//! Standard base64 (RFC 4648, with padding) for the encrypted envelope, written here rather
//! than taken from a crate: the envelope needs nothing more, and the wasm build stays small.

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Not a base64 digit.
const INVALID: u8 = 0xff;

/// Each byte's sextet, or `INVALID`: one lookup per character in the hot loop (the
/// diary's ciphertext is megabytes, decoded at every open and encoded at every save).
const SEXTETS: [u8; 256] = {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < 64 {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
};

pub fn encode(bytes: &[u8]) -> String {
    let mut text = Vec::with_capacity(bytes.len().div_ceil(3) * 4);
    let digit = |n: u32, shift: u32| ALPHABET[(n >> shift & 63) as usize];
    let mut triples = bytes.chunks_exact(3);
    for triple in triples.by_ref() {
        let n = u32::from(triple[0]) << 16 | u32::from(triple[1]) << 8 | u32::from(triple[2]);
        text.extend_from_slice(&[digit(n, 18), digit(n, 12), digit(n, 6), digit(n, 0)]);
    }
    match *triples.remainder() {
        [a] => {
            let n = u32::from(a) << 16;
            text.extend_from_slice(&[digit(n, 18), digit(n, 12), b'=', b'=']);
        }
        [a, b] => {
            let n = u32::from(a) << 16 | u32::from(b) << 8;
            text.extend_from_slice(&[digit(n, 18), digit(n, 12), digit(n, 6), b'=']);
        }
        _ => {}
    }
    String::from_utf8(text).expect("base64 digits are ASCII")
}

/// Strict: no whitespace, padding required, and unused bits must be zero, so each byte
/// string has exactly one accepted spelling.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let text = text.as_bytes();
    if !text.len().is_multiple_of(4) {
        return None;
    }
    let padding = text.iter().rev().take_while(|&&c| c == b'=').count();
    if padding > 2 {
        return None;
    }
    // The quads before the last hold four digits each ('=' is not one).
    let last = text.len().saturating_sub(4);
    let mut bytes = Vec::with_capacity(text.len() / 4 * 3);
    for quad in text[..last].chunks_exact(4) {
        let n = quad_value(quad)?;
        bytes.extend_from_slice(&[(n >> 16) as u8, (n >> 8) as u8, n as u8]);
    }
    if let Some(quad) = text.get(last..).filter(|quad| !quad.is_empty()) {
        let mut digits = [b'A'; 4];
        digits[..4 - padding].copy_from_slice(&quad[..4 - padding]);
        let n = quad_value(&digits)?;
        let decoded = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        let kept = 3 - padding;
        if decoded[kept..].iter().any(|&b| b != 0) {
            return None;
        }
        bytes.extend_from_slice(&decoded[..kept]);
    }
    Some(bytes)
}

/// The 24 bits four digits spell, or `None` if one is not a digit.
fn quad_value(quad: &[u8]) -> Option<u32> {
    let [a, b, c, d] = [0, 1, 2, 3].map(|i| SEXTETS[quad[i] as usize]);
    // A sextet is below 64; `INVALID` has the top bits set.
    if (a | b | c | d) & 0xc0 != 0 {
        return None;
    }
    Some(u32::from(a) << 18 | u32::from(b) << 12 | u32::from(c) << 6 | u32::from(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_4648_vectors() {
        let vectors = [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ];
        for (plain, encoded) in vectors {
            assert_eq!(encode(plain.as_bytes()), encoded);
            assert_eq!(decode(encoded).as_deref(), Some(plain.as_bytes()));
        }
    }

    #[test]
    fn every_byte_value_and_length_round_trips() {
        let bytes: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
        for len in 0..bytes.len() {
            assert_eq!(
                decode(&encode(&bytes[..len])).as_deref(),
                Some(&bytes[..len])
            );
        }
        assert_eq!(encode(&[0xfb, 0xff, 0xbf]), "+/+/");
    }

    #[test]
    fn anything_but_the_one_spelling_is_refused() {
        for bad in [
            "Zg",
            "Zg=",
            "Zg===",
            "Z===",
            "Zh==",
            "Zm9=",
            "Zg==Zg==",
            "Zm 9v",
            "Zm9v\n",
            "Zm-_",
            "====",
            "Zm9vYmFy=",
            "Zm=vZm9v",
            "Z=9vZg==",
            "Zm9v*m9vZg==",
            "Zm9vZmé",
        ] {
            assert_eq!(decode(bad), None, "{bad:?}");
        }
    }
}
