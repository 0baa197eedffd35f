// The cards to print (/facts/print): printed by Chromium to PDF in each language and in
// pairs, then read back with poppler (pdfinfo, pdftotext): one card per half A4 page,
// every card's text on paper, the emergency numbers on every page, no buttons, nothing cut.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LANGS, appReady, chooseLanguage, expectNoAxeViolations, message, openApp, useApp } from "./harness.mjs";

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
