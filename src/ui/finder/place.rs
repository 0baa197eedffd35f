//! `/finder/place/<FINESS number>`: one place, with everything to reach it: call,
//! directions in the phone's maps app, copy or share the address.

use super::place_card::{DataAge, PlaceCard};
use super::state::use_finder;
use crate::browser::share;
use crate::finder::{place, Distance, Listed, Place};
use crate::i18n::use_i18n;
use crate::live_text;
use crate::ui::widgets::{Copied, CopyAddressButton, CopyAddressStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn PlaceScreen(finess: String) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="finder-back"><a href="/finder">{live_text!(i18n, "finder-back")}</a></p>
        {match place(&finess) {
            Some(place) => view! { <PlaceDetail place/> }.into_any(),
            None => view! {
                <h1>{live_text!(i18n, "finder-not-found")}</h1>
            }
            .into_any(),
        }}
    }
}

#[component]
fn PlaceDetail(place: &'static Place) -> impl IntoView {
    let i18n = use_i18n();
    let origin = use_finder().origin.get_untracked();
    let distance = origin.map(|origin| Distance::between(origin.at(), place.at));
    let copied = RwSignal::new(Copied::Not);
    let full_address = format!("{}, {} {}", place.address, place.postal_code, place.town);
    let share_text = {
        let mut text = format!("{}\n{}", place.name, full_address);
        if let Some(phone) = place.phone {
            text.push('\n');
            text.push_str(phone);
        }
        text
    };
    let (lat, lon) = (place.at.lat, place.at.lon);
    let geo_href = format!("geo:{lat:.5},{lon:.5}");
    let osm_href = format!(
        "https://www.openstreetmap.org/?mlat={lat:.5}&mlon={lon:.5}#map=18/{lat:.5}/{lon:.5}"
    );
    let share_button = share::available().then(|| {
        let share_text = share_text.clone();
        view! {
            <button
                type="button"
                class="button button-secondary"
                on:click=move |_| {
                    let text = share_text.clone();
                    spawn_local(async move {
                        share::share(place.name, &text).await;
                    });
                }
            >
                {live_text!(i18n, "finder-share")}
            </button>
        }
    });
    view! {
        <PlaceCard item=Listed { place, distance } detailed=true/>
        <DataAge/>
        <section class="place-actions" aria-label=live_text!(i18n, "finder-address-title")>
            <a class="button button-secondary" href=geo_href>{live_text!(i18n, "finder-directions")}</a>
            <CopyAddressButton address=full_address copied/>
            {share_button}
        </section>
        <CopyAddressStatus copied/>
        <p class="place-osm">
            <a href=osm_href rel="noopener noreferrer" target="_blank" aria-describedby="place-osm-warning">
                {live_text!(i18n, "finder-osm")}
            </a>
            " "
            <span id="place-osm-warning" class="finder-hint">{live_text!(i18n, "finder-osm-warning")}</span>
        </p>
        <nav class="finder-links">
            <a class="button button-secondary" href="/finder/map">{live_text!(i18n, "finder-map-link")}</a>
            <a class="button button-secondary" href="/finder">{live_text!(i18n, "finder-list-link")}</a>
        </nav>
    }
}
