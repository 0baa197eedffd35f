//! The finder's choices, shared by the list, the map and the place screens: made once by
//! `App` and provided through context, kept while the app runs, forgotten when it closes
//! (nothing in the URL, nothing stored).

use crate::finder::{Kind, LatLon, Location};
use leptos::prelude::*;

/// Where the distances are counted from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Origin {
    Position(LatLon),
    Location(&'static Location),
}

impl Origin {
    pub fn at(self) -> LatLon {
        match self {
            Origin::Position(at) => at,
            Origin::Location(location) => location.at,
        }
    }
}

#[derive(Clone, Copy)]
pub struct FinderState {
    pub origin: RwSignal<Option<Origin>>,
    pub kind: RwSignal<Option<Kind>>,
    pub departement: RwSignal<Option<u8>>,
    pub paris_view: RwSignal<bool>,
}

impl FinderState {
    /// Called once, by the app: its signals live as long as the page.
    pub fn new() -> FinderState {
        FinderState {
            origin: RwSignal::new(None),
            kind: RwSignal::new(None),
            departement: RwSignal::new(None),
            paris_view: RwSignal::new(true),
        }
    }
}

pub fn use_finder() -> FinderState {
    expect_context()
}
