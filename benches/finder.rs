//! `cargo bench --bench finder`: microseconds per ranking and per search, timed with
//! `Instant` over many rounds (criterion would cost more to compile than it tells).

use repere::finder::{locations, places, rank_places, search, Filter, LatLon, SEARCH_LIMIT};
use std::hint::black_box;
use std::time::Instant;

const ROUNDS: u32 = 20_000;

fn micros_per_round(mut round: impl FnMut(u32)) -> f64 {
    for i in 0..ROUNDS / 10 {
        round(i); // warm-up
    }
    let start = Instant::now();
    for i in 0..ROUNDS {
        round(i);
    }
    start.elapsed().as_secs_f64() * 1e6 / ROUNDS as f64
}

fn main() {
    // The tables are decoded on first use (names, search keys): once per app run.
    let start = Instant::now();
    black_box(places());
    let places_us = start.elapsed().as_secs_f64() * 1e6;
    let start = Instant::now();
    black_box(locations());
    let locations_us = start.elapsed().as_secs_f64() * 1e6;
    println!("first use: places decoded in {places_us:.0} µs, locations and search keys in {locations_us:.0} µs");

    let points = [
        LatLon {
            lat: 48.8809,
            lon: 2.3553,
        }, // Gare du Nord
        LatLon {
            lat: 48.8974,
            lon: 2.3595,
        }, // Porte de la Chapelle
        LatLon {
            lat: 48.9362,
            lon: 2.3574,
        }, // Saint-Denis
        LatLon {
            lat: 48.6290,
            lon: 2.4410,
        }, // Évry
    ];
    let rank = micros_per_round(|i| {
        black_box(rank_places(
            black_box(points[i as usize % points.len()]),
            Filter::default(),
        ));
    });
    println!("rank all places from a point: {rank:.2} µs/query");

    let queries = [
        "gare du nord",
        "stalingrad",
        "porte de la chapelle",
        "st denis",
        "s",
        "chat",
        "75018",
        "zzz",
    ];
    for query in queries {
        let each = micros_per_round(|_| {
            black_box(search(black_box(query), SEARCH_LIMIT));
        });
        println!("search {query:?}: {each:.2} µs/query");
    }
}
