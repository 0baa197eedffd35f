//! Boundaries as read from GeoJSON: polygons in (lon, lat), what lies inside them and
//! where their middle is.

use finder_common::geo::LatLon;

type Ring = Vec<[f64; 2]>;
/// Polygons, each an outer ring then its holes, in (lon, lat).
pub type Polygons = Vec<Vec<Ring>>;

pub struct Shape {
    pub code: String,
    pub name: String,
    pub polygons: Polygons,
}

impl Shape {
    /// Even–odd rule over all rings, so holes count as outside.
    pub fn contains(&self, at: LatLon) -> bool {
        let (x, y) = (at.lon as f64, at.lat as f64);
        let mut inside = false;
        for ring in self.polygons.iter().flatten() {
            for (a, b) in ring.iter().zip(ring.iter().cycle().skip(1)) {
                if (a[1] > y) != (b[1] > y) && x < a[0] + (y - a[1]) * (b[0] - a[0]) / (b[1] - a[1])
                {
                    inside = !inside;
                }
            }
        }
        inside
    }

    /// Area-weighted centroid (holes subtract), computed in degrees: an affine
    /// scale would not move it.
    pub fn centroid(&self) -> LatLon {
        let (mut area, mut cx, mut cy) = (0.0, 0.0, 0.0);
        for polygon in &self.polygons {
            for (i, ring) in polygon.iter().enumerate() {
                let (mut a, mut x, mut y) = (0.0, 0.0, 0.0);
                for (p, q) in ring.iter().zip(ring.iter().cycle().skip(1)) {
                    let cross = p[0] * q[1] - q[0] * p[1];
                    a += cross;
                    x += (p[0] + q[0]) * cross;
                    y += (p[1] + q[1]) * cross;
                }
                // Orientation varies between files: outer rings add, holes subtract.
                let sign = if (a > 0.0) == (i == 0) { 1.0 } else { -1.0 };
                area += sign * a / 2.0;
                cx += sign * x / 6.0;
                cy += sign * y / 6.0;
            }
        }
        LatLon {
            lat: (cy / area) as f32,
            lon: (cx / area) as f32,
        }
    }
}

/// A one-ring square shape, for tests.
#[cfg(test)]
pub(crate) fn square(code: &str, west: f64, south: f64, east: f64, north: f64) -> Shape {
    Shape {
        code: code.to_string(),
        name: format!("Test {code}"),
        polygons: vec![vec![vec![
            [west, south],
            [east, south],
            [east, north],
            [west, north],
            [west, south],
        ]]],
    }
}

/// Two squares standing for départements 75 and 94, for tests.
#[cfg(test)]
pub(crate) fn test_departements() -> Vec<Shape> {
    vec![
        square("75", 2.2, 48.815, 2.5, 48.91),
        square("94", 2.2, 48.7, 2.6, 48.815),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn centroid_of_a_square_is_its_middle() {
        let c = square("x", 2.0, 48.0, 3.0, 49.0).centroid();
        assert!((c.lat - 48.5).abs() < 1e-5 && (c.lon - 2.5).abs() < 1e-5);
    }
}
