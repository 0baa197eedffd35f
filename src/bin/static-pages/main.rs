//! Writes the "What to do" guide, one static page per language (`help/{lang}.html`), and
//! its small script (`help/help.js`) into Trunk's staging directory, with the texts
//! `index.html` shows before the wasm (`shell-texts.json`, see first_screen.rs) and the
//! app's texts in parts (`l10n/`, see text_files.rs). Trunk runs this from
//! its pre_build hook (see Trunk.toml), so the pages exist before tools/post-build.mjs
//! lists every built file into the service worker's precache.
//!
//! The pages are plain HTML: they open at once, before and without the wasm. Their texts
//! come from `locales/*/help.ftl` (plus a few shared ones from `repere.ftl`), through
//! `fluent-bundle`; a Fluent syntax error, a missing message or an unknown reference
//! fails the build. Native only: the wasm build compiles an empty `main`.

#[cfg(not(target_arch = "wasm32"))]
mod first_screen;
#[cfg(not(target_arch = "wasm32"))]
mod l10n;
#[cfg(not(target_arch = "wasm32"))]
mod page;
#[cfg(not(target_arch = "wasm32"))]
mod pictograms;
#[cfg(not(target_arch = "wasm32"))]
mod text_files;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match run() {
        Ok(report) => {
            println!("{report}");
            std::process::ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: static-pages: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run() -> Result<String, String> {
    let staging = std::env::var_os("TRUNK_STAGING_DIR")
        .map(std::path::PathBuf::from)
        .ok_or("TRUNK_STAGING_DIR is not set: run through trunk build")?;
    let guide = page::write_all(&staging.join("help"))?;
    let shell = first_screen::write(&staging)?;
    let texts = text_files::write_all(&staging)?;
    Ok(format!("static-pages: {guide}; {shell}; {texts}"))
}

/// The wasm build has nothing to write.
#[cfg(target_arch = "wasm32")]
fn main() {}
