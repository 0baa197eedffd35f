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
mod rank;
mod search;
pub mod text;

pub use geo::{distance_m, project, LatLon};
pub use hours::{Hours, HoursStatus, Span, WeekTime};
pub use rank::{
    rank_places, walking_minutes, Filter, RankedPlace, DETOUR_FACTOR, WALKING_SPEED_KMH,
};
pub use search::{search, SEARCH_LIMIT};

include!(concat!(env!("OUT_DIR"), "/finder_data.rs"));

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
    /// `text::search_key(name)`, with extra words for arrondissements ("18e 18eme 75018").
    pub key: &'static str,
    /// `text::word_initials(key)`, for search to skip most keys at once.
    pub initials: u64,
    /// The station, or the centroid of the arrondissement or commune.
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

/// A département and its outline as an SVG path in map units (see [`geo::project`],
/// `viewBox="0 0 MAP_WIDTH MAP_HEIGHT"`).
#[derive(Debug, PartialEq)]
pub struct Departement {
    pub code: u8,
    pub name: &'static str,
    pub outline: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Arrondissement {
    pub number: u8,
    pub name: &'static str,
    pub outline: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn all_93_places_are_bundled_once() {
        assert_eq!(PLACES.len(), 93);
        let numbers: HashSet<_> = PLACES.iter().map(|p| p.finess).collect();
        assert_eq!(numbers.len(), 93);
        assert_eq!(PLACES.iter().filter(|p| p.kind == Kind::Caarud).count(), 20);
        assert_eq!(PLACES.iter().filter(|p| p.departement == 75).count(), 28);
        assert_eq!(PLACES.iter().filter(|p| p.phone.is_none()).count(), 2);
    }

    #[test]
    fn bundled_places_have_no_invented_hours_or_services() {
        for place in &PLACES {
            assert_eq!(place.hours, Hours::Unknown);
            assert!(place.services.is_empty() && place.languages.is_empty());
        }
    }

    #[test]
    fn bundled_place_reads_well() {
        let cassini = PLACES.iter().find(|p| p.finess == "750830945").unwrap();
        assert_eq!(cassini.name, "CSAPA Cassini");
        assert_eq!(cassini.address, "8 bis rue Cassini");
        assert_eq!(cassini.town, "Paris");
        assert_eq!(cassini.phone, Some("01 42 34 16 97"));
        let saint_germain = PLACES.iter().find(|p| p.finess == "780024907").unwrap();
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
            .map(|d| d.outline)
            .chain(ARRONDISSEMENTS.iter().map(|a| a.outline))
        {
            assert!(outline.starts_with('M') && outline.ends_with('z'));
        }
        for place in &PLACES {
            let (x, y) = project(place.at);
            assert!((0.0..MAP_WIDTH as f32).contains(&x) && (0.0..MAP_HEIGHT as f32).contains(&y));
        }
    }

    #[test]
    fn stations_are_one_per_name_with_their_lines() {
        let gare_du_nord: Vec<_> = LOCATIONS
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
