//! The nearby-facility finder: bundled FINESS places, ranking, search and the map.
//!
//! Everything under `data/` is checked and turned into the statics below by
//! build.rs (with `crates/finder-data`); nothing is parsed when the app starts. Points,
//! outlines and search keys, which the build makes as the app reads them, are
//! `crates/finder-common`.

mod rank;
mod search;

pub use finder_common::{geo, outline, text};

pub use geo::{dequantise, distance_m, project, quantise, LatLon};
pub use rank::{
    list, rank_places, walking_minutes, Distance, Filter, Listed, RankedPlace, Rounded,
    DETOUR_FACTOR, WALKING_SPEED_KMH,
};
pub use search::{search, SEARCH_LIMIT};

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/finder_data.rs"));

/// Every bundled place, in FINESS file order. The table is decoded from the
/// compact generated data on first use (about 93 small records).
pub fn places() -> &'static [Place] {
    static PLACES: OnceLock<Vec<Place>> = OnceLock::new();
    PLACES.get_or_init(decode_places)
}

/// The place with this FINESS number.
pub fn place(finess: &str) -> Option<&'static Place> {
    places().iter().find(|place| place.finess == finess)
}

fn decode_places() -> Vec<Place> {
    PLACE_TEXT
        .lines()
        .zip(PLACE_AT)
        .map(|(line, at)| {
            let mut fields = line.split('\t');
            let mut next = || fields.next().unwrap_or_default();
            let (finess, kind, name, address, postal_code, town, phone) =
                (next(), next(), next(), next(), next(), next(), next());
            Place {
                finess,
                kind: if kind == "C" {
                    Kind::Caarud
                } else {
                    Kind::Csapa
                },
                name,
                address,
                postal_code,
                town,
                // build.rs checked that postal codes are five digits of Île-de-France.
                departement: postal_code
                    .get(..2)
                    .and_then(|d| d.parse().ok())
                    .unwrap_or_default(),
                phone: (!phone.is_empty()).then_some(phone),
                at: dequantise(at),
            }
        })
        .collect()
}

/// The search tables as build.rs wrote them (`locations.bin`). The web build serves them
/// as a file of their own, fetched when the finder opens ([`take_locations_file`]);
/// native builds (tests, benches) embed them.
#[cfg(not(target_arch = "wasm32"))]
static LOCATIONS_FILE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/locations.bin"));

static LOCATIONS: OnceLock<Vec<Location>> = OnceLock::new();

/// Every arrondissement, commune and station search knows, search keys included (see
/// `benches/finder.rs` for what decoding costs). In the web build, empty until
/// [`take_locations_file`] has the file.
pub fn locations() -> &'static [Location] {
    #[cfg(not(target_arch = "wasm32"))]
    LOCATIONS.get_or_init(|| {
        decode_locations(LOCATIONS_FILE).expect("build.rs wrote this file for this build")
    });
    LOCATIONS.get().map_or(&[], Vec::as_slice)
}

/// Whether the search tables are here (always, natively).
pub fn has_locations() -> bool {
    !locations().is_empty()
}

/// Takes the fetched `locations.bin`: false, and nothing kept, unless it is this build's.
pub fn take_locations_file(bytes: Vec<u8>) -> bool {
    if (bytes.len(), fnv1a(&bytes)) != LOCATIONS_BIN {
        return false;
    }
    match decode_locations(bytes.leak()) {
        Some(decoded) => {
            let _ = LOCATIONS.set(decoded);
            true
        }
        None => false,
    }
}

/// FNV-1a, as the data generator hashed the file (`crates/finder-data`).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// `locations.bin`, little-endian: the location count (u16); the communes' départements in
/// runs (a u8 count, then a u8 département and a u16 count each); the station lines (a u32
/// length, then for each station how many lines stop there and their ids in `LINES`); for
/// each location the bytes its name shares with the one before (u8); its point (two u16);
/// and last the rest of each name, each ended by a line break. `None` if it does not add up.
fn decode_locations(file: &'static [u8]) -> Option<Vec<Location>> {
    let mut rest = file;
    let mut take = |n: usize| -> Option<&'static [u8]> {
        let (head, tail) = rest.split_at_checked(n)?;
        rest = tail;
        Some(head)
    };
    let u16_at = |bytes: &[u8], i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]);
    let count = usize::from(u16_at(take(2)?, 0));
    let runs = take(1)?[0];
    let mut commune_runs = Vec::with_capacity(usize::from(runs));
    for _ in 0..runs {
        let run = take(3)?;
        commune_runs.push((run[0], u16_at(run, 1)));
    }
    let station_lines_len = take(4)?;
    let station_lines = take(u32::from_le_bytes(station_lines_len.try_into().ok()?) as usize)?;
    let shared = take(count)?;
    let at = take(4 * count)?;
    let names_rest = std::str::from_utf8(rest).ok()?;

    // Names: undo the front coding into one buffer that lives as long as the app.
    let mut buffer: Vec<u8> = Vec::with_capacity(names_rest.len() * 2);
    let mut name_ends = Vec::with_capacity(count);
    let mut previous_start = 0;
    for (&shared, rest) in shared.iter().zip(names_rest.split_terminator('\n')) {
        let start = buffer.len();
        let previous = buffer.get(previous_start..previous_start + shared as usize)?;
        let previous = previous.to_vec();
        buffer.extend_from_slice(&previous);
        buffer.extend_from_slice(rest.as_bytes());
        name_ends.push(buffer.len());
        previous_start = start;
    }
    if name_ends.len() != count {
        return None;
    }
    let names: &'static str = String::from_utf8(buffer).ok()?.leak();
    let name = |i: usize| names.get(if i == 0 { 0 } else { name_ends[i - 1] }..name_ends[i]);

    let mut kinds = Vec::with_capacity(count);
    kinds.extend((1..=ARRONDISSEMENT_COUNT as u8).map(LocationKind::Arrondissement));
    for &(departement, communes) in &commune_runs {
        kinds.extend((0..communes).map(|_| LocationKind::Commune { departement }));
    }
    let mut lines_rest: &'static [u8] = station_lines;
    while let Some((&n, after)) = lines_rest.split_first() {
        let (lines, after) = after.split_at_checked(n as usize)?;
        if lines.iter().any(|&line| usize::from(line) >= LINES.len()) {
            return None;
        }
        kinds.push(LocationKind::Station { lines });
        lines_rest = after;
    }
    if kinds.len() != count {
        return None;
    }

    // Search keys, with extra words for arrondissements: "18e 18eme 75018".
    let mut keys = String::with_capacity(names.len() + 40 * ARRONDISSEMENT_COUNT);
    let mut key_ends = Vec::with_capacity(count);
    for (i, kind) in kinds.iter().enumerate() {
        match kind {
            LocationKind::Arrondissement(n) => {
                let ordinal = if *n == 1 {
                    "1er".to_string()
                } else {
                    format!("{n}e {n}eme")
                };
                keys.push_str(&text::search_key(&format!(
                    "{} {ordinal} arrondissement 750{n:02}",
                    name(i)?
                )));
            }
            _ => keys.push_str(&text::search_key(name(i)?)),
        }
        key_ends.push(keys.len());
    }
    let keys: &'static str = keys.leak();

    kinds
        .into_iter()
        .enumerate()
        .map(|(i, kind)| {
            let key = &keys[if i == 0 { 0 } else { key_ends[i - 1] }..key_ends[i]];
            Some(Location {
                name: name(i)?,
                key,
                initials: text::word_initials(key),
                at: dequantise([u16_at(at, 4 * i), u16_at(at, 4 * i + 2)]),
                kind,
            })
        })
        .collect()
}

/// A day of the calendar, as the data's sources give it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// When the FINESS file was extracted, the one source of the data's date: the screens say
/// it (places may have moved since) and the attribution carries it.
pub const DATA_EXTRACTED_ON: Date = Date {
    year: 2021,
    month: 1,
    day: 8,
};

/// The attribution the Licence Ouverte asks for, in French as published.
pub fn data_source() -> String {
    let Date { year, month, day } = DATA_EXTRACTED_ON;
    format!(
        "Source : FINESS, ministère chargé de la santé, extraction du {day:02}/{month:02}/{year}"
    )
}
/// Map, station and boundary credits (ODbL for Paris and IDFM, Licence Ouverte for IGN).
pub const MAP_SOURCES: &str =
    "Fonds : IGN Admin Express 2018 ; arrondissements : Ville de Paris (ODbL) ; gares : Île-de-France Mobilités (ODbL)";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Harm-reduction drop-in (Centre d'accueil et d'accompagnement à la réduction
    /// des risques pour usagers de drogues).
    Caarud,
    /// Addiction care centre (Centre de soins, d'accompagnement et de prévention en
    /// addictologie).
    Csapa,
}

impl Kind {
    /// The acronym, the same in every language.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Caarud => "CAARUD",
            Kind::Csapa => "CSAPA",
        }
    }
}

/// A facility, with its name and address already made readable at build time.
#[derive(Debug, PartialEq)]
pub struct Place {
    /// The FINESS établissement number, the stable key.
    pub finess: &'static str,
    pub kind: Kind,
    pub name: &'static str,
    pub address: &'static str,
    pub postal_code: &'static str,
    pub town: &'static str,
    pub departement: u8,
    /// Grouped for reading, "01 53 27 63 00"; some places have none.
    pub phone: Option<&'static str>,
    /// Within 2 m of the FINESS coordinates (see [`geo::quantise`]).
    pub at: LatLon,
}

impl Place {
    /// The call button's `tel:` address; `None` for a place without a phone.
    pub fn tel_href(&self) -> Option<String> {
        self.phone.map(crate::help::tel_href)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Mode {
    Metro,
    Rer,
    Train,
    Tram,
    Val,
    Funicular,
}

/// A line as IDFM names it: Metro "4", RER "B", Train "H", Tram "3b", Val "CDGVAL".
#[derive(Debug, PartialEq)]
pub struct Line {
    pub mode: Mode,
    pub name: &'static str,
}

impl Line {
    /// As Paris signs write it, the same in every language: "M4", "RER B", "T3b".
    pub fn sign(&self) -> String {
        match self.mode {
            Mode::Metro => format!("M{}", self.name),
            Mode::Rer => format!("RER {}", self.name),
            Mode::Train => format!("Transilien {}", self.name),
            Mode::Tram => format!("T{}", self.name),
            Mode::Val => self.name.to_string(),
            Mode::Funicular => "Funiculaire".to_string(),
        }
    }
}

/// Somewhere a person can say they are: an arrondissement, a commune or a station.
#[derive(Debug, PartialEq)]
pub struct Location {
    pub name: &'static str,
    /// `text::search_key(name)`, with extra words for arrondissements ("18e 18eme 75018"),
    /// computed when the table is first decoded.
    pub key: &'static str,
    /// `text::word_initials(key)`, for search to skip most keys at once.
    pub initials: u64,
    /// The station, or the centroid of the arrondissement or commune, within 2 m.
    pub at: LatLon,
    pub kind: LocationKind,
}

#[derive(Debug, PartialEq)]
pub enum LocationKind {
    Arrondissement(u8),
    Commune {
        departement: u8,
    },
    /// Indexes into [`LINES`].
    Station {
        lines: &'static [u8],
    },
}

impl Location {
    pub fn lines(&self) -> impl Iterator<Item = &'static Line> {
        let ids: &'static [u8] = match self.kind {
            LocationKind::Station { lines } => lines,
            _ => &[],
        };
        ids.iter().map(|&id| &LINES[id as usize])
    }
}

/// A département and its outline in map units (see [`geo::project`],
/// `viewBox="0 0 MAP_WIDTH MAP_HEIGHT"`).
#[derive(Debug, PartialEq)]
pub struct Departement {
    pub code: u8,
    pub name: &'static str,
    outline_bytes: &'static [u8],
}

#[derive(Debug, PartialEq)]
pub struct Arrondissement {
    pub number: u8,
    pub name: &'static str,
    outline_bytes: &'static [u8],
}

impl Departement {
    /// The outline as an SVG path ("M…l…z"), made from compact bytes on each call.
    pub fn outline(&self) -> String {
        outline::decode(self.outline_bytes)
    }
}

impl Arrondissement {
    /// The outline as an SVG path ("M…l…z"), made from compact bytes on each call.
    pub fn outline(&self) -> String {
        outline::decode(self.outline_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_search_tables_file_is_checked_before_it_is_used() {
        // The embedded file decodes to every location.
        assert_eq!(locations().len(), LOCATION_COUNT);
        // Any other file is refused, and a cut or damaged one decodes to nothing, not a panic.
        let file = LOCATIONS_FILE.to_vec();
        assert!(!take_locations_file(file[..file.len() - 1].to_vec()));
        let mut damaged = file.clone();
        damaged[10] ^= 0xff;
        assert!(!take_locations_file(damaged));
        // (A cut inside the last name still decodes: the length and hash check above is what
        // refuses it.)
        for cut in [0, 1, 3, 40, 5_000, file.len() / 2] {
            assert!(
                decode_locations(file[..cut].to_vec().leak()).is_none(),
                "cut at {cut}"
            );
        }
        let mut bad_names = file.clone();
        *bad_names.last_mut().unwrap() = 0xff;
        assert!(decode_locations(bad_names.leak()).is_none());
    }

    #[test]
    fn all_93_places_are_bundled_once() {
        assert_eq!(places().len(), 93);
        let numbers: HashSet<_> = places().iter().map(|p| p.finess).collect();
        assert_eq!(numbers.len(), 93);
        assert_eq!(
            places().iter().filter(|p| p.kind == Kind::Caarud).count(),
            20
        );
        assert_eq!(places().iter().filter(|p| p.departement == 75).count(), 28);
        assert_eq!(places().iter().filter(|p| p.phone.is_none()).count(), 2);
    }

    #[test]
    fn the_attribution_carries_the_extract_s_date() {
        assert_eq!(
            data_source(),
            "Source : FINESS, ministère chargé de la santé, extraction du 08/01/2021"
        );
    }

    #[test]
    fn bundled_place_reads_well() {
        let cassini = place("750830945").unwrap();
        assert_eq!(cassini.name, "CSAPA Cassini");
        assert_eq!(cassini.address, "8 bis rue Cassini");
        assert_eq!(cassini.town, "Paris");
        assert_eq!(cassini.phone, Some("01 42 34 16 97"));
        assert_eq!((cassini.kind, cassini.postal_code), (Kind::Csapa, "75014"));
        assert!(
            distance_m(
                cassini.at,
                LatLon {
                    lat: 48.837_09,
                    lon: 2.337_351
                }
            ) < 2.0
        );
        assert_eq!(cassini.tel_href().as_deref(), Some("tel:0142341697"));
        let saint_germain = place("780024907").unwrap();
        assert_eq!(saint_germain.town, "Saint-Germain-en-Laye");
        assert_eq!(saint_germain.phone, None);
        assert_eq!(saint_germain.tel_href(), None);
    }

    #[test]
    fn lines_are_written_as_on_the_signs() {
        let sign = |mode, name| Line { mode, name }.sign();
        assert_eq!(sign(Mode::Metro, "4"), "M4");
        assert_eq!(sign(Mode::Rer, "B"), "RER B");
        assert_eq!(sign(Mode::Train, "H"), "Transilien H");
        assert_eq!(sign(Mode::Tram, "3b"), "T3b");
        assert_eq!(sign(Mode::Val, "CDGVAL"), "CDGVAL");
        assert_eq!(sign(Mode::Funicular, "Montmartre"), "Funiculaire");
        assert_eq!(
            (Kind::Caarud.name(), Kind::Csapa.name()),
            ("CAARUD", "CSAPA")
        );
    }

    #[test]
    fn map_has_every_outline() {
        let codes: Vec<u8> = DEPARTEMENTS.iter().map(|d| d.code).collect();
        assert_eq!(codes, [75, 77, 78, 91, 92, 93, 94, 95]);
        let numbers: Vec<u8> = ARRONDISSEMENTS.iter().map(|a| a.number).collect();
        assert_eq!(numbers, (1..=20).collect::<Vec<u8>>());
        for outline in DEPARTEMENTS
            .iter()
            .map(|d| d.outline())
            .chain(ARRONDISSEMENTS.iter().map(|a| a.outline()))
        {
            assert!(outline.starts_with('M') && outline.ends_with('z'));
            // Every point of every ring lies on the map.
            for ring in outline.split_terminator('z') {
                let (start, steps) = ring[1..].split_once('l').unwrap();
                let (x, y) = start.split_once(' ').unwrap();
                let (mut x, mut y): (i32, i32) = (x.parse().unwrap(), y.parse().unwrap());
                let steps: Vec<i32> = steps
                    .replace('-', " -")
                    .split_whitespace()
                    .map(|n| n.parse().unwrap())
                    .collect();
                for step in steps.chunks(2) {
                    (x, y) = (x + step[0], y + step[1]);
                    assert!((0..=MAP_WIDTH as i32).contains(&x), "{x}");
                    assert!((0..=MAP_HEIGHT as i32).contains(&y), "{y}");
                }
            }
        }
        let [x, y, width, height] = PARIS_VIEW;
        assert!(x + width < MAP_WIDTH && y + height < MAP_HEIGHT);
        assert!(
            (900..1200).contains(&width) && (500..800).contains(&height),
            "{PARIS_VIEW:?}"
        );
        for place in places() {
            let (x, y) = project(place.at);
            assert!((0.0..MAP_WIDTH as f32).contains(&x) && (0.0..MAP_HEIGHT as f32).contains(&y));
        }
    }

    #[test]
    fn stations_are_one_per_name_with_their_lines() {
        let gare_du_nord: Vec<_> = locations()
            .iter()
            .filter(|l| l.name == "Gare du Nord")
            .collect();
        assert_eq!(gare_du_nord.len(), 1);
        let lines: Vec<String> = gare_du_nord[0]
            .lines()
            .map(|l| format!("{:?} {}", l.mode, l.name))
            .collect();
        assert_eq!(
            lines,
            ["Metro 4", "Metro 5", "Rer B", "Rer D", "Train H", "Train K"]
        );
    }
}
