//! Randomness from `crypto.getRandomValues`: entry ids, salts and IVs. Only an entry id,
//! which need not be secret, falls back to the clock and `Math.random` (see [`u64`]).

fn crypto() -> Option<web_sys::Crypto> {
    web_sys::window()?.crypto().ok()
}

/// Fills `bytes` with cryptographically strong random bytes; false if the browser has no
/// `crypto` (then nothing that needs secrecy may go on).
pub fn fill(bytes: &mut [u8]) -> bool {
    crypto().is_some_and(|crypto| crypto.get_random_values_with_u8_array(bytes).is_ok())
}

/// `n` fresh random bytes, or `None` without WebCrypto.
pub fn bytes(n: usize) -> Option<Vec<u8>> {
    let mut buffer = vec![0u8; n];
    fill(&mut buffer).then_some(buffer)
}

/// A random 64-bit number for an [`crate::diary::EntryId`]. Ids only need to differ, not
/// to be secret, so a browser without `crypto` falls back to the clock's sub-millisecond
/// digits rather than refusing to log a use.
pub fn u64() -> u64 {
    let mut buffer = [0u8; 8];
    if fill(&mut buffer) {
        return u64::from_le_bytes(buffer);
    }
    let now = web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now());
    (now * 1000.0) as u64 ^ (js_sys::Math::random() * u32::MAX as f64) as u64
}
