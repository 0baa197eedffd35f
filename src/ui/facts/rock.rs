//! `/facts/rock`: from a rock's size or weight to the cocaine it likely holds, drawn as a
//! bar, with the assumptions and the source on screen.

use crate::facts::estimator::{
    Estimate, BASIS_MESSAGE_ID, BEYOND_SURVEY_MESSAGE_ID, ESTIMATE_MESSAGE_ID,
};
use crate::facts::format::parse_weight;
use crate::facts::{estimate, CardId, WeightError, BASIS, REFERENCE_ROCKS};
use crate::i18n::use_i18n;
use crate::i18n::{tr, tr0};
use crate::lang::Lang;
use crate::live_text;
use crate::tr;
use leptos::prelude::*;

/// The heaviest reference rock fills its drawing; the others keep area ∝ weight.
const DRAWING_RADIUS: f64 = 44.0;

/// An irregular rock outline of radius about 1, drawn around 0,0.
const ROCK_OUTLINE: &str =
    "M-1 .1C-1-.6-.4-1 .2-.95.8-.9 1.05-.3.95.25.85.8.3 1-.3.95-.8.9-1 .6-1 .1Z";

fn rock_radius(weight_mg: u32) -> f64 {
    let heaviest = REFERENCE_ROCKS[REFERENCE_ROCKS.len() - 1].weight_mg;
    DRAWING_RADIUS * (f64::from(weight_mg) / f64::from(heaviest)).sqrt()
}

/// Where a share of the rock's weight (in percent) falls on the bar.
fn bar_x(percent: u32) -> f64 {
    16.0 + 288.0 * f64::from(percent) / 100.0
}

#[component]
pub fn RockScreen() -> impl IntoView {
    let i18n = use_i18n();
    let typed = RwSignal::new(String::new());
    let result = Memo::new(move |_| {
        let text = typed.get();
        (!text.trim().is_empty()).then(|| estimate(parse_weight(&text)))
    });
    let error = move || result.get().and_then(Result::err);

    let rocks = REFERENCE_ROCKS
        .iter()
        .map(|rock| {
            let weight = rock.weight_mg.to_string();
            let pressed = {
                let weight = weight.clone();
                move || typed.with(|text| text.trim() == weight)
            };
            let radius = rock_radius(rock.weight_mg);
            let class = if rock.measured {
                "rock-shape"
            } else {
                "rock-shape rock-shape-said"
            };
            view! {
                <button
                    type="button"
                    class="rock-choice"
                    data-rock=rock.id
                    aria-pressed=move || if pressed() { "true" } else { "false" }
                    on:click=move |_| typed.set(weight.clone())
                >
                    <svg class="rock-drawing" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
                        <path
                            class=class
                            d=ROCK_OUTLINE
                            transform=format!("translate(50 50) scale({radius:.2})")
                            vector-effect="non-scaling-stroke"
                        />
                    </svg>
                    <span class="rock-choice-name">{move || tr0(i18n.lang(), &rock.message_id())}</span>
                    <span class="rock-choice-weight">
                        {move || tr!(i18n.lang(), "rock-amount-mg", &[("amount_mg", f64::from(rock.weight_mg))])}
                    </span>
                </button>
            }
        })
        .collect_view();

    view! {
        <h1>{live_text!(i18n, "rock-title")}</h1>
        <p>{live_text!(i18n, "rock-intro")}</p>
        <section class="rock-pick" aria-labelledby="rock-pick-title">
            <h2 id="rock-pick-title">{live_text!(i18n, "rock-pick-title")}</h2>
            <div class="rock-choices">{rocks}</div>
            <p class="rock-note">{live_text!(i18n, "rock-drawings-note")}</p>
            <div class="field">
                <label for="rock-weight">{live_text!(i18n, "rock-weight-label")}</label>
                <input
                    id="rock-weight"
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    bind:value=typed
                    aria-invalid=move || if error().is_some() { "true" } else { "false" }
                    aria-describedby=move || error().map(|_| "rock-weight-error")
                />
                {move || error().map(|error: WeightError| view! {
                    <p id="rock-weight-error" class="field-error" role="alert">
                        {tr(i18n.lang(), error.message_id(), &error.args())}
                    </p>
                })}
            </div>
        </section>
        <div class="rock-result" aria-live="polite">
            {move || {
                result
                    .get()
                    .and_then(Result::ok)
                    .map(|estimate| view! { <RockResult estimate lang=i18n.lang()/> })
            }}
        </div>
        <section class="card rock-basis" aria-labelledby="rock-basis-title">
            <h2 id="rock-basis-title">{live_text!(i18n, "rock-basis-title")}</h2>
            <p>{move || tr(i18n.lang(), BASIS_MESSAGE_ID, &BASIS.args())}</p>
            <p class="fact-source">
                <span class="fact-source-label">{live_text!(i18n, "fact-source")}</span>
                " "
                <span lang="en">{CardId::ContentHighAndSteady.card().citation.text()}</span>
            </p>
        </section>
        <p><a class="button button-secondary" href="/facts">{live_text!(i18n, "facts-back")}</a></p>
    }
}

#[component]
fn RockResult(estimate: Estimate, lang: Lang) -> impl IntoView {
    let args = estimate.args();
    let text = |id: &str| tr(lang, id, &args);
    let mg = |value: u32| tr!(lang, "rock-amount-mg", &[("amount_mg", f64::from(value))]);
    let levels = BASIS;
    let possible = (
        bar_x(levels.possible_level_pct.low),
        bar_x(levels.possible_level_pct.high),
    );
    let usual = (
        bar_x(levels.usual_level_pct.low),
        bar_x(levels.usual_level_pct.high),
    );
    let typical = bar_x(levels.typical_level_pct);
    let beyond = estimate
        .beyond_survey_weights
        .then(|| view! { <p class="rock-warning">{text(BEYOND_SURVEY_MESSAGE_ID)}</p> });
    view! {
        <section class="card rock-answer" aria-labelledby="rock-result-title">
            <h2 id="rock-result-title">{tr!(lang, "rock-result-title", &args)}</h2>
            <p class="rock-typical">{tr!(lang, "rock-typical", &args)}</p>
            <svg class="rock-scale" viewBox="0 0 320 114" aria-hidden="true" focusable="false">
                <rect class="rock-bar-track" x="16" y="46" width="288" height="20" rx="4"/>
                <rect class="rock-bar-possible" x=possible.0 y="46" width=possible.1 - possible.0 height="20" rx="4"/>
                <rect class="rock-bar-usual" x=usual.0 y="40" width=usual.1 - usual.0 height="32" rx="4"/>
                <path class="rock-bar-typical" d=format!("M{typical:.1} 30V80")/>
                <circle class="rock-bar-typical-dot" cx=typical cy="56" r="6"/>
                <text class="rock-label rock-label-strong" x=typical y="22" text-anchor="middle">
                    {mg(estimate.typical_mg)}
                </text>
                // Two rows, so that long figures (1 000 mg) never overlap.
                <text class="rock-label" x=usual.0 y="90" text-anchor="end">{mg(estimate.usual.low)}</text>
                <text class="rock-label" x=usual.1 y="90" text-anchor="start">{mg(estimate.usual.high)}</text>
                <text class="rock-label" x=possible.0 y="108" text-anchor="start">{mg(estimate.possible.low)}</text>
                <text class="rock-label" x=possible.1 y="108" text-anchor="end">{mg(estimate.possible.high)}</text>
            </svg>
            <ul class="rock-legend">
                <li>
                    <svg class="rock-swatch" viewBox="0 0 24 24" aria-hidden="true">
                        <circle class="rock-bar-typical-dot" cx="12" cy="12" r="7"/>
                    </svg>
                    <span>{tr!(lang, "rock-legend-typical", &args)}</span>
                </li>
                <li>
                    <svg class="rock-swatch" viewBox="0 0 24 24" aria-hidden="true">
                        <rect class="rock-bar-usual" x="2" y="4" width="20" height="16" rx="3"/>
                    </svg>
                    <span>{tr!(lang, "rock-legend-usual", &args)}</span>
                </li>
                <li>
                    <svg class="rock-swatch" viewBox="0 0 24 24" aria-hidden="true">
                        <rect class="rock-bar-possible" x="2" y="6" width="20" height="12" rx="3"/>
                    </svg>
                    <span>{tr!(lang, "rock-legend-possible", &args)}</span>
                </li>
            </ul>
            <p class="rock-estimate-text">{text(ESTIMATE_MESSAGE_ID)}</p>
            {beyond}
            <p class="rock-takeaway">{tr!(lang, "rock-takeaway", &args)}</p>
        </section>
    }
}
