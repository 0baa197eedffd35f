// The service worker serves only the build's own files, and only as the build made them:
// anyone holding the phone can rewrite Cache Storage from a page or devtools, and what
// they put there must never run, online or offline.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { files as buildPaths, sitePath } from "../../tools/sizes.mjs";
import { appReady, message, openApp, useApp } from "./harness.mjs";

const app = useApp();
const { withContext } = app;

async function buildFiles() {
  const sw = await (await fetch(app.origin + "/sw.js")).text();
  return JSON.parse(sw.match(/^const FILES = (\{.*\});$/m)[1]);
}

const builtFiles = () => buildPaths("dist").map((path) => sitePath("dist", path));

test("the service worker knows the SHA-256 of every file of the build, as served", async () => {
  const files = await buildFiles();
  const built = builtFiles();
  assert.deepEqual(Object.keys(files).sort(), built.filter((path) => path !== "/sw.js").sort());
  for (const [path, [hash, type]] of Object.entries(files)) {
    const response = await fetch(app.origin + path);
    assert.equal(response.status, 200, path);
    const served = createHash("sha256").update(Buffer.from(await response.arrayBuffer())).digest("base64");
    assert.equal(served, hash, `${path}: the hash in sw.js is the served file's`);
    assert.equal(response.headers.get("content-type"), type, `${path}: the worker serves the same type`);
  }
});

/**
 * Rewrites the cached index.html (a text no build has), the JS loader and the neutral page's
 * script (which would set a global) and the main wasm (an empty module, on which the app cannot
 * start), and plants a file of no build; then stops the worker, so that the next one reads
 * the cache afresh.
 */
async function tamper(page, context, only = ["html", "js", "wasm", "calc"]) {
  const built = builtFiles();
  const js = built.find((path) => /^\/repere-[0-9a-f]+\.js$/.test(path));
  const wasm = built.find((path) => path.endsWith("_bg.wasm"));
  assert.ok(js && wasm, "the build has a loader and a wasm");
  await page.evaluate(
    async ({ js, wasm, only }) => {
      const cache = await caches.open((await caches.keys()).find((name) => name.startsWith("repere-")));
      const text = async (path) => (await (await cache.match(path)).text());
      if (only.includes("html")) {
        const html = (await text("/index.html")).replace(/(<h1[^>]*>)[^<]*/, "$1TAMPERED");
        await cache.put("/index.html", new Response(html, { headers: { "content-type": "text/html" } }));
      }
      if (only.includes("js")) {
        const loader = "window.__tampered = true;\n" + (await text(js));
        await cache.put(js, new Response(loader, { headers: { "content-type": "text/javascript" } }));
      }
      if (only.includes("wasm")) {
        const empty = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
        await cache.put(wasm, new Response(empty, { headers: { "content-type": "application/wasm" } }));
      }
      if (only.includes("calc")) {
        await cache.put("/calc.js", new Response("window.__tampered = true;", { headers: { "content-type": "text/javascript" } }));
      }
      await cache.put("/planted.js", new Response("window.__tampered = true;", { headers: { "content-type": "text/javascript" } }));
    },
    { js, wasm, only },
  );
  await stopWorker(page, context);
  return { js, wasm };
}

/** Ends the running worker, as the browser does after a while: the next one starts afresh. */
async function stopWorker(page, context) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.stopAllWorkers");
  await cdp.detach();
}

/** Records, in every document, whether the tampered text ever reached the page. */
function watchForTampering() {
  new MutationObserver(() => {
    if (document.documentElement?.textContent.includes("TAMPERED")) window.__sawTampered = true;
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

const ranTampered = (page) => page.evaluate(() => Boolean(window.__tampered || window.__sawTampered));

test("a tampered cached file is not served, online or offline, and the app still works", async () => {
  await withContext({}, async (context) => {
    await context.addInitScript(watchForTampering);
    const page = await openApp(context, app.origin);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await appReady(page);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), "the worker controls the page");

    // Online: the worker finds each damaged file, fetches it again and puts it back.
    const { js } = await tamper(page, context);
    await page.reload();
    await appReady(page);
    assert.equal(await page.textContent("main h1"), message("fr", "home-title"));
    assert.equal(await ranTampered(page), false, "nothing tampered ran");
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), "still served by the worker");
    const repaired = await page.evaluate(async (js) => (await (await caches.match(js)).text()).includes("__tampered"), js);
    assert.equal(repaired, false, "the cache holds the build's loader again");
    // A file the page did not ask for (the neutral page's script) is checked and repaired
    // once the page is quiet, so that "Leave now" finds it whole even offline later.
    const calcWhole = () =>
      page.evaluate(async () => {
        const cached = await caches.match("/calc.js");
        return cached !== undefined && !(await cached.text()).includes("__tampered");
      });
    for (let tries = 0; !(await calcWhole()); tries++) {
      assert.ok(tries < 40, "the neutral page's script was repaired within 20 s");
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    // A file of no build is never served from the cache, whatever it holds.
    const planted = await page.evaluate(async () => (await fetch("/planted.js")).status);
    assert.equal(planted, 404);

    // Offline, with the loader and the wasm damaged: they are refused, the first screen
    // stays (the app cannot start) and the tampered loader never runs.
    // (Offline before the worker is stopped: the other way round, Playwright loses the page.)
    await context.setOffline(true);
    await tamper(page, context, ["js", "wasm"]);
    const refused = page.waitForResponse((response) => response.url() === app.origin + js);
    await page.reload();
    assert.equal((await refused).status(), 503);
    assert.equal(await ranTampered(page), false, "the tampered loader did not run");
    await page.waitForSelector("#start-failed", { state: "visible" });
    assert.equal(await page.textContent("#start-failed"), message("fr", "start-failed"));
    assert.equal(await page.getAttribute(".emergency a", "href"), "tel:15", "the emergency numbers stay");

    // Offline, with the page itself damaged: the worker's own short page, in French here.
    await tamper(page, context, ["html"]);
    await page.reload();
    await page.waitForSelector("h1");
    assert.equal(await page.textContent("p"), message("fr", "sw-offline-text"));
    assert.equal(await page.textContent("h1"), message("fr", "crash-title"));
    assert.equal(await ranTampered(page), false, "the tampered page was not shown");

    // Back online, everything is fetched again and works.
    await context.setOffline(false);
    await page.reload();
    await appReady(page);
    assert.equal(await page.textContent("main h1"), message("fr", "home-title"));
    assert.equal(await ranTampered(page), false);
    // And offline again, from the repaired cache.
    await context.setOffline(true);
    await stopWorker(page, context);
    await page.reload();
    await appReady(page);
    assert.equal(await ranTampered(page), false);
  });
});

test("a screen whose wasm is damaged and cannot be fetched again says so, and opens once it can", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await appReady(page);
    // The facts' own wasm (tools/split-wasm.mjs), damaged in the cache while offline.
    const facts = builtFiles().find((path) => /_facts\.wasm$/.test(path));
    assert.ok(facts, "the build has the facts' wasm");
    await context.setOffline(true);
    await page.evaluate(async (facts) => {
      const cache = await caches.open((await caches.keys()).find((name) => name.startsWith("repere-")));
      await cache.put(facts, new Response(new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]), { headers: { "content-type": "application/wasm" } }));
    }, facts);
    await stopWorker(page, context);

    const shows = (text) => page.waitForFunction((t) => document.querySelector("main h1")?.textContent === t, text);
    await page.click(".door-facts");
    await shows(message("fr", "crash-title"));
    assert.equal(await page.textContent("main .card p"), message("fr", "sw-offline-text"));
    // The rest of the app goes on: the finder, whose wasm is whole, opens offline.
    await page.click(".brand");
    await shows(message("fr", "home-title"));
    await page.click(".door-finder");
    await shows(message("fr", "finder-title"));

    // Online again, the worker fetches the build's file and the facts open, without a reload.
    await context.setOffline(false);
    await page.click(".brand");
    await shows(message("fr", "home-title"));
    await page.click(".door-facts");
    await shows(message("fr", "facts-title"));
  });
});
