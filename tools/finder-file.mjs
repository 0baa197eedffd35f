// The finder's search tables (stations, towns, arrondissements: most of its data) as a file
// of the build, /finder-locations.bin: build.rs writes it next to the Rust it generates, the
// app fetches it when the finder opens and refuses one of another build (src/finder/mod.rs).
import { copyFileSync, existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const BUILD = "target/wasm32-unknown-unknown/release/build";

/** Copies the newest `locations.bin` of the release wasm build into `dir`. */
export function copyFinderFile(dir) {
  const written = existsSync(BUILD)
    ? readdirSync(BUILD)
        .filter((name) => name.startsWith("repere-"))
        .map((name) => join(BUILD, name, "out", "locations.bin"))
        .filter((path) => existsSync(path))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    : [];
  if (written.length === 0) throw new Error(`no locations.bin under ${BUILD}: build.rs did not run for the release wasm`);
  copyFileSync(written[0], join(dir, "finder-locations.bin"));
}
