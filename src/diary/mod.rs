//! The personal use diary: entries, stats, goals, storage schema, export and import.
//!
//! Plain Rust without clock, randomness or browser: the caller passes the time
//! (`now_ms`, UTC epoch milliseconds), the user's UTC offset in minutes and random ids,
//! and does the storage and the WebCrypto encryption on top of these types.

pub mod attempts;
pub mod base64;
pub mod calendar;
pub mod entry;
pub mod envelope;
pub mod export;
pub mod form;
pub mod goals;
pub mod import;
pub mod inbox;
pub mod journal;
pub mod legacy;
pub mod schema;
pub mod secret;
pub mod session;
pub mod stats;
pub mod stored;
pub mod synthetic;

pub use calendar::Day;
pub use entry::{Amount, Company, Entry, EntryId, Invalid, Route};
pub use envelope::{EnvelopeError, Lock, SealedDiary, SealedFile};
pub use export::CsvDialect;
pub use form::{DraftError, EntryDraft};
pub use goals::{Goal, GoalKind, GoalProgress, Period};
pub use import::{ImportPreview, PreparedImport};
pub use journal::{Deleted, Diary, DiarySettings, EditError};
pub use schema::DataError;
pub use secret::{SecretKind, Weak};
pub use stats::{Budget, DayPoint, Overview, Patterns, PeakWindow, Share, Totals};
