//! Goals without shame: a pause, a daily or weekly limit, or stopping. A slip ends the
//! current run and nothing else: the days kept stay counted, the best run stays.

use super::state::use_diary;
use super::words;
use crate::browser::clock;
use crate::diary::goals::{MAX_GOAL_USES, MAX_PAUSE_DAYS};
use crate::diary::{Day, Goal, GoalKind, GoalProgress};
use crate::i18n::{use_i18n, I18n};
use crate::ui::widgets::{FieldError, Input, TextField};
use crate::{live_text, t};
use leptos::prelude::*;

fn progress_lines(i18n: I18n, goal: Goal, p: GoalProgress) -> Vec<String> {
    let days_kept = || {
        t!(
            i18n,
            "diary-goal-days-kept",
            kept = p.within,
            total = p.elapsed
        )
    };
    match goal {
        Goal::Stop { .. } => vec![t!(i18n, "diary-goal-stop-now"), days_kept()],
        Goal::Pause { days, .. } => {
            let mut lines = vec![t!(i18n, "diary-goal-pause-now", days = days), days_kept()];
            match p.pause_days_left {
                Some(0) if p.elapsed > 0 => lines.push(t!(i18n, "diary-goal-pause-done")),
                Some(left) => lines.push(t!(i18n, "diary-goal-pause-left", days = left)),
                None => {}
            }
            lines
        }
        Goal::AtMostPerDay { uses, .. } => vec![
            t!(i18n, "diary-goal-day-now", limit = uses),
            t!(
                i18n,
                "diary-goal-today",
                uses = p.current_uses,
                limit = p.limit
            ),
            days_kept(),
        ],
        Goal::AtMostPerWeek { uses, .. } => vec![
            t!(i18n, "diary-goal-week-now", limit = uses),
            t!(
                i18n,
                "diary-goal-this-week",
                uses = p.current_uses,
                limit = p.limit
            ),
            t!(
                i18n,
                "diary-goal-weeks-kept",
                kept = p.within,
                total = p.elapsed
            ),
        ],
    }
}

#[component]
pub fn DiaryGoals() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    let goal = move || state.diary.with(|diary| diary.settings().goal);
    let progress = move || {
        let now = state.now_ms.get();
        let goal = goal()?;
        Some((
            goal,
            state
                .diary
                .with(|diary| goal.progress(diary.entries(), now, clock::offset_min())),
        ))
    };
    let kind = RwSignal::new(GoalKind::Pause.code().to_string());
    let number = RwSignal::new("7".to_string());
    let error = RwSignal::new(None::<String>);
    let start = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let today = Day::of(clock::now_ms(), clock::offset_min());
        let chosen = GoalKind::from_code(&kind.get_untracked()).unwrap_or(GoalKind::Pause);
        let new_goal = match Goal::from_choice(chosen, &number.get_untracked(), today) {
            Ok(goal) => goal,
            Err(problem) => return error.set(Some(words::invalid(i18n, problem))),
        };
        match state.edit_settings(|settings| settings.goal = Some(new_goal)) {
            Ok(()) => error.set(None),
            Err(problem) => error.set(Some(words::invalid(i18n, problem))),
        }
    };
    let chosen = move || GoalKind::from_code(&kind.get()).unwrap_or(GoalKind::Pause);
    let needs_number = move || chosen().needs_number();
    let number_label = move || match chosen() {
        GoalKind::Pause => t!(i18n, "diary-goal-number-days", max = MAX_PAUSE_DAYS),
        _ => t!(i18n, "diary-goal-number-uses", max = MAX_GOAL_USES),
    };

    view! {
        <section class="card diary-goals" aria-labelledby="diary-goals-title">
            <h2 id="diary-goals-title">{live_text!(i18n, "diary-goals-title")}</h2>
            {move || match progress() {
                Some((goal, p)) => view! {
                    <div class="diary-goal-progress">
                        {progress_lines(i18n, goal, p).into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                        <p class="diary-streak">
                            {t!(i18n, "diary-goal-streak", current = p.current_streak, best = p.best_streak)}
                        </p>
                        <Show when=move || p.slipped()>
                            <p class="diary-kind">{live_text!(i18n, "diary-goal-slip")}</p>
                        </Show>
                        <button type="button" class="button button-secondary"
                            on:click=move |_| { let _ = state.edit_settings(|s| s.goal = None); }>
                            {live_text!(i18n, "diary-goal-end")}
                        </button>
                    </div>
                }
                .into_any(),
                None => view! {
                    <form class="diary-form" on:submit=start>
                        <p class="diary-hint">{live_text!(i18n, "diary-goals-intro")}</p>
                        <div class="field">
                            <label for="diary-goal-kind">{live_text!(i18n, "diary-goal-kind")}</label>
                            <select id="diary-goal-kind" bind:value=kind>
                                <option value=GoalKind::Pause.code()>{live_text!(i18n, "diary-goal-kind-pause")}</option>
                                <option value=GoalKind::PerDay.code()>{live_text!(i18n, "diary-goal-kind-day")}</option>
                                <option value=GoalKind::PerWeek.code()>{live_text!(i18n, "diary-goal-kind-week")}</option>
                                <option value=GoalKind::Stop.code()>{live_text!(i18n, "diary-goal-kind-stop")}</option>
                            </select>
                        </div>
                        <Show when=needs_number>
                            <TextField id="diary-goal-number" label=number_label value=number input=Input::Count/>
                        </Show>
                        <FieldError message=error/>
                        <button type="submit" class="button">{live_text!(i18n, "diary-goal-start")}</button>
                    </form>
                }
                .into_any(),
            }}
            <div class="diary-help">
                <p>{live_text!(i18n, "diary-help-text")}</p>
                <div class="diary-actions">
                    <a class="button button-secondary" href="/finder">{live_text!(i18n, "diary-help-csapa")}</a>
                    <a class="button button-secondary" href="tel:0800231313">{live_text!(i18n, "diary-help-dis")}</a>
                </div>
            </div>
        </section>
    }
}
