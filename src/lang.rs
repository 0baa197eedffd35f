//! The languages Repère speaks, and how one is chosen.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// The reference language and the fallback.
    #[default]
    Fr,
    En,
    Ru,
    Wo,
}

impl Lang {
    /// French first: it is the reference and the fallback.
    pub const ALL: [Lang; 4] = [Lang::Fr, Lang::En, Lang::Ru, Lang::Wo];

    /// BCP 47 code, as used for `<html lang>` and the `locales/` folders.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Wo => "wo",
        }
    }

    /// The language's name in itself, so that a reader finds their own.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Fr => "Français",
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Wo => "Wolof",
        }
    }

    /// Reads a language tag such as `ru`, `ru-RU` or `WO_sn`; only the primary subtag counts.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|lang| lang.code() == primary)
    }

    /// The locale the browser writes dates in: the language's own way, but French for
    /// Wolof, since Wolof readers in Paris read dates the French way.
    pub fn date_locale(self) -> &'static str {
        match self {
            Lang::Wo => "fr",
            other => other.code(),
        }
    }

    /// The first of the browser's preferred languages that Repère speaks, else French.
    pub fn negotiate<S: AsRef<str>>(preferred: &[S]) -> Lang {
        preferred
            .iter()
            .find_map(|tag| Lang::from_tag(tag.as_ref()))
            .unwrap_or(Lang::Fr)
    }
}

/// Whether a speech voice whose BCP 47 tag is `voice_lang` ("fr-FR", "ru_RU" on some Android
/// builds, "en") speaks the language `code` ("fr").
pub fn voice_speaks(voice_lang: &str, code: &str) -> bool {
    let primary = voice_lang.split(['-', '_']).next().unwrap_or("");
    !code.is_empty() && primary.eq_ignore_ascii_case(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tags_by_primary_subtag() {
        assert_eq!(Lang::from_tag("ru-RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_tag("WO_sn"), Some(Lang::Wo));
        assert_eq!(Lang::from_tag(" en "), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("de-DE"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn negotiation_takes_first_supported_preference() {
        assert_eq!(Lang::negotiate(&["de-DE", "ru", "en"]), Lang::Ru);
        assert_eq!(Lang::negotiate(&["en-GB", "fr"]), Lang::En);
        assert_eq!(Lang::negotiate(&["wo-SN"]), Lang::Wo);
    }

    #[test]
    fn unsupported_or_empty_preferences_fall_back_to_french() {
        assert_eq!(Lang::negotiate(&["de", "es-ES", "zh-Hans"]), Lang::Fr);
        assert_eq!(Lang::negotiate::<&str>(&[]), Lang::Fr);
    }

    #[test]
    fn every_language_round_trips_through_its_code() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.code()), Some(lang));
        }
    }

    #[test]
    fn voices_match_on_the_primary_language() {
        assert!(voice_speaks("fr-FR", "fr"));
        assert!(voice_speaks("fr-CA", "fr"));
        assert!(voice_speaks("ru_RU", "ru"));
        assert!(voice_speaks("EN-gb", "en"));
        assert!(voice_speaks("wo", "wo"));
        assert!(!voice_speaks("fr-FR", "wo"));
        assert!(!voice_speaks("fry", "fr"));
        assert!(!voice_speaks("", "fr"));
        assert!(!voice_speaks("fr", ""));
    }
}
