//! One place as the list and its own screen show it, its address in the app, and the age
//! of the data every finder screen states.

use crate::browser::clock;
use crate::diary::calendar::LocalTime;
use crate::finder::{Kind, Listed, Place, Rounded, DATA_EXTRACTED_ON};
use crate::i18n::use_i18n;
use crate::number::one_decimal;
use crate::route::Route;
use crate::{live_text, t};
use leptos::prelude::*;

/// Local noon of the day the FINESS file was extracted, for the browser to write.
pub fn data_extracted_ms() -> i64 {
    clock::local_to_utc_ms(LocalTime {
        year: DATA_EXTRACTED_ON.year,
        month: DATA_EXTRACTED_ON.month,
        day: DATA_EXTRACTED_ON.day,
        hour: 12,
        minute: 0,
    })
}

/// "FINESS register, January 2021: places may have moved."
#[component]
pub fn DataAge() -> impl IntoView {
    let i18n = use_i18n();
    let at = data_extracted_ms();
    view! {
        <p class="finder-data-age">
            {move || t!(i18n, "finder-data-age", date = clock::format_month(at, i18n.lang().date_locale()))}
        </p>
    }
}

/// The place's own screen.
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
    let distance = item.distance.map(|distance| {
        let rounded = distance.rounded();
        view! {
            <p class="place-distance">
                <strong>
                    {move || match rounded {
                        Rounded::Metres(metres) => t!(i18n, "finder-distance-m", metres = metres.to_string()),
                        Rounded::Kilometres(km) => t!(i18n, "finder-distance-km", km = one_decimal(km, i18n.lang())),
                        Rounded::WholeKilometres(km) => t!(i18n, "finder-distance-km", km = km.to_string()),
                    }}
                </strong>
                " · "
                {move || t!(i18n, "finder-walk", minutes = distance.walking_minutes)}
            </p>
        }
    });
    view! {
        <article class="card place" class:place-detailed=detailed>
            <p class="place-kind">
                <span class=if place.kind == Kind::Caarud { "place-badge place-badge-caarud" } else { "place-badge place-badge-csapa" }>
                    {place.kind.name()}
                </span>
            </p>
            {heading}
            {distance}
            <p class="place-address">
                {place.address}<br/>{format!("{} {}", place.postal_code, place.town)}
            </p>
            // FINESS gives no opening hours: we say so rather than guess.
            <p class="place-hours">{live_text!(i18n, "finder-hours-unknown")}</p>
            {match (place.phone, place.tel_href()) {
                (Some(phone), Some(href)) => view! {
                    <a class="button place-call" href=href>
                        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
                            <path d="M6 3h3l2 5-2.5 1.5a11 11 0 0 0 5 5L15 12l5 2v3a2 2 0 0 1-2 2A15 15 0 0 1 4 5a2 2 0 0 1 2-2z"/>
                        </svg>
                        // No-break spaces: a number cut across two lines is misread.
                        {move || t!(i18n, "finder-call", phone = phone.replace(' ', "\u{a0}"))}
                    </a>
                }
                .into_any(),
                _ => view! { <p class="place-no-phone">{live_text!(i18n, "finder-no-phone")}</p> }.into_any(),
            }}
        </article>
    }
}
