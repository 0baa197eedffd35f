//! Places nearest to a point, by straight-line distance.

use super::geo::{distance_m, LatLon};
use super::{places, Kind, Place};

/// A slow, steady pace: people may be tired, hurt or carrying things.
pub const WALKING_SPEED_KMH: f64 = 4.5;
/// Streets are longer than the straight line; 1.3 is the usual urban detour ratio.
pub const DETOUR_FACTOR: f64 = 1.3;

/// Which places to keep; `None` keeps all.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub kind: Option<Kind>,
    pub departement: Option<u8>,
}

impl Filter {
    pub fn keeps(&self, place: &Place) -> bool {
        self.kind.is_none_or(|kind| place.kind == kind)
            && self.departement.is_none_or(|d| place.departement == d)
    }
}

/// How far a place is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Distance {
    /// As the crow flies.
    pub metres: f64,
    /// An estimate from the constants above, never less than a minute.
    pub walking_minutes: u32,
}

/// A distance as it is said: tens of metres, kilometres with one decimal, or whole ones.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Rounded {
    Metres(u32),
    /// To be written with one decimal ("1,2 km").
    Kilometres(f64),
    WholeKilometres(u32),
}

impl Distance {
    pub fn between(from: LatLon, to: LatLon) -> Distance {
        let metres = distance_m(from, to);
        Distance {
            metres,
            walking_minutes: walking_minutes(metres),
        }
    }

    /// "250 m", "1,2 km", "14 km": no more precision than a straight line deserves.
    pub fn rounded(self) -> Rounded {
        if self.metres < 950.0 {
            Rounded::Metres(((self.metres / 10.0).round() as u32 * 10).max(10))
        } else if self.metres < 9_950.0 {
            Rounded::Kilometres(self.metres / 1000.0)
        } else {
            Rounded::WholeKilometres((self.metres / 1000.0).round() as u32)
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RankedPlace {
    pub place: &'static Place,
    pub distance: Distance,
}

/// A place on the finder's list, and how far it is when the user said where they are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Listed {
    pub place: &'static Place,
    pub distance: Option<Distance>,
}

/// Minutes on foot for a straight-line distance, rounded up.
pub fn walking_minutes(distance_m: f64) -> u32 {
    let metres_per_minute = WALKING_SPEED_KMH * 1000.0 / 60.0;
    ((distance_m * DETOUR_FACTOR / metres_per_minute).ceil() as u32).max(1)
}

/// Every bundled place the filter keeps, nearest first.
pub fn rank_places(from: LatLon, filter: Filter) -> Vec<RankedPlace> {
    rank(places(), from, filter)
}

/// The places the filter keeps: nearest first from `from`, else in the register's order.
pub fn list(from: Option<LatLon>, filter: Filter) -> Vec<Listed> {
    match from {
        Some(from) => rank_places(from, filter)
            .into_iter()
            .map(|ranked| Listed {
                place: ranked.place,
                distance: Some(ranked.distance),
            })
            .collect(),
        None => places()
            .iter()
            .filter(|place| filter.keeps(place))
            .map(|place| Listed {
                place,
                distance: None,
            })
            .collect(),
    }
}

fn rank(places: &'static [Place], from: LatLon, filter: Filter) -> Vec<RankedPlace> {
    let mut ranked: Vec<RankedPlace> = places
        .iter()
        .filter(|place| filter.keeps(place))
        .map(|place| RankedPlace {
            place,
            distance: Distance::between(from, place.at),
        })
        .collect();
    // Two places can share an address (GAIA's CAARUD and methadone bus): the
    // FINESS number keeps their order stable.
    let before = |a: &RankedPlace, b: &RankedPlace| {
        a.distance
            .metres
            .total_cmp(&b.distance.metres)
            .then_with(|| a.place.finess.cmp(b.place.finess))
            .is_lt()
    };
    // Insertion sort: a hundred places take microseconds, and std's sort would add
    // a few kilobytes of code to the wasm.
    for i in 1..ranked.len() {
        let item = ranked[i];
        let mut j = i;
        while j > 0 && before(&item, &ranked[j - 1]) {
            ranked[j] = ranked[j - 1];
            j -= 1;
        }
        ranked[j] = item;
    }
    ranked
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Gare du Nord forecourt, from OpenStreetMap.
    const GARE_DU_NORD: LatLon = LatLon {
        lat: 48.880_9,
        lon: 2.355_3,
    };

    /// Written independently of `geo::distance_m`: spherical law of haversines
    /// with the same mean radius, all in f64 from the decimal strings.
    fn reference_distance_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
        let r = 6_371_008.8;
        let (p1, p2) = (
            lat1 * std::f64::consts::PI / 180.0,
            lat2 * std::f64::consts::PI / 180.0,
        );
        let dp = p2 - p1;
        let dl = (lon2 - lon1) * std::f64::consts::PI / 180.0;
        let a = (dp / 2.0).sin() * (dp / 2.0).sin()
            + p1.cos() * p2.cos() * (dl / 2.0).sin() * (dl / 2.0).sin();
        2.0 * r * a.sqrt().atan2((1.0 - a).sqrt())
    }

    #[test]
    fn ranking_from_gare_du_nord_agrees_with_an_independent_haversine() {
        let ranked = rank_places(GARE_DU_NORD, Filter::default());
        assert_eq!(ranked.len(), places().len());
        let mut expected: Vec<(f64, &str)> = places()
            .iter()
            .map(|p| {
                let d = reference_distance_m(48.8809, 2.3553, p.at.lat as f64, p.at.lon as f64);
                (d, p.finess)
            })
            .collect();
        expected.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(b.1)));
        for (got, (distance, finess)) in ranked.iter().zip(&expected) {
            assert_eq!(got.place.finess, *finess);
            assert!(
                (got.distance.metres - distance).abs() < 0.5,
                "{} vs {distance}",
                got.distance.metres
            );
        }
        // The nearest is CSAPA Espace Murger, rue du Faubourg Saint-Denis, 250 m away.
        assert_eq!(ranked[0].place.name, "CSAPA Espace Murger");
        assert!((200.0..300.0).contains(&ranked[0].distance.metres));
    }

    #[test]
    fn walking_time_uses_the_stated_pace_and_detour() {
        // 1 km straight is 1.3 km of streets at 75 m/min: 17.3, so 18 minutes.
        assert_eq!(walking_minutes(1000.0), 18);
        assert_eq!(walking_minutes(0.0), 1);
        assert_eq!(walking_minutes(75.0 / 1.3), 1);
    }

    #[test]
    fn filters_by_kind_and_departement() {
        let caarud_93 = rank_places(
            GARE_DU_NORD,
            Filter {
                kind: Some(Kind::Caarud),
                departement: Some(93),
            },
        );
        let names: Vec<_> = caarud_93.iter().map(|r| r.place.name).collect();
        assert_eq!(names.len(), 3, "{names:?}");
        assert!(caarud_93
            .iter()
            .all(|r| r.place.kind == Kind::Caarud && r.place.departement == 93));
        let csapa = rank_places(
            GARE_DU_NORD,
            Filter {
                kind: Some(Kind::Csapa),
                departement: None,
            },
        );
        assert_eq!(csapa.len(), 73);
        assert!(rank_places(
            GARE_DU_NORD,
            Filter {
                kind: None,
                departement: Some(1)
            }
        )
        .is_empty());
    }

    #[test]
    fn without_an_origin_the_list_keeps_the_register_s_order() {
        let filter = Filter {
            kind: Some(Kind::Csapa),
            departement: Some(75),
        };
        let listed = list(None, filter);
        let expected: Vec<&str> = places()
            .iter()
            .filter(|p| p.kind == Kind::Csapa && p.departement == 75)
            .map(|p| p.finess)
            .collect();
        assert!(!expected.is_empty());
        assert_eq!(
            listed.iter().map(|l| l.place.finess).collect::<Vec<_>>(),
            expected
        );
        assert!(listed.iter().all(|l| l.distance.is_none()));
        assert_eq!(list(None, Filter::default()).len(), places().len());
        // With an origin, the same places, nearest first, each with its distance.
        let ranked = list(Some(GARE_DU_NORD), filter);
        assert_eq!(ranked.len(), listed.len());
        let metres: Vec<f64> = ranked.iter().map(|l| l.distance.unwrap().metres).collect();
        assert!(metres.windows(2).all(|pair| pair[0] <= pair[1]));
    }

    #[test]
    fn distances_are_said_without_false_precision() {
        let said = |metres| {
            Distance {
                metres,
                walking_minutes: 1,
            }
            .rounded()
        };
        assert_eq!(said(0.0), Rounded::Metres(10));
        assert_eq!(said(244.0), Rounded::Metres(240));
        assert_eq!(said(245.0), Rounded::Metres(250));
        assert_eq!(said(949.0), Rounded::Metres(950));
        assert_eq!(said(950.0), Rounded::Kilometres(0.95));
        assert_eq!(said(9_949.0), Rounded::Kilometres(9.949));
        assert_eq!(said(9_950.0), Rounded::WholeKilometres(10));
        assert_eq!(said(14_400.0), Rounded::WholeKilometres(14));
        let between = Distance::between(GARE_DU_NORD, GARE_DU_NORD);
        assert_eq!((between.metres, between.walking_minutes), (0.0, 1));
    }

    #[test]
    fn places_at_one_address_keep_a_stable_order() {
        let gaia = LatLon {
            lat: 48.867_56,
            lon: 2.370_45,
        };
        let ranked = rank_places(gaia, Filter::default());
        assert_eq!(
            [ranked[0].place.finess, ranked[1].place.finess],
            ["750012478", "750027948"]
        );
    }
}
