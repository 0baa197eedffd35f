// Trunk post_build hook (see Trunk.toml). Runs in the staging directory's parent with
// TRUNK_STAGING_DIR set, after Trunk has written the final index.html. It must be the last
// hook to change a file of the build: the hashes it writes vouch for the files as they are.
//  0. Splits the wasm by screen, in place of Trunk's glue and wasm (see split-wasm.mjs).
//  1. Puts the script that shows the static first screen in the user's language in place
//     (see shell-script.mjs; its texts, like the worker page's, come resolved from
//     src/bin/static-pages as shell-texts.json, taken out of the build here), the "leave now" guard (src/browser/leave_guard.js), and the
//     start of the app after the static first screen's paint (see start-after-paint.mjs),
//     and takes out the comments written for us (see without-comments.mjs).
//  2. Fills the Content-Security-Policy with the hashes of the inline scripts and style,
//     so nothing else inline can ever run.
//  3. Writes the finder's search tables as /finder-locations.bin (see finder-file.mjs).
//     (The app's texts, /l10n/<code>/<part>.ftl, come from src/bin/static-pages.)
//  4. Writes into sw.js every built file with the SHA-256 of its bytes and the headers it
//     is served with (tools/headers.mjs), a version derived from their contents, and the
//     texts of the worker's own page for a damaged file.
//  5. Writes the brotli and gzip copies the server sends as they are (see precompress.mjs).
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { COMMON_HEADERS, contentType, cspHeader, metaCsp } from "./headers.mjs";
import { shellScript } from "./shell-script.mjs";
import { startAfterFirstPaint } from "./start-after-paint.mjs";
import { withoutComments } from "./without-comments.mjs";
import { copyFinderFile } from "./finder-file.mjs";
import { precompress } from "./precompress.mjs";
import { splitWasm } from "./split-wasm.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run through trunk build");

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const sha256 = (data) => createHash("sha256").update(data).digest("base64");

const shellTextsPath = join(staging, "shell-texts.json");
const shellTexts = JSON.parse(readFileSync(shellTextsPath, "utf8"));
rmSync(shellTextsPath);

const indexPath = join(staging, "index.html");
let index = splitWasm(staging, readFileSync(indexPath, "utf8"), process.env.TRUNK_PROFILE);
const SHELL_L10N = "/*__SHELL_L10N__*/";
if (!index.includes(SHELL_L10N)) throw new Error("index.html has no __SHELL_L10N__ placeholder");
index = index.replace(SHELL_L10N, () => shellScript(shellTexts.firstScreen));
const LEAVE_GUARD = "/*__LEAVE_GUARD__*/";
if (!index.includes(LEAVE_GUARD)) throw new Error("index.html has no __LEAVE_GUARD__ placeholder");
index = index.replace(LEAVE_GUARD, () => readFileSync("src/browser/leave_guard.js", "utf8"));
index = withoutComments(startAfterFirstPaint(index));
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

copyFinderFile(staging);

const swPath = join(staging, "sw.js");
const built = filesUnder(staging)
  .filter((path) => path !== swPath)
  .map((path) => "/" + relative(staging, path).split(sep).join("/"))
  .sort();
const version = createHash("sha256");
// The distinct Content-Security-Policy headers: each page's own, the app's for the rest.
const policies = [];
const policyOf = (html) => {
  const policy = cspHeader(metaCsp(html));
  if (!policies.includes(policy)) policies.push(policy);
  return policies.indexOf(policy);
};
const appPolicy = policyOf(index);
const files = Object.fromEntries(
  built.map((file) => {
    const bytes = readFileSync(join(staging, file));
    version.update(file).update(bytes);
    return [file, [sha256(bytes), contentType(file), file.endsWith(".html") ? policyOf(String(bytes)) : appPolicy]];
  }),
);

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const brokenTexts = Object.fromEntries(
  Object.entries(shellTexts.worker).map(([lang, t]) => [
    lang,
    { title: escapeHtml(t.title), text: escapeHtml(t.text), reload: escapeHtml(t.reload) },
  ]),
);
let sw = readFileSync(swPath, "utf8");
for (const [placeholder, value] of [
  ["__VERSION__", version.digest("hex").slice(0, 16)],
  ["__FILES__", JSON.stringify(files)],
  ["__POLICIES__", JSON.stringify(policies)],
  ["__COMMON_HEADERS__", JSON.stringify(COMMON_HEADERS)],
  ["__BROKEN_TEXTS__", JSON.stringify(brokenTexts)],
]) {
  if (!sw.includes(placeholder)) throw new Error(`sw.js has no ${placeholder} placeholder`);
  sw = sw.replace(placeholder, () => value);
}
// The worker ships with every first load: its comments stay in public/sw.js. Only lines
// that are nothing but a comment go (sw.js has no multi-line strings).
sw = sw.replace(/^\s*\/\/.*\n/gm, "").replace(/^\s*\/\*\*[\s\S]*?\*\/\n/gm, "");
writeFileSync(swPath, sw);
precompress(staging);
console.log(`post-build: ${built.length} files precached with their hashes, first screen in 4 languages, CSP set, brotli and gzip copies written`);
