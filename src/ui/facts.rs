use super::coming_soon::ComingSoon;
use crate::i18n::use_i18n;
use crate::t;
use leptos::prelude::*;

#[component]
pub fn FactsScreen() -> impl IntoView {
    let i18n = use_i18n();
    view! { <ComingSoon title=Signal::derive(move || t!(i18n, "facts-title"))/> }
}
