//! The only place that touches `web_sys`: each browser API is wrapped once, in a file
//! named after it, so the rest of the app stays plain Rust and Leptos.

pub mod clipboard;
pub mod clock;
pub mod crash_screen;
pub mod crypto;
pub mod device_key;
pub mod diary_store;
pub mod document;
pub mod download;
pub mod fetch;
pub mod file_read;
pub mod fullscreen;
pub mod geolocation;
pub mod history;
pub mod leave;
pub mod navigator;
pub mod persist;
pub mod random;
pub mod sealed_box;
pub mod service_worker;
pub mod share;
pub mod speech;
pub mod storage;
pub mod visibility;
pub mod web_lock;
