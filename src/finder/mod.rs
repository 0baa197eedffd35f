//! The nearby-facility finder: bundled FINESS places, ranking, search and opening hours.
//!
//! Everything under `data/` is checked and turned into the statics below by
//! build.rs (see `build_data.rs`); nothing is parsed when the app starts.

// Run by build.rs; compiled here only so that its tests can feed it bad data.
#[cfg(test)]
#[allow(dead_code)]
mod build_data;
pub mod geo;
pub mod hours;
pub mod outline;
mod rank;
mod search;
pub mod text;

pub use geo::{dequantise, distance_m, project, quantise, LatLon};
pub use hours::{Hours, HoursStatus, Span, WeekTime};
pub use rank::{
    rank_places, walking_minutes, Filter, RankedPlace, DETOUR_FACTOR, WALKING_SPEED_KMH,
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

/// Every arrondissement, commune and station search knows. Decoded on first use,
/// search keys included (see `benches/finder.rs` for what that costs).
pub fn locations() -> &'static [Location] {
    static LOCATIONS: OnceLock<Vec<Location>> = OnceLock::new();
    LOCATIONS.get_or_init(decode_locations)
}

fn decode_places() -> Vec<Place> {
    PLACE_TEXT
        .lines()
        .zip(PLACE_AT)
        .enumerate()
        .map(|(index, (line, at))| {
            let mut fields = line.split('\t');
            let mut next = || fields.next().unwrap_or_default();
            let (finess, kind, name, address, postal_code, town, phone) =
                (next(), next(), next(), next(), next(), next(), next());
            let hours = PLACE_HOURS
                .iter()
                .find(|(i, _)| *i as usize == index)
                .map_or(Hours::Unknown, |(_, spans)| Hours::Weekly(spans));
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
                hours,
                services: Services::NONE,
                languages: &[],
            }
        })
        .collect()
}

fn decode_locations() -> Vec<Location> {
    // Names: undo the front coding into one buffer that lives as long as the app.
    let mut buffer: Vec<u8> = Vec::with_capacity(LOCATION_NAMES.len() * 2);
    let mut name_ends = Vec::with_capacity(LOCATION_COUNT);
    let mut previous_start = 0;
    for (&shared, rest) in LOCATION_SHARED
        .iter()
        .zip(LOCATION_NAMES.split_terminator('\n'))
    {
        let start = buffer.len();
        buffer.extend_from_within(previous_start..previous_start + shared as usize);
        buffer.extend_from_slice(rest.as_bytes());
        name_ends.push(buffer.len());
        previous_start = start;
    }
    let names: &'static str = match String::from_utf8(buffer) {
        Ok(names) => names.leak(),
        Err(_) => unreachable!("build.rs cuts names on character boundaries"),
    };
    let name = |i: usize| &names[if i == 0 { 0 } else { name_ends[i - 1] }..name_ends[i]];

    let mut kinds = Vec::with_capacity(LOCATION_COUNT);
    kinds.extend((1..=ARRONDISSEMENT_COUNT as u8).map(LocationKind::Arrondissement));
    for &(departement, count) in &COMMUNE_RUNS {
        kinds.extend((0..count).map(|_| LocationKind::Commune { departement }));
    }
    let mut rest: &'static [u8] = &STATION_LINES;
    while let Some((&count, after)) = rest.split_first() {
        let (lines, after) = after.split_at(count as usize);
        kinds.push(LocationKind::Station { lines });
        rest = after;
    }

    // Search keys, with extra words for arrondissements: "18e 18eme 75018".
    let mut keys = String::with_capacity(names.len() + 40 * ARRONDISSEMENT_COUNT);
    let mut key_ends = Vec::with_capacity(LOCATION_COUNT);
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
                    name(i)
                )));
            }
            _ => keys.push_str(&text::search_key(name(i))),
        }
        key_ends.push(keys.len());
    }
    let keys: &'static str = keys.leak();

    kinds
        .into_iter()
        .zip(LOCATION_AT)
        .enumerate()
        .map(|(i, (kind, at))| {
            let key = &keys[if i == 0 { 0 } else { key_ends[i - 1] }..key_ends[i]];
            Location {
                name: name(i),
                key,
                initials: text::word_initials(key),
                at: dequantise(at),
                kind,
            }
        })
        .collect()
}

/// When the FINESS file was extracted: the UI must say the data may be out of date.
pub const DATA_EXTRACTED_ON: &str = "2021-01-08";
/// The attribution the Licence Ouverte asks for.
pub const DATA_SOURCE: &str =
    "Source : FINESS, ministère chargé de la santé, extraction du 08/01/2021";
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
    pub hours: Hours,
    pub services: Services,
    /// BCP 47 codes of the languages spoken there, beyond French.
    pub languages: &'static [&'static str],
}

/// What a place offers. FINESS says nothing about it, so every bundled place has
/// none yet: the UI must read an empty set as "not known", not "not offered".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Services(u16);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Service {
    InhalationKits,
    Syringes,
    Shower,
    Food,
    MedicalCare,
    Testing,
    Naloxone,
    ConsumptionRoom,
    WomenOnly,
}

impl Service {
    pub const ALL: [Service; 9] = [
        Service::InhalationKits,
        Service::Syringes,
        Service::Shower,
        Service::Food,
        Service::MedicalCare,
        Service::Testing,
        Service::Naloxone,
        Service::ConsumptionRoom,
        Service::WomenOnly,
    ];
}

impl Services {
    pub const NONE: Services = Services(0);

    pub const fn of(services: &[Service]) -> Services {
        let mut bits = 0;
        let mut i = 0;
        while i < services.len() {
            bits |= 1 << services[i] as u16;
            i += 1;
        }
        Services(bits)
    }

    pub fn contains(self, service: Service) -> bool {
        self.0 & (1 << service as u16) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Service> {
        Service::ALL.into_iter().filter(move |s| self.contains(*s))
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
    fn bundled_places_have_no_invented_hours_or_services() {
        for place in places() {
            assert_eq!(place.hours, Hours::Unknown);
            assert!(place.services.is_empty() && place.languages.is_empty());
        }
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
        let saint_germain = place("780024907").unwrap();
        assert_eq!(saint_germain.town, "Saint-Germain-en-Laye");
        assert_eq!(saint_germain.phone, None);
    }

    #[test]
    fn services_are_a_set() {
        let services = Services::of(&[Service::Naloxone, Service::InhalationKits]);
        assert!(services.contains(Service::Naloxone));
        assert!(!services.contains(Service::Shower));
        assert_eq!(
            services.iter().collect::<Vec<_>>(),
            [Service::InhalationKits, Service::Naloxone]
        );
        assert!(Services::NONE.is_empty());
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
