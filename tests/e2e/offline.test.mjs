// Installable and offline: a valid manifest, a service worker that controls the page, and
// every screen working after the network is gone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchPersistent } from "../../tools/chromium.mjs";
import { precompress } from "../../tools/precompress.mjs";
import { LANGS, appReady, chooseLanguage, message, newContext, openApp, startServer, useApp } from "./harness.mjs";

const app = useApp();

function pngSize(buffer) {
  assert.equal(buffer.subarray(1, 4).toString(), "PNG");
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];
}

test("the manifest is valid and names the app discreetly", async () => {
  const response = await fetch(app.origin + "/manifest.webmanifest");
  assert.equal(response.status, 200);
  const manifest = await response.json();
  assert.equal(manifest.name, "Repère");
  assert.equal(manifest.short_name, "Repère");
  assert.equal(manifest.start_url, "/");
  assert.equal(manifest.display, "standalone");
  for (const size of [192, 512]) {
    const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && i.purpose === "any");
    assert.ok(icon, `a ${size} px icon`);
    const png = Buffer.from(await (await fetch(app.origin + icon.src)).arrayBuffer());
    assert.deepEqual(pngSize(png), [size, size]);
  }
});

test("Chromium finds the app installable", async () => {
  // Installability needs a persistent profile: a normal context reports "in-incognito".
  const profile = mkdtempSync(join(tmpdir(), "repere-profile-"));
  const context = await launchPersistent(profile);
  try {
    const page = await context.newPage();
    await page.goto(app.origin + "/");
    await appReady(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const session = await context.newCDPSession(page);
    const { installabilityErrors } = await session.send("Page.getInstallabilityErrors");
    assert.deepEqual(installabilityErrors, []);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test("after one visit, every screen works offline in every language", async () => {
  const context = await newContext(app.browser, app.origin);
  try {
    const page = await openApp(context, app.origin);
    // The page fetched French's shell texts only, once, and not the finder's search tables:
    // the screens' texts (with their wasm), the other languages (on a switch, and in the
    // presentation mode's second column) and the tables will come from the worker's precache.
    const fetched = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => new URL(r.name).pathname));
    assert.deepEqual(fetched.filter((path) => path.startsWith("/l10n/") || path.endsWith(".bin")), ["/l10n/fr/shell.ftl"]);
    // Nor the wasm of the facts, the finder or the diary (tools/split-wasm.mjs): only the main one.
    assert.deepEqual(fetched.filter((path) => path.endsWith(".wasm")).map((path) => path.replace(/[0-9a-f]{16}/, "…")), ["/repere-…_bg.wasm"]);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // `ready` comes with the activation; the worker claims the page a moment later.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });

    await context.setOffline(true);
    await page.reload();
    await appReady(page);
    assert.equal(await page.textContent("main h1"), message("fr", "home-title"));

    await page.goto(app.origin + "/diary");
    await appReady(page);
    assert.equal(await page.textContent("main h1"), message("fr", "diary-title"));

    for (const lang of LANGS) {
      await page.goto(app.origin + "/");
      await appReady(page);
      await chooseLanguage(page, lang);
      for (const [door, title] of [["facts", "facts-title"], ["finder", "finder-title"], ["diary", "diary-title"]]) {
        await page.click(`.door-${door}`);
        await page.waitForFunction((t) => document.querySelector("main h1")?.textContent === t, message(lang, title));
        await page.click(".brand");
        await page.waitForFunction((t) => document.querySelector("main h1")?.textContent === t, message(lang, "home-title"));
      }
    }
    // The finder's search tables, a file of their own, come from the precache too.
    await page.goto(app.origin + "/finder");
    await appReady(page);
    await page.fill("#finder-search", "gare du nord");
    await page.waitForSelector("#finder-options [role=option]");
    assert.equal(await page.textContent("#finder-options [role=option] .finder-option-name"), "Gare du Nord");
    await page.goto(app.origin + "/facts/present");
    await appReady(page);
    await page.selectOption(".present-second select", "ru");
    await page.waitForFunction(() => document.querySelectorAll(".present-col").length === 2);
    assert.equal(await page.textContent('.present-col[lang="ru"] .fact-label'), message("ru", "fact-label-finding"));
    assert.deepEqual(context.offOrigin(), []);
  } finally {
    await context.close();
  }
});

test("a new build installs in the background and takes over at the next launch", async () => {
  const dir = mkdtempSync(join(tmpdir(), "repere-update-"));
  cpSync("dist", dir, { recursive: true });
  const server = await startServer(dir);
  const context = await newContext(app.browser, server.origin);
  try {
    const page = await openApp(context, server.origin);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await appReady(page);
    const [firstCache] = await page.evaluate(() => caches.keys());

    // A new build is deployed: another version, another page (and its hash, as post-build writes it).
    const index = readFileSync(join(dir, "index.html"), "utf8").replace("<body>", '<body data-build="next">');
    writeFileSync(join(dir, "index.html"), index);
    const hash = createHash("sha256").update(index).digest("base64");
    const sw = readFileSync(join(dir, "sw.js"), "utf8")
      .replace(/const VERSION = "(\w+)"/, 'const VERSION = "$1next"')
      .replace(/("\/index\.html":\[")[^"]+/, (_, key) => key + hash);
    writeFileSync(join(dir, "sw.js"), sw);
    // With the brotli and gzip copies a build comes with (nginx sends those when it can).
    precompress(dir);

    // The open page finds it; it installs and waits.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    // (waitForFunction does not await a promise: an async predicate would pass at once.)
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      while (!registration.waiting) await new Promise((resolve) => setTimeout(resolve, 50));
    });
    // While a page is open, even a reload keeps the build it started with.
    await page.reload();
    await appReady(page);
    assert.equal(await page.getAttribute("body", "data-build"), null);

    // The next launch (every page closed, then opened again) gets the new build, offline too.
    await page.close();
    const next = await openApp(context, server.origin);
    assert.equal(await next.getAttribute("body", "data-build"), "next");
    assert.deepEqual(await next.evaluate(() => caches.keys()), [`${firstCache}next`], "the old build's cache is gone");
    await context.setOffline(true);
    await next.reload();
    await appReady(next);
    assert.equal(await next.getAttribute("body", "data-build"), "next");
    assert.deepEqual(context.offOrigin(), []);
  } finally {
    await context.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
