//! Every locale defines exactly the messages French defines, each file parses cleanly, and
//! a translation uses the same variables as the French message (so no figure is dropped).
//! This holds for the app's texts (`repere.ftl`) and for the guide's (`help.ftl`).

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

const LOCALES: [&str; 4] = ["fr", "en", "ru", "wo"];
const FILES: [&str; 2] = ["repere.ftl", "help.ftl"];

/// Message id → the variables its value and attributes use.
fn messages(locale: &str, file: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{locale}/{file}"));
    let source = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(value) = &message.value {
                collect_variables(value, &mut variables);
            }
            for attribute in &message.attributes {
                collect_variables(&attribute.value, &mut variables);
            }
            let id = message.id.name.to_string();
            assert!(
                messages.insert(id.clone(), variables).is_none(),
                "{locale}/{file}: {id} is defined twice"
            );
        }
    }
    messages
}

fn collect_variables(pattern: &Pattern<&str>, into: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_from_expression(expression, into);
        }
    }
}

fn collect_from_expression(expression: &Expression<&str>, into: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            collect_from_inline(selector, into);
            for variant in variants {
                collect_variables(&variant.value, into);
            }
        }
        Expression::Inline(inline) => collect_from_inline(inline, into),
    }
}

fn collect_from_inline(inline: &InlineExpression<&str>, into: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            into.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_from_inline(argument, into);
            }
            for named in &arguments.named {
                collect_from_inline(&named.value, into);
            }
        }
        InlineExpression::Placeable { expression } => collect_from_expression(expression, into),
        _ => {}
    }
}

#[test]
fn every_locale_has_exactly_the_french_messages() {
    for file in FILES {
        let french: BTreeSet<String> = messages("fr", file).into_keys().collect();
        assert!(!french.is_empty(), "{file}");
        for locale in LOCALES {
            let ids: BTreeSet<String> = messages(locale, file).into_keys().collect();
            let missing: Vec<_> = french.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&french).collect();
            assert!(
                missing.is_empty(),
                "{locale}/{file} lacks messages French has: {missing:?}"
            );
            assert!(
                extra.is_empty(),
                "{locale}/{file} has messages French lacks: {extra:?}"
            );
        }
    }
}

#[test]
fn translations_use_the_french_variables() {
    for file in FILES {
        let french = messages("fr", file);
        for locale in LOCALES {
            for (id, variables) in messages(locale, file) {
                if let Some(reference) = french.get(&id) {
                    assert_eq!(
                        &variables, reference,
                        "{locale}/{file}: {id} uses other variables than French"
                    );
                }
            }
        }
    }
}

/// The guide's page builder loads both files into one bundle: an id in both would be
/// refused there, and would be ambiguous to a reader.
#[test]
fn the_guide_and_the_app_use_separate_message_ids() {
    let app: BTreeSet<String> = messages("fr", "repere.ftl").into_keys().collect();
    let guide: BTreeSet<String> = messages("fr", "help.ftl").into_keys().collect();
    assert!(guide.iter().all(|id| id.starts_with("help-")), "{guide:?}");
    let shared: Vec<_> = app.intersection(&guide).collect();
    assert!(shared.is_empty(), "{shared:?}");
}

/// A translation that is still the French text is a forgotten translation. Proper names
/// and numbers may stay as they are.
#[test]
fn the_guide_is_translated() {
    let french = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/fr/help.ftl");
    let french = fs::read_to_string(french).unwrap();
    let french: BTreeMap<&str, &str> = french
        .lines()
        .filter_map(|line| line.split_once(" = "))
        .collect();
    for locale in ["en", "ru", "wo"] {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("locales/{locale}/help.ftl"));
        let source = fs::read_to_string(path).unwrap();
        let same: Vec<&str> = source
            .lines()
            .filter_map(|line| line.split_once(" = "))
            .filter(|(id, text)| french.get(id) == Some(text))
            .map(|(id, _)| id)
            .collect();
        assert!(same.is_empty(), "{locale}: still French: {same:?}");
    }
}

#[test]
fn russian_count_messages_give_one_few_and_many() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/ru/repere.ftl");
    let source = fs::read_to_string(path).unwrap();
    let resource = parser::parse(source.as_str()).unwrap();
    let mut checked = 0;
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let Some(value) = &message.value else {
            continue;
        };
        for element in &value.elements {
            let PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } = element
            else {
                continue;
            };
            let InlineExpression::VariableReference { id } = selector else {
                continue;
            };
            if id.name != "count" {
                continue;
            }
            let keys: BTreeSet<String> = variants
                .iter()
                .map(|variant| match &variant.key {
                    fluent_syntax::ast::VariantKey::Identifier { name } => name.to_string(),
                    fluent_syntax::ast::VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            for form in ["one", "few", "many"] {
                assert!(
                    keys.contains(form),
                    "ru: {} lacks the [{form}] form",
                    message.id.name
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 0, "no Russian message selects on $count");
}

/// `t!`, `live_text!` and `tr!` check their ids against French at compile time; the ids
/// built at run time (cards, quiz statements, rocks, the estimate, weight errors) are
/// checked here, each with the arguments the app gives it: French must have the message,
/// and every variable it uses must be given (a figure left out would show as `{$name}`).
#[test]
fn every_id_built_at_run_time_exists_in_french_with_its_arguments() {
    use repere::facts::estimator::{
        BASIS_MESSAGE_ID, BEYOND_SURVEY_MESSAGE_ID, ESTIMATE_MESSAGE_ID,
    };
    use repere::facts::{
        estimate, Card, WeightError, BASIS, CARDS, REFERENCE_ROCKS, STATEMENTS,
        TABLE_NOTE_MESSAGE_ID,
    };

    let names = |args: Vec<(&'static str, f64)>| -> BTreeSet<String> {
        args.into_iter().map(|(name, _)| name.to_string()).collect()
    };
    let mut used: Vec<(String, BTreeSet<String>)> = Vec::new();
    for card in &CARDS {
        let args = names(card.args());
        for id in [
            card.belief_message_id(),
            card.finding_message_id(),
            card.takeaway_message_id(),
        ]
        .into_iter()
        .chain(card.caveat_message_id())
        {
            used.push((id, args.clone()));
        }
        for origin in card.origins() {
            used.push((origin.message_id(), BTreeSet::new()));
        }
    }
    used.push((
        TABLE_NOTE_MESSAGE_ID.to_string(),
        names(Card::table_note_args()),
    ));
    for statement in &STATEMENTS {
        used.push((statement.message_id(), names(statement.card().args())));
    }
    for rock in &REFERENCE_ROCKS {
        used.push((rock.message_id(), BTreeSet::new()));
    }
    for error in [
        WeightError::NotANumber,
        WeightError::NotPositive,
        WeightError::TooHeavy,
    ] {
        used.push((error.message_id().to_string(), names(error.args())));
    }
    let estimate_args = names(estimate(148.0).unwrap().args());
    used.push((ESTIMATE_MESSAGE_ID.to_string(), estimate_args.clone()));
    used.push((BEYOND_SURVEY_MESSAGE_ID.to_string(), estimate_args));
    used.push((BASIS_MESSAGE_ID.to_string(), names(BASIS.args())));

    let french = messages("fr", "repere.ftl");
    // They are all the facts screens': they must come with that screen's texts.
    let source =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/fr/repere.ftl"))
            .unwrap();
    let (_, facts_texts) = repere::text_parts::split(&source)
        .unwrap()
        .into_iter()
        .find(|(part, _)| *part == repere::text_parts::TextPart::Facts)
        .unwrap();
    let mut problems = Vec::new();
    for (id, given) in &used {
        let defines = |line: &str| {
            line.strip_prefix(id.as_str())
                .is_some_and(|r| r.starts_with(" ="))
        };
        if !facts_texts.lines().any(defines) {
            problems.push(format!("{id}: not in the facts texts (## Facts)"));
        }
        match french.get(id) {
            None => problems.push(format!("{id}: not in fr/repere.ftl")),
            Some(variables) => {
                let missing: Vec<_> = variables.difference(given).collect();
                if !missing.is_empty() {
                    problems.push(format!("{id}: uses {missing:?}, not given"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(used.len() > 50, "{} ids", used.len());
}
