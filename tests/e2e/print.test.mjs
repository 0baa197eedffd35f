// The cards to print (/facts/print) and the "What to do" guide (/help/<lang>.html):
// printed by Chromium to PDF in each language (the cards in pairs too), then read back with
// poppler (pdfinfo, pdftotext): one card per half A4 page, every text on paper, the
// emergency numbers on every page, no buttons, nothing cut.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LANGS, appReady, chooseLanguage, expectNoAxeViolations, helpMessage, message, openApp, useApp } from "./harness.mjs";

const app = useApp();
const { withContext } = app;
const CARDS = 9;
const PAGES = Math.ceil(CARDS / 2);

/** Text as pdftotext gives it, and the page's, compared as words; a hyphen and the line
 * break after it left out ("genn-" at a line's end, then "wàllu", reads "gennwàllu"). */
const words = (text) => text.normalize("NFKC").replace(/-\s*/g, "").replace(/\s+/g, " ").trim();

function pdfText(path, page) {
  const range = page ? ["-f", String(page), "-l", String(page)] : [];
  // -raw: in the order Chromium wrote it (the page's), not guessed from the layout, which
  // mixes the lines of two columns that happen to align.
  return words(execFileSync("pdftotext", [...range, "-raw", "-enc", "UTF-8", path, "-"], { encoding: "utf8" }));
}

async function printed(page, dir, label) {
  const path = join(dir, `${label}.pdf`);
  await page.pdf({ path, preferCSSPageSize: true, printBackground: false });
  const pages = Number(execFileSync("pdfinfo", [path], { encoding: "utf8" }).match(/^Pages:\s+(\d+)/m)[1]);
  return { path, pages };
}

for (const [main, second] of [...LANGS.map((lang) => [lang, null]), ["fr", "ru"], ["fr", "wo"], ["ru", "en"], ["wo", "ru"]]) {
  const label = second ? `${main}+${second}` : main;
  test(`the cards print on ${PAGES} A4 pages, nothing cut or left out (${label})`, async () => {
    const dir = mkdtempSync(join(tmpdir(), "repere-print-"));
    try {
      await withContext({}, async (context) => {
        const page = await openApp(context, app.origin, "/facts");
        await chooseLanguage(page, main);
        await page.click(`a[href="/facts/print"]`);
        await page.waitForFunction((t) => document.querySelector("main h1")?.textContent === t, message(main, "print-title"));
        if (second) {
          await page.selectOption(".present-second select", second);
          await page.waitForFunction((lang) => document.querySelectorAll(`.print-col[lang="${lang}"]`).length === 9, second);
        }
        assert.equal(await page.locator(".print-card").count(), CARDS);

        // On paper: nothing overflows its card, and no card overflows the page's width. The
        // window is as wide as the page's text (A4, 210 mm less 2 × 12 mm, at 96 px an inch).
        await page.setViewportSize({ width: 703, height: 1000 });
        await page.emulateMedia({ media: "print" });
        const overflow = await page.evaluate(() =>
          [...document.querySelectorAll(".print-card")].flatMap((card, index) => {
            const box = card.getBoundingClientRect();
            const problems = [];
            if (card.scrollHeight > card.clientHeight + 1) problems.push(`card ${index + 1}: ${card.scrollHeight} > ${card.clientHeight} px`);
            for (const element of card.querySelectorAll("*")) {
              const inner = element.getBoundingClientRect();
              if (inner.width && (inner.right > box.right + 1 || inner.bottom > box.bottom + 1)) {
                problems.push(`card ${index + 1}: ${element.tagName}.${element.className} goes out`);
              }
            }
            return problems;
          }),
        );
        assert.deepEqual(overflow, []);
        // What is on paper: the texts of every card as the page shows them.
        const expected = await page.evaluate(() =>
          [...document.querySelectorAll(".print-col")].flatMap((col) =>
            [...col.querySelectorAll(".fact-belief, .fact-finding > p, .fact-caveat p, .fact-takeaway p")].map((node) => node.textContent),
          ),
        );
        const hidden = await page.evaluate(() =>
          [".topbar", ".emergency", ".print-controls", ".fact-actions"].filter((selector) =>
            [...document.querySelectorAll(selector)].some((node) => node.getClientRects().length > 0),
          ),
        );
        assert.deepEqual(hidden, [], "no navigation, buttons or language picker on paper");

        const pdf = await printed(page, dir, label);
        assert.equal(pdf.pages, PAGES, `${label}: pages`);
        const all = pdfText(pdf.path);
        for (const text of expected) assert.ok(all.includes(words(text)), `${label}: not on paper: ${text}`);
        assert.ok(expected.length >= CARDS * 3 * (second ? 2 : 1), `${label}: ${expected.length} texts`);
        // The emergency numbers at the foot of every page, in the language(s) printed.
        for (let number = 1; number <= pdf.pages; number++) {
          const text = pdfText(pdf.path, number);
          for (const lang of second ? [main, second] : [main]) {
            for (const id of ["emergency-samu-number", "emergency-eu-number", "emergency-dis-number", "emergency-label"]) {
              assert.ok(text.includes(words(message(lang, id))), `${label}, page ${number}: no ${lang}/${id}`);
            }
          }
          assert.ok(!text.includes(message(main, "print-button")), `${label}, page ${number}: a button on paper`);
        }
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test("the print screen has no axe violations, and works offline after one visit", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
    await context.setOffline(true);
    for (const lang of LANGS) {
      await page.goto(app.origin + "/facts/print");
      await appReady(page);
      await chooseLanguage(page, lang);
      await page.waitForFunction((t) => document.querySelector("main h1")?.textContent === t, message(lang, "print-title"));
      await expectNoAxeViolations(page, `/facts/print in ${lang}`);
    }
    // The second language chosen here is the presentation's too, for the session.
    await page.selectOption(".present-second select", "fr");
    await page.click(".print-controls a[href='/facts']");
    await page.click("a[href='/facts/present']");
    await page.waitForFunction(() => document.querySelectorAll(".present-col").length === 2);
    assert.equal(await page.locator('.present-col[lang="fr"]').count(), 1);
  });
});

/** Each page's words with their place (pdftotext -bbox, in points from the top left). */
function pdfWords(path) {
  const html = execFileSync("pdftotext", ["-bbox", "-enc", "UTF-8", path, "-"], { encoding: "utf8" });
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, width, height, body]) => ({
    width: Number(width),
    height: Number(height),
    words: [...body.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      ([, xMin, yMin, xMax, yMax, text]) => ({ xMin: +xMin, yMin: +yMin, xMax: +xMax, yMax: +yMax, text }),
    ),
  }));
}

const MM = 72 / 25.4;
// help.css's @page: A4, its bottom margin (20 mm) holding the emergency numbers.
const GUIDE_BOTTOM_MARGIN = 20 * MM;
// Five pages in each language today: more means the print style or the texts need a look.
const GUIDE_PAGES = 5;

test("the guide prints on A4 in every language, offline: every step whole on a page, the numbers at the foot of each, no buttons", async () => {
  const dir = mkdtempSync(join(tmpdir(), "repere-print-guide-"));
  try {
    await withContext({}, async (context) => {
      const page = await openApp(context, app.origin);
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10_000 });
      await context.setOffline(true);
      // The browser's print dialog, counted instead of shown.
      await context.addInitScript(() => {
        window.printed = 0;
        window.print = () => { window.printed += 1; };
      });
      for (const lang of LANGS) {
        await page.setViewportSize({ width: 360, height: 740 });
        await page.emulateMedia({ media: "screen" });
        await page.goto(`${app.origin}/help/${lang}.html`);
        const button = page.locator(".help-print");
        await button.waitFor({ state: "visible" });
        assert.equal((await button.textContent()).trim(), helpMessage(lang, "help-print"), lang);
        await button.click();
        assert.equal(await page.evaluate(() => window.printed), 1, `${lang}: the button prints`);

        await page.setViewportSize({ width: 703, height: 1000 });
        await page.emulateMedia({ media: "print" });
        const onPaper = await page.evaluate(() => ({
          shown: [".skip-link", ".topbar", ".help-langs", ".help-print", ".help-listen"].filter((selector) =>
            [...document.querySelectorAll(selector)].some((node) => node.getClientRects().length > 0),
          ),
          tooWide: [...document.querySelectorAll("main *")]
            .filter((node) => node.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .map((node) => `${node.tagName}.${node.className.baseVal ?? node.className}`),
          steps: [...document.querySelectorAll(".help-step > p, .help-pls-steps p, .help-note, .help-secrecy, .help-numbers-list a")].map((node) => node.innerText),
          titles: [...document.querySelectorAll("main h1, main h2")].map((node) => node.textContent),
          // The text of the page margin box at the foot of each page (a CSS string).
          footer: JSON.parse(getComputedStyle(document.documentElement).getPropertyValue("--print-footer")),
        }));
        assert.deepEqual(onPaper.shown, [], `${lang}: no bar, language links or button on paper`);
        assert.deepEqual(onPaper.tooWide, [], `${lang}: wider than the page`);
        assert.ok(onPaper.steps.length >= 30, `${lang}: ${onPaper.steps.length} steps`);

        const pdf = await printed(page, dir, `guide-${lang}`);
        assert.equal(pdf.pages, GUIDE_PAGES, `${lang}: pages`);
        const pages = Array.from({ length: pdf.pages }, (_, index) => pdfText(pdf.path, index + 1));
        for (const text of [...onPaper.titles, ...onPaper.steps]) {
          assert.ok(pages.some((pageText) => pageText.includes(words(text))), `${lang}: not whole on one page: ${text}`);
        }
        // The bottom margin of every page holds the numbers with their label, and nothing else.
        const footer = words(onPaper.footer);
        for (const number of ["emergency-label", "emergency-samu-number", "emergency-eu-number", "emergency-dis-number"]) {
          assert.ok(footer.includes(words(message(lang, number))), `${lang}: the footer has no ${number}`);
        }
        for (const [index, { height, words: placed }] of pdfWords(pdf.path).entries()) {
          const inMargin = placed.filter((word) => word.yMax > height - GUIDE_BOTTOM_MARGIN);
          assert.equal(words(inMargin.map((word) => word.text).join(" ")), footer, `${lang}, page ${index + 1}: the bottom margin`);
          assert.ok(inMargin.every((word) => word.yMin > height - GUIDE_BOTTOM_MARGIN), `${lang}, page ${index + 1}: a line across the margin`);
        }
      }
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
