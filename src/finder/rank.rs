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
    fn keeps(&self, place: &Place) -> bool {
        self.kind.is_none_or(|kind| place.kind == kind)
            && self.departement.is_none_or(|d| place.departement == d)
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RankedPlace {
    pub place: &'static Place,
    /// As the crow flies.
    pub distance_m: f64,
    /// An estimate from the constants above, never less than a minute.
    pub walking_minutes: u32,
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

fn rank(places: &'static [Place], from: LatLon, filter: Filter) -> Vec<RankedPlace> {
    let mut ranked: Vec<RankedPlace> = places
        .iter()
        .filter(|place| filter.keeps(place))
        .map(|place| {
            let distance_m = distance_m(from, place.at);
            RankedPlace {
                place,
                distance_m,
                walking_minutes: walking_minutes(distance_m),
            }
        })
        .collect();
    // Two places can share an address (GAIA's CAARUD and methadone bus): the
    // FINESS number keeps their order stable.
    let before = |a: &RankedPlace, b: &RankedPlace| {
        a.distance_m
            .total_cmp(&b.distance_m)
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
                (got.distance_m - distance).abs() < 0.5,
                "{} vs {distance}",
                got.distance_m
            );
        }
        // The nearest is CSAPA Espace Murger, rue du Faubourg Saint-Denis, 250 m away.
        assert_eq!(ranked[0].place.name, "CSAPA Espace Murger");
        assert!((200.0..300.0).contains(&ranked[0].distance_m));
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
