// Gzip sizes of a build, by kind of file. Shared by `make bench`, `make size-report` and the
// size gate (tests/e2e/size.test.mjs), so the three always count the same way.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { PRECOMPRESSED } from "./precompress.mjs";

/** The build's files (not the brotli and gzip copies beside them). */
export function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return PRECOMPRESSED.test(path) ? [] : [path];
  });
}

export const gzipBytes = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** The kind a file counts under: wasm, JS, HTML/CSS, texts, data or icons. */
export function kindOf(path) {
  if (path.endsWith(".wasm")) return "wasm";
  if (path.endsWith(".js") || path.endsWith(".mjs")) return "JS";
  if (path.endsWith(".html") || path.endsWith(".css")) return "HTML/CSS";
  if (path.endsWith(".ftl")) return "texts";
  if (/\.(png|svg|ico)$/.test(path)) return "icons";
  return "data";
}

/** `{ kind: gzip bytes }` over every file of `dir`, the site's path of each as `/a/b`. */
export function kinds(dir) {
  const total = { wasm: 0, JS: 0, "HTML/CSS": 0, texts: 0, data: 0, icons: 0 };
  for (const path of files(dir)) total[kindOf(path)] += gzipBytes(path);
  return total;
}

export const sitePath = (dir, path) => "/" + relative(dir, path).split(sep).join("/");

// Files the app fetches only when they are needed, and the service worker precaches once the
// app is up (src/ui/mod.rs): the languages' texts, the finder's search tables, the wasm of
// the facts, the finder and the diary and the code they share (every wasm but the main
// `_bg.wasm`, tools/split-wasm.mjs), and the "What to do" guide's static pages (opened as
// pages of their own). A first visit takes the shell's texts of one language
// (src/text_parts.rs), counted here as the largest; each screen's come with its wasm.
const DEFERRED = [/^\/l10n\/[a-z]+\/[a-z]+\.ftl$/, /^\/finder-locations\.bin$/, /^\/repere-[0-9a-f]+_(?!bg\.)\w+\.wasm$/, /^\/help\//];
export const isDeferred = (site) => DEFERRED.some((pattern) => pattern.test(site));

/**
 * The first visit and the rest, gzip: `{ first: { total, kinds, files }, deferred: { … } }`,
 * `files` as `[site path, gzip bytes]`.
 */
export function visits(dir) {
  const sized = files(dir).map((path) => [sitePath(dir, path), gzipBytes(path), kindOf(path)]);
  const largestDeferred = sized.filter(([site]) => /^\/l10n\/[a-z]+\/shell\.ftl$/.test(site)).sort((a, b) => b[1] - a[1])[0]?.[0];
  const part = (keep) => {
    const chosen = sized.filter(keep);
    const kinds = { wasm: 0, JS: 0, "HTML/CSS": 0, texts: 0, data: 0, icons: 0 };
    for (const [, bytes, kind] of chosen) kinds[kind] += bytes;
    return { total: chosen.reduce((sum, [, bytes]) => sum + bytes, 0), kinds, files: chosen.map(([site, bytes]) => [site, bytes]) };
  };
  return {
    first: part(([site]) => !isDeferred(site) || site === largestDeferred),
    deferred: part(([site]) => isDeferred(site) && site !== largestDeferred),
  };
}
