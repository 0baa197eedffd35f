//! Build-time reading of data/: every file is checked and turned into Rust statics, so
//! that the app parses nothing at start-up and a bad row stops the build instead of
//! reaching a phone. The app's build.rs reads the files and calls this; every error
//! names the file, and the line (CSV) or feature (GeoJSON) at fault.

mod codegen;
mod csv;
mod geojson;
mod names;
mod outlines;
mod places;
mod shapes;
mod stations;

pub use codegen::generate;
pub use geojson::{parse_arrondissements, parse_communes, parse_departements};
pub use places::{parse_places, PlaceRecord};
pub use shapes::Shape;
pub use stations::{parse_stations, StationRecord};

/// The départements of Île-de-France, in code order.
const IDF_DEPARTEMENTS: [u8; 8] = [75, 77, 78, 91, 92, 93, 94, 95];

/// Everything data/ holds, checked, as [`generate`] takes it.
pub struct Bundle {
    pub places: Vec<PlaceRecord>,
    pub departements: Vec<Shape>,
    pub arrondissements: Vec<Shape>,
    pub communes: Vec<Shape>,
    pub stations: Vec<StationRecord>,
}
