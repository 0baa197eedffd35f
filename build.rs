//! Checks data/ and bakes it into Rust statics (see crates/finder-data).

use finder_data::{
    generate, parse_arrondissements, parse_communes, parse_departements, parse_places,
    parse_stations, Bundle,
};
use std::{env, fs, path::Path, process};

const PLACES: &str = "data/idf_caarud_csapa_finess_2021-01.csv";
const DEPARTEMENTS: &str = "data/idf_departements.geojson";
const ARRONDISSEMENTS: &str = "data/paris_arrondissements.geojson";
const COMMUNES: &str = "data/idf_communes_2018.geojson";
const STATIONS: &str = "data/idf_gares_idfm.geojson";

fn main() {
    // Cargo reruns this when finder-data changes, as it is a build-dependency.
    for path in [PLACES, DEPARTEMENTS, ARRONDISSEMENTS, COMMUNES, STATIONS] {
        println!("cargo:rerun-if-changed={path}");
    }
    println!("cargo:rerun-if-changed=build.rs");
    match bundle().and_then(|bundle| generate(&bundle)) {
        Ok((source, locations, report)) => {
            let dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
            let out = Path::new(&dir).join("finder_data.rs");
            fs::write(&out, format!("// {report}\n{source}")).expect("OUT_DIR is writable");
            // Native builds embed it; tools/post-build.mjs copies it into the web build.
            fs::write(Path::new(&dir).join("locations.bin"), locations)
                .expect("OUT_DIR is writable");
            // Shown with `cargo build -vv`.
            println!("finder data: {report}");
        }
        Err(error) => {
            eprintln!("error: bad finder data: {error}");
            process::exit(1);
        }
    }
}

fn bundle() -> Result<Bundle, String> {
    let read = |path: &str| fs::read_to_string(path).map_err(|e| format!("{path}: {e}"));
    let departements = parse_departements(DEPARTEMENTS, &read(DEPARTEMENTS)?)?;
    let arrondissements = parse_arrondissements(ARRONDISSEMENTS, &read(ARRONDISSEMENTS)?)?;
    let communes = parse_communes(COMMUNES, &read(COMMUNES)?)?;
    let places = parse_places(PLACES, &read(PLACES)?, &departements, &communes)?;
    let (stations, outside) = parse_stations(STATIONS, &read(STATIONS)?, &departements)?;
    println!("finder data: {outside} IDFM station records outside Île-de-France left out");
    Ok(Bundle {
        places,
        departements,
        arrondissements,
        communes,
        stations,
    })
}
