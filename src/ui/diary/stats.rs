//! Seeing it: today, this week and this month; the last 30 days as bars; spending against
//! a weekly budget; patterns in plain words once there is enough to say something.

use super::state::use_diary;
use super::words;
use crate::browser::clock;
use crate::diary::calendar::LocalTime;
use crate::diary::stats::{PATTERN_MIN_ANSWERS, PEAK_WINDOW_HOURS, SERIES_DAYS};
use crate::diary::{Budget, DayPoint, Overview, Patterns, Totals};
use crate::i18n::{use_i18n, I18n};
use crate::{live_text, t};
use leptos::prelude::*;

const CHART_WIDTH: f64 = 320.0;
const CHART_HEIGHT: f64 = 150.0;
const CHART_TOP: f64 = 18.0;
const CHART_BOTTOM: f64 = 128.0;

#[component]
pub fn DiaryStats() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_diary();
    let overview = Memo::new(move |_| {
        let now = state.now_ms.get();
        state
            .diary
            .with(|diary| diary.overview(now, clock::offset_min()))
    });
    let series = Memo::new(move |_| {
        let now = state.now_ms.get();
        state
            .diary
            .with(|diary| diary.daily_series(now, clock::offset_min()))
    });
    let patterns = Memo::new(move |_| {
        let now = state.now_ms.get();
        state
            .diary
            .with(|diary| diary.patterns(now, clock::offset_min()))
    });

    view! {
        <section class="card diary-stats" aria-labelledby="diary-stats-title">
            <h2 id="diary-stats-title">{live_text!(i18n, "diary-stats-title")}</h2>
            <div class="diary-tiles">
                {tile(i18n, overview, live_text!(i18n, "diary-today"), |o| o.today)}
                {tile(i18n, overview, live_text!(i18n, "diary-this-week"), |o| o.this_week)}
                {tile(i18n, overview, live_text!(i18n, "diary-this-month"), |o| o.this_month)}
            </div>
            {move || overview.get().budget.map(|budget| budget_view(i18n, budget))}
            <h3 id="diary-chart-title">{move || t!(i18n, "diary-chart-title", days = SERIES_DAYS)}</h3>
            {move || series.with(|points| chart(i18n, points))}
            <h3>{live_text!(i18n, "diary-patterns-title")}</h3>
            {move || patterns.with(|p| patterns_view(i18n, p))}
        </section>
    }
}

/// This week's spending against the budget, as words and a bar.
fn budget_view(i18n: I18n, budget: Budget) -> impl IntoView {
    let spent = words::euros(i18n, budget.spent_this_week_cents);
    let weekly = words::euros(i18n, u64::from(budget.weekly_cents));
    let difference = words::euros(i18n, budget.remaining_cents().unsigned_abs());
    let (fill_class, left) = if budget.is_over() {
        (
            "diary-budget-fill diary-budget-over",
            t!(i18n, "diary-budget-over", amount = difference),
        )
    } else {
        (
            "diary-budget-fill",
            t!(i18n, "diary-budget-left", amount = difference),
        )
    };
    let width = format!("{:.1}", budget.fraction_spent() * 100.0);
    view! {
        <div class="diary-budget">
            <h3>{live_text!(i18n, "diary-budget-title")}</h3>
            <p>{t!(i18n, "diary-budget-spent", spent = spent, budget = weekly)}</p>
            <svg class="diary-budget-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                <rect class="diary-budget-track" x="0" y="0" width="100" height="10" rx="2"/>
                <rect class=fill_class x="0" y="0" width=width height="10" rx="2"/>
            </svg>
            <p class="diary-hint">{left}</p>
        </div>
    }
}

/// What the recent entries show, one sentence each, once enough of them said.
fn pattern_lines(i18n: I18n, p: &Patterns) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(peak) = p.peak_window {
        let end = (peak.start_hour + PEAK_WINDOW_HOURS) % 24;
        lines.push(t!(
            i18n,
            "diary-pattern-peak",
            from = format!("{:02}:00", peak.start_hour),
            to = format!("{end:02}:00"),
            uses = peak.uses,
            total = peak.of
        ));
    }
    if let Some(share) = p.with_others {
        lines.push(t!(
            i18n,
            "diary-pattern-with-others",
            percent = share.percent()
        ));
    }
    if let Some(share) = p.shared_pipe {
        lines.push(t!(
            i18n,
            "diary-pattern-shared-pipe",
            percent = share.percent()
        ));
    }
    if let Some(share) = p.burns_or_cuts {
        lines.push(t!(i18n, "diary-pattern-burns", percent = share.percent()));
    }
    lines
}

fn patterns_view(i18n: I18n, p: &Patterns) -> impl IntoView {
    let lines = pattern_lines(i18n, p);
    if lines.is_empty() {
        return view! { <p class="diary-hint">{t!(i18n, "diary-patterns-wait", count = PATTERN_MIN_ANSWERS)}</p> }
            .into_any();
    }
    let tip = p.pipe_harm_seen().then(|| {
        view! {
            <p class="diary-tip">
                {t!(i18n, "diary-tip-own-pipe")}
                " "
                <a href="/finder">{t!(i18n, "diary-tip-caarud-link")}</a>
            </p>
        }
    });
    view! {
        <ul class="diary-patterns">{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul>
        {tip}
    }
    .into_any()
}

/// Today, this week or this month: uses, amounts and spending.
fn tile(
    i18n: I18n,
    overview: Memo<Overview>,
    label: impl Fn() -> String + Send + Sync + 'static,
    totals: fn(&Overview) -> Totals,
) -> impl IntoView {
    view! {
        <div class="diary-tile">
            <h3 class="diary-tile-title">{label}</h3>
            <p class="diary-tile-uses">{move || t!(i18n, "diary-times", count = overview.with(|o| totals(o).uses))}</p>
            <p>{move || amount_text(i18n, overview.with(totals))}</p>
            <p>{move || spent_text(i18n, overview.with(totals))}</p>
        </div>
    }
}

fn amount_text(i18n: I18n, totals: Totals) -> String {
    let mut parts = Vec::new();
    if totals.rocks > 0 {
        parts.push(t!(i18n, "diary-rocks", count = totals.rocks));
    }
    if totals.milligrams > 0 {
        parts.push(t!(i18n, "diary-mg", count = totals.milligrams));
    }
    if parts.is_empty() {
        "–".to_string()
    } else {
        parts.join(" + ")
    }
}

fn spent_text(i18n: I18n, totals: Totals) -> String {
    if totals.uses == totals.uses_without_spend {
        return "–".to_string();
    }
    let money = words::euros(i18n, totals.spent_cents);
    if totals.uses_without_spend > 0 {
        t!(i18n, "diary-at-least", amount = money)
    } else {
        money
    }
}

/// 30 bars, today on the right. Colours come from CSS classes, so dark mode follows.
fn chart(i18n: I18n, points: &[DayPoint]) -> impl IntoView {
    let lang = i18n.lang();
    let max = points
        .iter()
        .map(|p| p.totals.uses)
        .max()
        .unwrap_or(0)
        .max(1);
    let total: u32 = points.iter().map(|p| p.totals.uses).sum();
    let slot = (CHART_WIDTH - 8.0) / points.len().max(1) as f64;
    let bar_width = slot * 0.7;
    let scale = (CHART_BOTTOM - CHART_TOP) / f64::from(max);
    let last = points.len().saturating_sub(1);
    let bars = points
        .iter()
        .enumerate()
        .map(|(n, point)| {
            let uses = point.totals.uses;
            let height = if uses == 0 {
                1.5
            } else {
                f64::from(uses) * scale
            };
            let x = 4.0 + n as f64 * slot + (slot - bar_width) / 2.0;
            let class = match (n == last, uses) {
                (true, _) => "diary-bar diary-bar-today",
                (false, 0) => "diary-bar diary-bar-zero",
                _ => "diary-bar",
            };
            view! {
                <rect class=class x=format!("{x:.1}") y=format!("{:.1}", CHART_BOTTOM - height)
                    width=format!("{bar_width:.1}") height=format!("{height:.1}") rx="1.5"/>
            }
        })
        .collect_view();
    let first_label = points
        .first()
        .map(|p| day_label(p, lang))
        .unwrap_or_default();
    let summary = t!(
        i18n,
        "diary-chart-summary",
        total = total,
        max = max,
        days = SERIES_DAYS
    );
    view! {
        <svg class="diary-chart" viewBox=format!("0 0 {CHART_WIDTH} {CHART_HEIGHT}") role="img"
            aria-labelledby="diary-chart-title diary-chart-desc">
            <desc id="diary-chart-desc">{summary.clone()}</desc>
            <line class="diary-chart-axis" x1="0" x2=CHART_WIDTH.to_string() y1=CHART_BOTTOM.to_string() y2=CHART_BOTTOM.to_string()/>
            <line class="diary-chart-grid" x1="0" x2=CHART_WIDTH.to_string() y1=CHART_TOP.to_string() y2=CHART_TOP.to_string()/>
            <text class="diary-chart-label" x="2" y=(CHART_TOP - 5.0).to_string()>{max}</text>
            {bars}
            <text class="diary-chart-label" x="4" y=(CHART_HEIGHT - 4.0).to_string()>{first_label}</text>
            <text class="diary-chart-label" x=(CHART_WIDTH - 4.0).to_string() y=(CHART_HEIGHT - 4.0).to_string() text-anchor="end">
                {t!(i18n, "diary-today")}
            </text>
        </svg>
        <p class="diary-hint">{summary}</p>
    }
}

fn day_label(point: &DayPoint, lang: crate::lang::Lang) -> String {
    let (year, month, day) = point.day.ymd();
    let at = clock::local_to_utc_ms(LocalTime {
        year,
        month,
        day,
        hour: 12,
        minute: 0,
    });
    clock::format_day(at, lang.date_locale())
}
