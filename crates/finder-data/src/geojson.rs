//! Département, arrondissement and commune boundaries from GeoJSON, each feature checked.

use crate::shapes::{Polygons, Shape};
use crate::IDF_DEPARTEMENTS;
use finder_common::geo::{in_idf_box, LatLon};
use serde_json::Value;

pub(crate) fn features<'a>(file: &str, json: &'a Value) -> Result<&'a Vec<Value>, String> {
    json.get("features")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("{file}: not a GeoJSON FeatureCollection"))
}

pub(crate) fn read_json(file: &str, text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| format!("{file}: {e}"))
}

pub(crate) fn property<'a>(feature: &'a Value, name: &str) -> Option<&'a Value> {
    feature.get("properties")?.get(name)
}

/// A Polygon or MultiPolygon, every point checked to lie in the Île-de-France box.
fn read_polygons(feature: &Value) -> Result<Polygons, String> {
    let geometry = feature.get("geometry").ok_or("no geometry")?;
    let coordinates = geometry.get("coordinates").ok_or("no coordinates")?;
    let polygons = match geometry.get("type").and_then(Value::as_str) {
        Some("Polygon") => vec![coordinates],
        Some("MultiPolygon") => coordinates
            .as_array()
            .ok_or("bad MultiPolygon")?
            .iter()
            .collect(),
        other => return Err(format!("geometry {other:?} is not a polygon")),
    };
    let mut out = Vec::new();
    for polygon in polygons {
        let mut rings = Vec::new();
        for ring in polygon.as_array().ok_or("bad polygon")? {
            let mut points = Vec::new();
            for point in ring.as_array().ok_or("bad ring")? {
                let at = read_point(point)?;
                if !in_idf_box(at) {
                    return Err(format!(
                        "point {}, {} is outside Île-de-France",
                        at.lat, at.lon
                    ));
                }
                points.push([
                    point[0].as_f64().unwrap_or(0.0),
                    point[1].as_f64().unwrap_or(0.0),
                ]);
            }
            if points.len() < 4 {
                return Err("a ring has fewer than 4 points".into());
            }
            rings.push(points);
        }
        out.push(rings);
    }
    Ok(out)
}

pub(crate) fn read_point(point: &Value) -> Result<LatLon, String> {
    match (
        point.get(0).and_then(Value::as_f64),
        point.get(1).and_then(Value::as_f64),
    ) {
        (Some(lon), Some(lat)) => Ok(LatLon {
            lat: lat as f32,
            lon: lon as f32,
        }),
        _ => Err(format!("bad point {point}")),
    }
}

/// Shapes keyed by a code property, which must be unique.
fn read_shapes(
    file: &str,
    text: &str,
    code_of: impl Fn(&Value) -> Option<String>,
    name_of: impl Fn(&Value) -> Option<String>,
) -> Result<Vec<Shape>, String> {
    let json = read_json(file, text)?;
    let mut shapes: Vec<Shape> = Vec::new();
    for (i, feature) in features(file, &json)?.iter().enumerate() {
        let at_feature = |e: String| format!("{file}: feature {i}: {e}");
        let code = code_of(feature).ok_or_else(|| at_feature("missing or bad code".into()))?;
        let at_feature = |e: String| format!("{file}: feature {i} (code {code}): {e}");
        let name = name_of(feature)
            .filter(|n| !n.trim().is_empty())
            .ok_or_else(|| at_feature("missing name".into()))?;
        if shapes.iter().any(|s| s.code == code) {
            return Err(at_feature("duplicate code".into()));
        }
        let polygons = read_polygons(feature).map_err(at_feature)?;
        shapes.push(Shape {
            code,
            name,
            polygons,
        });
    }
    Ok(shapes)
}

pub(crate) fn string_property(feature: &Value, name: &str) -> Option<String> {
    property(feature, name)?.as_str().map(str::to_string)
}

pub fn parse_departements(file: &str, text: &str) -> Result<Vec<Shape>, String> {
    let shapes = read_shapes(
        file,
        text,
        |f| string_property(f, "code"),
        |f| string_property(f, "nom"),
    )?;
    let mut codes: Vec<u8> = shapes.iter().filter_map(|s| s.code.parse().ok()).collect();
    codes.sort_unstable();
    if codes != IDF_DEPARTEMENTS {
        return Err(format!(
            "{file}: expected départements {IDF_DEPARTEMENTS:?}, found {codes:?}"
        ));
    }
    Ok(shapes)
}

/// The 20 arrondissements, in order, named "Paris 1er", "Paris 2e"…
pub fn parse_arrondissements(file: &str, text: &str) -> Result<Vec<Shape>, String> {
    let mut shapes = read_shapes(
        file,
        text,
        |f| {
            property(f, "c_ar")?
                .as_u64()
                .filter(|n| (1..=20).contains(n))
                .map(|n| n.to_string())
        },
        |f| {
            let n = property(f, "c_ar")?.as_u64()?;
            Some(format!("Paris {n}{}", if n == 1 { "er" } else { "e" }))
        },
    )?;
    if shapes.len() != 20 {
        return Err(format!(
            "{file}: {} arrondissements instead of 20",
            shapes.len()
        ));
    }
    shapes.sort_by_key(|s| s.code.parse::<u8>().unwrap_or(0));
    Ok(shapes)
}

pub fn parse_communes(file: &str, text: &str) -> Result<Vec<Shape>, String> {
    read_shapes(
        file,
        text,
        |f| {
            string_property(f, "code").filter(|c| {
                c.len() == 5
                    && c[..2]
                        .parse()
                        .is_ok_and(|d: u8| IDF_DEPARTEMENTS.contains(&d))
            })
        },
        |f| string_property(f, "nom"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geojson_errors_name_file_and_feature() {
        let feature = |code: &str, lon: f64| {
            format!(
                r#"{{"type":"Feature","properties":{{"code":"{code}","nom":"X"}},"geometry":{{"type":"Polygon","coordinates":[[[{lon},48.8],[{lon},48.9],[2.4,48.9],[{lon},48.8]]]}}}}"#
            )
        };
        let collection = |features: &[String]| {
            format!(
                r#"{{"type":"FeatureCollection","features":[{}]}}"#,
                features.join(",")
            )
        };
        let ok = parse_communes("c.geojson", &collection(&[feature("93066", 2.3)])).unwrap();
        assert!(ok[0].contains(LatLon {
            lat: 48.85,
            lon: 2.33
        }));
        assert_eq!(
            parse_communes(
                "c.geojson",
                &collection(&[feature("93066", 2.3), feature("93066", 2.3)])
            )
            .err()
            .unwrap(),
            "c.geojson: feature 1 (code 93066): duplicate code"
        );
        assert_eq!(
            parse_communes("c.geojson", &collection(&[feature("93066", 12.3)]))
                .err()
                .unwrap(),
            "c.geojson: feature 0 (code 93066): point 48.8, 12.3 is outside Île-de-France"
        );
        assert_eq!(
            parse_communes("c.geojson", &collection(&[feature("69123", 2.3)]))
                .err()
                .unwrap(),
            "c.geojson: feature 0: missing or bad code"
        );
        assert!(
            parse_departements("d.geojson", &collection(&[feature("75", 2.3)]))
                .err()
                .unwrap()
                .starts_with("d.geojson: expected départements")
        );
        assert!(parse_communes("c.geojson", "{")
            .err()
            .unwrap()
            .starts_with("c.geojson: "));
    }
}
