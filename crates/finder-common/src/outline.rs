//! Map outlines as bytes: an SVG path of integer map units, stored as zigzag
//! varints (most steps fit in one byte, a third of their text), and turned back
//! into the path text when the map is drawn. The data generator (`finder-data`) encodes
//! them, and checks that every outline comes back exactly as it was drawn.

/// The bytes of a path made of rings "M{x} {y}l{dx} {dy}…z" (relative steps, numbers
/// separated by a space unless a minus sign separates them): for each ring, the
/// number of steps, then x, y and every step, each number as a zigzag varint.
/// `None` if the path is not of that form.
pub fn encode(path: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::new();
    for ring in path.split_terminator('z') {
        let (start, steps) = ring.strip_prefix('M')?.split_once('l')?;
        let (x, y) = start.split_once(' ')?;
        let numbers = numbers(steps)?;
        if numbers.len() % 2 != 0 {
            return None;
        }
        push_varint(&mut bytes, numbers.len() as i64 / 2);
        push_varint(&mut bytes, x.parse().ok()?);
        push_varint(&mut bytes, y.parse().ok()?);
        for n in numbers {
            push_varint(&mut bytes, n);
        }
    }
    path.ends_with('z').then_some(bytes)
}

/// The path text that [`encode`] was given.
pub fn decode(bytes: &[u8]) -> String {
    let mut path = String::with_capacity(bytes.len() * 3);
    let mut at = 0;
    while at < bytes.len() {
        let mut next = || {
            let (value, used) = read_varint(&bytes[at..]);
            at += used;
            value
        };
        let steps = next();
        let (x, y) = (next(), next());
        path.push('M');
        push_number(&mut path, x);
        path.push(' ');
        push_number(&mut path, y);
        path.push('l');
        for i in 0..steps * 2 {
            let n = next();
            if i > 0 && n >= 0 {
                path.push(' ');
            }
            push_number(&mut path, n);
        }
        path.push('z');
    }
    path
}

/// Decimal digits without `core::fmt`.
fn push_number(path: &mut String, n: i64) {
    if n < 0 {
        path.push('-');
    }
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut magnitude = n.unsigned_abs();
    loop {
        at -= 1;
        digits[at] = b'0' + (magnitude % 10) as u8;
        magnitude /= 10;
        if magnitude == 0 {
            break;
        }
    }
    for &digit in &digits[at..] {
        path.push(digit as char);
    }
}

fn numbers(text: &str) -> Option<Vec<i64>> {
    let mut numbers = Vec::new();
    let mut current = String::new();
    for c in text.chars() {
        if (c == ' ' || c == '-') && !current.is_empty() {
            numbers.push(current.parse().ok()?);
            current.clear();
        }
        if c != ' ' {
            current.push(c);
        }
    }
    if !current.is_empty() {
        numbers.push(current.parse().ok()?);
    }
    Some(numbers)
}

fn push_varint(bytes: &mut Vec<u8>, n: i64) {
    let mut zigzag = ((n << 1) ^ (n >> 63)) as u64;
    while zigzag >= 0x80 {
        bytes.push(zigzag as u8 | 0x80);
        zigzag >>= 7;
    }
    bytes.push(zigzag as u8);
}

/// A value and how many bytes it took; a truncated varint reads as what it has.
fn read_varint(bytes: &[u8]) -> (i64, usize) {
    let (mut zigzag, mut shift, mut used) = (0u64, 0, 0);
    for &byte in bytes {
        used += 1;
        zigzag |= ((byte & 0x7f) as u64) << shift;
        shift += 7;
        if byte < 0x80 || shift > 63 {
            break;
        }
    }
    (((zigzag >> 1) as i64) ^ -((zigzag & 1) as i64), used)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_come_back_as_they_were() {
        for path in [
            "M3273 2407l2-7-148-49-48-30-13 17-10 9-19 0-2-20 11-9z",
            "M0 0l5 0 0 5-5 0zM10 10l1 1 1-1z",
            "M7800 6400l-1000 20000-300000 1z",
            "M-3 -4l1 2z",
        ] {
            let bytes = encode(path).unwrap();
            assert_eq!(decode(&bytes), path);
        }
        assert_eq!(encode("M1 2l3 4z").unwrap(), [2, 2, 4, 6, 8]);
    }

    #[test]
    fn malformed_paths_are_refused() {
        for path in ["", "M1 2l3z", "M1 2l3 4", "L1 2l3 4z", "M1 2l3 xz"] {
            assert_eq!(encode(path), None, "{path:?}");
        }
    }
}
