//! One place as the list, the map and its own screen show it, and the small formats they
//! share (distance, kind, `tel:` link, the place's address in the app).

use super::state::Origin;
use crate::finder::{places, rank_places, Filter, Kind, Place};
use crate::i18n::use_i18n;
use crate::lang::Lang;
use crate::route::Route;
use crate::{live_text, t};
use leptos::prelude::*;

/// A place and how far it is, when we know where the user is.
#[derive(Clone, Copy, PartialEq)]
pub struct Listed {
    pub place: &'static Place,
    pub distance: Option<(f64, u32)>,
}

/// The places the filters keep: nearest first from the origin, else in the
/// register's order.
pub fn listed(origin: Option<Origin>, filter: Filter) -> Vec<Listed> {
    match origin {
        Some(origin) => rank_places(origin.at(), filter)
            .into_iter()
            .map(|ranked| Listed {
                place: ranked.place,
                distance: Some((ranked.distance_m, ranked.walking_minutes)),
            })
            .collect(),
        None => places()
            .iter()
            .filter(|place| {
                filter.kind.is_none_or(|kind| place.kind == kind)
                    && filter.departement.is_none_or(|d| place.departement == d)
            })
            .map(|place| Listed {
                place,
                distance: None,
            })
            .collect(),
    }
}

/// A number with one decimal, written as the language writes it: "1,2" or "1.2".
pub fn decimal(lang: Lang, value: f64) -> String {
    let tenths = (value * 10.0).round() as u64;
    let separator = if lang == Lang::En { '.' } else { ',' };
    format!("{}{separator}{}", tenths / 10, tenths % 10)
}

/// "250 m", "1,2 km", "14 km".
pub fn distance_text(lang: Lang, metres: f64) -> (bool, String) {
    if metres < 950.0 {
        let rounded = ((metres / 10.0).round() as u32 * 10).max(10);
        (false, rounded.to_string())
    } else if metres < 9_950.0 {
        (true, decimal(lang, metres / 1000.0))
    } else {
        (true, format!("{}", (metres / 1000.0).round() as u32))
    }
}

pub fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Caarud => "CAARUD",
        Kind::Csapa => "CSAPA",
    }
}

/// `tel:` wants the digits only.
pub fn tel_href(phone: &str) -> String {
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    format!("tel:{digits}")
}

pub fn place_href(place: &Place) -> String {
    Route::Place(place.finess.to_owned())
        .path()
        .unwrap_or_default()
}

/// One place: on the list (a summary with the call button) or on its own screen.
#[component]
pub fn PlaceCard(item: Listed, detailed: bool) -> impl IntoView {
    let i18n = use_i18n();
    let place = item.place;
    let heading = if detailed {
        view! { <h1 class="place-name">{place.name}</h1> }.into_any()
    } else {
        view! { <h3 class="place-name"><a href=place_href(place)>{place.name}</a></h3> }.into_any()
    };
    let distance = item.distance.map(|(metres, minutes)| {
        view! {
            <p class="place-distance">
                <strong>
                    {move || {
                        let (km, value) = distance_text(i18n.lang(), metres);
                        if km {
                            t!(i18n, "finder-distance-km", km = value)
                        } else {
                            t!(i18n, "finder-distance-m", metres = value)
                        }
                    }}
                </strong>
                " · "
                {move || t!(i18n, "finder-walk", minutes = minutes)}
            </p>
        }
    });
    view! {
        <article class="card place" class:place-detailed=detailed>
            <p class="place-kind">
                <span class=if place.kind == Kind::Caarud { "place-badge place-badge-caarud" } else { "place-badge place-badge-csapa" }>
                    {kind_name(place.kind)}
                </span>
            </p>
            {heading}
            {distance}
            <p class="place-address">
                {place.address}<br/>{format!("{} {}", place.postal_code, place.town)}
            </p>
            <p class="place-hours">{live_text!(i18n, "finder-hours-unknown")}</p>
            {match place.phone {
                Some(phone) => view! {
                    <a class="button place-call" href=tel_href(phone)>
                        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                            <path d="M6 3h3l2 5-2.5 1.5a11 11 0 0 0 5 5L15 12l5 2v3a2 2 0 0 1-2 2A15 15 0 0 1 4 5a2 2 0 0 1 2-2z"/>
                        </svg>
                        // No-break spaces: a number cut across two lines is misread.
                        {move || t!(i18n, "finder-call", phone = phone.replace(' ', "\u{a0}"))}
                    </a>
                }
                .into_any(),
                None => view! { <p class="place-no-phone">{live_text!(i18n, "finder-no-phone")}</p> }.into_any(),
            }}
        </article>
    }
}
