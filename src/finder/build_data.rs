//! Build-time reading of data/: every file is checked and turned into Rust statics,
//! so that the app parses nothing at start-up and a bad row stops the build instead
//! of reaching a phone. build.rs includes this file; the crate compiles it under
//! `cfg(test)` only, to feed it bad fixtures.

use super::geo::{dequantise, distance_m, in_idf_box, project, quantise, LatLon};
use super::hours::{parse_opening_hours, Span};
use super::outline;
use super::text::search_key;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

pub const IDF_DEPARTEMENTS: [u8; 8] = [75, 77, 78, 91, 92, 93, 94, 95];

/// Douglas–Peucker tolerances in map units (20 m). The whole region is seen at
/// 20 units per pixel on a phone and about 8 on a tablet, so 10 stays within a
/// pixel or so; Paris is seen at about 2, so in its close-up, where départements
/// border the arrondissements, they get the arrondissements' 1.5.
const DEPARTEMENT_TOLERANCE: f64 = 10.0;
const DEPARTEMENT_TOLERANCE_IN_PARIS: f64 = 1.5;
const ARRONDISSEMENT_TOLERANCE: f64 = 1.5;

type Ring = Vec<[f64; 2]>;
/// Polygons, each an outer ring then its holes, in (lon, lat).
type Polygons = Vec<Vec<Ring>>;

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

#[derive(Debug, PartialEq)]
pub struct PlaceRecord {
    pub finess: String,
    pub is_caarud: bool,
    pub name: String,
    pub address: String,
    pub postal_code: String,
    pub town: String,
    pub departement: u8,
    pub phone: Option<String>,
    pub at: LatLon,
    pub hours: Option<Vec<Span>>,
}

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

// ---------------------------------------------------------------- places (CSV)

const REQUIRED_COLUMNS: [&str; 9] = [
    "finess_et",
    "categetab",
    "rs",
    "adresse",
    "code_postal",
    "commune_acheminement",
    "telephone",
    "latitude",
    "longitude",
];

/// Reads the FINESS CAARUD/CSAPA extract. An `opening_hours` column, if a later
/// source adds one, is read with the OSM subset of `hours.rs`.
pub fn parse_places(
    file: &str,
    text: &str,
    departements: &[Shape],
    communes: &[Shape],
) -> Result<Vec<PlaceRecord>, String> {
    let mut records = parse_csv(text).map_err(|(line, e)| format!("{file}:{line}: {e}"))?;
    if records.is_empty() {
        return Err(format!("{file}: empty file"));
    }
    let (_, header) = records.remove(0);
    let column = |name: &str| header.iter().position(|h| h == name);
    let mut columns = Vec::new();
    for name in REQUIRED_COLUMNS {
        columns.push(column(name).ok_or_else(|| format!("{file}: missing column {name}"))?);
    }
    let hours_column = column("opening_hours");
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut places = Vec::new();
    for (line, fields) in records {
        let at_line = |e: String| format!("{file}:{line}: {e}");
        if fields.len() != header.len() {
            return Err(at_line(format!(
                "{} fields where the header has {}",
                fields.len(),
                header.len()
            )));
        }
        let field = |i: usize| fields[columns[i]].trim();
        let finess = field(0);
        if finess.len() != 9 || !finess.bytes().all(|b| b.is_ascii_digit()) {
            return Err(at_line(format!("bad FINESS number {finess:?}")));
        }
        if let Some(first) = seen.insert(finess.to_string(), line) {
            return Err(at_line(format!(
                "duplicate FINESS number {finess} (first on line {first})"
            )));
        }
        let place = read_place(
            &field,
            hours_column.map(|i| fields[i].trim()),
            departements,
            communes,
        )
        .map_err(|e| at_line(format!("FINESS {finess}: {e}")))?;
        places.push(place);
    }
    Ok(places)
}

fn read_place<'a>(
    field: &dyn Fn(usize) -> &'a str,
    hours: Option<&str>,
    departements: &[Shape],
    communes: &[Shape],
) -> Result<PlaceRecord, String> {
    let is_caarud = match field(1) {
        "178" => true,
        "197" => false,
        other => {
            return Err(format!(
                "category {other:?} is neither CAARUD (178) nor CSAPA (197)"
            ))
        }
    };
    let name = field(2);
    let address = field(3);
    if name.is_empty() || address.is_empty() {
        return Err("empty name or address".into());
    }
    let postal_code = field(4);
    let departement = postal_code
        .get(..2)
        .and_then(|d| d.parse::<u8>().ok())
        .filter(|d| {
            postal_code.len() == 5
                && postal_code.bytes().all(|b| b.is_ascii_digit())
                && IDF_DEPARTEMENTS.contains(d)
        })
        .ok_or_else(|| format!("postal code {postal_code:?} is not in Île-de-France"))?;
    let phone = match field(6) {
        "" => None,
        digits
            if digits.len() == 10
                && digits.starts_with('0')
                && digits.bytes().all(|b| b.is_ascii_digit()) =>
        {
            Some(group_phone(digits))
        }
        other => return Err(format!("bad telephone {other:?}")),
    };
    let coordinate = |i: usize| field(i).parse::<f32>().ok().filter(|v| v.is_finite());
    let (Some(lat), Some(lon)) = (coordinate(7), coordinate(8)) else {
        return Err(format!("bad coordinates {:?}, {:?}", field(7), field(8)));
    };
    let at = LatLon { lat, lon };
    let outline = departements
        .iter()
        .find(|d| d.code == format!("{departement:02}"));
    if !in_idf_box(at) || !departements.iter().any(|d| d.contains(at)) {
        return Err(format!(
            "coordinates {lat}, {lon} are outside Île-de-France"
        ));
    }
    if !outline.is_some_and(|d| d.contains(at)) {
        return Err(format!(
            "coordinates {lat}, {lon} are outside département {departement} of its postal code"
        ));
    }
    let hours = match hours.filter(|h| !h.is_empty()) {
        Some(text) => Some(parse_opening_hours(text).map_err(|e| e.to_string())?),
        None => None,
    };
    Ok(PlaceRecord {
        finess: field(0).to_string(),
        is_caarud,
        name: display_name(name),
        address: display_address(address),
        postal_code: postal_code.to_string(),
        town: display_town(field(5), departement, communes),
        departement,
        phone,
        at,
        hours,
    })
}

/// A CSV record's fields, with the line it starts on.
pub type Record = (usize, Vec<String>);

/// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.
/// Gives each record with the line it starts on; a stray quote is an error (line, why).
pub fn parse_csv(text: &str) -> Result<Vec<Record>, (usize, String)> {
    let mut records = Vec::new();
    let (mut fields, mut field) = (Vec::new(), String::new());
    let (mut line, mut start_line) = (1, 1);
    let (mut quoted, mut was_quoted) = (false, false);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') if field.is_empty() && !was_quoted => (quoted, was_quoted) = (true, true),
            (false, '"') => return Err((line, "stray quote".into())),
            (false, ',') => {
                fields.push(std::mem::take(&mut field));
                was_quoted = false;
            }
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                fields.push(std::mem::take(&mut field));
                records.push((start_line, std::mem::take(&mut fields)));
                was_quoted = false;
                line += 1;
                start_line = line;
            }
            (false, c) if was_quoted => return Err((line, format!("{c:?} after a closing quote"))),
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err((start_line, "unterminated quote".into()));
    }
    if !field.is_empty() || !fields.is_empty() {
        fields.push(field);
        records.push((start_line, fields));
    }
    Ok(records)
}

fn group_phone(digits: &str) -> String {
    let pairs: Vec<&str> = (0..5).map(|i| &digits[2 * i..2 * i + 2]).collect();
    pairs.join(" ")
}

// ----------------------------------------------------- readable names and addresses

/// FINESS street-type codes (`typvoie`) and the words they stand for.
pub const STREET_TYPES: &[(&str, &str)] = &[
    ("ALL", "allée"),
    ("AV", "avenue"),
    ("BD", "boulevard"),
    ("CAR", "carrefour"),
    ("CHE", "chemin"),
    ("CHS", "chaussée"),
    ("CITE", "cité"),
    ("CRS", "cours"),
    ("DOM", "domaine"),
    ("ESP", "esplanade"),
    ("FG", "faubourg"),
    ("HAM", "hameau"),
    ("IMP", "impasse"),
    ("LD", "lieu-dit"),
    ("PAS", "passage"),
    ("PL", "place"),
    ("PRO", "promenade"),
    ("PRV", "parvis"),
    ("QU", "quai"),
    ("QUA", "quartier"),
    ("R", "rue"),
    ("RES", "résidence"),
    ("RPT", "rond-point"),
    ("RTE", "route"),
    ("RUE", "rue"),
    ("SEN", "sentier"),
    ("SQ", "square"),
    ("VOI", "voie"),
];

/// Words FINESS abbreviates inside names: "ST DENIS", "CTRE PENITENTIAIRE".
const WORD_ABBREVIATIONS: &[(&str, &str)] =
    &[("ST", "Saint"), ("STE", "Sainte"), ("CTRE", "Centre")];

/// Acronyms that stay in capitals (CAARRUD is how FINESS misspells one name).
const ACRONYMS: &[&str] = &[
    "AIDES", "ANPAA", "AP-HP", "APS", "BP", "CAARRUD", "CAARUD", "CEDAT", "CEDEX", "CH", "CHIPS",
    "CHU", "CILDT", "CMP", "CSAPA", "EGO", "JET", "MA", "PPMU", "SCMR", "UDSM",
];

/// Small words written in lower case inside a name.
const PARTICLES: &[&str] = &[
    "a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la", "le", "les", "sous", "sur",
];

/// "36 R DUSSOUBS" → "36 rue Dussoubs"; "8 R B CASSINI" → "8 bis rue Cassini"
/// (FINESS writes the repetition index B/T/Q after the street type). Accents that
/// FINESS dropped cannot be put back; lines stay separated by " | " in the source
/// and by ", " here.
pub fn display_address(raw: &str) -> String {
    raw.split('|')
        .map(display_address_line)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn display_address_line(raw: &str) -> String {
    let mut words: Vec<&str> = raw.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    if words
        .first()
        .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()))
    {
        out.push(words.remove(0).trim_start_matches('0').to_string());
        // "40 TER RUE MARCEAU", or the FINESS order "8 R B CASSINI".
        let at = match words.get(1) {
            Some(&second) if street_type(second).is_some() => 0,
            _ if words.len() > 2 && street_type(words[0]).is_some() => 1,
            _ => usize::MAX,
        };
        if let Some(index) = words.get(at).and_then(|w| repetition_index(w)) {
            out.push(index.to_string());
            words.remove(at);
        }
    }
    if let Some(kind) = words.first().and_then(|w| street_type(w)) {
        out.push(kind.to_string());
        words.remove(0);
        // "CHE CHEMIN DES BOURGOGNES": the type written twice.
        if words
            .first()
            .is_some_and(|w| street_type(w) == Some(kind) || w.to_lowercase() == kind)
        {
            words.remove(0);
        }
    }
    let rest = title_case(&words.join(" "), false);
    if !rest.is_empty() {
        out.push(rest);
    }
    out.join(" ")
}

/// The "indice de répétition" after a street number.
fn repetition_index(word: &str) -> Option<&'static str> {
    match word {
        "B" | "BIS" => Some("bis"),
        "T" | "TER" => Some("ter"),
        "Q" | "QUATER" => Some("quater"),
        _ => None,
    }
}

fn street_type(word: &str) -> Option<&'static str> {
    STREET_TYPES
        .iter()
        .find(|(code, _)| *code == word)
        .map(|(_, full)| *full)
}

/// "CSAPA LA CORDEE" → "CSAPA La Cordee", "CAARUD ESPOIR GOUTTE D'OR - EGO" →
/// "CAARUD Espoir Goutte d'Or - EGO".
pub fn display_name(raw: &str) -> String {
    let mut words = Vec::new();
    for word in raw.split_whitespace() {
        // "BRY S/MARNE"
        match word.strip_prefix("S/") {
            Some(rest) => {
                words.push("sur");
                words.push(rest);
            }
            None => words.push(word),
        }
    }
    title_case(&words.join(" "), true)
}

/// The official commune name when the FINESS town is one ("ST GERMAIN EN LAYE" →
/// "Saint-Germain-en-Laye", "EVRY CEDEX" → "Évry"), else the town in title case.
/// The commune file drops leading articles ("Blanc-Mesnil"); FINESS keeps them, so
/// "LE BLANC MESNIL" gives "Le Blanc-Mesnil".
pub fn display_town(raw: &str, departement: u8, communes: &[Shape]) -> String {
    let key = search_key(raw);
    let words: Vec<&str> = key
        .split(' ')
        .filter(|w| *w != "cedex" && !w.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let prefix = format!("{departement:02}");
    let commune = |wanted: &[&str]| {
        let wanted = wanted.join(" ");
        communes
            .iter()
            .find(|c| c.code.starts_with(&prefix) && search_key(&c.name) == wanted)
            .map(|c| c.name.clone())
    };
    let article = match words.first() {
        Some(&"le") => "Le ",
        Some(&"la") => "La ",
        Some(&"les") => "Les ",
        _ => "",
    };
    commune(&words)
        .or_else(|| {
            (!article.is_empty())
                .then(|| commune(&words[1..]))
                .flatten()
                .map(|name| format!("{article}{name}"))
        })
        .unwrap_or_else(|| title_case(raw, true))
}

/// Capitalises each word, keeping acronyms, words with digits or dots, and lower
/// case particles. After an acronym (the kind of structure), an article starts a
/// proper name: "CSAPA LA TERRASSE" → "CSAPA La Terrasse".
fn title_case(raw: &str, capitalise_first: bool) -> String {
    // FINESS drops apostrophes ("BOIS D ARCY") or spaces after them ("L' AGORA").
    let mut words: Vec<String> = Vec::new();
    let mut elided = None;
    for word in raw.split_whitespace() {
        match word {
            "D" | "L" | "D'" | "L'" => elided = Some(&word[..1]),
            _ => words.push(match elided.take() {
                Some(letter) => format!("{letter}'{word}"),
                None => word.to_string(),
            }),
        }
    }
    words.extend(elided.map(str::to_string));
    let mut out = Vec::new();
    let mut after_acronym = false;
    for (i, word) in words.iter().map(String::as_str).enumerate() {
        if ACRONYMS.contains(&word) || word.contains(|c: char| c.is_ascii_digit() || c == '.') {
            out.push(word.to_string());
            after_acronym = ACRONYMS.contains(&word);
            continue;
        }
        let starts_name = (i == 0 && capitalise_first)
            || (after_acronym
                && ["LA", "LE", "LES", "L'"]
                    .iter()
                    .any(|a| word.starts_with(a)));
        out.push(title_word(word, starts_name));
        after_acronym = false;
    }
    out.join(" ")
}

/// One word, hyphenated parts and elisions included: "ST-DENIS" → "Saint-Denis",
/// "D'ARMAILLE" → "d'Armaille".
fn title_word(word: &str, starts_name: bool) -> String {
    let mut parts = Vec::new();
    for (i, part) in word.split('-').enumerate() {
        let first = starts_name && i == 0;
        let text = match part.split_once('\'') {
            Some((elided, rest)) => {
                let elided = if first {
                    capitalise(elided)
                } else {
                    elided.to_lowercase()
                };
                format!("{elided}'{}", capitalise_word(rest, true))
            }
            None => capitalise_word(part, first || i > 0 && !is_particle(part)),
        };
        parts.push(text);
    }
    parts.join("-")
}

fn capitalise_word(word: &str, force: bool) -> String {
    if let Some((_, full)) = WORD_ABBREVIATIONS.iter().find(|(short, _)| *short == word) {
        return full.to_string();
    }
    if !force && is_particle(word) {
        word.to_lowercase()
    } else {
        capitalise(word)
    }
}

fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word.to_lowercase().as_str())
}

/// Upper-cases the first letter, after any opening quote or bracket.
fn capitalise(word: &str) -> String {
    let lower = word.to_lowercase();
    match lower.find(char::is_alphanumeric) {
        Some(at) => {
            let (before, rest) = lower.split_at(at);
            let mut chars = rest.chars();
            let first = chars.next().into_iter().flat_map(char::to_uppercase);
            before.chars().chain(first).chain(chars).collect()
        }
        None => lower,
    }
}

// ------------------------------------------------------------------- GeoJSON

fn features<'a>(file: &str, json: &'a Value) -> Result<&'a Vec<Value>, String> {
    json.get("features")
        .and_then(Value::as_array)
        .ok_or_else(|| format!("{file}: not a GeoJSON FeatureCollection"))
}

fn read_json(file: &str, text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| format!("{file}: {e}"))
}

fn property<'a>(feature: &'a Value, name: &str) -> Option<&'a Value> {
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

fn read_point(point: &Value) -> Result<LatLon, String> {
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

fn string_property(feature: &Value, name: &str) -> Option<String> {
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

// --------------------------------------------------------------- map outlines

/// An SVG path in map units (see `geo::project`): absolute "M" for each ring, then
/// relative "l" steps, simplified with Douglas–Peucker at `tolerance` units.
pub fn svg_path(shape: &Shape, tolerance: f64) -> String {
    svg_path_with(shape, &|_| tolerance)
}

/// [`svg_path`] with a tolerance that depends on where a point is: finer where the
/// map is seen up close.
pub fn svg_path_with(shape: &Shape, tolerance: &dyn Fn((i32, i32)) -> f64) -> String {
    let mut path = String::new();
    for ring in shape.polygons.iter().flatten() {
        let mut points: Vec<(i32, i32)> = Vec::new();
        for p in ring {
            let (x, y) = project(LatLon {
                lat: p[1] as f32,
                lon: p[0] as f32,
            });
            let point = (x.round() as i32, y.round() as i32);
            if points.last() != Some(&point) {
                points.push(point);
            }
        }
        if points.len() > 1 && points.first() == points.last() {
            points.pop();
        }
        let kept = simplify(&points, tolerance);
        if kept.len() < 3 {
            continue; // an islet smaller than the tolerance
        }
        let (mut x, mut y) = kept[0];
        write!(path, "M{x} {y}l").unwrap();
        for (i, &(px, py)) in kept.iter().enumerate().skip(1) {
            for (j, n) in [px - x, py - y].into_iter().enumerate() {
                if n >= 0 && (i, j) != (1, 0) {
                    path.push(' ');
                }
                write!(path, "{n}").unwrap();
            }
            (x, y) = (px, py);
        }
        path.push('z');
    }
    path
}

/// Douglas–Peucker on a closed ring, anchored at its first point and the point
/// farthest from it.
fn simplify(points: &[(i32, i32)], tolerance: &dyn Fn((i32, i32)) -> f64) -> Vec<(i32, i32)> {
    if points.len() < 4 {
        return points.to_vec();
    }
    let far = (1..points.len())
        .max_by_key(|&i| {
            let (dx, dy) = (points[i].0 - points[0].0, points[i].1 - points[0].1);
            dx as i64 * dx as i64 + dy as i64 * dy as i64
        })
        .unwrap_or(1);
    let mut keep = vec![false; points.len() + 1];
    keep[0] = true;
    keep[far] = true;
    keep[points.len()] = true;
    let closed: Vec<(i32, i32)> = points.iter().copied().chain([points[0]]).collect();
    mark(&closed, 0, far, tolerance, &mut keep);
    mark(&closed, far, points.len(), tolerance, &mut keep);
    (0..points.len())
        .filter(|&i| keep[i])
        .map(|i| points[i])
        .collect()
}

fn mark(
    points: &[(i32, i32)],
    first: usize,
    last: usize,
    tolerance: &dyn Fn((i32, i32)) -> f64,
    keep: &mut [bool],
) {
    if last <= first + 1 {
        return;
    }
    let (a, b) = (points[first], points[last]);
    let (dx, dy) = ((b.0 - a.0) as f64, (b.1 - a.1) as f64);
    let length = dx.hypot(dy);
    // How far a point is from the chord, as a multiple of the tolerance there.
    let excess = |p: (i32, i32)| {
        let (px, py) = ((p.0 - a.0) as f64, (p.1 - a.1) as f64);
        let distance = if length == 0.0 {
            px.hypot(py)
        } else {
            (px * dy - py * dx).abs() / length
        };
        distance / tolerance(p)
    };
    let (index, worst) =
        (first + 1..last)
            .map(|i| (i, excess(points[i])))
            .fold(
                (first, -1.0),
                |best, next| if next.1 > best.1 { next } else { best },
            );
    if worst > 1.0 {
        keep[index] = true;
        mark(points, first, index, tolerance, keep);
        mark(points, index, last, tolerance, keep);
    }
}

// ------------------------------------------------------------ generated Rust

pub struct Bundle {
    pub places: Vec<PlaceRecord>,
    pub departements: Vec<Shape>,
    pub arrondissements: Vec<Shape>,
    pub communes: Vec<Shape>,
    pub stations: Vec<StationRecord>,
}

/// Separates the fields of a place in `PLACE_TEXT`; lines separate places.
pub const FIELD_SEPARATOR: char = '\t';

/// Generated source, for `include!` in `finder/mod.rs`; the search tables' file
/// (`locations.bin`, fetched by the app when the finder opens); and a report of the bytes
/// each part takes.
///
/// To stay small in the wasm, nothing is an array of structs with pointers: texts
/// are one string per table (decoded once, on first use, by `finder/mod.rs`),
/// points are `u16` steps (`geo::quantise`), station lines are ids in a byte blob,
/// and location names are front-coded: each keeps only what differs from the
/// name before it. Search keys are not stored at all: they are
/// `text::search_key(name)`, computed on the first search.
pub fn generate(bundle: &Bundle) -> Result<(String, Vec<u8>, String), String> {
    let mut out = String::from("// Generated by build.rs from data/: do not edit.\n\n");
    let mut sizes = Sizes::default();

    // Places: finess, C (CAARUD) or S (CSAPA), name, address, postal code, town,
    // phone (empty if none); one line each.
    let mut place_text = String::new();
    let mut place_at = Vec::new();
    let mut place_hours = Vec::new();
    for (i, p) in bundle.places.iter().enumerate() {
        let phone = p.phone.clone().unwrap_or_default();
        let kind = if p.is_caarud { "C" } else { "S" };
        let fields = [
            p.finess.as_str(),
            kind,
            &p.name,
            &p.address,
            &p.postal_code,
            &p.town,
            &phone,
        ];
        if let Some(bad) = fields
            .iter()
            .find(|f| f.contains(FIELD_SEPARATOR) || f.contains('\n'))
        {
            return Err(format!(
                "FINESS {}: {bad:?} holds a tab or a line break",
                p.finess
            ));
        }
        place_text.push_str(&fields.join(&FIELD_SEPARATOR.to_string()));
        place_text.push('\n');
        let departement = bundle
            .departements
            .iter()
            .find(|d| d.code == format!("{:02}", p.departement));
        place_at.push(
            stored_point(p.at, departement).map_err(|e| format!("FINESS {}: {e}", p.finess))?,
        );
        if let Some(spans) = &p.hours {
            let spans: Vec<String> = spans
                .iter()
                .map(|s| format!("Span {{ day: {}, from: {}, to: {} }}", s.day, s.from, s.to))
                .collect();
            sizes.places += 8 + spans.len() * 6;
            place_hours.push(format!("({i}, &[{}])", spans.join(", ")));
        }
    }
    sizes.places += place_text.len() + 4 * place_at.len();
    writeln!(
        out,
        "/// One place a line, tab-separated: finess, C (CAARUD) or S (CSAPA), name, address,\n/// postal code, town, phone (may be empty).\nstatic PLACE_TEXT: &str = {place_text:?};"
    )
    .unwrap();
    writeln!(
        out,
        "static PLACE_AT: [[u16; 2]; {}] = {};",
        place_at.len(),
        points(&place_at)
    )
    .unwrap();
    writeln!(
        out,
        "/// Weekly hours of the places that have them, by index in `PLACE_TEXT`.\nstatic PLACE_HOURS: [(u16, &[Span]); {}] = [{}];\n",
        place_hours.len(),
        place_hours.join(", ")
    )
    .unwrap();

    let lines = sorted_lines(
        bundle
            .stations
            .iter()
            .flat_map(|s| s.lines.iter().cloned())
            .collect::<BTreeSet<_>>(),
    );
    if lines.len() > 255 {
        return Err(format!("{} lines: line ids are u8", lines.len()));
    }
    writeln!(out, "pub static LINES: [Line; {}] = [", lines.len()).unwrap();
    for line in &lines {
        sizes.locations += 12 + line.name.len();
        writeln!(
            out,
            "    Line {{ mode: Mode::{}, name: {:?} }},",
            line.mode, line.name
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    // Locations: the arrondissements in order, then the communes by département
    // and name (before the stations, so that "Montreuil" the town comes before the
    // Versailles station of the same name; Paris is searched by arrondissement),
    // then the stations by name.
    let mut names: Vec<&str> = Vec::new();
    let mut location_at = Vec::new();
    for shape in &bundle.arrondissements {
        names.push(&shape.name);
        location_at.push(stored_point(shape.centroid(), Some(shape))?);
    }
    let mut communes: Vec<&Shape> = bundle
        .communes
        .iter()
        .filter(|c| !c.code.starts_with("75"))
        .collect();
    communes
        .sort_by(|a, b| (&a.code[..2], &a.name, &a.code).cmp(&(&b.code[..2], &b.name, &b.code)));
    let mut commune_runs: Vec<(u8, usize)> = Vec::new();
    for commune in &communes {
        let departement: u8 = commune.code[..2]
            .parse()
            .map_err(|_| format!("commune {}: bad code", commune.code))?;
        match commune_runs.last_mut() {
            Some((d, count)) if *d == departement => *count += 1,
            _ => commune_runs.push((departement, 1)),
        }
        names.push(&commune.name);
        // A centroid can fall outside a crescent-shaped commune: only the box is checked.
        location_at.push(
            stored_point(commune.centroid(), None)
                .map_err(|e| format!("commune {}: {e}", commune.code))?,
        );
    }
    let mut station_lines: Vec<u8> = Vec::new();
    for station in &bundle.stations {
        names.push(&station.name);
        location_at.push(
            stored_point(station.at, None).map_err(|e| format!("station {}: {e}", station.name))?,
        );
        station_lines.push(station.lines.len() as u8);
        for line in &station.lines {
            let id = lines
                .iter()
                .position(|known| known == line)
                .unwrap_or_default();
            station_lines.push(id as u8);
        }
    }
    let (shared, rests) = front_code(&names)?;
    sizes.locations += shared.len() + rests.len() + 4 * location_at.len() + station_lines.len();
    writeln!(
        out,
        "/// Locations: {} arrondissements, then communes, then stations.\npub const LOCATION_COUNT: usize = {};",
        bundle.arrondissements.len(),
        names.len()
    )
    .unwrap();
    writeln!(
        out,
        "const ARRONDISSEMENT_COUNT: usize = {};",
        bundle.arrondissements.len()
    )
    .unwrap();
    // The search tables are a file of their own (`locations.bin`, served as
    // /finder-locations.bin and fetched when the finder opens): they are most of the data
    // and only the search needs them. See `finder::decode_locations` for the layout.
    let mut locations_bin: Vec<u8> = Vec::new();
    let count = u16::try_from(names.len()).map_err(|_| "more than 65,535 locations".to_string())?;
    locations_bin.extend(count.to_le_bytes());
    locations_bin.push(
        u8::try_from(commune_runs.len()).map_err(|_| "more than 255 commune runs".to_string())?,
    );
    for &(departement, communes) in &commune_runs {
        locations_bin.push(departement);
        locations_bin.extend((communes as u16).to_le_bytes());
    }
    locations_bin.extend((station_lines.len() as u32).to_le_bytes());
    locations_bin.extend(&station_lines);
    locations_bin.extend(&shared);
    for [x, y] in &location_at {
        locations_bin.extend(x.to_le_bytes());
        locations_bin.extend(y.to_le_bytes());
    }
    locations_bin.extend(rests.as_bytes());
    writeln!(
        out,
        "/// The length and FNV-1a hash of the `locations.bin` this build made: a fetched file\n/// that differs is refused.\nconst LOCATIONS_BIN: (usize, u64) = ({}, {});\n",
        locations_bin.len(),
        fnv1a(&locations_bin)
    )
    .unwrap();

    let (mut width, mut height) = (0.0f32, 0.0f32);
    for ring in bundle
        .departements
        .iter()
        .flat_map(|d| d.polygons.iter().flatten())
    {
        for p in ring {
            let (x, y) = project(LatLon {
                lat: p[1] as f32,
                lon: p[0] as f32,
            });
            (width, height) = (width.max(x), height.max(y));
        }
    }
    writeln!(
        out,
        "/// The map's extent in map units (see `geo::project`)."
    )
    .unwrap();
    writeln!(out, "pub const MAP_WIDTH: u16 = {};", width.ceil() as u16).unwrap();
    writeln!(
        out,
        "pub const MAP_HEIGHT: u16 = {};\n",
        height.ceil() as u16
    )
    .unwrap();

    // Paris up close: its arrondissements and a margin around them.
    let (mut west, mut north, mut east, mut south) = (f32::MAX, f32::MAX, 0.0f32, 0.0f32);
    for ring in bundle
        .arrondissements
        .iter()
        .flat_map(|a| a.polygons.iter().flatten())
    {
        for p in ring {
            let (x, y) = project(LatLon {
                lat: p[1] as f32,
                lon: p[0] as f32,
            });
            (west, north, east, south) = (west.min(x), north.min(y), east.max(x), south.max(y));
        }
    }
    let margin = PARIS_VIEW_MARGIN as f32;
    let paris = [
        (west - margin).floor() as i32,
        (north - margin).floor() as i32,
        (east + margin).ceil() as i32,
        (south + margin).ceil() as i32,
    ];
    writeln!(
        out,
        "/// Paris and a margin, in map units: x, y, width, height of the close-up view.\npub const PARIS_VIEW: [u16; 4] = [{}, {}, {}, {}];\n",
        paris[0],
        paris[1],
        paris[2] - paris[0],
        paris[3] - paris[1]
    )
    .unwrap();
    // Outlines are finer where they show in the close-up.
    let departement_tolerance = |(x, y): (i32, i32)| {
        if (paris[0]..=paris[2]).contains(&x) && (paris[1]..=paris[3]).contains(&y) {
            DEPARTEMENT_TOLERANCE_IN_PARIS
        } else {
            DEPARTEMENT_TOLERANCE
        }
    };

    let mut departements: Vec<&Shape> = bundle.departements.iter().collect();
    departements.sort_by(|a, b| a.code.cmp(&b.code));
    writeln!(
        out,
        "pub static DEPARTEMENTS: [Departement; {}] = [",
        departements.len()
    )
    .unwrap();
    for d in departements {
        let outline = stored_outline(d, &svg_path_with(d, &departement_tolerance))?;
        sizes.outlines += 20 + d.name.len() + outline.len();
        writeln!(
            out,
            "    Departement {{ code: {}, name: {:?}, outline_bytes: &{outline:?} }},",
            d.code, d.name
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    writeln!(out, "pub static ARRONDISSEMENTS: [Arrondissement; 20] = [").unwrap();
    for a in &bundle.arrondissements {
        let outline = stored_outline(a, &svg_path(a, ARRONDISSEMENT_TOLERANCE))?;
        sizes.outlines += 20 + a.name.len() + outline.len();
        writeln!(
            out,
            "    Arrondissement {{ number: {}, name: {:?}, outline_bytes: &{outline:?} }},",
            a.code, a.name
        )
        .unwrap();
    }
    out.push_str("];\n");

    let report = format!(
        "places {} B ({} places), search locations and lines {} B ({} locations, {} lines), map outlines {} B, total {} B",
        sizes.places,
        bundle.places.len(),
        sizes.locations,
        names.len(),
        lines.len(),
        sizes.outlines,
        sizes.places + sizes.locations + sizes.outlines
    );
    Ok((out, locations_bin, report))
}

/// Extra margin around Paris in the close-up, in map units (20 m): 1.5 km.
const PARIS_VIEW_MARGIN: u16 = 75;

/// The stored form of a point, refused if storing moves it by 2 m or more, or out
/// of the shape it must lie in.
fn stored_point(at: LatLon, within: Option<&Shape>) -> Result<[u16; 2], String> {
    if !in_idf_box(at) {
        return Err(format!("{}, {} is outside Île-de-France", at.lat, at.lon));
    }
    let stored = quantise(at);
    let back = dequantise(stored);
    if distance_m(at, back) >= 2.0 {
        return Err(format!(
            "{}, {} moves by 2 m or more when stored",
            at.lat, at.lon
        ));
    }
    if let Some(shape) = within {
        if shape.contains(at) && !shape.contains(back) {
            return Err(format!(
                "{}, {} leaves {} when stored",
                at.lat, at.lon, shape.name
            ));
        }
    }
    Ok(stored)
}

/// An outline as stored (see `outline.rs`), checked to come back as drawn.
fn stored_outline(shape: &Shape, path: &str) -> Result<Vec<u8>, String> {
    outline::encode(path)
        .filter(|bytes| outline::decode(bytes) == path)
        .ok_or_else(|| format!("outline of {} does not survive storing", shape.name))
}

fn points(points: &[[u16; 2]]) -> String {
    let items: Vec<String> = points.iter().map(|[a, b]| format!("[{a},{b}]")).collect();
    format!("[{}]", items.join(","))
}

/// Front coding: for each name, the bytes it shares with the one before (at most
/// 255, on a character boundary) and the rest, each rest ended by a line break.
/// FNV-1a, 64 bits: enough to tell a file from another build's (not a security check).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

pub fn front_code(names: &[&str]) -> Result<(Vec<u8>, String), String> {
    let mut shared = Vec::with_capacity(names.len());
    let mut rests = String::new();
    let mut previous = "";
    for name in names {
        if name.is_empty() || name.contains('\n') {
            return Err(format!(
                "location name {name:?} is empty or holds a line break"
            ));
        }
        let mut common = name
            .bytes()
            .zip(previous.bytes())
            .take_while(|(a, b)| a == b)
            .count()
            .min(255);
        while !name.is_char_boundary(common) {
            common -= 1;
        }
        shared.push(common as u8);
        rests.push_str(&name[common..]);
        rests.push('\n');
        previous = name;
    }
    Ok((shared, rests))
}

#[derive(Default)]
struct Sizes {
    places: usize,
    locations: usize,
    outlines: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(code: &str, west: f64, south: f64, east: f64, north: f64) -> Shape {
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

    fn test_departements() -> Vec<Shape> {
        vec![
            square("75", 2.2, 48.815, 2.5, 48.91),
            square("94", 2.2, 48.7, 2.6, 48.815),
        ]
    }

    fn places_from(fixture: &str) -> Result<Vec<PlaceRecord>, String> {
        let path = format!(
            "{}/tests/fixtures/finder/{fixture}",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).expect("fixture exists");
        parse_places(fixture, &text, &test_departements(), &[])
    }

    fn rejection(fixture: &str) -> String {
        places_from(fixture).expect_err("bad fixture was accepted")
    }

    #[test]
    fn good_rows_become_readable_places() {
        let places = places_from("good.csv").unwrap();
        assert_eq!(places.len(), 2);
        assert_eq!(places[0].name, "CAARUD AIDES 75");
        assert_eq!(places[0].phone.as_deref(), Some("01 53 27 63 00"));
        assert!(places[0].is_caarud);
        assert_eq!(places[1].name, "CSAPA Cassini, \"Site B\"");
        assert_eq!(places[1].address, "8 bis rue Cassini");
        assert_eq!(
            (places[1].departement, places[1].phone.as_deref()),
            (75, None)
        );
        assert_eq!(places[1].town, "Paris");
        assert_eq!(places[1].hours, None);
    }

    #[test]
    fn bad_rows_fail_naming_file_line_and_record() {
        assert_eq!(
            rejection("duplicate_finess.csv"),
            "duplicate_finess.csv:4: duplicate FINESS number 750027989 (first on line 2)"
        );
        assert_eq!(
            rejection("swapped_coordinates.csv"),
            "swapped_coordinates.csv:3: FINESS 750830945: coordinates 2.3373506, 48.83709 are outside Île-de-France"
        );
        assert_eq!(
            rejection("outside_departement.csv"),
            "outside_departement.csv:3: FINESS 750830945: coordinates 48.8, 2.3373506 are outside département 75 of its postal code"
        );
        assert_eq!(
            rejection("postal_code_outside_idf.csv"),
            "postal_code_outside_idf.csv:3: FINESS 750830945: postal code \"69007\" is not in Île-de-France"
        );
        assert_eq!(
            rejection("short_row.csv"),
            "short_row.csv:3: 5 fields where the header has 17"
        );
        assert!(rejection("unknown_category.csv")
            .starts_with("unknown_category.csv:3: FINESS 750830945: category \"999\""));
    }

    #[test]
    fn bad_fields_are_refused() {
        let header = "finess_et,categetab,rs,adresse,code_postal,commune_acheminement,telephone,latitude,longitude";
        let check = |row: &str| {
            parse_places(
                "inline.csv",
                &format!("{header}\n{row}\n"),
                &test_departements(),
                &[],
            )
        };
        assert!(check("750027989,178,A,1 R X,75002,PARIS,0153276300,48.86,2.35").is_ok());
        for (row, error) in [
            (
                "75002798,178,A,1 R X,75002,PARIS,,48.86,2.35",
                "bad FINESS number",
            ),
            (
                "750027989,178,,1 R X,75002,PARIS,,48.86,2.35",
                "empty name or address",
            ),
            (
                "750027989,178,A,1 R X,75002,PARIS,01 53,48.86,2.35",
                "bad telephone",
            ),
            (
                "750027989,178,A,1 R X,75002,PARIS,,north,2.35",
                "bad coordinates",
            ),
            (
                "750027989,178,A,1 R X,7500,PARIS,,48.86,2.35",
                "postal code \"7500\"",
            ),
        ] {
            let rejected = check(row).expect_err(row);
            assert!(
                rejected.starts_with("inline.csv:2: ") && rejected.contains(error),
                "{rejected}"
            );
        }
        let missing = parse_places("inline.csv", "finess_et,rs\n", &test_departements(), &[]);
        assert_eq!(missing.unwrap_err(), "inline.csv: missing column categetab");
    }

    #[test]
    fn opening_hours_column_is_read_or_rejected() {
        let header = "finess_et,categetab,rs,adresse,code_postal,commune_acheminement,telephone,latitude,longitude,opening_hours";
        let row = "750027989,178,A,1 R X,75002,PARIS,,48.86,2.35";
        let check = |hours: &str| {
            parse_places(
                "h.csv",
                &format!("{header}\n{row},{hours}\n"),
                &test_departements(),
                &[],
            )
        };
        let places = check("Mo-Fr 09:00-17:00").unwrap();
        assert_eq!(places[0].hours.as_ref().map(Vec::len), Some(5));
        assert_eq!(check("").unwrap()[0].hours, None);
        assert_eq!(
            check("Mo-Fr 9h-17h").unwrap_err(),
            "h.csv:2: FINESS 750027989: opening hours rule \"Mo-Fr 9h-17h\": bad time range"
        );
    }

    #[test]
    fn csv_quotes_and_line_numbers() {
        let records = parse_csv("a,b\r\n\"x, \"\"y\"\"\",\"two\nlines\"\nlast,row").unwrap();
        assert_eq!(records[0], (1, vec!["a".to_string(), "b".to_string()]));
        assert_eq!(
            records[1],
            (2, vec!["x, \"y\"".to_string(), "two\nlines".to_string()])
        );
        assert_eq!(records[2].0, 4);
        assert_eq!(
            parse_csv("a,\"b\nc").unwrap_err(),
            (1, "unterminated quote".to_string())
        );
        assert_eq!(
            parse_csv("a,b\"c\n").unwrap_err(),
            (1, "stray quote".to_string())
        );
    }

    #[test]
    fn street_types_expand() {
        for (raw, readable) in [
            ("36 R DUSSOUBS", "36 rue Dussoubs"),
            ("9 AV JULES VALLES", "9 avenue Jules Valles"),
            ("35 BD GAMBETTA", "35 boulevard Gambetta"),
            ("12 ALL GASTON BACHELARD", "12 allée Gaston Bachelard"),
            ("6 PL RUTEBEUF", "6 place Rutebeuf"),
            ("3 QU D'AUSTERLITZ", "3 quai d'Austerlitz"),
            ("14 RTE DE MONTEREAU", "14 route de Montereau"),
            ("2 CHE CHEMIN DES BOURGOGNES", "2 chemin des Bourgognes"),
            (
                "200 R DU FAUBOURG ST-DENIS",
                "200 rue du Faubourg Saint-Denis",
            ),
            ("08 R MARCADET", "8 rue Marcadet"),
            ("ALL RAIMU", "allée Raimu"),
        ] {
            assert_eq!(display_address(raw), readable);
        }
        for (code, _) in STREET_TYPES {
            assert_eq!(code.to_uppercase(), *code);
        }
    }

    #[test]
    fn repetition_indexes_and_extra_lines() {
        assert_eq!(display_address("8 R B CASSINI"), "8 bis rue Cassini");
        assert_eq!(display_address("64 R T DE MEAUX"), "64 ter rue de Meaux");
        assert_eq!(display_address("40 TER RUE MARCEAU"), "40 ter rue Marceau");
        assert_eq!(display_address("25 RTE B D EGLY"), "25 bis route d'Egly");
        assert_eq!(
            display_address("R SAINT FIACRE | BP 218"),
            "rue Saint Fiacre, BP 218"
        );
        assert_eq!(
            display_address("110 GRAND PLACE DE L' AGORA"),
            "110 Grand Place de l'Agora"
        );
        // A street named with a single letter is not mistaken for "bis".
        assert_eq!(display_address("3 R B"), "3 rue B");
    }

    #[test]
    fn names_in_readable_case() {
        for (raw, readable) in [
            ("CSAPA LA CORDEE", "CSAPA La Cordee"),
            (
                "CAARUD ESPOIR GOUTTE D'OR - EGO",
                "CAARUD Espoir Goutte d'Or - EGO",
            ),
            ("CSAPA  MONCEAU", "CSAPA Monceau"),
            ("CAARUD KALEÏDOSCOPE", "CAARUD Kaleïdoscope"),
            ("CAARUD R.V.H SUD 77", "CAARUD R.V.H Sud 77"),
            (
                "CSAPA ANPAA 77 - DAMMARIE LES LYS",
                "CSAPA ANPAA 77 - Dammarie les Lys",
            ),
            (
                "CSAPA  CTRE PENITENTIAIRE BOIS D'ARCY",
                "CSAPA Centre Penitentiaire Bois d'Arcy",
            ),
            ("CSAPA REGAIN - BRY S/MARNE", "CSAPA Regain - Bry sur Marne"),
            (
                "CSAPA SPECIALISE DU CH DES 4 VILLES",
                "CSAPA Specialise du CH des 4 Villes",
            ),
            ("CSAPA AP-HP HOPITAL", "CSAPA AP-HP Hopital"),
            ("LA TERRASSE", "La Terrasse"),
        ] {
            assert_eq!(display_name(raw), readable);
        }
    }

    #[test]
    fn towns_take_the_official_commune_name() {
        let communes = vec![
            square("78551", 2.0, 48.8, 2.1, 48.9),
            square("93007", 2.4, 48.9, 2.5, 49.0),
            square("91228", 2.4, 48.6, 2.5, 48.7),
        ];
        let name = |mut shape: Shape, name: &str| {
            shape.name = name.to_string();
            shape
        };
        let communes: Vec<Shape> = communes
            .into_iter()
            .zip(["Saint-Germain-en-Laye", "Blanc-Mesnil", "Évry"])
            .map(|(s, n)| name(s, n))
            .collect();
        assert_eq!(
            display_town("ST GERMAIN EN LAYE ", 78, &communes),
            "Saint-Germain-en-Laye"
        );
        assert_eq!(
            display_town("LE BLANC MESNIL", 93, &communes),
            "Le Blanc-Mesnil"
        );
        assert_eq!(display_town("EVRY CEDEX", 91, &communes), "Évry");
        assert_eq!(display_town("EVRY CEDEX", 93, &communes), "Evry CEDEX");
        assert_eq!(display_town("PARIS", 75, &communes), "Paris");
    }

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

    #[test]
    fn outlines_are_compact_closed_paths() {
        let shape = square("75", 2.25, 48.815, 2.42, 48.9);
        let path = svg_path(&shape, 1.0);
        assert!(path.starts_with('M') && path.ends_with('z'), "{path}");
        assert_eq!(path.matches('l').count(), 1);
        // A square needs four corners whatever the tolerance.
        let numbers: Vec<&str> = path[1..path.len() - 1]
            .split(['l', ' ', '-'])
            .filter(|n| !n.is_empty())
            .collect();
        assert_eq!(numbers.len(), 8, "{path}");
    }

    #[test]
    fn centroid_of_a_square_is_its_middle() {
        let c = square("x", 2.0, 48.0, 3.0, 49.0).centroid();
        assert!((c.lat - 48.5).abs() < 1e-5 && (c.lon - 2.5).abs() < 1e-5);
    }
}
