//! Myth-busting facts from the SINTES Crack Observation survey: cards, rock estimator, quiz.
//!
//! Île-de-France 2018–2019, 144 rocks, Charonne-Oppelia/OFDT, published in OFDT/Inserm
//! survey results note no. 2021-03 (January 2021). The numbers live in [`survey`] only;
//! the words live in Fluent and get every number as an argument, never typed in.

pub mod cards;
pub mod deck;
pub mod estimator;
pub mod format;
pub mod quiz;
pub mod survey;

pub use cards::{
    Advice, Card, CardId, Citation, Figure, Origin, Pictogram, Quantity, CARDS,
    TABLE_NOTE_MESSAGE_ID,
};
pub use estimator::{estimate, Estimate, ReferenceRock, WeightError, BASIS, REFERENCE_ROCKS};
pub use quiz::{AnswerError, Round, Statement, STATEMENTS};
pub use survey::{ROCKS_ANALYSED, ROCK_TABLE};
