// Site data blocked (or a private mode without storage): reading `window.localStorage`
// throws a SecurityError. The app must start, everything but the diary must work, the
// language chosen holds for the session, and nothing throws; the same with sessionStorage.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, chooseLanguage, message, openApp, useApp } from "./harness.mjs";

const app = useApp();
const { withContext } = app;

/** Makes the getter of `window[name]` throw, as Chromium does when site data is blocked. */
const blockStorage = (context, name) =>
  context.addInitScript((name) => {
    Object.defineProperty(window, name, {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  }, name);

const title = (page, lang, id) =>
  page.waitForFunction((text) => document.querySelector("main h1")?.textContent === text, message(lang, id));

for (const name of ["localStorage", "sessionStorage"]) {
  test(`with ${name} refused, the app starts and works, and the language holds for the session`, async () => {
    await withContext({}, async (context) => {
      await blockStorage(context, name);
      const page = await openApp(context, app.origin);
      assert.equal(await page.evaluate((name) => {
        try {
          return typeof window[name];
        } catch (error) {
          return error.name;
        }
      }, name), "SecurityError", "the browser refuses storage in this test");
      await title(page, "fr", "home-title");

      for (const [door, id] of [["facts", "facts-title"], ["finder", "finder-title"], ["diary", "diary-title"]]) {
        await page.click(`.door-${door}`);
        await title(page, "fr", id);
        await page.click(".brand");
        await title(page, "fr", "home-title");
      }
      // The finder ranks the places from a station.
      await page.click(".door-finder");
      await page.fill("#finder-search", "gare du nord");
      await page.waitForSelector("#finder-options [role=option]");
      await page.keyboard.press("Enter");
      await page.waitForSelector(".finder-list .place-distance");

      await page.click(".brand");
      await chooseLanguage(page, "en");
      await title(page, "en", "home-title");
      await page.click(".door-facts");
      await title(page, "en", "facts-title");

      // Without localStorage nothing could be kept: a new visit speaks the browser's
      // language again; with it, the choice was kept.
      await page.reload();
      await appReady(page);
      await title(page, name === "localStorage" ? "fr" : "en", "facts-title");

      // Leaving still leaves.
      await page.click(".leave-now");
      await page.waitForURL(app.origin + "/calc.html");
    });
  });
}
