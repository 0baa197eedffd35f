// Trunk post_build hook (see Trunk.toml). Runs in the staging directory's parent with
// TRUNK_STAGING_DIR set, after Trunk has written the final index.html.
//  0. Writes each language's texts as /l10n/<code>.ftl (see l10n-files.mjs), and the
//     finder's search tables as /finder-locations.bin (see finder-file.mjs).
//  1. Lists every built file into sw.js, with a version derived from their contents.
//  2. Puts the script that shows the static first screen in the user's language in place
//     (see shell-l10n.mjs).
//  3. Starts the app after the static first screen's paint (see start-after-paint.mjs).
//  4. Fills the Content-Security-Policy with the hashes of the inline scripts and style,
//     so nothing else inline can ever run.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { shellScript } from "./shell-l10n.mjs";
import { startAfterFirstPaint } from "./start-after-paint.mjs";
import { writeTexts } from "./l10n-files.mjs";
import { copyFinderFile } from "./finder-file.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run through trunk build");

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const sha256 = (data) => createHash("sha256").update(data).digest("base64");

const indexPath = join(staging, "index.html");
let index = readFileSync(indexPath, "utf8");
const SHELL_L10N = "/*__SHELL_L10N__*/";
if (!index.includes(SHELL_L10N)) throw new Error("index.html has no __SHELL_L10N__ placeholder");
index = index.replace(SHELL_L10N, () => shellScript(index));
index = startAfterFirstPaint(index);
const inlineHashes = (tag) =>
  [...index.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map(
    ([, body]) => `'sha256-${sha256(body)}'`,
  );
const csp = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${inlineHashes("script").join(" ")}`,
  `style-src ${inlineHashes("style").join(" ")}`,
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
if (!index.includes("__CSP__")) throw new Error("index.html has no __CSP__ placeholder");
index = index.replace("__CSP__", csp);
writeFileSync(indexPath, index);

writeTexts(staging);
copyFinderFile(staging);

const swPath = join(staging, "sw.js");
const built = filesUnder(staging)
  .filter((path) => path !== swPath)
  .map((path) => "/" + relative(staging, path).split(sep).join("/"))
  .sort();
const version = createHash("sha256");
for (const file of built) version.update(file).update(readFileSync(join(staging, file)));
const sw = readFileSync(swPath, "utf8")
  .replace("__VERSION__", version.digest("hex").slice(0, 16))
  .replace("__PRECACHE__", JSON.stringify(built));
writeFileSync(swPath, sw);
console.log(`post-build: ${built.length} files precached, first screen in 4 languages, CSP set`);
