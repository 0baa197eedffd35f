//! App-wide settings kept on the device. Reading never fails: damaged or unknown
//! content gives the defaults, so a bad value can never stop the app from starting.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// The localStorage key holding the settings.
pub const STORAGE_KEY: &str = "repere.settings";

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The language the user chose; `None` until they choose, so the browser's wins.
    #[serde(default, deserialize_with = "lenient_lang")]
    pub lang: Option<Lang>,
}

impl Settings {
    pub fn parse(raw: Option<&str>) -> Settings {
        raw.and_then(|text| serde_json::from_str(text).ok())
            .unwrap_or_default()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("settings always serialise")
    }

    /// The stored choice if there is one, otherwise the best match for the browser.
    pub fn effective_lang<S: AsRef<str>>(&self, browser_preferences: &[S]) -> Lang {
        self.lang
            .unwrap_or_else(|| Lang::negotiate(browser_preferences))
    }
}

/// An unknown language code (say, from a future version) reads as "not chosen".
fn lenient_lang<'de, D: serde::Deserializer<'de>>(de: D) -> Result<Option<Lang>, D::Error> {
    let value = Option::<serde_json::Value>::deserialize(de)?;
    Ok(value
        .as_ref()
        .and_then(serde_json::Value::as_str)
        .and_then(Lang::from_tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let settings = Settings {
            lang: Some(Lang::Wo),
        };
        assert_eq!(Settings::parse(Some(&settings.to_json())), settings);
    }

    #[test]
    fn missing_or_damaged_settings_give_defaults() {
        assert_eq!(Settings::parse(None), Settings::default());
        assert_eq!(Settings::parse(Some("{not json")), Settings::default());
        assert_eq!(Settings::parse(Some("[1,2]")), Settings::default());
        assert_eq!(Settings::parse(Some("")), Settings::default());
    }

    #[test]
    fn unknown_stored_language_reads_as_unchosen() {
        let settings = Settings::parse(Some(r#"{"lang":"klingon"}"#));
        assert_eq!(settings.lang, None);
        assert_eq!(settings.effective_lang(&["de"]), Lang::Fr);
        assert_eq!(Settings::parse(Some(r#"{"lang":42}"#)).lang, None);
    }

    #[test]
    fn stored_choice_beats_the_browser() {
        let settings = Settings {
            lang: Some(Lang::Ru),
        };
        assert_eq!(settings.effective_lang(&["en-US"]), Lang::Ru);
        assert_eq!(Settings::default().effective_lang(&["en-US"]), Lang::En);
    }
}
