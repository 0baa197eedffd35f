//! From a rock's weight to the cocaine it likely holds, using the levels measured in
//! the survey. The survey gives levels over all rocks, not by size, so the estimator
//! assumes a rock's level does not depend on its weight; [`BASIS`] lets the UI say so.
//!
//! Fluent messages: [`ESTIMATE_MESSAGE_ID`] and [`BEYOND_SURVEY_MESSAGE_ID`] take
//! [`Estimate::args`]; [`BASIS_MESSAGE_ID`] takes [`Basis::args`]; each reference rock
//! is named by `rock-ref-{id}`; a rejected weight by [`WeightError::message_id`].

use super::survey::{self, Span, ROCK_TABLE};

pub const ESTIMATE_MESSAGE_ID: &str = "rock-estimate";
/// Shown as well when [`Estimate::beyond_survey_weights`] is set.
pub const BEYOND_SURVEY_MESSAGE_ID: &str = "rock-estimate-beyond-survey";
/// Says everything in [`BASIS`], including that level is assumed not to depend on size.
pub const BASIS_MESSAGE_ID: &str = "rock-estimate-basis";

/// Above this, over five times the heaviest rock analysed, a weight is surely a typo.
pub const MAX_WEIGHT_MG: u32 = 2000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeightError {
    NotANumber,
    NotPositive,
    TooHeavy,
}

impl WeightError {
    /// `rock-error-not-a-number`, `rock-error-not-positive`, `rock-error-too-heavy`; the
    /// last takes `max_weight_mg`, which [`WeightError::args`] gives to all three.
    pub fn message_id(self) -> &'static str {
        match self {
            WeightError::NotANumber => "rock-error-not-a-number",
            WeightError::NotPositive => "rock-error-not-positive",
            WeightError::TooHeavy => "rock-error-too-heavy",
        }
    }

    pub fn args(self) -> Vec<(&'static str, f64)> {
        vec![("max_weight_mg", f64::from(MAX_WEIGHT_MG))]
    }
}

/// Cocaine amounts in whole milligrams for one rock weight.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate {
    pub weight_mg: f64,
    /// At the survey's average level.
    pub typical_mg: u32,
    /// Between the levels that half of the rocks fell in.
    pub usual: Span,
    /// Between the lowest and highest levels measured.
    pub possible: Span,
    /// Lighter or heavier than every rock weighed in the survey.
    pub beyond_survey_weights: bool,
}

impl Estimate {
    pub fn args(&self) -> Vec<(&'static str, f64)> {
        vec![
            ("weight_mg", self.weight_mg),
            ("typical_mg", f64::from(self.typical_mg)),
            ("usual_low_mg", f64::from(self.usual.low)),
            ("usual_high_mg", f64::from(self.usual.high)),
            ("possible_low_mg", f64::from(self.possible.low)),
            ("possible_high_mg", f64::from(self.possible.high)),
            (
                "lightest_rock_mg",
                f64::from(ROCK_TABLE.weight_mg.summary.minimum),
            ),
            (
                "heaviest_rock_mg",
                f64::from(ROCK_TABLE.weight_mg.summary.maximum),
            ),
        ]
    }
}

pub fn estimate(weight_mg: f64) -> Result<Estimate, WeightError> {
    if weight_mg.is_nan() {
        return Err(WeightError::NotANumber);
    }
    if weight_mg <= 0.0 {
        return Err(WeightError::NotPositive);
    }
    if weight_mg > f64::from(MAX_WEIGHT_MG) {
        return Err(WeightError::TooHeavy);
    }
    let levels = ROCK_TABLE.level_pct.summary;
    let weights = ROCK_TABLE.weight_mg.summary;
    let usual = survey::HALF_OF_ROCKS_LEVEL_PCT;
    Ok(Estimate {
        weight_mg,
        typical_mg: cocaine_mg(weight_mg, levels.average),
        usual: Span {
            low: cocaine_mg(weight_mg, usual.low),
            high: cocaine_mg(weight_mg, usual.high),
        },
        possible: Span {
            low: cocaine_mg(weight_mg, levels.minimum),
            high: cocaine_mg(weight_mg, levels.maximum),
        },
        beyond_survey_weights: weight_mg < f64::from(weights.minimum)
            || weight_mg > f64::from(weights.maximum),
    })
}

/// Multiplying by the whole percentage before dividing keeps whole weights exact, so
/// halves round up (150 mg at 57 % is 85.5, hence 86) instead of by float noise.
fn cocaine_mg(weight_mg: f64, level_pct: u32) -> u32 {
    (weight_mg * f64::from(level_pct) / 100.0).round() as u32
}

/// A rock to draw beside the user's, so they can pick the closest size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReferenceRock {
    /// Stable; its label is the Fluent message `rock-ref-{id}`.
    pub id: &'static str,
    pub weight_mg: u32,
    /// False for the size people talk about but the survey never found as typical.
    pub measured: bool,
}

impl ReferenceRock {
    pub fn message_id(&self) -> String {
        format!("rock-ref-{}", self.id)
    }

    pub fn estimate(&self) -> Estimate {
        estimate(f64::from(self.weight_mg)).expect("reference weights are valid")
    }
}

/// From lightest to heaviest.
pub const REFERENCE_ROCKS: [ReferenceRock; 5] = [
    ReferenceRock {
        id: "lightest",
        weight_mg: ROCK_TABLE.weight_mg.summary.minimum,
        measured: true,
    },
    ReferenceRock {
        id: "median",
        weight_mg: ROCK_TABLE.weight_mg.summary.median,
        measured: true,
    },
    ReferenceRock {
        id: "average",
        weight_mg: ROCK_TABLE.weight_mg.summary.average,
        measured: true,
    },
    ReferenceRock {
        id: "said",
        weight_mg: survey::SAID_WEIGHT_MG,
        measured: false,
    },
    ReferenceRock {
        id: "heaviest",
        weight_mg: ROCK_TABLE.weight_mg.summary.maximum,
        measured: true,
    },
];

/// What the estimate rests on, for the UI to show next to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Basis {
    pub rocks_analysed: u32,
    pub typical_level_pct: u32,
    pub usual_level_pct: Span,
    pub possible_level_pct: Span,
    /// The table's footnote: levels are "calculated on samples containing more than
    /// 6% of cocaine".
    pub counted_above_level_pct: u32,
}

pub const BASIS: Basis = Basis {
    rocks_analysed: survey::ROCKS_ANALYSED,
    typical_level_pct: ROCK_TABLE.level_pct.summary.average,
    usual_level_pct: survey::HALF_OF_ROCKS_LEVEL_PCT,
    possible_level_pct: Span {
        low: ROCK_TABLE.level_pct.summary.minimum,
        high: ROCK_TABLE.level_pct.summary.maximum,
    },
    counted_above_level_pct: survey::TABLE_COUNTS_LEVELS_ABOVE_PCT,
};

impl Basis {
    pub fn args(&self) -> Vec<(&'static str, f64)> {
        vec![
            ("rocks_analysed", f64::from(self.rocks_analysed)),
            ("typical_level_pct", f64::from(self.typical_level_pct)),
            ("usual_low_pct", f64::from(self.usual_level_pct.low)),
            ("usual_high_pct", f64::from(self.usual_level_pct.high)),
            ("possible_low_pct", f64::from(self.possible_level_pct.low)),
            ("possible_high_pct", f64::from(self.possible_level_pct.high)),
            ("counted_above_pct", f64::from(self.counted_above_level_pct)),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(estimate: &Estimate) -> (u32, (u32, u32), (u32, u32)) {
        (
            estimate.typical_mg,
            (estimate.usual.low, estimate.usual.high),
            (estimate.possible.low, estimate.possible.high),
        )
    }

    #[test]
    fn average_rock_holds_about_the_average_amount() {
        // 148 mg × 57 % = 84.36, the survey's own average amount being 84 mg.
        let estimate = estimate(148.0).unwrap();
        assert_eq!(spans(&estimate), (84, (74, 104), (21, 148)));
        assert!(!estimate.beyond_survey_weights);
    }

    #[test]
    fn applies_mean_half_and_full_ranges_of_levels() {
        // 100 mg: 57; 50–70; 14–100.
        assert_eq!(spans(&estimate(100.0).unwrap()), (57, (50, 70), (14, 100)));
        // 200 mg: 114; 100–140; 28–200.
        assert_eq!(
            spans(&estimate(200.0).unwrap()),
            (114, (100, 140), (28, 200))
        );
    }

    #[test]
    fn rounds_to_the_nearest_milligram_with_halves_up() {
        // 150 × 0.57 = 85.5 → 86, where naive float maths gives 85.4999….
        assert_eq!(estimate(150.0).unwrap().typical_mg, 86);
        // 10 mg: 5.7 → 6; 5 and 7; 1.4 → 1 and 10.
        assert_eq!(spans(&estimate(10.0).unwrap()), (6, (5, 7), (1, 10)));
        // 138.5 mg: 78.945 → 79; 69.25 → 69, 96.95 → 97; 19.39 → 19.
        assert_eq!(spans(&estimate(138.5).unwrap()), (79, (69, 97), (19, 139)));
    }

    #[test]
    fn rejects_impossible_weights() {
        assert_eq!(estimate(f64::NAN), Err(WeightError::NotANumber));
        assert_eq!(estimate(0.0), Err(WeightError::NotPositive));
        assert_eq!(estimate(-0.0), Err(WeightError::NotPositive));
        assert_eq!(estimate(-120.0), Err(WeightError::NotPositive));
        assert_eq!(estimate(f64::NEG_INFINITY), Err(WeightError::NotPositive));
        assert_eq!(estimate(2000.5), Err(WeightError::TooHeavy));
        assert_eq!(estimate(f64::INFINITY), Err(WeightError::TooHeavy));
    }

    #[test]
    fn accepts_the_whole_allowed_range() {
        assert_eq!(estimate(2000.0).unwrap().typical_mg, 1140);
        assert_eq!(estimate(0.4).unwrap().typical_mg, 0);
    }

    #[test]
    fn flags_weights_no_rock_in_the_survey_had() {
        assert!(estimate(27.9).unwrap().beyond_survey_weights);
        assert!(!estimate(28.0).unwrap().beyond_survey_weights);
        assert!(!estimate(388.0).unwrap().beyond_survey_weights);
        assert!(estimate(388.1).unwrap().beyond_survey_weights);
    }

    #[test]
    fn errors_have_messages_and_the_limit() {
        assert_eq!(WeightError::TooHeavy.message_id(), "rock-error-too-heavy");
        assert_eq!(
            WeightError::NotANumber.message_id(),
            "rock-error-not-a-number"
        );
        assert_eq!(
            WeightError::NotPositive.message_id(),
            "rock-error-not-positive"
        );
        assert_eq!(WeightError::TooHeavy.args(), [("max_weight_mg", 2000.0)]);
    }

    #[test]
    fn estimate_args_carry_every_shown_number() {
        let estimate = estimate(138.0).unwrap();
        assert_eq!(
            estimate.args(),
            [
                ("weight_mg", 138.0),
                ("typical_mg", 79.0),
                ("usual_low_mg", 69.0),
                ("usual_high_mg", 97.0),
                ("possible_low_mg", 19.0),
                ("possible_high_mg", 138.0),
                ("lightest_rock_mg", 28.0),
                ("heaviest_rock_mg", 388.0),
            ]
        );
    }

    #[test]
    fn reference_rocks_are_the_survey_sizes_and_the_myth() {
        let rocks: Vec<(&str, u32, bool)> = REFERENCE_ROCKS
            .iter()
            .map(|rock| (rock.id, rock.weight_mg, rock.measured))
            .collect();
        assert_eq!(
            rocks,
            [
                ("lightest", 28, true),
                ("median", 138, true),
                ("average", 148, true),
                ("said", 250, false),
                ("heaviest", 388, true),
            ]
        );
        assert_eq!(REFERENCE_ROCKS[3].message_id(), "rock-ref-said");
        assert_eq!(REFERENCE_ROCKS[4].estimate().typical_mg, 221);
    }

    #[test]
    fn reference_rocks_have_unique_ids_in_weight_order() {
        for pair in REFERENCE_ROCKS.windows(2) {
            assert!(pair[0].weight_mg < pair[1].weight_mg);
            assert_ne!(pair[0].id, pair[1].id);
        }
        let ids: std::collections::HashSet<&str> =
            REFERENCE_ROCKS.iter().map(|rock| rock.id).collect();
        assert_eq!(ids.len(), REFERENCE_ROCKS.len());
    }

    #[test]
    fn basis_states_the_survey_assumptions() {
        assert_eq!(
            BASIS.args(),
            [
                ("rocks_analysed", 144.0),
                ("typical_level_pct", 57.0),
                ("usual_low_pct", 50.0),
                ("usual_high_pct", 70.0),
                ("possible_low_pct", 14.0),
                ("possible_high_pct", 100.0),
                ("counted_above_pct", 6.0),
            ]
        );
    }
}
