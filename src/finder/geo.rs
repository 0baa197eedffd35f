//! Points, straight-line distances and the offline map's flat projection.
//! build.rs compiles this file too, so it uses nothing but `core`.

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
/// distances do not drown in rounding.
pub fn distance_m(a: LatLon, b: LatLon) -> f64 {
    let (lat_a, lat_b) = ((a.lat as f64).to_radians(), (b.lat as f64).to_radians());
    let half_dlat = (lat_b - lat_a) / 2.0;
    let half_dlon = ((b.lon as f64) - (a.lon as f64)).to_radians() / 2.0;
    let h = half_dlat.sin().powi(2) + lat_a.cos() * lat_b.cos() * half_dlon.sin().powi(2);
    2.0 * EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
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
