//! Date and time inputs: their values for an instant, and the instant they hold, on the
//! device's clock. The past-use form and the entry editor share them.

use crate::browser::clock;

/// `YYYY-MM-DD` and `HH:MM` for date and time inputs, on the device's clock.
pub fn input_values(at_ms: i64) -> (String, String) {
    let (year, month, day, hour, minute) = clock::local_parts(at_ms);
    (
        format!("{year:04}-{month:02}-{day:02}"),
        format!("{hour:02}:{minute:02}"),
    )
}

/// The instant of a date and a time typed in inputs; `None` if either is incomplete.
pub fn parse_inputs(date: &str, time: &str) -> Option<i64> {
    let mut parts = date.split('-').map(|part| part.parse::<u32>().ok());
    let (year, month, day) = (parts.next()??, parts.next()??, parts.next()??);
    let (hour, minute) = time.split_once(':')?;
    let (hour, minute) = (
        hour.parse::<u32>().ok()?,
        minute.get(..2)?.parse::<u32>().ok()?,
    );
    if !(1970..=9999).contains(&year) || hour > 23 || minute > 59 {
        return None;
    }
    Some(clock::local_to_utc_ms(
        year as i32,
        month,
        day,
        hour,
        minute,
    ))
}
