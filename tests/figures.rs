//! Every survey figure a message shows comes from `src/facts/survey.rs`: no message about
//! the survey types a digit, and each message takes exactly the figures its card (or the
//! estimator, or the table note) hands it. The static first screen's count is checked
//! in tests/static_shell.rs.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use repere::facts::{Card, BASIS, CARDS, STATEMENTS, TABLE_NOTE_MESSAGE_ID};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const LOCALES: [&str; 4] = ["fr", "en", "ru", "wo"];

/// The messages that speak about the survey.
fn about_the_survey(id: &str) -> bool {
    [
        "fact-",
        "quiz-",
        "rock-",
        "facts-intro",
        "home-facts-",
        "about-sintes",
    ]
    .iter()
    .any(|prefix| id.starts_with(prefix))
}

struct Message {
    /// Every piece of literal text, in every variant.
    text: String,
    variables: BTreeSet<String>,
}

fn messages(locale: &str) -> BTreeMap<String, Message> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{locale}/repere.ftl"));
    let source = std::fs::read_to_string(path).unwrap();
    let resource = fluent_syntax::parser::parse(source.as_str()).expect("parses");
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut found = Message {
                    text: String::new(),
                    variables: BTreeSet::new(),
                };
                if let Some(value) = &message.value {
                    walk(value, &mut found);
                }
                Some((message.id.name.to_string(), found))
            }
            _ => None,
        })
        .collect()
}

fn walk(pattern: &Pattern<&str>, into: &mut Message) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => into.text.push_str(value),
            PatternElement::Placeable { expression } => walk_expression(expression, into),
        }
    }
}

fn walk_expression(expression: &Expression<&str>, into: &mut Message) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, into);
            for variant in variants {
                walk(&variant.value, into);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, into),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, into: &mut Message) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.variables.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, into),
        // A number typed inside a placeable is a typed figure too.
        InlineExpression::NumberLiteral { value } => into.text.push_str(value),
        InlineExpression::StringLiteral { value } => into.text.push_str(value),
        _ => {}
    }
}

fn names(args: &[(&'static str, f64)]) -> BTreeSet<String> {
    args.iter().map(|(name, _)| name.to_string()).collect()
}

#[test]
fn no_message_about_the_survey_types_a_figure() {
    for locale in LOCALES {
        let mut checked = 0;
        for (id, message) in messages(locale) {
            if !about_the_survey(&id) {
                continue;
            }
            checked += 1;
            assert!(
                !message.text.chars().any(|c| c.is_ascii_digit()),
                "{locale}: {id} types a figure: {}",
                message.text
            );
        }
        assert!(checked > 60, "{locale}: only {checked} survey messages");
    }
}

#[test]
fn each_card_message_shows_only_its_figures_and_every_figure_is_shown() {
    for locale in LOCALES {
        let messages = messages(locale);
        for card in &CARDS {
            let allowed = names(&card.args());
            let mut shown = BTreeSet::new();
            let ids = [
                card.belief_message_id(),
                card.finding_message_id(),
                card.takeaway_message_id(),
            ]
            .into_iter()
            .chain(card.caveat_message_id());
            for id in ids {
                let used = &messages[&id].variables;
                assert!(used.is_subset(&allowed), "{locale}: {id} uses {used:?}");
                shown.extend(used.iter().cloned());
            }
            assert_eq!(
                shown,
                allowed,
                "{locale}: {} hides a figure",
                card.id.slug()
            );
        }
        for statement in &STATEMENTS {
            let used = &messages[&statement.message_id()].variables;
            assert!(used.is_subset(&names(&statement.card().args())));
        }
        assert_eq!(
            messages["rock-estimate-basis"].variables,
            names(&BASIS.args()),
            "{locale}"
        );
        assert_eq!(
            messages[TABLE_NOTE_MESSAGE_ID].variables,
            names(&Card::table_note_args()),
            "{locale}"
        );
    }
}

/// The survey's size and years are variables too; the UI passes them from survey.rs.
#[test]
fn the_survey_size_and_years_are_variables() {
    for locale in LOCALES {
        let messages = messages(locale);
        let of = |id: &str| messages[id].variables.clone();
        assert_eq!(
            of("about-sintes"),
            ["count", "first_year", "last_year"]
                .map(String::from)
                .into()
        );
        assert_eq!(of("home-facts-text"), ["count".to_string()].into());
        assert_eq!(of("facts-intro"), ["count".to_string()].into());
    }
}

/// The checks above can fail: a typed figure is caught.
#[test]
fn a_typed_figure_would_be_caught() {
    let resource = fluent_syntax::parser::parse("fact-x = Pesés : 148 mg.\n").unwrap();
    let Entry::Message(message) = &resource.body[0] else {
        unreachable!()
    };
    let mut found = Message {
        text: String::new(),
        variables: BTreeSet::new(),
    };
    walk(message.value.as_ref().unwrap(), &mut found);
    assert!(found.text.chars().any(|c| c.is_ascii_digit()));
}
