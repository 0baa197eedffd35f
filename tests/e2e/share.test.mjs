// "Give the app" (/share): the QR code, read back from a screenshot with jsQR, holds the
// page's origin and nothing else; the address can be copied or sent with Web Share; the
// screen is reached from About and from the presentation, and works offline, in every language.
import { test } from "node:test";
import assert from "node:assert/strict";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { LANGS, appReady, chooseLanguage, expectNoAxeViolations, message, openApp, useApp } from "./harness.mjs";

const app = useApp();
const { withContext } = app;
const flat = (text) => text.replace(/\s+/g, " ").trim();

/** The text of the QR code on the page, as a phone's camera would read it. */
async function readCode(page) {
  const png = PNG.sync.read(await page.locator(".share-code").screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height);
  assert.ok(found, "jsQR found no QR code in the screenshot");
  return found.data;
}

async function waitForTitle(page, lang) {
  await page.waitForFunction((t) => document.querySelector("main h1")?.textContent === t, message(lang, "share-title"));
}

test("offline after one visit, from About, the code holds the origin in every language and at both sizes", async () => {
  await withContext({ viewport: { width: 360, height: 740 } }, async (context) => {
    const page = await openApp(context, app.origin);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
    await context.setOffline(true);
    for (const lang of LANGS) {
      await page.goto(app.origin + "/about");
      await appReady(page);
      await chooseLanguage(page, lang);
      await page.click(".about-section a[href='/share']");
      await waitForTitle(page, lang);
      for (const viewport of [{ width: 360, height: 740 }, { width: 1024, height: 768 }]) {
        await page.setViewportSize(viewport);
        assert.equal(await readCode(page), app.origin, `${lang} at ${viewport.width} px`);
      }
      await page.setViewportSize({ width: 360, height: 740 });
      // Large enough to scan from arm's length on a small phone: at least 280 px across.
      const box = await page.locator(".share-code").boundingBox();
      assert.ok(box.width >= 280 && box.width <= 360, `the code is ${box.width} px wide`);
      assert.equal(flat(await page.textContent(".share-address")), app.origin);
      assert.equal(
        await page.getAttribute(".share-code", "aria-label"),
        message(lang, "share-qr-label", { address: app.origin }),
      );
      const text = flat(await page.textContent("main"));
      for (const id of ["share-intro", "share-address", "share-network-once", "share-private", "share-install-android", "share-install-ios"]) {
        assert.ok(text.includes(flat(message(lang, id))), `${lang}: ${id} is on the screen`);
      }
      await expectNoAxeViolations(page, `/share in ${lang}`);
    }
  });
});

test("a path, a query or a fragment in the page's address never goes into the code", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/share/?from=diary&name=someone#entry-3");
    await waitForTitle(page, "fr");
    assert.equal(await readCode(page), app.origin);
    assert.equal(flat(await page.textContent(".share-address")), app.origin);
  });
});

test("the presentation links to the screen", async () => {
  await withContext({ viewport: { width: 1024, height: 768 } }, async (context) => {
    const page = await openApp(context, app.origin, "/facts/present");
    await page.click(".present a[href='/share']");
    await waitForTitle(page, "fr");
    assert.equal(await readCode(page), app.origin);
  });
});

test("copy the address: copied, or a clear message when the browser refuses", async () => {
  await withContext({}, async (context) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.origin });
    const page = await openApp(context, app.origin, "/share");
    await page.click(".copy-address");
    await page.waitForFunction((t) => document.querySelector(".copy-address-status")?.textContent === t, message("fr", "copy-address-done"));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), app.origin);
  });
  await withContext({}, async (context) => {
    await context.addInitScript(() => {
      // The page's own clipboard only (the initial blank page has none).
      if (navigator.clipboard) navigator.clipboard.writeText = () => Promise.reject(new DOMException("refused", "NotAllowedError"));
    });
    const page = await openApp(context, app.origin, "/share");
    await chooseLanguage(page, "ru");
    await page.click(".copy-address");
    await page.waitForFunction((t) => document.querySelector(".copy-address-status")?.textContent === t, message("ru", "copy-address-failed"));
  });
});

test("Web Share sends the origin where the browser has it, and the button is hidden where it has not", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/share");
    assert.equal(await page.evaluate(() => "share" in navigator), false, "this Chromium has no Web Share");
    assert.equal(await page.getByRole("button", { name: message("fr", "share-send") }).count(), 0);
  });
  await withContext({}, async (context) => {
    await context.addInitScript(() => {
      navigator.share = (data) => {
        window.sharedData = data;
        return Promise.resolve();
      };
    });
    const page = await openApp(context, app.origin, "/share");
    await chooseLanguage(page, "wo");
    await page.getByRole("button", { name: message("wo", "share-send") }).click();
    await page.waitForFunction(() => window.sharedData !== undefined);
    assert.deepEqual(await page.evaluate(() => window.sharedData), { title: "Repère", url: app.origin });
  });
});
