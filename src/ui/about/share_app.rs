//! `/share`: "Give the app", for an outreach worker putting Repère on someone's phone. A
//! large QR code of the address the app is served from (the origin only: no path, no query,
//! nothing about the user), made here and offline; the address in plain text, copy and
//! share buttons, and how to put it on the home screen.

use crate::browser::{document, share};
use crate::i18n::use_i18n;
use crate::qr;
use crate::ui::widgets::{Copied, CopyAddressButton, CopyAddressStatus};
use crate::{live_text, t};
use leptos::prelude::*;
use leptos::task::spawn_local;

#[component]
pub fn ShareAppScreen() -> impl IntoView {
    let i18n = use_i18n();
    let address = document::origin().unwrap_or_default();
    let copied = RwSignal::new(Copied::Not);
    let code = qr::picture(&address).map(|picture| {
        let address = address.clone();
        let view_box = format!("0 0 {0} {0}", picture.side);
        view! {
            <svg
                class="share-code"
                viewBox=view_box
                role="img"
                aria-label=move || t!(i18n, "share-qr-label", address = address.clone())
                shape-rendering="crispEdges"
            >
                <rect width=picture.side height=picture.side fill="#fff"/>
                <path d=picture.path fill="#000"/>
            </svg>
        }
    });
    let share_button = share::available().then(|| {
        let address = address.clone();
        view! {
            <button
                type="button"
                class="button button-secondary"
                on:click=move |_| {
                    let address = address.clone();
                    let title = t!(i18n, "app-name");
                    spawn_local(async move {
                        share::share_link(&title, &address).await;
                    });
                }
            >
                {live_text!(i18n, "share-send")}
            </button>
        }
    });
    view! {
        <h1>{live_text!(i18n, "share-title")}</h1>
        <p>{live_text!(i18n, "share-intro")}</p>
        {code}
        <p class="share-address-label">{live_text!(i18n, "share-address")}</p>
        <p class="share-address" lang="en" translate="no">{address.clone()}</p>
        <section class="place-actions" aria-label=live_text!(i18n, "share-title")>
            <CopyAddressButton address copied/>
            {share_button}
        </section>
        <CopyAddressStatus copied/>
        <p>{live_text!(i18n, "share-network-once")}</p>
        <p class="finder-note">{live_text!(i18n, "share-private")}</p>
        <section class="card about-section" aria-labelledby="share-install-title">
            <h2 id="share-install-title">{live_text!(i18n, "share-install-title")}</h2>
            <ul class="about-sources">
                <li>{live_text!(i18n, "share-install-android")}</li>
                <li>{live_text!(i18n, "share-install-ios")}</li>
            </ul>
        </section>
        <nav class="finder-links">
            <a class="button button-secondary" href="/about">{live_text!(i18n, "nav-about")}</a>
            <a class="button button-secondary" href="/">{live_text!(i18n, "nav-back-home")}</a>
        </nav>
    }
}
