//! The nearby-facility finder: bundled FINESS places, ranking, search and opening hours.
