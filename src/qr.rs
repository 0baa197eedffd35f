//! The app's address as a QR code, made on the device (the "Give the app" screen), drawn as
//! one SVG path so that the screen holds a single element however many modules it has.

use qrcodegen::{QrCode, QrCodeEcc};

/// The blank border around the code, in modules: the four that the standard asks for, or
/// some phone cameras do not find the code against a busy background.
pub const QUIET_ZONE: i32 = 4;

/// A QR code ready to draw: `path` in a `0 0 side side` view box, one unit a module.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrPicture {
    /// Modules across, quiet zone included.
    pub side: i32,
    /// One rectangle (`M x y h w v 1 h -w z`) per run of dark modules in a row.
    pub path: String,
}

/// The code for `text`, or `None` if it is too long for any QR version (about 2,300
/// characters of an address at this level, far more than an origin).
pub fn picture(text: &str) -> Option<QrPicture> {
    // Level M: still read with 15 % of the code smudged or in glare, and an address of a
    // few dozen characters stays at version 2 or 3, large modules on a small screen.
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let width = x - start;
            path.push_str(&format!(
                "M{} {}h{width}v1h-{width}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            ));
        }
    }
    Some(QrPicture {
        side: size + 2 * QUIET_ZONE,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dark modules the path paints, read back from its rectangles.
    fn painted(picture: &QrPicture) -> Vec<Vec<bool>> {
        let side = picture.side as usize;
        let mut grid = vec![vec![false; side]; side];
        for rectangle in picture.path.split('z').filter(|part| !part.is_empty()) {
            let numbers: Vec<i32> = rectangle
                .split(|c: char| c.is_ascii_alphabetic() || c == ' ')
                .filter(|part| !part.is_empty())
                .map(|part| part.parse().unwrap())
                .collect();
            let [x, y, width, one, back] = numbers[..] else {
                panic!("not a row rectangle: {rectangle:?}");
            };
            assert_eq!((one, back), (1, -width), "{rectangle:?}");
            for column in x..x + width {
                assert!(
                    !grid[y as usize][column as usize],
                    "painted twice: {rectangle:?}"
                );
                grid[y as usize][column as usize] = true;
            }
        }
        grid
    }

    #[test]
    fn the_path_paints_exactly_the_dark_modules_inside_the_quiet_zone() {
        let text = "https://repere.example.org";
        let picture = picture(text).unwrap();
        let code = QrCode::encode_text(text, QrCodeEcc::Medium).unwrap();
        assert_eq!(picture.side, code.size() + 8);
        let grid = painted(&picture);
        for y in 0..picture.side {
            for x in 0..picture.side {
                let inside = (QUIET_ZONE..picture.side - QUIET_ZONE).contains(&x)
                    && (QUIET_ZONE..picture.side - QUIET_ZONE).contains(&y);
                let dark = inside && code.get_module(x - QUIET_ZONE, y - QUIET_ZONE);
                assert_eq!(grid[y as usize][x as usize], dark, "module {x}, {y}");
            }
        }
    }

    #[test]
    fn the_three_finder_squares_are_in_their_corners() {
        let picture = picture("http://127.0.0.1:8080").unwrap();
        let grid = painted(&picture);
        let last = (picture.side - QUIET_ZONE - 7) as usize;
        let q = QUIET_ZONE as usize;
        for (left, top) in [(q, q), (last, q), (q, last)] {
            // A finder square: a dark 7 × 7 ring, a light ring, a dark 3 × 3 centre.
            for i in 0..7 {
                for j in 0..7 {
                    let ring = i == 0 || i == 6 || j == 0 || j == 6;
                    let centre = (2..=4).contains(&i) && (2..=4).contains(&j);
                    assert_eq!(
                        grid[top + j][left + i],
                        ring || centre,
                        "{left},{top}: {i},{j}"
                    );
                }
            }
        }
    }

    #[test]
    fn an_origin_makes_a_small_code_with_large_modules() {
        // Versions 2 and 3 are 25 and 29 modules: at 300 px a module is about 9 px.
        let picture = picture("https://repere.aides-paris.example.org").unwrap();
        assert!(picture.side <= 29 + 8, "{} modules", picture.side);
    }

    #[test]
    fn a_text_too_long_for_any_version_makes_no_code() {
        assert_eq!(picture(&"x".repeat(3000)), None);
        assert!(picture(&"x".repeat(2000)).is_some());
    }
}
