// The "What to do" guide (/help/{lang}.html): one tap from every screen and from the static
// first screen before the wasm runs, offline after one visit, every tel: link, each
// language, accessible (axe, 48 px, 200 % text), "leave now", and speech that only ever
// uses a voice of the device.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { LANGS, SCREENS, appReady, chooseLanguage, expectNoAxeViolations, helpMessage, message, newContext, openApp, settled, useApp } from "./harness.mjs";

const app = useApp();
const { withContext } = app;

const pagePath = (lang) => `/help/${lang}.html`;

async function openGuide(context, lang, options = {}) {
  const page = await context.newPage();
  if (options.init) await page.addInitScript(options.init);
  await page.goto(app.origin + pagePath(lang));
  await page.waitForSelector("a.help-call");
  return page;
}

async function expectGuide(page, lang) {
  await page.waitForURL(app.origin + pagePath(lang));
  await page.waitForSelector("a.help-call");
  assert.equal(await page.getAttribute("html", "lang"), lang);
  assert.equal(await page.textContent("main h1"), helpMessage(lang, "help-page-title"));
}

test("the guide is one tap away on every screen, in the screen's language", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin);
    for (const lang of LANGS) {
      await page.goto(app.origin + "/");
      await appReady(page);
      await chooseLanguage(page, lang);
      for (const screen of SCREENS) {
        await page.goto(app.origin + screen);
        await appReady(page);
        const entry = page.locator(".emergency a.emergency-help");
        assert.equal(await entry.textContent(), message(lang, "emergency-help"), `${lang} ${screen}`);
        await entry.click();
        await expectGuide(page, lang);
      }
    }
    // The home door too.
    await page.goto(app.origin + "/");
    await appReady(page);
    await page.click(".door-help");
    await expectGuide(page, "wo");
  });
});

test("the static first screen links to the guide before the wasm runs, in the stored language", async () => {
  for (const lang of LANGS) {
    await withContext({}, async (context) => {
      await context.addInitScript((lang) => {
        try {
          localStorage.setItem("repere.settings", JSON.stringify({ lang }));
        } catch {
          // about:blank has no storage.
        }
      }, lang);
      // The wasm is held back: the page stays the static copy while the link is used.
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await context.route(/\.wasm$/, async (route) => {
        await held;
        await route.continue().catch(() => {});
      });
      const page = await context.newPage();
      await page.goto(app.origin + "/", { waitUntil: "domcontentloaded" });
      assert.ok(await page.$("#static-shell"), "the static copy is on screen");
      assert.equal(await page.textContent("#static-shell .emergency-help .name"), message(lang, "emergency-help"));
      assert.equal(await page.getAttribute("#static-shell .door-help", "href"), pagePath(lang));
      assert.equal(await page.textContent("#static-shell .door-help .door-title"), message(lang, "home-help-title"));
      await page.click("#static-shell .emergency-help");
      await expectGuide(page, lang);
      release();
    });
  }
});

test("each language has its page, its texts, and links to the three others", async () => {
  await withContext({}, async (context) => {
    for (const lang of LANGS) {
      const page = await openGuide(context, lang);
      await expectGuide(page, lang);
      assert.equal(await page.textContent(".help-call-label"), helpMessage(lang, "help-call"));
      if (lang !== "fr") assert.notEqual(helpMessage(lang, "help-call"), helpMessage("fr", "help-call"));
      const links = await page.$$eval(".help-langs a", (nodes) =>
        nodes.map((a) => [a.getAttribute("href"), a.lang, a.getAttribute("aria-current")]),
      );
      assert.deepEqual(links, LANGS.map((other) => [pagePath(other), other, other === lang ? "page" : null]));
      assert.equal(await page.getAttribute(".brand", "href"), "/");
      // The call button first, before any part of the guide.
      const order = await page.evaluate(() => {
        const call = document.querySelector("a.help-call");
        const section = document.querySelector("main section");
        return call.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING;
      });
      assert.ok(order, "the call button comes before the sections");
      // Each part says where its advice comes from.
      const uncited = await page.$$eval("main section:not(#sources)", (sections) =>
        sections.filter((s) => !s.querySelector(".help-cited span[lang]")).map((s) => s.id),
      );
      assert.deepEqual(uncited, []);
      // The recovery position: four numbered pictures.
      assert.equal(await page.$$eval(".help-pls-steps li svg", (n) => n.length), 4);
      await page.close();
    }
  });
});

test("every tel: link is there and dials digits only", async () => {
  await withContext({}, async (context) => {
    for (const lang of LANGS) {
      const page = await openGuide(context, lang);
      const hrefs = await page.$$eval("a[href^='tel:']", (nodes) => nodes.map((a) => a.getAttribute("href")));
      for (const href of hrefs) assert.match(href, /^tel:\d+$/, `${lang}: ${href}`);
      assert.equal(await page.getAttribute("a.help-call", "href"), "tel:15");
      assert.deepEqual(
        await page.$$eval(".help-numbers-list a", (nodes) => nodes.map((a) => a.getAttribute("href"))),
        ["tel:112", "tel:115", "tel:3114", "tel:3919", "tel:0800231313"],
      );
      assert.deepEqual(
        await page.$$eval(".emergency a", (nodes) => nodes.map((a) => a.getAttribute("href"))),
        ["tel:15", "tel:112", "tel:0800231313"],
      );
      await page.close();
    }
  });
});

test("after one visit to the app, the guide opens offline in every language", async () => {
  const context = await newContext(app.browser, app.origin);
  try {
    const page = await openApp(context, app.origin);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await appReady(page);
    await context.setOffline(true);
    for (const lang of LANGS) {
      await chooseLanguage(page, lang);
      await page.click(".emergency-help");
      await expectGuide(page, lang);
      await page.click(".brand");
      await appReady(page);
    }
    assert.deepEqual(context.offOrigin(), []);
  } finally {
    await context.close();
  }
});

test("a first visit that starts on the guide makes it, and the app, work offline", async () => {
  const context = await newContext(app.browser, app.origin);
  try {
    const page = await openGuide(context, "ru");
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await context.setOffline(true);
    await page.goto(app.origin + pagePath("en"));
    await expectGuide(page, "en");
    await page.click(".brand");
    await appReady(page);
    assert.deepEqual(context.offOrigin(), []);
  } finally {
    await context.close();
  }
});

for (const colorScheme of ["light", "dark"]) {
  test(`no axe violations on the guide, in every language (${colorScheme})`, async () => {
    await withContext({ colorScheme }, async (context) => {
      for (const lang of LANGS) {
        const page = await openGuide(context, lang);
        await expectNoAxeViolations(page, `${pagePath(lang)} (${colorScheme})`);
        await page.close();
      }
    });
  });
}

test("the guide's targets are at least 48 px, and 200 % text fits 360 px with nothing cut off", async () => {
  await withContext({ viewport: { width: 360, height: 740 } }, async (context) => {
    for (const lang of LANGS) {
      const page = await openGuide(context, lang);
      const small = await page.$$eval("a, button", (nodes) =>
        nodes
          .filter((n) => !n.classList.contains("skip-link"))
          .map((n) => [n.outerHTML.slice(0, 60), n.getBoundingClientRect()])
          .filter(([, r]) => r.height < 47.5 || r.width < 47.5)
          .map(([html, r]) => `${html} ${r.width}x${r.height}`),
      );
      assert.deepEqual(small, [], lang);
      for (const size of ["100%", "200%"]) {
        await page.evaluate((size) => (document.documentElement.style.fontSize = size), size);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${lang} overflows by ${overflow}px at ${size}`);
      }
      await page.close();
    }
  });
});

test("the emergency bar, with the guide's entry, fits 360 px in every language", async () => {
  await withContext({ viewport: { width: 360, height: 740 } }, async (context) => {
    const page = await openApp(context, app.origin);
    for (const lang of LANGS) {
      await chooseLanguage(page, lang);
      const cells = await page.$$eval(".emergency a", (nodes) =>
        nodes.map((a) => {
          const r = a.getBoundingClientRect();
          // Nothing sticks out of its cell, no word is cut over two lines, and a number
          // stays on one line.
          const out = [...a.querySelectorAll("span")].some((s) => {
            const t = s.getBoundingClientRect();
            return t.left < r.left - 1 || t.right > r.right + 1;
          });
          const cutWord = [...a.querySelectorAll("span")].some((span) => {
            const node = span.firstChild;
            if (!node || node.nodeType !== Node.TEXT_NODE) return false;
            let at = 0;
            return node.textContent.split(" ").some((word) => {
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + word.length);
              at += word.length + 1;
              return word && range.getClientRects().length > 1;
            });
          });
          const number = a.querySelector(".number");
          const style = number && getComputedStyle(number);
          const wrapped = number ? number.getBoundingClientRect().height > parseFloat(style.lineHeight) * 1.5 : false;
          return { right: r.right, width: r.width, height: r.height, cut: out || cutWord || wrapped, text: a.textContent };
        }),
      );
      assert.equal(cells.length, 4, lang);
      for (const cell of cells) {
        assert.ok(cell.right <= 361 && cell.width >= 48 && cell.height >= 48, `${lang}: ${JSON.stringify(cell)}`);
        assert.ok(!cell.cut, `${lang}: a name does not fit`);
      }
      const barHeight = await page.$eval(".emergency", (nav) => nav.getBoundingClientRect().height);
      assert.ok(barHeight <= 96, `${lang}: the bar is ${barHeight}px tall`);
    }
  });
});

test("leave now on the guide shows the calculator, and back does not bring the guide back", async () => {
  await withContext({}, async (context) => {
    const page = await openGuide(context, "fr");
    await page.click(".help-langs a[lang=en]");
    await expectGuide(page, "en");
    assert.equal(await page.textContent(".leave-now"), message("en", "leave-now"));
    await page.click(".leave-now");
    await page.waitForURL(app.origin + "/calc.html");
    assert.equal(await page.evaluate(() => sessionStorage.getItem("repere.left")), "1");
    await page.goBack();
    await page.waitForURL(app.origin + "/calc.html");
    assert.equal(await page.$(".help-call"), null);
    // Opened again on purpose, the guide shows.
    await page.goto(app.origin + pagePath("fr"));
    await expectGuide(page, "fr");
  });
});

/** Runs in the page: a device with the given voices, recording what is read and by whom. */
function installVoices(list) {
  window.__spoken = [];
  const synthesis = {
    getVoices: () => list,
    speak: (utterance) => window.__spoken.push([utterance.voice?.name, utterance.text]),
    cancel() {},
    onvoiceschanged: null,
  };
  Object.defineProperty(window, "speechSynthesis", { value: synthesis, configurable: true });
  window.SpeechSynthesisUtterance = class {
    constructor(text) {
      this.text = text;
    }
  };
}
const NETWORK_FR = { lang: "fr-FR", name: "Network French", localService: false };
const LOCAL_FR = { lang: "fr-FR", name: "Local French", localService: true };

test("listen uses a voice of the device only; with network voices only, there is no button", async () => {
  await withContext({}, async (context) => {
    await context.addInitScript(installVoices, [NETWORK_FR, LOCAL_FR]);
    const page = await openGuide(context, "fr");
    await page.waitForSelector(".help-listen");
    const buttons = await page.$$eval(".help-listen", (nodes) => nodes.length);
    assert.ok(buttons >= 8, `${buttons} listen buttons`);
    assert.equal(await page.textContent(".help-listen"), helpMessage("fr", "help-listen"));
    await page.click("#call-now .help-listen");
    await page.locator("#while-waiting .help-step").filter({ hasText: helpMessage("fr", "help-pls-4") }).locator(".help-listen").click();
    const spoken = await page.evaluate(() => window.__spoken);
    assert.deepEqual(spoken.map(([voice]) => voice), ["Local French", "Local French"]);
    assert.ok(spoken[0][1].includes(helpMessage("fr", "help-sign-chest")), spoken[0][1]);
    assert.ok(spoken[1][1].includes(helpMessage("fr", "help-pls-4")), spoken[1][1]);
    assert.ok(!spoken[0][1].includes(helpMessage("fr", "help-sources-label")), "the sources are not read");
    // Wolof: no voice at all, so no button; the page still works by pictogram and text.
    await page.goto(app.origin + pagePath("wo"));
    await settled(page);
    assert.equal(await page.$$eval(".help-listen", (nodes) => nodes.length), 0);
    assert.ok((await page.$$eval("main .picto", (nodes) => nodes.length)) >= 20);
  });
  await withContext({}, async (context) => {
    await context.addInitScript(installVoices, [NETWORK_FR]);
    const page = await openGuide(context, "fr");
    await settled(page);
    assert.equal(await page.$$eval(".help-listen", (nodes) => nodes.length), 0, "a network voice gets no button");
    // Nor on the fact cards, which read through the app's own speech module.
    await page.goto(app.origin + "/facts");
    await appReady(page);
    await page.waitForSelector(".fact-card");
    await settled(page);
    assert.equal(await page.$$eval(".listen", (nodes) => nodes.length), 0);
    assert.deepEqual(await page.evaluate(() => window.__spoken), []);
  });
});

test("the crash screen offers the guide in its language", async () => {
  const context = await newContext(app.browser, app.origin);
  try {
    const page = await openApp(context, app.origin);
    await chooseLanguage(page, "ru");
    await page.evaluate(() => {
      Document.prototype.createElement = () => {
        throw new Error("simulated DOM failure");
      };
    });
    await page.click(".door-facts");
    await page.waitForSelector("main.crash");
    assert.equal(await page.getAttribute("main.crash a.crash-help", "href"), pagePath("ru"));
    assert.equal(await page.textContent("main.crash a.crash-help"), message("ru", "home-help-title"));
    await page.click("main.crash a.crash-help");
    await expectGuide(page, "ru");
  } finally {
    await context.close();
  }
});

test("the guide is built into dist, precached, and its texts stay out of the wasm", () => {
  for (const lang of LANGS) readFileSync(`dist${pagePath(lang)}`, "utf8");
  const sw = readFileSync("dist/sw.js", "utf8");
  for (const file of [...LANGS.map(pagePath), "/help/help.js"]) assert.ok(sw.includes(`"${file}"`), `${file} is precached`);
  // The app's texts are the files /l10n/<code>/<part>.ftl (src/text_parts.rs): the guide's
  // stay out of them, as out of the wasm.
  const wasm = readdirSync("dist").find((name) => name.endsWith(".wasm"));
  const files = { wasm: readFileSync(`dist/${wasm}`) };
  for (const lang of LANGS) {
    const parts = readdirSync(`dist/l10n/${lang}`).filter((name) => name.endsWith(".ftl"));
    assert.equal(parts.length, 5, `${lang}: ${parts}`);
    files[lang] = Buffer.concat(parts.map((name) => readFileSync(`dist/l10n/${lang}/${name}`)));
  }
  for (const lang of LANGS) {
    for (const id of ["help-sign-chest", "help-pls-2"]) {
      const text = helpMessage(lang, id);
      for (const [name, bytes] of Object.entries(files)) assert.equal(bytes.indexOf(Buffer.from(text)), -1, `${lang}/${id} is in ${name}`);
    }
  }
  // The check above would see a text that is there: the app's own texts are in its files.
  assert.notEqual(files.fr.indexOf(Buffer.from(message("fr", "emergency-help"))), -1);
});
