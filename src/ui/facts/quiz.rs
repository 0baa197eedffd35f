//! `/facts/quiz`: "myth or fact?", one statement at a time; after each answer, whether it
//! was right, and the card that explains it. Nothing is stored.

use super::card::FactCard;
use crate::facts::{Round, STATEMENTS};
use crate::i18n::tr;
use crate::i18n::use_i18n;
use crate::tr;
use crate::{live_text, t};
use leptos::html;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Stage {
    /// Statement `index` waits for an answer.
    Asking(usize),
    /// Statement `index` was answered; `right` says how.
    Answered {
        index: usize,
        right: bool,
    },
    Finished,
}

#[component]
pub fn QuizScreen() -> impl IntoView {
    let i18n = use_i18n();
    let lang = Signal::derive(move || i18n.lang());
    let round = RwSignal::new(Round::new());
    let stage = RwSignal::new(Stage::Asking(0));
    let focus_target = NodeRef::<html::Div>::new();

    // After each step, move focus to the new content, so a screen reader reads it next.
    let move_focus = move || {
        request_animation_frame(move || {
            if let Some(element) = focus_target.get_untracked() {
                let _ = element.focus();
            }
        })
    };

    let answer = move |index: usize, says_true: bool| {
        let mut right = false;
        round.update(|round| right = round.answer(index, says_true).unwrap_or(false));
        stage.set(Stage::Answered { index, right });
        move_focus();
    };
    let next = move || {
        stage.set(match round.with_untracked(Round::next_unanswered) {
            Some(index) => Stage::Asking(index),
            None => Stage::Finished,
        });
        move_focus();
    };
    let again = move || {
        round.set(Round::new());
        stage.set(Stage::Asking(0));
        move_focus();
    };
    let total = STATEMENTS.len() as f64;
    let progress = move |index: usize| {
        tr!(
            lang.get(),
            "quiz-progress",
            &[("number", (index + 1) as f64), ("total", total)],
        )
    };

    let body = move || match stage.get() {
        Stage::Asking(index) => {
            let statement = STATEMENTS[index];
            let args = statement.card().args();
            view! {
                <div class="quiz-step" tabindex="-1" node_ref=focus_target>
                    <p class="quiz-progress">{move || progress(index)}</p>
                    <p class="card quiz-statement">{move || tr(lang.get(), &statement.message_id(), &args)}</p>
                </div>
                <div class="quiz-answers">
                    <button type="button" class="quiz-answer quiz-answer-true" on:click=move |_| answer(index, true)>
                        <span class="quiz-answer-mark" aria-hidden="true">"✓"</span>
                        <span>{live_text!(i18n, "quiz-true")}</span>
                    </button>
                    <button type="button" class="quiz-answer quiz-answer-false" on:click=move |_| answer(index, false)>
                        <span class="quiz-answer-mark" aria-hidden="true">"✗"</span>
                        <span>{live_text!(i18n, "quiz-false")}</span>
                    </button>
                </div>
            }
            .into_any()
        }
        Stage::Answered { index, right } => {
            let statement = STATEMENTS[index];
            let args = statement.card().args();
            let verdict_class = if right {
                "quiz-verdict quiz-right"
            } else {
                "quiz-verdict quiz-wrong"
            };
            let truth = move || {
                if statement.is_true {
                    tr!(lang.get(), "quiz-it-is-true")
                } else {
                    tr!(lang.get(), "quiz-it-is-a-myth")
                }
            };
            let last = round.with_untracked(Round::finished);
            view! {
                <div class="quiz-step" tabindex="-1" node_ref=focus_target>
                    <p class="quiz-progress">{move || progress(index)}</p>
                    <h2 class=verdict_class>
                        <span class="quiz-verdict-mark" aria-hidden="true">{if right { "✓" } else { "✗" }}</span>
                        <span>{move || if right { t!(i18n, "quiz-right") } else { t!(i18n, "quiz-wrong") }}</span>
                    </h2>
                    <p class="quiz-truth">
                        <q>{move || tr(lang.get(), &statement.message_id(), &args)}</q>
                        " "
                        <strong>{truth}</strong>
                    </p>
                </div>
                <FactCard card=statement.card() lang/>
                <p class="quiz-next-row">
                    <button type="button" class="button quiz-next" on:click=move |_| next()>
                        {move || if last { t!(i18n, "quiz-see-score") } else { t!(i18n, "quiz-next") }}
                    </button>
                </p>
            }
            .into_any()
        }
        Stage::Finished => {
            let score = round.with_untracked(Round::score);
            view! {
                <div class="card quiz-end" tabindex="-1" node_ref=focus_target>
                    <h2>{live_text!(i18n, "quiz-end-title")}</h2>
                    <p class="quiz-score" aria-hidden="true">{format!("{score} / {}", STATEMENTS.len())}</p>
                    <p class="quiz-score-text">
                        {move || tr!(lang.get(), "quiz-score", &[("score", score as f64), ("total", total)])}
                    </p>
                    <button type="button" class="button quiz-again" on:click=move |_| again()>
                        {live_text!(i18n, "quiz-again")}
                    </button>
                </div>
            }
            .into_any()
        }
    };

    view! {
        <h1>{live_text!(i18n, "quiz-title")}</h1>
        <p>{live_text!(i18n, "quiz-intro")}</p>
        {body}
        <p class="quiz-private">{live_text!(i18n, "quiz-private")}</p>
        <p><a class="button button-secondary" href="/facts">{live_text!(i18n, "facts-back")}</a></p>
    }
}
