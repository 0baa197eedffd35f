// Shared set-up for the end-to-end tests: the release build in dist/ served on 127.0.0.1 by
// nginx with the production config (tools/nginx.mjs), Debian's Chromium driven by
// playwright-core, and a record of every request made.
import { existsSync, readFileSync } from "node:fs";
import { after, before } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import assert from "node:assert/strict";
import { launchBrowser } from "../../tools/chromium.mjs";
import { startNginx } from "../../tools/nginx.mjs";

export const LANGS = ["fr", "en", "ru", "wo"];
export const LANG_NAMES = { fr: "Français", en: "English", ru: "Русский", wo: "Wolof" };
export const SCREENS = ["/", "/facts", "/facts/rock", "/facts/quiz", "/facts/present", "/facts/print", "/finder", "/finder/map", "/about", "/share", "/diary"];

/** `{ origin, stop }`: `dir` served on a free port; `await stop()` ends the server. */
export async function startServer(dir = process.env.REPERE_DIST ?? "dist") {
  assert.ok(existsSync(`${dir}/index.html`), `${dir}/ is missing: run \`make build\` first`);
  return startNginx(dir);
}

/** A fresh context (empty storage) that records every request, the service worker's included. */
export async function newContext(browser, origin, options = {}) {
  const context = await browser.newContext({ locale: "fr-FR", ...options });
  const requests = [];
  context.on("request", (request) => requests.push(request.url()));
  context.on("weberror", (error) => requests.push(`page error: ${error.error().message}`));
  context.offOrigin = () =>
    requests.filter((url) => !url.startsWith(origin + "/") && !url.startsWith("data:") && !url.startsWith("blob:"));
  return context;
}

/** Opens `path` and waits until the app (not the static copy) has taken over. */
export async function openApp(context, origin, path = "/") {
  const page = await context.newPage();
  await page.goto(origin + path);
  await appReady(page);
  return page;
}

export async function appReady(page) {
  await page.waitForFunction(() => !document.getElementById("static-shell") && document.querySelector("main h1"));
}

/**
 * The page has loaded and painted twice since: what its scripts render on load is on
 * screen, and the layout-shift and paint observers have had their entries.
 */
export async function settled(page) {
  await page.waitForFunction(() => document.readyState === "complete");
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

export async function chooseLanguage(page, lang) {
  await page.selectOption(".language-picker select", lang);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
}

export async function expectNoAxeViolations(page, label) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(summary, [], `axe violations on ${label}`);
}

/** A message from locales/<lang>/repere.ftl, for single-line messages; `{ $name }` is
 * filled from `args` where given (as Fluent shows plain values, with no isolation marks). */
export function message(lang, id, args = {}) {
  const source = readFileSync(`locales/${lang}/repere.ftl`, "utf8");
  const found = source.match(new RegExp(`^${id} = (.+)$`, "m"));
  assert.ok(found, `${lang}: no single-line message ${id}`);
  return found[1].trim().replace(/\{ \$(\w+) \}/g, (whole, name) => (name in args ? String(args[name]) : whole));
}

/** A message of locales/<lang>/help.ftl, the guide's (single line, no variables). */
export function helpMessage(lang, id) {
  const source = readFileSync(`locales/${lang}/help.ftl`, "utf8");
  const found = source.match(new RegExp(`^${id} = (.+)$`, "m"));
  assert.ok(found, `${lang}: no help message ${id}`);
  return found[1].trim();
}

/**
 * Registers the suite's set-up: one server and one browser for the file. `withContext`
 * gives each test a fresh context and fails it if anything left the origin.
 */
export function useApp() {
  let server, browser;
  before(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get origin() {
      return server.origin;
    },
    get browser() {
      return browser;
    },
    async withContext(options, body) {
      const context = await newContext(browser, server.origin, options);
      try {
        await body(context);
        assert.deepEqual(context.offOrigin(), [], "requests outside the app's origin, or page errors");
      } finally {
        await context.close();
      }
    },
  };
}
