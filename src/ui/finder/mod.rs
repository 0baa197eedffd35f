//! `/finder`: where am I (position on request, or a station, town or arrondissement
//! typed in), then the CAARUD and CSAPA nearest first, filtered by kind and
//! département. The choice lives in memory only: nothing in the URL, nothing stored.

mod map;
mod place;
mod place_card;
mod state;

pub use map::MapScreen;
pub use place::PlaceScreen;
pub use place_card::data_extracted_ms;
pub use state::FinderState;

use crate::browser::fetch;
use crate::browser::geolocation::{self, GeoError};
use crate::finder::geo::in_idf_box;
use crate::finder::{
    list, search, Filter, Kind, LatLon, Location, LocationKind, DEPARTEMENTS, SEARCH_LIMIT,
};
use crate::i18n::use_i18n;
use crate::{live_text, t};
use leptos::ev;
use leptos::html;
use leptos::prelude::*;
use place_card::{DataAge, PlaceCard};
use state::{use_finder, Origin};

/// A station's lines as its signs write them: "M4, RER B".
fn lines_text(location: &Location) -> String {
    location
        .lines()
        .map(|line| line.sign())
        .collect::<Vec<_>>()
        .join(", ")
}

#[derive(Clone, Copy, PartialEq)]
enum Locating {
    Idle,
    Asking,
    Failed(GeoError),
}

#[component]
pub fn FinderScreen() -> impl IntoView {
    let i18n = use_i18n();
    let FinderState {
        origin,
        kind,
        departement,
        ..
    } = use_finder();
    let results_heading = NodeRef::<html::H2>::new();

    let focus_results = move || {
        if let Some(heading) = results_heading.get_untracked() {
            let _ = heading.focus();
        }
    };

    let listed = Memo::new(move |_| {
        list(
            origin.get().map(Origin::at),
            Filter {
                kind: kind.get(),
                departement: departement.get(),
            },
        )
    });

    view! {
        <h1>{live_text!(i18n, "finder-title")}</h1>
        <p class="finder-intro">{live_text!(i18n, "finder-intro")}</p>
        <DataAge/>
        <nav class="finder-links">
            <a class="button-secondary button" href="/finder/map">{live_text!(i18n, "finder-map-link")}</a>
            <a class="button-secondary button" href="/about">{live_text!(i18n, "finder-about-link")}</a>
        </nav>
        {move || match origin.get() {
            None => view! { <WhereAmI origin on_chosen=focus_results/> }.into_any(),
            Some(chosen) => {
                let label = match chosen {
                    Origin::Position(_) => t!(i18n, "finder-from-position"),
                    Origin::Location(location) => t!(i18n, "finder-from-place", name = location.name),
                };
                let far = matches!(chosen, Origin::Position(at) if !in_idf_box(at));
                view! {
                    <section class="card finder-origin" aria-live="polite">
                        <p class="finder-origin-label">{label}</p>
                        {far.then(|| view! { <p class="finder-note">{live_text!(i18n, "finder-locate-far")}</p> })}
                        <button type="button" class="button button-secondary" on:click=move |_| origin.set(None)>
                            {live_text!(i18n, "finder-change")}
                        </button>
                    </section>
                }
                .into_any()
            }
        }}
        <section class="finder-results" aria-labelledby="finder-results-title">
            <h2 id="finder-results-title" tabindex="-1" node_ref=results_heading>
                {live_text!(i18n, "finder-results-title")}
            </h2>
            <Filters kind departement/>
            {move || {
                if origin.get().is_some() {
                    view! { <p class="finder-assumption">{live_text!(i18n, "finder-assumption")}</p> }.into_any()
                } else {
                    view! { <p class="finder-note">{live_text!(i18n, "finder-choose-first")}</p> }.into_any()
                }
            }}
            <p class="finder-count" aria-live="polite">
                {move || t!(i18n, "finder-count", count = listed.with(Vec::len))}
            </p>
            {move || {
                listed
                    .with(Vec::is_empty)
                    .then(|| view! { <p class="finder-note">{live_text!(i18n, "finder-none-here")}</p> })
            }}
            <ol class="finder-list">
                {move || {
                    listed
                        .get()
                        .into_iter()
                        .map(|item| view! { <li><PlaceCard item detailed=false/></li> })
                        .collect_view()
                }}
            </ol>
        </section>
    }
}

/// Position on request, or search-as-you-type over stations, towns and arrondissements.
#[component]
fn WhereAmI(
    origin: RwSignal<Option<Origin>>,
    on_chosen: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let locating = RwSignal::new(Locating::Idle);
    let query = RwSignal::new(String::new());
    let active = RwSignal::new(None::<usize>);
    // The search tables are a file of their own, fetched as the finder opens (from the
    // worker's cache after the first visit); typing before they arrive finds nothing yet.
    let tables = RwSignal::new(crate::finder::has_locations());
    if !tables.get_untracked() {
        leptos::task::spawn_local(async move {
            if let Some(bytes) = fetch::bytes("/finder-locations.bin").await {
                crate::finder::take_locations_file(bytes);
            }
            let _ = tables.try_set(crate::finder::has_locations());
        });
    }
    let found = Memo::new(move |_| {
        tables.track();
        query.with(|typed| search(typed, SEARCH_LIMIT))
    });

    let choose = move |location: &'static Location| {
        origin.set(Some(Origin::Location(location)));
        on_chosen();
    };
    let locate = move |_| {
        locating.set(Locating::Asking);
        geolocation::locate(move |result| match result {
            Ok((lat, lon)) => {
                let at = LatLon {
                    lat: lat as f32,
                    lon: lon as f32,
                };
                // The screen may be gone by now: `origin` is the app's, it is not.
                origin.set(Some(Origin::Position(at)));
                on_chosen();
            }
            Err(error) => {
                let _ = locating.try_set(Locating::Failed(error));
            }
        });
    };
    let on_key = move |event: ev::KeyboardEvent| {
        let count = found.with(Vec::len);
        match event.key().as_str() {
            "ArrowDown" if count > 0 => {
                event.prevent_default();
                active.update(|a| *a = Some(a.map_or(0, |i| (i + 1) % count)));
            }
            "ArrowUp" if count > 0 => {
                event.prevent_default();
                active.update(|a| *a = Some(a.map_or(count - 1, |i| (i + count - 1) % count)));
            }
            "Enter" if count > 0 => {
                event.prevent_default();
                let index = active.get_untracked().unwrap_or(0).min(count - 1);
                choose(found.with_untracked(|f| f[index]));
            }
            "Escape" => {
                query.set(String::new());
                active.set(None);
            }
            _ => {}
        }
    };

    view! {
        <section class="card finder-where" aria-labelledby="finder-where-title">
            <h2 id="finder-where-title">{live_text!(i18n, "finder-where-title")}</h2>
            <p class="finder-privacy">
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                    <rect x="5" y="10" width="14" height="10" rx="2"/>
                    <path d="M8 10V7a4 4 0 0 1 8 0v3"/>
                </svg>
                <span>{live_text!(i18n, "finder-locate-privacy")}</span>
            </p>
            <button
                type="button"
                class="button finder-locate"
                on:click=locate
                disabled=move || locating.get() == Locating::Asking
            >
                <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                    <circle cx="12" cy="12" r="4"/>
                    <path d="M12 2v4M12 18v4M2 12h4M18 12h4"/>
                </svg>
                {live_text!(i18n, "finder-locate-button")}
            </button>
            <p class="finder-locate-status" role="status">
                {move || match locating.get() {
                    Locating::Idle => String::new(),
                    Locating::Asking => t!(i18n, "finder-locating"),
                    Locating::Failed(GeoError::Denied) => t!(i18n, "finder-locate-denied"),
                    Locating::Failed(GeoError::Unavailable) => t!(i18n, "finder-locate-unavailable"),
                    Locating::Failed(GeoError::Timeout) => t!(i18n, "finder-locate-timeout"),
                }}
            </p>
            <div class="field finder-search">
                <label for="finder-search">{live_text!(i18n, "finder-search-label")}</label>
                <input
                    id="finder-search"
                    type="text"
                    role="combobox"
                    autocomplete="off"
                    autocapitalize="off"
                    spellcheck="false"
                    aria-autocomplete="list"
                    aria-controls="finder-options"
                    aria-describedby="finder-search-hint"
                    aria-expanded=move || (found.with(|f| !f.is_empty())).to_string()
                    aria-activedescendant=move || active.get().map(|i| format!("finder-option-{i}"))
                    prop:value=move || query.get()
                    on:input=move |event| {
                        query.set(event_target_value(&event));
                        active.set(None);
                    }
                    on:keydown=on_key
                />
                <p id="finder-search-hint" class="finder-hint">{live_text!(i18n, "finder-search-hint")}</p>
                <ul id="finder-options" role="listbox" class="finder-options" aria-label=live_text!(i18n, "finder-search-label")>
                    {move || {
                        found
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(i, location)| {
                                let detail = match location.kind {
                                    LocationKind::Arrondissement(_) => t!(i18n, "finder-option-arrondissement"),
                                    LocationKind::Commune { departement } => {
                                        t!(i18n, "finder-option-commune", departement = departement.to_string())
                                    }
                                    LocationKind::Station { .. } => {
                                        t!(i18n, "finder-option-station", lines = lines_text(location))
                                    }
                                };
                                view! {
                                    <li
                                        id=format!("finder-option-{i}")
                                        role="option"
                                        class="finder-option"
                                        aria-selected=move || (active.get() == Some(i)).to_string()
                                        on:click=move |_| choose(location)
                                    >
                                        <span class="finder-option-name">{location.name}</span>
                                        <span class="finder-option-detail">{detail}</span>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                {move || {
                    let none = tables.get() && query.with(|q| q.trim().chars().count() >= 2) && found.with(Vec::is_empty);
                    none.then(|| view! { <p class="finder-note" role="status">{live_text!(i18n, "finder-search-none")}</p> })
                }}
            </div>
        </section>
    }
}

#[component]
fn Filters(kind: RwSignal<Option<Kind>>, departement: RwSignal<Option<u8>>) -> impl IntoView {
    let i18n = use_i18n();
    let kind_button = move |value: Option<Kind>, label: Signal<String>| {
        view! {
            <button
                type="button"
                class="finder-chip"
                aria-pressed=move || (kind.get() == value).to_string()
                on:click=move |_| kind.set(value)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="finder-filters">
            <div role="group" aria-labelledby="finder-filter-kind" class="finder-kinds">
                <p id="finder-filter-kind" class="finder-filter-label">{live_text!(i18n, "finder-filter-kind")}</p>
                <div class="finder-chips">
                    {kind_button(None, Signal::derive(live_text!(i18n, "finder-filter-all")))}
                    {kind_button(Some(Kind::Caarud), Signal::derive(|| Kind::Caarud.name().to_string()))}
                    {kind_button(Some(Kind::Csapa), Signal::derive(|| Kind::Csapa.name().to_string()))}
                </div>
                <p class="finder-explain">{live_text!(i18n, "finder-caarud-explained")}</p>
                <p class="finder-explain">{live_text!(i18n, "finder-csapa-explained")}</p>
            </div>
            <div class="field">
                <label for="finder-departement">{live_text!(i18n, "finder-filter-departement")}</label>
                <select
                    id="finder-departement"
                    on:change=move |event| {
                        departement.set(event_target_value(&event).parse().ok());
                    }
                >
                    <option value="" selected=move || departement.get().is_none()>
                        {live_text!(i18n, "finder-departement-all")}
                    </option>
                    {DEPARTEMENTS
                        .iter()
                        .map(|d| {
                            let code = d.code;
                            view! {
                                <option value=code.to_string() selected=move || departement.get() == Some(code)>
                                    {format!("{} – {}", code, d.name)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </div>
    }
}
