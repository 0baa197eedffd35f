//! Points, straight-line distances and the offline map's flat projection.
//! The data generator (`finder-data`) quantises and checks the bundled points with it.

/// A WGS84 position. `f32` is about 0.5 m of precision here, plenty for walking,
/// and halves the size of the bundled coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LatLon {
    pub lat: f32,
    pub lon: f32,
}

/// Mean Earth radius (IUGG), in metres.
pub const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// Great-circle (haversine) distance in metres, computed in `f64` so that short
/// distances do not drown in rounding. Valid for any two WGS84 points.
pub fn distance_m(a: LatLon, b: LatLon) -> f64 {
    let (lat_a, lat_b) = ((a.lat as f64).to_radians(), (b.lat as f64).to_radians());
    let half_dlat = (lat_b - lat_a) / 2.0;
    // Longitudes within ±180°, so half their difference is within ±π/2 once wrapped.
    let mut dlon = ((b.lon as f64) - (a.lon as f64)).to_radians();
    if dlon > PI {
        dlon -= 2.0 * PI;
    } else if dlon < -PI {
        dlon += 2.0 * PI;
    }
    let half_dlon = dlon / 2.0;
    let h = sin(half_dlat).powi(2) + cos(lat_a) * cos(lat_b) * sin(half_dlon).powi(2);
    2.0 * EARTH_RADIUS_M * asin(h.sqrt().min(1.0))
}

// The three functions below replace `f64::sin`, `cos` and `asin`, which would
// bring libm's general argument reduction into the wasm (about 4 KB gzipped) for
// arguments that here never leave [-π/2, π/2]. They agree with std to 1e-15.
use core::f64::consts::{FRAC_PI_2, PI};

/// Sine for |x| ≤ π/2, by its Taylor series (the x²³ term is below 1e-16).
fn sin(x: f64) -> f64 {
    let x2 = x * x;
    let (mut term, mut sum, mut n) = (x, x, 1.0);
    while n < 23.0 && term.abs() > 1e-18 {
        term *= -x2 / ((n + 1.0) * (n + 2.0));
        sum += term;
        n += 2.0;
    }
    sum
}

/// Cosine for |x| ≤ π/2.
fn cos(x: f64) -> f64 {
    sin(FRAC_PI_2 - x.abs())
}

/// Arc sine for 0 ≤ x ≤ 1: its series below ½, and above ½ the identity
/// asin x = π/2 − 2 asin √((1 − x)/2), which brings the argument back below ½.
fn asin(x: f64) -> f64 {
    if x > 0.5 {
        return FRAC_PI_2 - 2.0 * asin(((1.0 - x) / 2.0).sqrt());
    }
    let x2 = x * x;
    let (mut power, mut coefficient, mut sum, mut k) = (x, 1.0, x, 1.0);
    loop {
        power *= x2;
        coefficient *= (2.0 * k - 1.0) / (2.0 * k);
        let term = coefficient * power / (2.0 * k + 1.0);
        sum += term;
        if term <= sum * 1e-17 || k > 60.0 {
            return sum;
        }
        k += 1.0;
    }
}

/// A generous box around Île-de-France (the region spans 48.12–49.24 N, 1.45–3.56 E):
/// anything outside is a data error such as swapped latitude and longitude.
pub const IDF_SOUTH: f32 = 48.10;
pub const IDF_NORTH: f32 = 49.25;
pub const IDF_WEST: f32 = 1.44;
pub const IDF_EAST: f32 = 3.57;

pub fn in_idf_box(at: LatLon) -> bool {
    (IDF_SOUTH..=IDF_NORTH).contains(&at.lat) && (IDF_WEST..=IDF_EAST).contains(&at.lon)
}

/// Bundled points are stored as two `u16` steps across the box above: a step is
/// about 2.0 m north–south and 2.4 m east–west, so a point moves by 1.6 m at most.
const STEPS: f64 = u16::MAX as f64;

/// A point of the box as `[north, east]` steps from its south-west corner; points
/// outside are clamped to the edge (the data generator checks that none is).
pub fn quantise(at: LatLon) -> [u16; 2] {
    let step = |value: f32, low: f32, high: f32| {
        let unit = (value as f64 - low as f64) / (high as f64 - low as f64);
        (unit * STEPS).round().clamp(0.0, STEPS) as u16
    };
    [
        step(at.lat, IDF_SOUTH, IDF_NORTH),
        step(at.lon, IDF_WEST, IDF_EAST),
    ]
}

/// The point [`quantise`] stored.
pub fn dequantise([north, east]: [u16; 2]) -> LatLon {
    let value = |steps: u16, low: f32, high: f32| {
        (low as f64 + steps as f64 / STEPS * (high as f64 - low as f64)) as f32
    };
    LatLon {
        lat: value(north, IDF_SOUTH, IDF_NORTH),
        lon: value(east, IDF_WEST, IDF_EAST),
    }
}

/// One unit of the map's integer space is this many metres on the ground.
pub const METRES_PER_MAP_UNIT: f64 = 20.0;
const METRES_PER_DEGREE: f64 = EARTH_RADIUS_M * core::f64::consts::PI / 180.0;
/// Longitudes are shrunk by the cosine of this latitude, the middle of the region, so
/// that the map keeps its shapes (an equirectangular projection, fine at this scale).
const MAP_REFERENCE_LAT: f64 = 48.7;

/// Map coordinates of a point: x grows east and y grows south from the north-west
/// corner of the Île-de-France box, as in SVG.
pub fn project(at: LatLon) -> (f32, f32) {
    let x = (at.lon as f64 - IDF_WEST as f64)
        * MAP_REFERENCE_LAT.to_radians().cos()
        * METRES_PER_DEGREE
        / METRES_PER_MAP_UNIT;
    let y = (IDF_NORTH as f64 - at.lat as f64) * METRES_PER_DEGREE / METRES_PER_MAP_UNIT;
    (x as f32, y as f32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_degree_of_latitude_is_about_111_km() {
        let a = LatLon {
            lat: 48.0,
            lon: 2.0,
        };
        let b = LatLon {
            lat: 49.0,
            lon: 2.0,
        };
        assert!((distance_m(a, b) - 111_195.0).abs() < 5.0);
        assert_eq!(distance_m(a, a), 0.0);
    }

    #[test]
    fn sine_cosine_and_arc_sine_agree_with_std() {
        for i in -1000..=1000 {
            let x = FRAC_PI_2 * i as f64 / 1000.0;
            assert!((sin(x) - x.sin()).abs() < 1e-15, "sin {x}");
            assert!((cos(x) - x.cos()).abs() < 1e-15, "cos {x}");
        }
        for i in 0..=1000 {
            let x = i as f64 / 1000.0;
            assert!((asin(x) - x.asin()).abs() < 1e-14, "asin {x}");
        }
        for x in [1e-12, 1e-6, 0.01, 0.499_999, 0.500_001, 0.999_999_9] {
            assert!(
                (asin(x) - x.asin()).abs() <= 1e-15 * x.max(1e-3),
                "asin {x}"
            );
        }
    }

    #[test]
    fn distances_across_the_world() {
        let at = |lat: f32, lon: f32| LatLon { lat, lon };
        // Antipodes, across the antimeridian, pole to pole: as std would compute them,
        // to the millimetre, or 1e-7 near the antipodes where arc sine is ill-conditioned.
        let reference = |a: LatLon, b: LatLon| {
            let (la, lb) = ((a.lat as f64).to_radians(), (b.lat as f64).to_radians());
            let dlon = ((b.lon - a.lon) as f64).to_radians();
            let h =
                ((lb - la) / 2.0).sin().powi(2) + la.cos() * lb.cos() * (dlon / 2.0).sin().powi(2);
            2.0 * EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
        };
        for (a, b) in [
            (at(48.88, 2.35), at(-48.88, -177.65)),
            (at(10.0, 179.5), at(-10.0, -179.5)),
            (at(90.0, 0.0), at(-90.0, 0.0)),
            (at(48.88, 2.35), at(14.69, -17.44)),
            (at(48.88, 2.35), at(55.75, 37.62)),
        ] {
            let (ours, std) = (distance_m(a, b), reference(a, b));
            assert!(
                (ours - std).abs() < 1e-3f64.max(std * 1e-7),
                "{a:?} {b:?}: {ours} vs {std}"
            );
        }
    }

    #[test]
    fn quantised_points_move_less_than_two_metres() {
        let mut worst: f64 = 0.0;
        for i in 0..=200 {
            for j in 0..=200 {
                let at = LatLon {
                    lat: IDF_SOUTH + (IDF_NORTH - IDF_SOUTH) * i as f32 / 200.0,
                    lon: IDF_WEST + (IDF_EAST - IDF_WEST) * j as f32 / 200.0 + 0.000_007,
                };
                let back = dequantise(quantise(at));
                worst = worst.max(distance_m(at, back));
                assert_eq!(quantise(back), quantise(at));
            }
        }
        assert!(worst < 1.7, "{worst} m");
        assert_eq!(
            quantise(LatLon {
                lat: 0.0,
                lon: 90.0
            }),
            [0, u16::MAX]
        );
    }

    #[test]
    fn projection_keeps_ground_distances_in_the_region() {
        let gare_du_nord = LatLon {
            lat: 48.8809,
            lon: 2.3553,
        };
        let stalingrad = LatLon {
            lat: 48.8843,
            lon: 2.3681,
        };
        let (x1, y1) = project(gare_du_nord);
        let (x2, y2) = project(stalingrad);
        let map_m = ((x2 - x1).hypot(y2 - y1) as f64) * METRES_PER_MAP_UNIT;
        let ground_m = distance_m(gare_du_nord, stalingrad);
        assert!(
            (map_m - ground_m).abs() / ground_m < 0.01,
            "{map_m} vs {ground_m}"
        );
    }
}
