//! IDFM stations from GeoJSON, one per name and interchange zone with its lines.

use crate::geojson::{features, property, read_json, read_point, string_property};
use crate::shapes::Shape;
use finder_common::geo::{in_idf_box, LatLon};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineRecord {
    pub mode: &'static str,
    pub name: String,
}

#[derive(Debug, PartialEq)]
pub struct StationRecord {
    pub name: String,
    pub at: LatLon,
    pub lines: Vec<LineRecord>,
}

/// One station per name and interchange zone, with every line that stops there.
/// IDFM lines run on beyond the region; stations outside Île-de-France are left
/// out (their count is returned), but a point that is nowhere near France is an
/// error, as it is most likely a swapped latitude and longitude.
pub fn parse_stations(
    file: &str,
    text: &str,
    departements: &[Shape],
) -> Result<(Vec<StationRecord>, usize), String> {
    let json = read_json(file, text)?;
    let mut groups: BTreeMap<(String, i64), (Vec<LatLon>, BTreeSet<LineRecord>)> = BTreeMap::new();
    let mut outside = 0;
    for (i, feature) in features(file, &json)?.iter().enumerate() {
        let at_feature = |e: String| format!("{file}: feature {i}: {e}");
        let name = string_property(feature, "nom_gares")
            .filter(|n| !n.trim().is_empty())
            .ok_or_else(|| at_feature("missing nom_gares".into()))?;
        let at_feature = |e: String| format!("{file}: feature {i} ({name}): {e}");
        let zone = property(feature, "id_ref_zdc")
            .and_then(Value::as_i64)
            .ok_or_else(|| at_feature("missing id_ref_zdc".into()))?;
        let line = string_property(feature, "res_com")
            .and_then(|l| read_line(&l))
            .ok_or_else(|| at_feature("missing or unknown res_com".into()))?;
        let geometry = feature
            .get("geometry")
            .filter(|g| g.get("type").and_then(Value::as_str) == Some("Point"));
        let at = geometry
            .and_then(|g| g.get("coordinates"))
            .ok_or_else(|| at_feature("geometry is not a Point".into()))
            .and_then(|p| read_point(p).map_err(at_feature))?;
        if !(41.0..=52.0).contains(&at.lat) || !(-5.5..=10.0).contains(&at.lon) {
            return Err(at_feature(format!(
                "coordinates {}, {} are not in France",
                at.lat, at.lon
            )));
        }
        if !in_idf_box(at) || !departements.iter().any(|d| d.contains(at)) {
            outside += 1;
            continue;
        }
        let group = groups.entry((name.trim().to_string(), zone)).or_default();
        group.0.push(at);
        group.1.insert(line);
    }
    let stations = groups
        .into_iter()
        .map(|((name, _), (points, lines))| {
            let n = points.len() as f64;
            let mean = |f: fn(&LatLon) -> f32| {
                (points.iter().map(|p| f(p) as f64).sum::<f64>() / n) as f32
            };
            StationRecord {
                name,
                at: LatLon {
                    lat: mean(|p| p.lat),
                    lon: mean(|p| p.lon),
                },
                lines: sorted_lines(lines),
            }
        })
        .collect();
    Ok((stations, outside))
}

/// Metro, RER, train, tram, VAL, funicular, then by number: "3", "3bis", "10".
pub fn sorted_lines(lines: impl IntoIterator<Item = LineRecord>) -> Vec<LineRecord> {
    const MODES: [&str; 6] = ["Metro", "Rer", "Train", "Tram", "Val", "Funicular"];
    let mut lines: Vec<LineRecord> = lines.into_iter().collect();
    lines.sort_by_cached_key(|line| {
        let digits = line.name.bytes().take_while(u8::is_ascii_digit).count();
        let number: u32 = line.name[..digits].parse().unwrap_or(0);
        (
            MODES.iter().position(|m| *m == line.mode),
            number,
            line.name.to_lowercase(),
        )
    });
    lines.dedup();
    lines
}

/// "METRO 4", "RER B", "TRAIN H", "TRAM 3b", "GL", "CDGVAL", "FUNICULAIRE MONTMARTRE".
fn read_line(res_com: &str) -> Option<LineRecord> {
    let (word, rest) = res_com
        .trim()
        .split_once(' ')
        .unwrap_or((res_com.trim(), ""));
    let (mode, name) = match word {
        "METRO" => ("Metro", rest),
        "RER" => ("Rer", rest),
        "TRAIN" => ("Train", rest),
        "TRAM" => ("Tram", rest),
        "GL" => ("Train", "GL"),
        "CDGVAL" => ("Val", "CDGVAL"),
        "ORLYVAL" => ("Val", "ORLYVAL"),
        "FUNICULAIRE" if rest == "MONTMARTRE" => ("Funicular", "Montmartre"),
        _ => return None,
    };
    (!name.is_empty()).then(|| LineRecord {
        mode,
        name: name.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shapes::test_departements;

    #[test]
    fn stations_group_by_name_and_zone_and_drop_points_outside_the_region() {
        let station = |name: &str, zone: u32, line: &str, lon: f64, lat: f64| {
            format!(
                r#"{{"type":"Feature","properties":{{"nom_gares":"{name}","id_ref_zdc":{zone},"res_com":"{line}"}},"geometry":{{"type":"Point","coordinates":[{lon},{lat}]}}}}"#
            )
        };
        let json = format!(
            r#"{{"features":[{},{},{},{}]}}"#,
            station("Gare du Nord", 1, "RER B", 2.355, 48.880),
            station("Gare du Nord", 1, "METRO 4", 2.357, 48.882),
            station("Gare du Nord", 1, "METRO 4", 2.357, 48.882),
            station("Auneau", 2, "GL", 1.77, 48.46),
        );
        let (stations, outside) = parse_stations("s.geojson", &json, &test_departements()).unwrap();
        assert_eq!(outside, 1);
        assert_eq!(stations.len(), 1);
        assert_eq!(
            stations[0]
                .lines
                .iter()
                .map(|l| l.name.as_str())
                .collect::<Vec<_>>(),
            ["4", "B"]
        );
        assert!((stations[0].at.lat - 48.88133).abs() < 1e-4);
        let swapped = format!(
            r#"{{"features":[{}]}}"#,
            station("X", 3, "RER B", 48.88, 2.35)
        );
        assert_eq!(
            parse_stations("s.geojson", &swapped, &test_departements())
                .err()
                .unwrap(),
            "s.geojson: feature 0 (X): coordinates 2.35, 48.88 are not in France"
        );
        let unknown = format!(
            r#"{{"features":[{}]}}"#,
            station("X", 3, "BUS 38", 2.35, 48.88)
        );
        assert!(parse_stations("s.geojson", &unknown, &test_departements()).is_err());
    }
}
