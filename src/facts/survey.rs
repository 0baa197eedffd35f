//! The survey's figures, exactly as published. Cards, estimator and quiz read their
//! numbers from here only, so that no figure is typed twice.
//!
//! Source: OFDT/Inserm survey results note no. 2021-03 (January 2021), section "The
//! product sold", and the SINTES Crack Observation survey, Île-de-France 2018–2019.

/// Rocks collected from users and analysed in the laboratory.
pub const ROCKS_ANALYSED: u32 = 144;

/// The years the rocks were collected: "SINTES Crack Observation survey, 2018-2019".
pub const SURVEY_YEARS: Span = Span {
    low: 2018,
    high: 2019,
};

/// The table's footnote: its levels, weights and prices are "calculated on samples
/// containing more than 6% of cocaine".
pub const TABLE_COUNTS_LEVELS_ABOVE_PCT: u32 = 6;

/// "Half of the rocks contained between 50% and 70% of cocaine."
pub const HALF_OF_ROCKS_LEVEL_PCT: Span = Span { low: 50, high: 70 };

/// "Almost 40%" of the rocks weigh between 100 and 150 mg.
pub const SHARE_WEIGHING_100_TO_150_MG_PCT: u32 = 40;
/// The weights that share is about: "between 100 and 150 mg".
pub const SHARE_WEIGHING_RANGE_MG: Span = Span {
    low: 100,
    high: 150,
};

/// The weight circulating orally: "250 mg at least".
pub const SAID_WEIGHT_MG: u32 = 250;

/// How strongly the amount of cocaine in a rock goes with its weight, and with its price.
pub const AMOUNT_WEIGHT_CORRELATION: Correlation = Correlation { hundredths: 84 };
pub const AMOUNT_PRICE_CORRELATION: Correlation = Correlation { hundredths: 30 };

/// Users' own estimate of the level, on average (the real average is in the table).
pub const USERS_ESTIMATED_LEVEL_PCT: u32 = 45;

/// Users who claimed crack contains amphetamine, and Subutex® (buprenorphine).
pub const AMPHETAMINE_BELIEVERS_PCT: u32 = 43;
pub const SUBUTEX_BELIEVERS_PCT: u32 = 23;

/// Users blaming racing heart, anxiety or jaw clenching on cutting agents; the share
/// depends on the effect.
pub const EFFECTS_BLAMED_ON_CUTS_PCT: Span = Span { low: 40, high: 70 };

/// Cutting agents found, and the users who named levamisole.
pub const LEVAMISOLE_PCT: u32 = 67;
pub const PHENACETIN_PCT: u32 = 43;
pub const LEVAMISOLE_NAMED_BY_USERS_PCT: u32 = 13;

/// Price of a gram of pure cocaine: "around €250" as crack, "estimated at €115" as
/// powder (2018, metropolitan France, OFDT estimate from seizures).
pub const PURE_GRAM_AS_CRACK_AROUND_EUR: u32 = 250;
pub const PURE_GRAM_AS_POWDER_EUR: u32 = 115;
/// The year of that powder estimate (footnote 11: OFDT, from seizures of less than 10 g).
pub const PURE_GRAM_AS_POWDER_YEAR: u32 = 2018;

/// The table "Main quantitative characteristics of the rocks collected".
pub const ROCK_TABLE: RockTable = RockTable {
    level_pct: Column {
        id: ColumnId::Level,
        summary: Summary {
            average: 57,
            median: 59,
            minimum: 14,
            maximum: 100,
        },
    },
    weight_mg: Column {
        id: ColumnId::Weight,
        summary: Summary {
            average: 148,
            median: 138,
            minimum: 28,
            maximum: 388,
        },
    },
    cocaine_mg: Column {
        id: ColumnId::Cocaine,
        summary: Summary {
            average: 84,
            median: 79,
            minimum: 11,
            maximum: 209,
        },
    },
    price_eur: Column {
        id: ColumnId::Price,
        summary: Summary {
            average: 18,
            median: 16,
            minimum: 10,
            maximum: 50,
        },
    },
    crack_gram_cost_eur: Column {
        id: ColumnId::CrackGramCost,
        summary: Summary {
            average: 132,
            median: 125,
            minimum: 52,
            maximum: 325,
        },
    },
    pure_gram_cost_eur: Column {
        id: ColumnId::PureGramCost,
        summary: Summary {
            average: 248,
            median: 209,
            minimum: 81,
            maximum: 614,
        },
    },
};

/// An inclusive range of whole numbers, such as "50 to 70 %".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Span {
    pub low: u32,
    pub high: u32,
}

/// A correlation coefficient, kept in hundredths so the data stays exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Correlation {
    pub hundredths: u32,
}

impl Correlation {
    pub fn value(self) -> f64 {
        f64::from(self.hundredths) / 100.0
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary {
    pub average: u32,
    pub median: u32,
    pub minimum: u32,
    pub maximum: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ColumnId {
    Level,
    Weight,
    Cocaine,
    Price,
    CrackGramCost,
    PureGramCost,
}

impl ColumnId {
    pub fn slug(self) -> &'static str {
        match self {
            ColumnId::Level => "level",
            ColumnId::Weight => "weight",
            ColumnId::Cocaine => "cocaine",
            ColumnId::Price => "price",
            ColumnId::CrackGramCost => "crack-gram-cost",
            ColumnId::PureGramCost => "pure-gram-cost",
        }
    }

    /// The source puts its "more than 6% of cocaine" asterisk on these columns only.
    pub fn footnoted(self) -> bool {
        matches!(self, ColumnId::Level | ColumnId::Weight | ColumnId::Price)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column {
    pub id: ColumnId,
    pub summary: Summary,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RockTable {
    pub level_pct: Column,
    pub weight_mg: Column,
    pub cocaine_mg: Column,
    pub price_eur: Column,
    pub crack_gram_cost_eur: Column,
    pub pure_gram_cost_eur: Column,
}

impl RockTable {
    /// The columns in the source's order, for drawing the table.
    pub fn columns(&self) -> [Column; 6] {
        [
            self.level_pct,
            self.weight_mg,
            self.cocaine_mg,
            self.price_eur,
            self.crack_gram_cost_eur,
            self.pure_gram_cost_eur,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_equals_the_published_one() {
        // Rows: average, median, minimum, maximum, as printed in note no. 2021-03.
        let expected: [(ColumnId, [u32; 4]); 6] = [
            (ColumnId::Level, [57, 59, 14, 100]),
            (ColumnId::Weight, [148, 138, 28, 388]),
            (ColumnId::Cocaine, [84, 79, 11, 209]),
            (ColumnId::Price, [18, 16, 10, 50]),
            (ColumnId::CrackGramCost, [132, 125, 52, 325]),
            (ColumnId::PureGramCost, [248, 209, 81, 614]),
        ];
        let columns = ROCK_TABLE.columns();
        for (column, (id, [average, median, minimum, maximum])) in columns.iter().zip(expected) {
            assert_eq!(column.id, id);
            assert_eq!(
                column.summary,
                Summary {
                    average,
                    median,
                    minimum,
                    maximum
                },
                "{id:?}"
            );
        }
    }

    #[test]
    fn text_figures_equal_the_published_ones() {
        assert_eq!(ROCKS_ANALYSED, 144);
        assert_eq!(TABLE_COUNTS_LEVELS_ABOVE_PCT, 6);
        assert_eq!(HALF_OF_ROCKS_LEVEL_PCT, Span { low: 50, high: 70 });
        assert_eq!(SHARE_WEIGHING_100_TO_150_MG_PCT, 40);
        assert_eq!(
            SHARE_WEIGHING_RANGE_MG,
            Span {
                low: 100,
                high: 150
            }
        );
        assert_eq!(SAID_WEIGHT_MG, 250);
        assert_eq!(AMOUNT_WEIGHT_CORRELATION.value(), 0.84);
        assert_eq!(AMOUNT_PRICE_CORRELATION.value(), 0.3);
        assert_eq!(USERS_ESTIMATED_LEVEL_PCT, 45);
        assert_eq!(AMPHETAMINE_BELIEVERS_PCT, 43);
        assert_eq!(SUBUTEX_BELIEVERS_PCT, 23);
        assert_eq!(EFFECTS_BLAMED_ON_CUTS_PCT, Span { low: 40, high: 70 });
        assert_eq!(LEVAMISOLE_PCT, 67);
        assert_eq!(PHENACETIN_PCT, 43);
        assert_eq!(LEVAMISOLE_NAMED_BY_USERS_PCT, 13);
        assert_eq!(PURE_GRAM_AS_CRACK_AROUND_EUR, 250);
        assert_eq!(PURE_GRAM_AS_POWDER_EUR, 115);
    }

    #[test]
    fn only_level_weight_and_price_carry_the_footnote() {
        let footnoted: Vec<ColumnId> = ROCK_TABLE
            .columns()
            .iter()
            .map(|column| column.id)
            .filter(|id| id.footnoted())
            .collect();
        assert_eq!(
            footnoted,
            [ColumnId::Level, ColumnId::Weight, ColumnId::Price]
        );
    }
}
