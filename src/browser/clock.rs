//! The time and the user's UTC offset, as the diary wants them.

use crate::diary::calendar::{LocalTime, TimeZone};

/// Now, in UTC epoch milliseconds.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// A clock that only goes forward (`performance.now()`), for durations the user cannot
/// shorten by changing the phone's time.
pub fn monotonic_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}

/// The local UTC offset now, in minutes east of UTC (Paris: 60 in winter, 120 in summer).
pub fn offset_min() -> i16 {
    offset_at(now_ms())
}

/// The local UTC offset at `at_ms`, following the clock changes.
pub fn offset_at(at_ms: i64) -> i16 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at_ms as f64));
    // getTimezoneOffset is minutes *behind* UTC: -120 in Paris in summer.
    -(date.get_timezone_offset() as i16)
}

/// UTC ms of a local wall-clock time, as the browser's time zone has it.
pub fn local_to_utc_ms(local: LocalTime) -> i64 {
    let date = js_sys::Date::new_with_year_month_day_hr_min(
        local.year as u32,
        local.month as i32 - 1,
        local.day as i32,
        local.hour as i32,
        local.minute as i32,
    );
    date.get_time() as i64
}

/// `at_ms` on this device's clock.
pub fn local_time(at_ms: i64) -> LocalTime {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at_ms as f64));
    LocalTime {
        year: date.get_full_year() as i32,
        month: date.get_month() + 1,
        day: date.get_date(),
        hour: date.get_hours(),
        minute: date.get_minutes(),
    }
}

/// The browser's time zone, for the diary's forms.
pub struct DeviceZone;

impl TimeZone for DeviceZone {
    fn utc_ms(&self, local: LocalTime) -> i64 {
        local_to_utc_ms(local)
    }

    fn offset_at(&self, at_ms: i64) -> i16 {
        offset_at(at_ms)
    }
}

fn format(at_ms: i64, locale: &str, fields: &[(&str, &str)]) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at_ms as f64));
    let options = js_sys::Object::new();
    for (name, value) in fields {
        let _ = js_sys::Reflect::set(&options, &(*name).into(), &(*value).into());
    }
    date.to_locale_string(locale, &options).into()
}

/// "lun. 3 juin, 22:15" in `locale`.
pub fn format_day_time(at_ms: i64, locale: &str) -> String {
    format(
        at_ms,
        locale,
        &[
            ("weekday", "short"),
            ("day", "numeric"),
            ("month", "short"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
        ],
    )
}

/// "22:15" in `locale`.
pub fn format_time(at_ms: i64, locale: &str) -> String {
    format(at_ms, locale, &[("hour", "2-digit"), ("minute", "2-digit")])
}

/// "3 juin" in `locale`.
pub fn format_day(at_ms: i64, locale: &str) -> String {
    format(at_ms, locale, &[("day", "numeric"), ("month", "short")])
}

/// "janvier 2021" in `locale`.
pub fn format_month(at_ms: i64, locale: &str) -> String {
    format(at_ms, locale, &[("month", "long"), ("year", "numeric")])
}

/// "8 janvier 2021" in `locale`.
pub fn format_date(at_ms: i64, locale: &str) -> String {
    format(
        at_ms,
        locale,
        &[("day", "numeric"), ("month", "long"), ("year", "numeric")],
    )
}

/// Calls `callback` every `every_ms`, for the page's lifetime.
pub fn every(every_ms: i32, callback: impl Fn() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let on_timer = wasm_bindgen::closure::Closure::<dyn Fn()>::new(callback);
    let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
        wasm_bindgen::JsCast::unchecked_ref(on_timer.as_ref()),
        every_ms,
    );
    on_timer.forget();
}

/// Resolves after `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
