// Size gate: the gzip total of what the first visit downloads (tools/sizes.mjs: every file of
// dist/ but those fetched when needed, counting the largest language as the one shown) must
// stay within the budget in size-budget.txt.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { visits } from "../../tools/sizes.mjs";

test("the first visit stays within the gzip size budget", () => {
  const budget = Number(readFileSync("size-budget.txt", "utf8").match(/^\d+/m)[0]);
  const { first } = visits("dist");
  assert.ok(first.total <= budget, `the first visit is ${first.total} B gzip, over the ${budget} B budget:\n` +
    first.files.map(([path, size]) => `  ${path}: ${size} B`).join("\n"));
});

test("the languages' texts (in parts), the finder's search tables and the screens' wasm are files fetched when needed", () => {
  const { first, deferred } = visits("dist");
  // Every language's texts in parts (src/text_parts.rs); the first visit has one shell part.
  const parts = ["about", "diary", "facts", "finder", "shell"];
  const texts = [...first.files, ...deferred.files].map(([path]) => path).filter((path) => path.startsWith("/l10n/"));
  assert.deepEqual(texts.sort(), ["en", "fr", "ru", "wo"].flatMap((lang) => parts.map((part) => `/l10n/${lang}/${part}.ftl`)));
  const firstTexts = first.files.map(([path]) => path).filter((path) => path.startsWith("/l10n/"));
  assert.deepEqual(firstTexts, ["/l10n/ru/shell.ftl"], "the largest shell part, Russian's");
  const later = deferred.files.map(([path]) => path).filter((path) => !path.startsWith("/help/") && !path.endsWith(".wasm"));
  assert.deepEqual(later.filter((path) => !path.startsWith("/l10n/")), ["/finder-locations.bin"]);
  // The wasm split by screen (tools/split-wasm.mjs): the first visit has the main one only.
  const wasm = (files) => files.map(([path]) => path).filter((path) => path.endsWith(".wasm"));
  assert.equal(wasm(first.files).length, 1);
  assert.match(wasm(first.files)[0], /^\/repere-[0-9a-f]{16}_bg\.wasm$/);
  const screens = wasm(deferred.files).map((path) => path.match(/_([a-z]+)\.wasm$/)?.[1]).filter(Boolean);
  assert.deepEqual(screens.sort(), ["about", "diary", "facts", "finder"]);
  // The help guide's static pages are pages of their own: never part of the first screen.
  assert.ok(deferred.files.some(([path]) => path.startsWith("/help/")), "the help guide's pages are deferred");
  assert.ok(!first.files.some(([path]) => path.startsWith("/help/")));
});

test("the page is sent without our comments, and its inline style and scripts are still whole", () => {
  const source = readFileSync("index.html", "utf8");
  const sent = readFileSync("dist/index.html", "utf8");
  assert.ok(source.includes("<!--") && readFileSync("style.css", "utf8").includes("/*"), "the sources have comments to take out");
  assert.ok(!sent.includes("<!--"), "an HTML comment");
  const inline = (tag) => [...sent.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map(([, body]) => body);
  for (const css of inline("style")) assert.ok(!css.includes("/*"), "a comment in the inline style");
  for (const js of inline("script")) assert.ok(!/^\s*\/\//m.test(js), `a comment line in an inline script: ${js.slice(0, 80)}`);
  // The rules and the code are still there: a rule of style.css, the leave guard's key.
  assert.ok(inline("style").some((css) => css.includes("--emergency-height")));
  assert.ok(inline("script").some((js) => js.includes('"repere.left"')));
});
