// The app shell: languages, the emergency bar, deep links, bad stored settings, panics.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { test } from "node:test";
import assert from "node:assert/strict";
import { LANGS, LANG_NAMES, SCREENS, appReady, chooseLanguage, message, newContext, openApp, settled, useApp } from "./harness.mjs";

const TITLE_IDS = {
  "/": "home-title",
  "/facts": "facts-title",
  "/facts/rock": "rock-title",
  "/facts/quiz": "quiz-title",
  "/facts/present": "present-title",
  "/facts/print": "print-title",
  "/finder": "finder-title",
  "/finder/map": "finder-map-title",
  "/about": "about-title",
  "/share": "share-title",
  "/diary": "diary-title",
};
const app = useApp();
const { withContext } = app;


test("each language renders its own text on every screen", async () => {
  for (const lang of LANGS) {
    await withContext({}, async (context) => {
      const page = await openApp(context, app.origin);
      await chooseLanguage(page, lang);
      for (const screen of SCREENS) {
        await page.goto(app.origin + screen);
        await appReady(page);
        assert.equal(await page.getAttribute("html", "lang"), lang);
        assert.equal(await page.textContent("main h1"), message(lang, TITLE_IDS[screen]), `${lang} ${screen}`);
        if (lang !== "fr") assert.notEqual(message(lang, TITLE_IDS[screen]), message("fr", TITLE_IDS[screen]));
        const names = await page.$$eval(".emergency .name", (nodes) => nodes.map((n) => n.textContent));
        assert.deepEqual(names, [...["samu", "eu", "dis"].map((n) => message(lang, `emergency-${n}-name`)), message(lang, "emergency-help")]);
        assert.equal(await page.$eval(".language-picker select", (s) => s.selectedOptions[0].textContent), LANG_NAMES[lang]);
      }
    });
  }
});

test("the language switcher names each language in itself", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin);
    const options = await page.$$eval(".language-picker option", (nodes) =>
      nodes.map((n) => [n.value, n.textContent, n.lang]),
    );
    assert.deepEqual(options, LANGS.map((lang) => [lang, LANG_NAMES[lang], lang]));
  });
});

test("the first visit follows the browser's languages, else French", async () => {
  for (const [locale, expected] of [["ru-RU", "ru"], ["en-GB", "en"], ["de-DE", "fr"], ["fr-FR", "fr"]]) {
    await withContext({ locale }, async (context) => {
      const page = await openApp(context, app.origin);
      assert.equal(await page.getAttribute("html", "lang"), expected, locale);
      assert.equal(await page.textContent("main h1"), message(expected, "home-title"));
    });
  }
});

/** The static first screen while the wasm is held back: its language, texts and picker.
 *  Then the wasm is let through and the app takes over the same page. */
async function staticThenApp(context) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await context.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(app.origin + "/", { waitUntil: "commit" });
  await page.waitForFunction(() => document.readyState !== "loading");
  const shown = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    texts: [...document.querySelectorAll("#static-shell [data-l10n]:not([hidden])")].map((node) => node.textContent),
    startFailed: document.getElementById("start-failed").textContent,
    label: document.querySelector("#static-shell .emergency").getAttribute("aria-label"),
    picker: document.querySelector("#static-shell select").selectedOptions[0].textContent,
  }));
  release();
  await appReady(page);
  return { page, shown };
}

test("the static first screen is already in the stored or browser language, as the app then shows it", async () => {
  const cases = [
    ...LANGS.map((lang) => ({ lang, stored: lang, locale: "fr-FR" })),
    { lang: "ru", stored: null, locale: "ru-RU" },
    { lang: "wo", stored: null, locale: "wo-SN" },
    { lang: "fr", stored: "fr", locale: "ru-RU" },
    { lang: "en", stored: "xx", locale: "en-GB" },
    { lang: "fr", stored: null, locale: "de-DE" },
  ];
  for (const { lang, stored, locale } of cases) {
    await withContext({ locale }, async (context) => {
      if (stored) await context.addInitScript((lang) => {
        try {
          localStorage.setItem("repere.settings", JSON.stringify({ lang }));
        } catch {
          // A document without storage (about:blank).
        }
      }, stored);
      const { page, shown } = await staticThenApp(context);
      const label = `stored ${stored}, browser ${locale}`;
      assert.equal(shown.lang, lang, label);
      assert.equal(shown.picker, LANG_NAMES[lang], label);
      assert.equal(shown.label, message(lang, "emergency-label"), label);
      assert.equal(shown.texts[4], message(lang, "home-title"), label);
      assert.equal(shown.startFailed, message(lang, "start-failed"), `${label}: the hidden "could not start" notice`);
      // The app, once started, shows every one of these texts: nothing changes on screen.
      assert.equal(await page.getAttribute("html", "lang"), lang, label);
      const appText = await page.evaluate(() => document.body.innerText);
      for (const text of shown.texts.filter((text) => text !== message(lang, "skip-to-content"))) {
        assert.ok(appText.includes(text), `${label}: the app does not show "${text}"`);
      }
    });
  }
});

test("nothing is painted before the first screen is in the browser's language, even when the page arrives slowly", async () => {
  // The page is sent in two parts, the second (the script that translates the first screen)
  // a while after the first: a slow network, where the browser could paint the French
  // screen, or the empty page, in between. It must wait (<link rel=expect blocking=render>).
  const index = readFileSync(`${process.env.REPERE_DIST ?? "dist"}/index.html`, "utf8");
  const cut = index.indexOf('<script id="shell-l10n">');
  assert.ok(cut > 0, "index.html: no shell-l10n script");
  const PAUSE_MS = 1500;
  const server = createServer((request, response) => {
    if (request.url !== "/") return response.writeHead(404).end();
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.write(index.slice(0, cut));
    setTimeout(() => response.end(index.slice(cut)), PAUSE_MS);
  });
  await new Promise((listening) => server.listen(0, "127.0.0.1", listening));
  const context = await app.browser.newContext({ locale: "en-GB" });
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await settled(page);
    const paints = await page.evaluate(() => performance.getEntriesByType("paint").map((paint) => [paint.name, paint.startTime]));
    assert.equal(paints.length, 2, `two paint entries: ${JSON.stringify(paints)}`);
    for (const [name, at] of paints) assert.ok(at >= PAUSE_MS, `${name} at ${Math.round(at)} ms, before the rest of the page came`);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.equal(await page.textContent("#static-shell main h1"), message("en", "home-title"));
  } finally {
    await context.close();
    server.close();
  }
});

test("the chosen language is remembered and <html lang> follows it", async () => {
  await withContext({ locale: "en-US" }, async (context) => {
    const page = await openApp(context, app.origin);
    await chooseLanguage(page, "wo");
    assert.equal(await page.textContent("main h1"), message("wo", "home-title"));
    await page.reload();
    await appReady(page);
    assert.equal(await page.getAttribute("html", "lang"), "wo");
    assert.equal(await page.textContent("main h1"), message("wo", "home-title"));
  });
});

test("damaged or unknown stored settings fall back without a crash", async () => {
  for (const stored of ["{not json", '{"lang":"klingon"}', '{"lang":42}', "null"]) {
    await withContext({ locale: "de-DE" }, async (context) => {
      await context.addInitScript((stored) => {
        // Once, before the app's first start, and only on the app's own pages.
        if (location.protocol === "http:" && !sessionStorage.getItem("seeded")) {
          localStorage.setItem("repere.settings", stored);
          sessionStorage.setItem("seeded", "1");
        }
      }, stored);
      const page = await openApp(context, app.origin);
      assert.equal(await page.getAttribute("html", "lang"), "fr", stored);
      assert.equal(await page.textContent("main h1"), message("fr", "home-title"));
      await chooseLanguage(page, "ru");
      assert.equal(await page.evaluate(() => localStorage.getItem("repere.settings")), '{"lang":"ru"}');
    });
  }
});

test("the emergency numbers are one tap away on every screen", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin);
    for (const screen of [...SCREENS, "/no-such-page"]) {
      await page.goto(app.origin + screen);
      await appReady(page);
      const links = await page.$$eval(".emergency a", (nodes) =>
        nodes.map((a) => [a.getAttribute("href"), a.textContent.trim()]),
      );
      assert.deepEqual(links, [
        ["tel:15", "15SAMU"],
        ["tel:112", "112Urgences"],
        ["tel:0800231313", "0800 23 13 13Drogues Info Service"],
        ["/help/fr.html", message("fr", "emergency-help")],
      ]);
      const bar = await page.$eval(".emergency", (nav) => nav.getBoundingClientRect().bottom);
      assert.ok(bar <= page.viewportSize().height + 1, "the bar is on screen");
    }
  });
});

test("deep links and unknown paths load the app", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    assert.equal(await page.textContent("main h1"), message("fr", "diary-title"));
    await page.goto(app.origin + "/no-such-page");
    await appReady(page);
    assert.equal(await page.textContent("main h1"), message("fr", "not-found-title"));
    await page.click("main a.button");
    await page.waitForURL(app.origin + "/");
    assert.equal(await page.textContent("main h1"), message("fr", "home-title"));
  });
});

test("the home doors lead to their screens and the brand leads home", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin);
    for (const [door, screen] of [["facts", "/facts"], ["finder", "/finder"], ["diary", "/diary"]]) {
      await page.click(`.door-${door}`);
      await page.waitForURL(app.origin + screen);
      assert.equal(await page.textContent("main h1"), message("fr", TITLE_IDS[screen]));
      await page.click(".brand");
      await page.waitForURL(app.origin + "/");
    }
  });
});

test("a panic shows a translated message with a reload link, not a blank page", async () => {
  const context = await newContext(app.browser, app.origin);
  try {
    const page = await openApp(context, app.origin);
    await chooseLanguage(page, "ru");
    // Make the DOM fail under the app: its next render panics.
    await page.evaluate(() => {
      Document.prototype.createElement = () => {
        throw new Error("simulated DOM failure");
      };
    });
    await page.click(".door-facts");
    await page.waitForSelector("main.crash");
    assert.equal(await page.textContent("main.crash h1"), message("ru", "crash-title"));
    assert.equal(await page.getAttribute("main.crash a", "href"), "/");
    assert.equal(await page.$$eval(".emergency a[href^='tel:']", (links) => links.length), 3);
  } finally {
    await context.close();
  }
});
