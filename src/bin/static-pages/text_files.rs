//! The app's texts as files of the build, `/l10n/<code>/<part>.ftl` (src/text_parts.rs):
//! the app fetches the shell's in the user's language as it starts and each screen's with
//! that screen's wasm, instead of carrying every language in the wasm.

use repere::lang::Lang;
use repere::text_parts::split;
use std::fs;
use std::path::Path;

fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => include_str!("../../../locales/fr/repere.ftl"),
        Lang::En => include_str!("../../../locales/en/repere.ftl"),
        Lang::Ru => include_str!("../../../locales/ru/repere.ftl"),
        Lang::Wo => include_str!("../../../locales/wo/repere.ftl"),
    }
}

/// Writes every language's parts under `staging`; says what it wrote.
pub fn write_all(staging: &Path) -> Result<String, String> {
    let mut count = 0;
    for lang in Lang::ALL {
        let parts =
            split(source(lang)).map_err(|e| format!("locales/{}/repere.ftl: {e}", lang.code()))?;
        for (part, text) in parts {
            let path = staging.join(part.path(lang).trim_start_matches('/'));
            fs::create_dir_all(path.parent().expect("a file in l10n/<code>/"))
                .and_then(|()| fs::write(&path, text))
                .map_err(|e| format!("{}: {e}", path.display()))?;
            count += 1;
        }
    }
    Ok(format!("l10n/<code>/<part>.ftl ({count} files)"))
}
