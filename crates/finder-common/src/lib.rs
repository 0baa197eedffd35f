//! The finder code that both the app and its build-time data generator (`finder-data`)
//! run, so that points and outlines are stored and read alike, and names fold alike.

pub mod geo;
pub mod outline;
pub mod text;
