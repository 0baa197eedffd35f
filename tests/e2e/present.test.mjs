// Presentation mode extras for outreach workers: straight to a card from the list of its
// titles, and full screen (the button, or Escape, leaves it; so does leaving the screen).
import { test } from "node:test";
import assert from "node:assert/strict";
import { LANGS, appReady, chooseLanguage, expectNoAxeViolations, message, openApp, useApp } from "./harness.mjs";

const app = useApp();
const { withContext } = app;
const flat = (text) => text.replace(/\s+/g, " ").trim();
const position = (lang, n) => flat(message(lang, "present-position")).replace("{ $number }", n).replace("{ $total }", "9");

test("the list of titles goes straight to a card, in every language", async () => {
  await withContext({ viewport: { width: 1024, height: 768 } }, async (context) => {
    const page = await openApp(context, app.origin, "/facts");
    const slugs = await page.$$eval(".fact-list .fact-card", (cards) => cards.map((card) => card.dataset.card));
    const beliefs = await page.$$eval(".fact-list .fact-belief", (nodes) => nodes.map((node) => node.textContent));
    assert.equal(slugs.length, 9);
    await page.click('a[href="/facts/present"]');
    await page.waitForSelector(".present-jump select");
    for (const lang of LANGS) {
      await chooseLanguage(page, lang);
      await page.waitForFunction((t) => document.querySelector(".present-jump span")?.textContent === t, message(lang, "present-jump"));
      const options = await page.$$eval(".present-jump option", (nodes) => nodes.map((node) => node.textContent));
      assert.equal(options.length, 9);
      if (lang === "fr") assert.deepEqual(options, beliefs.map((belief, index) => `${index + 1}. ${belief}`));
      await page.selectOption(".present-jump select", "6");
      await page.waitForFunction((slug) => document.querySelector(".present-col .fact-card")?.dataset.card === slug, slugs[6]);
      assert.equal(flat(await page.textContent(".present-position")), position(lang, 7));
      // The arrows turn the card, and the list follows.
      await page.locator(".present-deck").click();
      await page.keyboard.press("ArrowLeft");
      await page.waitForFunction((slug) => document.querySelector(".present-col .fact-card")?.dataset.card === slug, slugs[5]);
      assert.equal(await page.$eval(".present-jump select", (select) => select.value), "5");
      await page.selectOption(".present-jump select", "0");
      await expectNoAxeViolations(page, `/facts/present in ${lang}`);
    }
  });
});

test("full screen from the button, left by the button, by Escape and by leaving the screen", async () => {
  await withContext({ viewport: { width: 1024, height: 768 } }, async (context) => {
    const page = await openApp(context, app.origin, "/facts/present");
    const isFull = () => page.evaluate(() => document.fullscreenElement !== null);
    const button = page.locator(".present-fullscreen");
    assert.equal(flat(await button.textContent()), message("fr", "present-fullscreen"));
    await button.click();
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.waitForFunction((t) => document.querySelector(".present-fullscreen")?.textContent.trim() === t, message("fr", "present-fullscreen-exit"));
    await button.click();
    await page.waitForFunction(() => document.fullscreenElement === null);
    await page.waitForFunction((t) => document.querySelector(".present-fullscreen")?.textContent.trim() === t, message("fr", "present-fullscreen"));

    await button.click();
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => document.fullscreenElement === null);

    await button.click();
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await page.click(".present a[href='/facts']");
    await appReady(page);
    await page.waitForFunction(() => document.fullscreenElement === null);
    assert.equal(await isFull(), false);
  });
});
