//! The only place that touches `web_sys`: each browser API is wrapped once, in a file
//! named after it, so the rest of the app stays plain Rust and Leptos.

pub mod crash_screen;
pub mod document;
pub mod navigator;
pub mod service_worker;
pub mod speech;
pub mod storage;
