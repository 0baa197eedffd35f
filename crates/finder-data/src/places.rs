//! The FINESS CAARUD/CSAPA extract: each row checked, then made readable.

use crate::csv::parse_csv;
use crate::names::{display_address, display_name, display_town};
use crate::shapes::Shape;
use crate::IDF_DEPARTEMENTS;
use finder_common::geo::{in_idf_box, LatLon};
use std::collections::HashMap;

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
}

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

/// Reads the FINESS CAARUD/CSAPA extract. FINESS gives no opening hours, and the app
/// carries none: it says they are not known rather than guess.
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
        let place = read_place(&field, departements, communes)
            .map_err(|e| at_line(format!("FINESS {finess}: {e}")))?;
        places.push(place);
    }
    Ok(places)
}

fn read_place<'a>(
    field: &dyn Fn(usize) -> &'a str,
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
    })
}

fn group_phone(digits: &str) -> String {
    let pairs: Vec<&str> = (0..5).map(|i| &digits[2 * i..2 * i + 2]).collect();
    pairs.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shapes::test_departements;

    fn places_from(fixture: &str) -> Result<Vec<PlaceRecord>, String> {
        let path = format!("{}/fixtures/{fixture}", env!("CARGO_MANIFEST_DIR"));
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
}
