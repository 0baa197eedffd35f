//! The personal use diary: entries, stats, goals, storage schema, export and import.
