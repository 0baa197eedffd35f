//! Repère: the domain logic is plain Rust and tested natively; the browser glue and
//! the Leptos UI only exist in the wasm build.

pub mod diary;
pub mod facts;
pub mod finder;
pub mod help;
pub mod lang;
pub mod number;
pub mod qr;
pub mod route;
pub mod settings;
pub mod text_parts;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod i18n;
#[cfg(target_arch = "wasm32")]
pub mod ui;
