//! "Myth or fact?": one statement per card, some true, some false. Nothing is stored;
//! a round lives in memory and is gone when the page is left.
//!
//! Each statement's text is the Fluent message `quiz-{card slug}-statement`, taking its
//! card's [`Card::args`](super::Card::args). Whether it is true depends on its wording,
//! so the `.ftl` must say what [`STATEMENTS`] describes.

use super::cards::{Card, CardId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Statement {
    pub card: CardId,
    pub is_true: bool,
}

impl Statement {
    pub fn message_id(&self) -> String {
        format!("quiz-{}-statement", self.card.slug())
    }

    /// The card to open once answered, to explain why.
    pub fn card(&self) -> &'static Card {
        self.card.card()
    }
}

/// In card order; the comment gives what each statement must say.
pub const STATEMENTS: [Statement; 9] = [
    // "Basing makes cocaine purer."
    Statement {
        card: CardId::BasingDoesNotPurify,
        is_true: false,
    },
    // "As a rule, the bigger the rock, the more cocaine it holds."
    Statement {
        card: CardId::SizeTellsAmount,
        is_true: true,
    },
    // "You can tell a good rock by its look or by who sells it."
    Statement {
        card: CardId::LooksDontTell,
        is_true: false,
    },
    // "A rock weighs at least 250 mg."
    Statement {
        card: CardId::RocksSmallerThanSaid,
        is_true: false,
    },
    // "Half of the rocks are 50 to 70 % cocaine."
    Statement {
        card: CardId::ContentHighAndSteady,
        is_true: true,
    },
    // "Crack is cut with amphetamine or Subutex."
    Statement {
        card: CardId::NoAmphetamineNoSubutex,
        is_true: false,
    },
    // "A racing heart and a clenched jaw come from the cocaine itself."
    Statement {
        card: CardId::EffectsComeFromCocaine,
        is_true: true,
    },
    // "Most rocks contain levamisole."
    Statement {
        card: CardId::RealCuttingAgents,
        is_true: true,
    },
    // "Gram for gram of pure cocaine, crack costs more than powder."
    Statement {
        card: CardId::PriceOfPureCocaine,
        is_true: true,
    },
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnswerError {
    NoSuchStatement,
    AlreadyAnswered,
}

/// One round through [`STATEMENTS`]; the first answer to each statement counts.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Round {
    correct: [Option<bool>; STATEMENTS.len()],
}

impl Round {
    pub fn new() -> Round {
        Round::default()
    }

    pub fn statements(&self) -> &'static [Statement] {
        &STATEMENTS
    }

    /// Records "true" or "false" for statement `index`; says whether it was right.
    pub fn answer(&mut self, index: usize, says_true: bool) -> Result<bool, AnswerError> {
        let statement = STATEMENTS.get(index).ok_or(AnswerError::NoSuchStatement)?;
        let slot = &mut self.correct[index];
        if slot.is_some() {
            return Err(AnswerError::AlreadyAnswered);
        }
        let correct = says_true == statement.is_true;
        *slot = Some(correct);
        Ok(correct)
    }

    /// Whether statement `index` was answered right; `None` until answered.
    pub fn outcome(&self, index: usize) -> Option<bool> {
        self.correct.get(index).copied().flatten()
    }

    pub fn score(&self) -> usize {
        self.correct
            .iter()
            .filter(|slot| **slot == Some(true))
            .count()
    }

    pub fn answered(&self) -> usize {
        self.correct.iter().filter(|slot| slot.is_some()).count()
    }

    pub fn next_unanswered(&self) -> Option<usize> {
        self.correct.iter().position(Option::is_none)
    }

    pub fn finished(&self) -> bool {
        self.next_unanswered().is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn one_statement_per_card_mixing_myths_and_facts() {
        let cards: Vec<CardId> = STATEMENTS.iter().map(|statement| statement.card).collect();
        assert_eq!(cards, CardId::ALL);
        let answers: Vec<bool> = STATEMENTS
            .iter()
            .map(|statement| statement.is_true)
            .collect();
        assert_eq!(
            answers,
            [false, true, false, false, true, false, true, true, true]
        );
    }

    #[test]
    fn statement_ids_are_unique_and_follow_the_convention() {
        assert_eq!(
            STATEMENTS[0].message_id(),
            "quiz-basing-does-not-purify-statement"
        );
        let ids: HashSet<String> = STATEMENTS.iter().map(Statement::message_id).collect();
        assert_eq!(ids.len(), STATEMENTS.len());
        assert_eq!(STATEMENTS[0].card().id, CardId::BasingDoesNotPurify);
    }

    #[test]
    fn scores_right_answers_only() {
        let mut round = Round::new();
        assert_eq!(round.answer(0, false), Ok(true)); // basing purifies: myth
        assert_eq!(round.answer(1, false), Ok(false)); // size tells amount: fact
        assert_eq!(round.answer(3, true), Ok(false)); // at least 250 mg: myth
        assert_eq!(round.answer(8, true), Ok(true));
        assert_eq!(round.score(), 2);
        assert_eq!(round.answered(), 4);
        assert_eq!(round.outcome(0), Some(true));
        assert_eq!(round.outcome(1), Some(false));
        assert_eq!(round.outcome(2), None);
        assert_eq!(round.next_unanswered(), Some(2));
        assert!(!round.finished());
    }

    #[test]
    fn first_answer_counts() {
        let mut round = Round::new();
        assert_eq!(round.answer(2, true), Ok(false));
        assert_eq!(round.answer(2, false), Err(AnswerError::AlreadyAnswered));
        assert_eq!(round.score(), 0);
        assert_eq!(round.answered(), 1);
    }

    #[test]
    fn unknown_statements_are_refused() {
        let mut round = Round::new();
        assert_eq!(round.answer(9, true), Err(AnswerError::NoSuchStatement));
        assert_eq!(round.outcome(9), None);
        assert_eq!(round.answered(), 0);
    }

    #[test]
    fn finishes_once_every_statement_is_answered() {
        let mut round = Round::new();
        assert_eq!(round.statements().len(), 9);
        for (index, statement) in STATEMENTS.iter().enumerate() {
            assert!(!round.finished());
            assert_eq!(round.answer(index, statement.is_true), Ok(true));
        }
        assert!(round.finished());
        assert_eq!(round.next_unanswered(), None);
        assert_eq!(round.score(), 9);
    }
}
