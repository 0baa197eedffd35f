// The app's texts come in parts (src/text_parts.rs): a first visit fetches the shell's in
// the user's language, each screen's part comes with the screen, and a language switch
// brings the parts of the screen on show, and no other.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, chooseLanguage, message, openApp, useApp } from "./harness.mjs";

const app = useApp();
const { withContext } = app;

/** The texts' files the page asks for, in order, from now on. */
function textRequests(page) {
  const asked = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/l10n/")) asked.push(path);
  });
  return asked;
}

const heading = (page, text) =>
  page.waitForFunction((text) => document.querySelector("main h1")?.textContent === text, text);

test("each screen's texts come with it, and a language switch brings the parts of the screen on show", async () => {
  // No worker: the requests are the network's, as on a first visit.
  await withContext({ serviceWorkers: "block" }, async (context) => {
    const page = await context.newPage();
    const asked = textRequests(page);
    await page.goto(app.origin + "/");
    await appReady(page);
    assert.deepEqual(asked, ["/l10n/fr/shell.ftl"]);

    await page.click(".door-facts");
    await heading(page, message("fr", "facts-title"));
    assert.equal(await page.textContent(".fact-label"), message("fr", "fact-label-finding"));
    assert.deepEqual(asked, ["/l10n/fr/shell.ftl", "/l10n/fr/facts.ftl"]);

    // On the facts screen: Russian's shell and facts parts, not its diary's or finder's.
    await chooseLanguage(page, "ru");
    await heading(page, message("ru", "facts-title"));
    assert.equal(await page.textContent(".fact-label"), message("ru", "fact-label-finding"));
    assert.deepEqual(asked.slice(2).sort(), ["/l10n/ru/facts.ftl", "/l10n/ru/shell.ftl"]);

    await page.click(".brand");
    await page.click(".door-finder");
    await heading(page, message("ru", "finder-title"));
    assert.deepEqual(asked.slice(4), ["/l10n/ru/finder.ftl"]);

    // Back to French: its shell's and facts' are still held; only the finder's is new.
    await chooseLanguage(page, "fr");
    await heading(page, message("fr", "finder-title"));
    assert.deepEqual(asked.slice(5), ["/l10n/fr/finder.ftl"]);
    // Home, then a language chosen there: the shell's part only.
    await page.click(".brand");
    await chooseLanguage(page, "en");
    await heading(page, message("en", "home-title"));
    assert.deepEqual(asked.slice(6), ["/l10n/en/shell.ftl"]);
  });
});

test("a screen opened first comes with its texts in the stored language", async () => {
  await withContext({ serviceWorkers: "block" }, async (context) => {
    await context.addInitScript(() => {
      try {
        localStorage.setItem("repere.settings", JSON.stringify({ lang: "wo" }));
      } catch {
        // A document without storage (about:blank).
      }
    });
    const page = await context.newPage();
    const asked = textRequests(page);
    await page.goto(app.origin + "/diary");
    await appReady(page);
    assert.equal(await page.textContent("main h1"), message("wo", "diary-title"));
    assert.deepEqual(asked.sort(), ["/l10n/wo/diary.ftl", "/l10n/wo/shell.ftl"]);
  });
});

test("a screen whose texts cannot be had says so, in the shell's words, and the rest still works", async () => {
  await withContext({ serviceWorkers: "block" }, async (context) => {
    const page = await openApp(context, app.origin);
    await page.route("**/l10n/fr/about.ftl", (route) => route.abort());
    await page.click(".app-footer a");
    await heading(page, message("fr", "crash-title"));
    assert.equal(await page.textContent("main .card p"), message("fr", "sw-offline-text"));
    // The emergency numbers and the other screens are still there.
    assert.ok(await page.isVisible(".emergency a[href='tel:15']"));
    await page.click(".brand");
    await page.click(".door-facts");
    await heading(page, message("fr", "facts-title"));
  });
});
