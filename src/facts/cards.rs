//! The myth-busting cards: what people believe, what the survey found, and what to do
//! with it. Each figure says where it comes from ([`Origin`]): the laboratory, the users'
//! questionnaire, an OFDT estimate from seizures, or what is said on the street.
//!
//! The words live in Fluent, under ids built from the card's slug:
//! `fact-{slug}-belief`, `fact-{slug}-finding`, `fact-{slug}-takeaway`, and
//! `fact-{slug}-caveat` for the cards that have one. Every number in those messages
//! must come from [`Card::args`], never be written in the `.ftl`, so that the text
//! cannot drift from the data.

use super::survey::{self, Correlation, ROCK_TABLE};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CardId {
    BasingDoesNotPurify,
    SizeTellsAmount,
    LooksDontTell,
    RocksSmallerThanSaid,
    ContentHighAndSteady,
    NoAmphetamineNoSubutex,
    EffectsComeFromCocaine,
    RealCuttingAgents,
    PriceOfPureCocaine,
}

impl CardId {
    /// The reading order.
    pub const ALL: [CardId; 9] = [
        CardId::BasingDoesNotPurify,
        CardId::SizeTellsAmount,
        CardId::LooksDontTell,
        CardId::RocksSmallerThanSaid,
        CardId::ContentHighAndSteady,
        CardId::NoAmphetamineNoSubutex,
        CardId::EffectsComeFromCocaine,
        CardId::RealCuttingAgents,
        CardId::PriceOfPureCocaine,
    ];

    /// Stable: used in message ids and in links, so never rename one.
    pub fn slug(self) -> &'static str {
        match self {
            CardId::BasingDoesNotPurify => "basing-does-not-purify",
            CardId::SizeTellsAmount => "size-tells-amount",
            CardId::LooksDontTell => "looks-dont-tell",
            CardId::RocksSmallerThanSaid => "rocks-smaller-than-said",
            CardId::ContentHighAndSteady => "content-high-and-steady",
            CardId::NoAmphetamineNoSubutex => "no-amphetamine-no-subutex",
            CardId::EffectsComeFromCocaine => "effects-come-from-cocaine",
            CardId::RealCuttingAgents => "real-cutting-agents",
            CardId::PriceOfPureCocaine => "price-of-pure-cocaine",
        }
    }

    pub fn from_slug(slug: &str) -> Option<CardId> {
        CardId::ALL.into_iter().find(|id| id.slug() == slug)
    }

    pub fn card(self) -> &'static Card {
        CARDS
            .iter()
            .find(|card| card.id == self)
            .expect("every card id has a card")
    }
}

/// One number a card's text shows, passed to Fluent under `arg`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Figure {
    pub arg: &'static str,
    pub quantity: Quantity,
    /// The source words it as "around" or "almost", so the text must too.
    pub approximate: bool,
    pub origin: Origin,
    /// From a column of the survey's table marked "calculated on samples containing more
    /// than 6% of cocaine" (level, weight, price): the card must say so.
    pub above_threshold: bool,
}

/// Where a figure comes from, so that the card names it; its label is the Fluent message
/// `fact-origin-{id}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// Measured in the laboratory on the rocks users brought.
    Lab,
    /// Answers to the questionnaire that came with each rock (beliefs, price paid).
    Questionnaire,
    /// Worked out from the price paid and the level measured.
    PriceAndLab,
    /// OFDT's estimate from seizures, not from this survey.
    Seizures,
    /// Said on the street: dealers, police files.
    Hearsay,
}

impl Origin {
    pub fn id(self) -> &'static str {
        match self {
            Origin::Lab => "lab",
            Origin::Questionnaire => "questionnaire",
            Origin::PriceAndLab => "price-and-lab",
            Origin::Seizures => "seizures",
            Origin::Hearsay => "hearsay",
        }
    }

    pub fn message_id(self) -> String {
        format!("fact-origin-{}", self.id())
    }
}

/// The message under a card whose figures come from the table's "more than 6%" columns;
/// it takes `counted_above_pct`.
pub const TABLE_NOTE_MESSAGE_ID: &str = "fact-table-note";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    Percent(u32),
    Milligrams(u32),
    Euros(u32),
    Correlation(Correlation),
    /// A year, such as the one an estimate is for.
    Year(u32),
}

impl Quantity {
    /// The plain number handed to Fluent, which formats it for the locale (0,84 in French).
    pub fn number(self) -> f64 {
        match self {
            Quantity::Percent(value)
            | Quantity::Milligrams(value)
            | Quantity::Euros(value)
            | Quantity::Year(value) => f64::from(value),
            Quantity::Correlation(correlation) => correlation.value(),
        }
    }
}

/// The picture the UI draws on a card; `id()` names its asset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pictogram {
    Cooking,
    Scale,
    Eye,
    Ruler,
    Gauge,
    Magnifier,
    Heart,
    Pill,
    Coins,
}

impl Pictogram {
    pub fn id(self) -> &'static str {
        match self {
            Pictogram::Cooking => "cooking",
            Pictogram::Scale => "scale",
            Pictogram::Eye => "eye",
            Pictogram::Ruler => "ruler",
            Pictogram::Gauge => "gauge",
            Pictogram::Magnifier => "magnifier",
            Pictogram::Heart => "heart",
            Pictogram::Pill => "pill",
            Pictogram::Coins => "coins",
        }
    }
}

/// The standard French harm-reduction advice a takeaway may give; nothing else, so
/// that no card drifts into medical claims the survey does not support.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Advice {
    StartWithLess,
    OwnPipeNeverShare,
    EatDrinkRest,
    FreeKitsAtCaarud,
}

/// Where in the source a card's figures are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation {
    pub section: &'static str,
}

impl Citation {
    /// Bibliographic text, left untranslated as published.
    pub fn text(&self) -> String {
        format!(
            "SINTES Crack Observation survey, Île-de-France, 2018–2019 (N = {} rocks), \
             Charonne-Oppelia/OFDT. In: Cadet-Tairou A., Jauffret-Roustide M., Gandilhon M., \
             Dambélé S., Jangal C., Main results of the Crack study in the Ile-de-France \
             region, OFDT/Inserm, survey results note no. 2021-03, January 2021, {}.",
            survey::ROCKS_ANALYSED,
            self.section
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Card {
    pub id: CardId,
    pub figures: &'static [Figure],
    pub pictogram: Pictogram,
    /// What the takeaway message says to do, for the `.ftl` writer and the UI.
    pub advice: &'static [Advice],
    pub has_caveat: bool,
    pub citation: Citation,
}

impl Card {
    pub fn belief_message_id(&self) -> String {
        self.message_id("belief")
    }

    pub fn finding_message_id(&self) -> String {
        self.message_id("finding")
    }

    pub fn takeaway_message_id(&self) -> String {
        self.message_id("takeaway")
    }

    pub fn caveat_message_id(&self) -> Option<String> {
        self.has_caveat.then(|| self.message_id("caveat"))
    }

    /// The Fluent arguments for all of this card's messages.
    pub fn args(&self) -> Vec<(&'static str, f64)> {
        self.figures
            .iter()
            .map(|figure| (figure.arg, figure.quantity.number()))
            .collect()
    }

    /// Where this card's figures come from, each origin once, in the order they appear.
    pub fn origins(&self) -> Vec<Origin> {
        let mut origins = vec![];
        for figure in self.figures {
            if !origins.contains(&figure.origin) {
                origins.push(figure.origin);
            }
        }
        origins
    }

    /// Whether the card must carry the table's "more than 6%" note.
    pub fn shows_table_subset(&self) -> bool {
        self.figures.iter().any(|figure| figure.above_threshold)
    }

    /// The arguments of [`TABLE_NOTE_MESSAGE_ID`].
    pub fn table_note_args() -> Vec<(&'static str, f64)> {
        vec![(
            "counted_above_pct",
            f64::from(survey::TABLE_COUNTS_LEVELS_ABOVE_PCT),
        )]
    }

    /// Cards whose takeaway sends people to free kits offer the way to the nearest CAARUD.
    pub fn links_to_finder(&self) -> bool {
        self.advice.contains(&Advice::FreeKitsAtCaarud)
    }

    fn message_id(&self, part: &str) -> String {
        format!("fact-{}-{}", self.id.slug(), part)
    }
}

/// Measured in the laboratory and given in the text of the note.
const fn lab(arg: &'static str, quantity: Quantity) -> Figure {
    Figure {
        arg,
        quantity,
        approximate: false,
        origin: Origin::Lab,
        above_threshold: false,
    }
}

/// From the table's level or weight column (rocks above 6% only).
const fn lab_table(arg: &'static str, quantity: Quantity) -> Figure {
    Figure {
        above_threshold: true,
        ..lab(arg, quantity)
    }
}

/// What users answered in the questionnaire.
const fn asked(arg: &'static str, quantity: Quantity) -> Figure {
    Figure {
        origin: Origin::Questionnaire,
        ..lab(arg, quantity)
    }
}

const fn from(origin: Origin, figure: Figure) -> Figure {
    Figure { origin, ..figure }
}

/// Worded "around" or "almost" by the source.
const fn about(figure: Figure) -> Figure {
    Figure {
        approximate: true,
        ..figure
    }
}

const CONTENTS: Citation = Citation {
    section: "\"The product sold\", \"Contents of the rocks\"",
};
const CONTENTS_AND_TABLE: Citation = Citation {
    section: "\"The product sold\", \"Contents of the rocks\" and table \"Main quantitative \
              characteristics of the rocks collected\"",
};

/// The cards in reading order. Argument names per card are listed by its figures.
pub const CARDS: [Card; 9] = [
    Card {
        id: CardId::BasingDoesNotPurify,
        figures: &[],
        pictogram: Pictogram::Cooking,
        advice: &[Advice::StartWithLess],
        has_caveat: false,
        citation: CONTENTS,
    },
    Card {
        id: CardId::SizeTellsAmount,
        figures: &[
            lab(
                "weight_correlation",
                Quantity::Correlation(survey::AMOUNT_WEIGHT_CORRELATION),
            ),
            from(
                Origin::PriceAndLab,
                lab(
                    "price_correlation",
                    Quantity::Correlation(survey::AMOUNT_PRICE_CORRELATION),
                ),
            ),
        ],
        pictogram: Pictogram::Scale,
        advice: &[Advice::StartWithLess],
        has_caveat: false,
        citation: CONTENTS,
    },
    Card {
        id: CardId::LooksDontTell,
        figures: &[
            asked(
                "estimated_level_pct",
                Quantity::Percent(survey::USERS_ESTIMATED_LEVEL_PCT),
            ),
            lab_table(
                "real_level_pct",
                Quantity::Percent(ROCK_TABLE.level_pct.summary.average),
            ),
        ],
        pictogram: Pictogram::Eye,
        advice: &[Advice::StartWithLess],
        has_caveat: false,
        citation: CONTENTS_AND_TABLE,
    },
    Card {
        id: CardId::RocksSmallerThanSaid,
        figures: &[
            lab_table(
                "average_weight_mg",
                Quantity::Milligrams(ROCK_TABLE.weight_mg.summary.average),
            ),
            about(lab(
                "share_100_to_150_mg_pct",
                Quantity::Percent(survey::SHARE_WEIGHING_100_TO_150_MG_PCT),
            )),
            lab(
                "share_low_mg",
                Quantity::Milligrams(survey::SHARE_WEIGHING_RANGE_MG.low),
            ),
            lab(
                "share_high_mg",
                Quantity::Milligrams(survey::SHARE_WEIGHING_RANGE_MG.high),
            ),
            from(
                Origin::Hearsay,
                lab(
                    "said_weight_mg",
                    Quantity::Milligrams(survey::SAID_WEIGHT_MG),
                ),
            ),
        ],
        pictogram: Pictogram::Ruler,
        advice: &[Advice::EatDrinkRest],
        has_caveat: false,
        citation: Citation {
            section: "\"The product sold\", \"Price and weight of the rocks\" and table \
                      \"Main quantitative characteristics of the rocks collected\"",
        },
    },
    Card {
        id: CardId::ContentHighAndSteady,
        figures: &[
            lab(
                "half_low_pct",
                Quantity::Percent(survey::HALF_OF_ROCKS_LEVEL_PCT.low),
            ),
            lab(
                "half_high_pct",
                Quantity::Percent(survey::HALF_OF_ROCKS_LEVEL_PCT.high),
            ),
            lab_table(
                "min_level_pct",
                Quantity::Percent(ROCK_TABLE.level_pct.summary.minimum),
            ),
            lab_table(
                "max_level_pct",
                Quantity::Percent(ROCK_TABLE.level_pct.summary.maximum),
            ),
            lab_table(
                "average_level_pct",
                Quantity::Percent(ROCK_TABLE.level_pct.summary.average),
            ),
            lab_table(
                "median_level_pct",
                Quantity::Percent(ROCK_TABLE.level_pct.summary.median),
            ),
            lab(
                "average_amount_mg",
                Quantity::Milligrams(ROCK_TABLE.cocaine_mg.summary.average),
            ),
            lab(
                "median_amount_mg",
                Quantity::Milligrams(ROCK_TABLE.cocaine_mg.summary.median),
            ),
            lab(
                "min_amount_mg",
                Quantity::Milligrams(ROCK_TABLE.cocaine_mg.summary.minimum),
            ),
            lab(
                "max_amount_mg",
                Quantity::Milligrams(ROCK_TABLE.cocaine_mg.summary.maximum),
            ),
        ],
        pictogram: Pictogram::Gauge,
        advice: &[Advice::StartWithLess],
        has_caveat: false,
        citation: CONTENTS_AND_TABLE,
    },
    Card {
        id: CardId::NoAmphetamineNoSubutex,
        figures: &[
            asked(
                "amphetamine_believers_pct",
                Quantity::Percent(survey::AMPHETAMINE_BELIEVERS_PCT),
            ),
            asked(
                "subutex_believers_pct",
                Quantity::Percent(survey::SUBUTEX_BELIEVERS_PCT),
            ),
        ],
        pictogram: Pictogram::Magnifier,
        advice: &[Advice::OwnPipeNeverShare, Advice::FreeKitsAtCaarud],
        // No ammonia was found either, but the survey could not rule out that every rock
        // collected had been made with bicarbonate: the caveat must say so.
        has_caveat: true,
        citation: CONTENTS,
    },
    Card {
        id: CardId::EffectsComeFromCocaine,
        figures: &[
            asked(
                "believers_low_pct",
                Quantity::Percent(survey::EFFECTS_BLAMED_ON_CUTS_PCT.low),
            ),
            asked(
                "believers_high_pct",
                Quantity::Percent(survey::EFFECTS_BLAMED_ON_CUTS_PCT.high),
            ),
        ],
        pictogram: Pictogram::Heart,
        advice: &[Advice::StartWithLess, Advice::EatDrinkRest],
        has_caveat: false,
        citation: CONTENTS,
    },
    Card {
        id: CardId::RealCuttingAgents,
        figures: &[
            lab("levamisole_pct", Quantity::Percent(survey::LEVAMISOLE_PCT)),
            lab("phenacetin_pct", Quantity::Percent(survey::PHENACETIN_PCT)),
            asked(
                "levamisole_named_pct",
                Quantity::Percent(survey::LEVAMISOLE_NAMED_BY_USERS_PCT),
            ),
        ],
        pictogram: Pictogram::Pill,
        advice: &[Advice::OwnPipeNeverShare, Advice::FreeKitsAtCaarud],
        has_caveat: false,
        citation: CONTENTS,
    },
    Card {
        id: CardId::PriceOfPureCocaine,
        figures: &[
            // The price of each rock was asked in its questionnaire; the table's price
            // column counts the rocks above 6% only.
            Figure {
                above_threshold: true,
                ..asked(
                    "average_price_eur",
                    Quantity::Euros(ROCK_TABLE.price_eur.summary.average),
                )
            },
            Figure {
                above_threshold: true,
                ..asked(
                    "median_price_eur",
                    Quantity::Euros(ROCK_TABLE.price_eur.summary.median),
                )
            },
            about(from(
                Origin::PriceAndLab,
                lab(
                    "pure_gram_as_crack_eur",
                    Quantity::Euros(survey::PURE_GRAM_AS_CRACK_AROUND_EUR),
                ),
            )),
            from(
                Origin::PriceAndLab,
                lab(
                    "pure_gram_average_eur",
                    Quantity::Euros(ROCK_TABLE.pure_gram_cost_eur.summary.average),
                ),
            ),
            from(
                Origin::PriceAndLab,
                lab(
                    "pure_gram_median_eur",
                    Quantity::Euros(ROCK_TABLE.pure_gram_cost_eur.summary.median),
                ),
            ),
            from(
                Origin::Seizures,
                lab(
                    "pure_gram_as_powder_eur",
                    Quantity::Euros(survey::PURE_GRAM_AS_POWDER_EUR),
                ),
            ),
            from(
                Origin::Seizures,
                lab(
                    "powder_estimate_year",
                    Quantity::Year(survey::PURE_GRAM_AS_POWDER_YEAR),
                ),
            ),
        ],
        pictogram: Pictogram::Coins,
        advice: &[Advice::OwnPipeNeverShare, Advice::FreeKitsAtCaarud],
        has_caveat: false,
        citation: Citation {
            section: "\"The networks at the heart of crack cocaine trafficking in Paris and \
                      its suburbs\" and table \"Main quantitative characteristics of the \
                      rocks collected\"",
        },
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The figures the brief and the source give, written out independently of the data.
    fn expected_args(id: CardId) -> Vec<(&'static str, f64)> {
        match id {
            CardId::BasingDoesNotPurify => vec![],
            CardId::SizeTellsAmount => {
                vec![("weight_correlation", 0.84), ("price_correlation", 0.3)]
            }
            CardId::LooksDontTell => vec![("estimated_level_pct", 45.0), ("real_level_pct", 57.0)],
            CardId::RocksSmallerThanSaid => vec![
                ("average_weight_mg", 148.0),
                ("share_100_to_150_mg_pct", 40.0),
                ("share_low_mg", 100.0),
                ("share_high_mg", 150.0),
                ("said_weight_mg", 250.0),
            ],
            CardId::ContentHighAndSteady => vec![
                ("half_low_pct", 50.0),
                ("half_high_pct", 70.0),
                ("min_level_pct", 14.0),
                ("max_level_pct", 100.0),
                ("average_level_pct", 57.0),
                ("median_level_pct", 59.0),
                ("average_amount_mg", 84.0),
                ("median_amount_mg", 79.0),
                ("min_amount_mg", 11.0),
                ("max_amount_mg", 209.0),
            ],
            CardId::NoAmphetamineNoSubutex => vec![
                ("amphetamine_believers_pct", 43.0),
                ("subutex_believers_pct", 23.0),
            ],
            CardId::EffectsComeFromCocaine => {
                vec![("believers_low_pct", 40.0), ("believers_high_pct", 70.0)]
            }
            CardId::RealCuttingAgents => vec![
                ("levamisole_pct", 67.0),
                ("phenacetin_pct", 43.0),
                ("levamisole_named_pct", 13.0),
            ],
            CardId::PriceOfPureCocaine => vec![
                ("average_price_eur", 18.0),
                ("median_price_eur", 16.0),
                ("pure_gram_as_crack_eur", 250.0),
                ("pure_gram_average_eur", 248.0),
                ("pure_gram_median_eur", 209.0),
                ("pure_gram_as_powder_eur", 115.0),
                ("powder_estimate_year", 2018.0),
            ],
        }
    }

    #[test]
    fn card_figures_equal_the_source() {
        for id in CardId::ALL {
            assert_eq!(id.card().args(), expected_args(id), "{}", id.slug());
        }
    }

    #[test]
    fn only_figures_the_source_words_loosely_are_approximate() {
        let approximate: Vec<&str> = CARDS
            .iter()
            .flat_map(|card| card.figures)
            .filter(|figure| figure.approximate)
            .map(|figure| figure.arg)
            .collect();
        assert_eq!(
            approximate,
            ["share_100_to_150_mg_pct", "pure_gram_as_crack_eur"]
        );
    }

    /// Written out from the note: the lab measured rocks; beliefs and prices come from the
    /// questionnaires; the powder price is OFDT's estimate from seizures; the 250 mg is
    /// what is said on the street.
    #[test]
    fn each_figure_names_its_real_origin() {
        let origin_of = |arg: &str| {
            CARDS
                .iter()
                .flat_map(|card| card.figures)
                .find(|figure| figure.arg == arg)
                .unwrap_or_else(|| panic!("{arg}"))
                .origin
        };
        for arg in [
            "estimated_level_pct",
            "amphetamine_believers_pct",
            "subutex_believers_pct",
            "believers_low_pct",
            "believers_high_pct",
            "levamisole_named_pct",
            "average_price_eur",
            "median_price_eur",
        ] {
            assert_eq!(origin_of(arg), Origin::Questionnaire, "{arg}");
        }
        for arg in ["pure_gram_as_powder_eur", "powder_estimate_year"] {
            assert_eq!(origin_of(arg), Origin::Seizures, "{arg}");
        }
        assert_eq!(origin_of("said_weight_mg"), Origin::Hearsay);
        for arg in [
            "real_level_pct",
            "average_weight_mg",
            "levamisole_pct",
            "max_amount_mg",
        ] {
            assert_eq!(origin_of(arg), Origin::Lab, "{arg}");
        }
        assert_eq!(
            CardId::PriceOfPureCocaine.card().origins(),
            [Origin::Questionnaire, Origin::PriceAndLab, Origin::Seizures]
        );
    }

    /// The table's footnote marks its level, weight and price columns.
    #[test]
    fn cards_with_level_weight_or_price_from_the_table_carry_its_note() {
        let noted: Vec<CardId> = CARDS
            .iter()
            .filter(|card| card.shows_table_subset())
            .map(|card| card.id)
            .collect();
        assert_eq!(
            noted,
            [
                CardId::LooksDontTell,
                CardId::RocksSmallerThanSaid,
                CardId::ContentHighAndSteady,
                CardId::PriceOfPureCocaine
            ]
        );
        assert_eq!(Card::table_note_args(), [("counted_above_pct", 6.0)]);
    }

    #[test]
    fn figures_keep_their_units() {
        let card = CardId::PriceOfPureCocaine.card();
        assert!(card
            .figures
            .iter()
            .all(|figure| matches!(figure.quantity, Quantity::Euros(_) | Quantity::Year(_))));
        let card = CardId::SizeTellsAmount.card();
        assert!(card
            .figures
            .iter()
            .all(|figure| matches!(figure.quantity, Quantity::Correlation(_))));
    }

    #[test]
    fn cards_are_in_reading_order_with_unique_ids() {
        let ids: Vec<CardId> = CARDS.iter().map(|card| card.id).collect();
        assert_eq!(ids, CardId::ALL);
        let slugs: HashSet<&str> = CardId::ALL.iter().map(|id| id.slug()).collect();
        assert_eq!(slugs.len(), CARDS.len());
        let pictograms: HashSet<&str> = CARDS.iter().map(|card| card.pictogram.id()).collect();
        assert_eq!(pictograms.len(), CARDS.len());
    }

    #[test]
    fn slugs_round_trip() {
        for id in CardId::ALL {
            assert_eq!(CardId::from_slug(id.slug()), Some(id));
        }
        assert_eq!(CardId::from_slug("crack-is-pure"), None);
        assert_eq!(CardId::from_slug(""), None);
    }

    #[test]
    fn message_ids_follow_the_convention() {
        let card = CardId::BasingDoesNotPurify.card();
        assert_eq!(
            card.belief_message_id(),
            "fact-basing-does-not-purify-belief"
        );
        assert_eq!(
            card.finding_message_id(),
            "fact-basing-does-not-purify-finding"
        );
        assert_eq!(
            card.takeaway_message_id(),
            "fact-basing-does-not-purify-takeaway"
        );
        assert_eq!(card.caveat_message_id(), None);
        assert_eq!(
            CardId::NoAmphetamineNoSubutex.card().caveat_message_id(),
            Some("fact-no-amphetamine-no-subutex-caveat".to_string())
        );
    }

    #[test]
    fn message_ids_and_argument_names_are_valid_fluent() {
        let mut ftl = String::new();
        for card in &CARDS {
            let placeables: String = card
                .figures
                .iter()
                .map(|figure| format!(" {{ ${} }}", figure.arg))
                .collect();
            for id in [
                card.belief_message_id(),
                card.finding_message_id(),
                card.takeaway_message_id(),
            ]
            .into_iter()
            .chain(card.caveat_message_id())
            {
                ftl.push_str(&format!("{id} = text{placeables}\n"));
            }
        }
        let resource = fluent_syntax::parser::parse(ftl.as_str()).expect("valid Fluent");
        assert_eq!(
            resource.body.len(),
            3 * CARDS.len() + 1,
            "one message per id"
        );
    }

    #[test]
    fn argument_names_are_unique_within_a_card() {
        for card in &CARDS {
            let names: HashSet<&str> = card.figures.iter().map(|figure| figure.arg).collect();
            assert_eq!(names.len(), card.figures.len(), "{}", card.id.slug());
        }
    }

    #[test]
    fn every_takeaway_gives_advice_and_kit_cards_link_to_the_finder() {
        for card in &CARDS {
            assert!(!card.advice.is_empty(), "{}", card.id.slug());
        }
        let linked: Vec<CardId> = CARDS
            .iter()
            .filter(|card| card.links_to_finder())
            .map(|card| card.id)
            .collect();
        assert_eq!(
            linked,
            [
                CardId::NoAmphetamineNoSubutex,
                CardId::RealCuttingAgents,
                CardId::PriceOfPureCocaine
            ]
        );
    }

    #[test]
    fn citations_name_the_survey_and_the_note() {
        for card in &CARDS {
            let text = card.citation.text();
            assert!(text.contains("N = 144 rocks"), "{text}");
            assert!(text.contains("note no. 2021-03, January 2021"), "{text}");
            assert!(text.contains("Charonne-Oppelia/OFDT"), "{text}");
        }
    }
}
