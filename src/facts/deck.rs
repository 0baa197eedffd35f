//! Going through the cards one at a time (presentation mode and quiz): the position,
//! the arrow keys and swipes.

/// A position in a deck of `len` cards; next and previous stop at the ends, so a worker
/// swiping fast does not jump from the last card back to the first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deck {
    pub index: usize,
    pub len: usize,
}

impl Deck {
    pub fn new(len: usize) -> Deck {
        Deck { index: 0, len }
    }

    pub fn next(self) -> Deck {
        Deck {
            index: (self.index + 1).min(self.len.saturating_sub(1)),
            ..self
        }
    }

    pub fn previous(self) -> Deck {
        Deck {
            index: self.index.saturating_sub(1),
            ..self
        }
    }

    pub fn step(self, step: Step) -> Deck {
        match step {
            Step::Next => self.next(),
            Step::Previous => self.previous(),
        }
    }

    /// Straight to the card at `index` (from the list of titles); one past the end is the last.
    pub fn go_to(self, index: usize) -> Deck {
        Deck {
            index: index.min(self.len.saturating_sub(1)),
            ..self
        }
    }

    pub fn is_first(self) -> bool {
        self.index == 0
    }

    pub fn is_last(self) -> bool {
        self.index + 1 >= self.len
    }

    /// "Card 3 / 9" counts from one.
    pub fn number(self) -> usize {
        self.index + 1
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Next,
    Previous,
}

/// How far a finger must travel sideways, in CSS pixels, to turn a card.
pub const SWIPE_THRESHOLD_PX: f64 = 50.0;

/// A pointer that went `dx`, `dy` between down and up: a swipe left shows the next card,
/// a swipe right the previous one. Mostly vertical moves are scrolling, not swipes.
pub fn swipe(dx: f64, dy: f64) -> Option<Step> {
    if dx.abs() < SWIPE_THRESHOLD_PX || dx.abs() <= dy.abs() {
        return None;
    }
    // A finger moving left drags the next card in from the right.
    Some(if dx < 0.0 { Step::Next } else { Step::Previous })
}

/// The arrow keys of a keyboard (or a tablet's cover keyboard).
pub fn key_step(key: &str) -> Option<Step> {
    match key {
        "ArrowRight" => Some(Step::Next),
        "ArrowLeft" => Some(Step::Previous),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn goes_straight_to_a_card_and_never_past_the_last() {
        let deck = Deck::new(9);
        assert_eq!(deck.go_to(4).number(), 5);
        assert!(deck.go_to(8).is_last());
        assert_eq!(deck.go_to(40).index, 8);
        assert_eq!(deck.go_to(4).go_to(0), deck);
    }

    #[test]
    fn moves_one_card_and_stops_at_the_ends() {
        let deck = Deck::new(9);
        assert!(deck.is_first());
        assert_eq!(deck.previous(), deck);
        assert_eq!(deck.next().index, 1);
        assert_eq!(deck.next().number(), 2);
        let last = Deck { index: 8, len: 9 };
        assert!(last.is_last());
        assert_eq!(last.next(), last);
        assert_eq!(last.step(Step::Previous).index, 7);
        let empty = Deck::new(0);
        assert_eq!(empty.next().index, 0);
        assert!(empty.is_last());
    }

    #[test]
    fn swipes_need_fifty_pixels_mostly_sideways() {
        assert_eq!(swipe(-80.0, 10.0), Some(Step::Next));
        assert_eq!(swipe(80.0, -10.0), Some(Step::Previous));
        assert_eq!(swipe(-50.0, 0.0), Some(Step::Next));
        assert_eq!(swipe(-49.0, 0.0), None);
        assert_eq!(swipe(60.0, 90.0), None, "a scroll, not a swipe");
        assert_eq!(swipe(0.0, 0.0), None, "a tap");
    }

    #[test]
    fn arrow_keys_turn_cards() {
        assert_eq!(key_step("ArrowRight"), Some(Step::Next));
        assert_eq!(key_step("ArrowLeft"), Some(Step::Previous));
        assert_eq!(key_step("ArrowUp"), None);
        assert_eq!(key_step("Enter"), None);
    }
}
