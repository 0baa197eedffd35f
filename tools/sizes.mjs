// Gzip sizes of a build, by kind of file. Shared by `make bench`, `make size-report` and the
// size gate (tests/e2e/size.test.mjs), so the three always count the same way.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";

export function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
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
