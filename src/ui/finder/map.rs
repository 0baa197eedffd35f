//! `/finder/map`: an offline map drawn from the bundled outlines (départements and
//! Paris arrondissements), with every place and the user's point. No tiles, no
//! network. Each place is a link with its name; the list is the text alternative.

use super::place_card::{place_href, DataAge};
use super::state::{use_finder, Origin};
use crate::finder::{
    list, project, Filter, Kind, ARRONDISSEMENTS, DEPARTEMENTS, MAP_HEIGHT, MAP_WIDTH, PARIS_VIEW,
};
use crate::i18n::use_i18n;
use crate::live_text;
use crate::route::Route;
use crate::ui::navigation::use_navigation;
use leptos::prelude::*;

#[component]
pub fn MapScreen() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_finder();
    let paris = state.paris_view;
    let origin = state.origin.get_untracked();
    let filter = Filter {
        kind: state.kind.get_untracked(),
        departement: state.departement.get_untracked(),
    };
    let navigation = use_navigation();
    // Outlines are decoded once per visit, not on every zoom.
    let departements: Vec<String> = DEPARTEMENTS.iter().map(|d| d.outline()).collect();
    let arrondissements: Vec<String> = ARRONDISSEMENTS.iter().map(|a| a.outline()).collect();
    let view_box = move || {
        if paris.get() {
            let [x, y, w, h] = PARIS_VIEW;
            format!("{x} {y} {w} {h}")
        } else {
            format!("0 0 {MAP_WIDTH} {MAP_HEIGHT}")
        }
    };
    // Marker sizes in map units, about the same on screen at either zoom: the map is
    // about 330 px wide on a phone and at most 40rem on a tablet (see style.css).
    let scale = move || if paris.get() { 1.0 } else { 7.0 };

    let markers = list(origin.map(Origin::at), filter)
        .into_iter()
        .map(|item| {
            let place = item.place;
            let (x, y) = project(place.at);
            let href = place_href(place);
            let class = if place.kind == Kind::Caarud {
                "map-place map-place-caarud"
            } else {
                "map-place map-place-csapa"
            };
            let open = move || navigation.go(Route::Place(place.finess.to_owned()));
            // A focusable link drawn in SVG: the view macro makes `<a>` an HTML
            // element, which SVG does not draw, so the link is a `<g role="link">`.
            view! {
                <g
                    role="link"
                    tabindex="0"
                    class=class
                    data-href=href
                    aria-label=format!("{}, {}", place.name, place.kind.name())
                    on:click=move |_| open()
                    on:keydown=move |event: leptos::ev::KeyboardEvent| {
                        if event.key() == "Enter" || event.key() == " " {
                            event.prevent_default();
                            open();
                        }
                    }
                >
                    <circle class="map-hit" cx=x cy=y r=move || 40.0 * scale()/>
                    <circle class="map-dot" cx=x cy=y r=move || 16.0 * scale()/>
                </g>
            }
        })
        .collect_view();
    let you = origin.map(|origin| {
        let (x, y) = project(origin.at());
        view! {
            <g class="map-you" role="img" aria-label=live_text!(i18n, "finder-map-you")>
                <circle class="map-you-ring" cx=x cy=y r=move || 40.0 * scale()/>
                <circle class="map-you-dot" cx=x cy=y r=move || 14.0 * scale()/>
            </g>
        }
    });

    view! {
        <p class="finder-back"><a href="/finder">{live_text!(i18n, "finder-back")}</a></p>
        <h1>{live_text!(i18n, "finder-map-title")}</h1>
        <div class="map-zoom" role="group" aria-label=live_text!(i18n, "finder-map-zoom")>
            <button type="button" class="finder-chip" aria-pressed=move || paris.get().to_string() on:click=move |_| paris.set(true)>
                {live_text!(i18n, "finder-map-paris")}
            </button>
            <button type="button" class="finder-chip" aria-pressed=move || (!paris.get()).to_string() on:click=move |_| paris.set(false)>
                {live_text!(i18n, "finder-map-region")}
            </button>
        </div>
        <div class="map-frame">
            <svg
                class="map"
                class:map-zoomed=move || paris.get()
                viewBox=view_box
                preserveAspectRatio="xMidYMid meet"
                role="group"
                aria-label=live_text!(i18n, "finder-map-label")
            >
                <g class="map-departements" aria-hidden="true">
                    {departements.into_iter().map(|d| view! { <path d=d/> }).collect_view()}
                </g>
                <g class="map-arrondissements" aria-hidden="true">
                    {arrondissements.into_iter().map(|a| view! { <path d=a/> }).collect_view()}
                </g>
                {you}
                <g class="map-places">{markers}</g>
            </svg>
        </div>
        <ul class="map-legend">
            <li><svg class="map-swatch" viewBox="0 0 20 20" aria-hidden="true"><circle class="map-swatch-caarud" cx="10" cy="10" r="7"/></svg>"CAARUD"</li>
            <li><svg class="map-swatch" viewBox="0 0 20 20" aria-hidden="true"><circle class="map-swatch-csapa" cx="10" cy="10" r="7"/></svg>"CSAPA"</li>
            {origin.map(|_| view! {
                <li><svg class="map-swatch" viewBox="0 0 20 20" aria-hidden="true"><circle class="map-swatch-you" cx="10" cy="10" r="7"/></svg>{live_text!(i18n, "finder-map-you")}</li>
            })}
        </ul>
        <p class="finder-note">{live_text!(i18n, "finder-map-text")}</p>
        <DataAge/>
        <nav class="finder-links">
            <a class="button button-secondary" href="/finder">{live_text!(i18n, "finder-list-link")}</a>
        </nav>
    }
}
