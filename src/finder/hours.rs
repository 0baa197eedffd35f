//! Opening hours as the app carries them: a flat weekly table, which the data generator
//! (`finder-data`) reads from an `opening_hours` column. FINESS gives no hours, so no place
//! has any yet and the app says "hours not known".

/// Open on `day` from minute `from` (included) to minute `to` (excluded, ≤ 1440).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub day: u8,
    pub from: u16,
    pub to: u16,
}

/// What we know about a place's hours. FINESS gives none, so all bundled places
/// are `Unknown` today; that must be shown, never guessed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hours {
    Unknown,
    /// Sorted, non-overlapping spans; empty means always closed.
    Weekly(&'static [Span]),
}
