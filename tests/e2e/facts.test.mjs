// The facts screens: the nine cards with their figures and source, the rock estimator,
// the quiz, presentation mode with two languages, and the "listen" button.
import { test } from "node:test";
import assert from "node:assert/strict";
import { LANGS, appReady, chooseLanguage, expectNoAxeViolations, message, openApp, settled, useApp } from "./harness.mjs";

const FACTS_SCREENS = ["/facts", "/facts/rock", "/facts/quiz", "/facts/present"];

// The figures each card must show, written out from OFDT/Inserm note 2021-03 ("The product
// sold"), independently of the app's data.
const CARD_FIGURES = {
  "basing-does-not-purify": [],
  "size-tells-amount": [0.84, 0.3],
  "looks-dont-tell": [45, 57],
  "rocks-smaller-than-said": [148, 40, 100, 150, 250],
  "content-high-and-steady": [50, 70, 57, 59, 84, 79, 11, 209],
  "no-amphetamine-no-subutex": [43, 23],
  "effects-come-from-cocaine": [40, 70],
  "real-cutting-agents": [67, 43, 13],
  "price-of-pure-cocaine": [18, 16, 250, 248, 209, 115],
};
const SLUGS = Object.keys(CARD_FIGURES);
const FINDER_CARDS = ["no-amphetamine-no-subutex", "real-cutting-agents", "price-of-pure-cocaine"];
// Basing purifies: myth; size tells amount: fact; ... (src/facts/quiz.rs).
const QUIZ_TRUTH = [false, true, false, false, true, false, true, true, true];
const SECOND = { fr: "wo", en: "ru", ru: "fr", wo: "fr" };

/** A number as the language writes it: 0,84 except in English; 2 000 / 2,000. */
function formatted(value, lang) {
  const [whole, fraction] = String(value).split(".");
  const group = lang === "en" ? "," : " "; // the app writes a no-break space; flat() makes it plain
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return fraction ? grouped + (lang === "en" ? "." : ",") + fraction : grouped;
}

/** Whether `text` shows the number on its own (45 is not found inside 145 or 4,5). */
function showsNumber(text, value, lang) {
  const escaped = formatted(value, lang).replace(/[.]/g, "\\.");
  return new RegExp(`(^|[^\\d,.])${escaped}(?![\\d]|[,.]\\d)`).test(text);
}

const flat = (text) => text.replace(/\s+/g, " ").trim();
const flatMessage = (lang, id) => flat(message(lang, id));

const app = useApp();
const { withContext } = app;


async function openIn(context, lang, path) {
  const page = await openApp(context, app.origin);
  await chooseLanguage(page, lang);
  await page.goto(app.origin + path);
  await appReady(page);
  return page;
}

test("the nine cards show their figures, written the language's way, and their source", async () => {
  for (const lang of LANGS) {
    await withContext({}, async (context) => {
      const page = await openIn(context, lang, "/facts");
      assert.equal(await page.textContent("main h1"), message(lang, "facts-title"));
      const cards = await page.$$eval("#cards .fact-card", (nodes) =>
        nodes.map((n) => ({
          slug: n.dataset.card,
          text: n.textContent,
          source: n.querySelector(".fact-source").textContent,
          finder: Boolean(n.querySelector('a[href="/finder"]')),
          heading: n.querySelector("h2").textContent,
        })),
      );
      assert.deepEqual(cards.map((c) => c.slug), SLUGS, lang);
      for (const card of cards) {
        const text = flat(card.text);
        for (const value of CARD_FIGURES[card.slug]) {
          assert.ok(showsNumber(text, value, lang), `${lang} ${card.slug}: ${formatted(value, lang)} missing in «${text}»`);
        }
        assert.ok(card.source.startsWith(message(lang, "fact-source")), `${lang} ${card.slug} source label`);
        assert.match(card.source, /SINTES Crack Observation survey/);
        assert.match(card.source, /N = 144 rocks/);
        assert.match(card.source, /note no\. 2021-03, January 2021/);
        assert.ok(card.heading.startsWith(message(lang, "fact-label-belief")), `${lang} ${card.slug} heading`);
        assert.equal(card.finder, FINDER_CARDS.includes(card.slug), `${lang} ${card.slug} finder link`);
        assert.doesNotMatch(text, /No localization for id/);
      }
      const correlations = flat(cards[1].text);
      if (lang === "en") assert.match(correlations, /0\.84/);
      else assert.ok(correlations.includes("0,84") && !correlations.includes("0.84"), `${lang}: 0,84`);
      // Each card has its pictogram, hidden from screen readers.
      assert.equal(await page.$$eval("#cards .fact-card svg.fact-picto[aria-hidden=true]", (n) => n.length), 9);
    });
  }
});

test("while a screen's own file is on its way, it says so in the user's language", async () => {
  // No worker: a first visit on a slow line, before anything is precached.
  await withContext({ serviceWorkers: "block" }, async (context) => {
    for (const lang of LANGS) {
      const page = await openApp(context, app.origin);
      await chooseLanguage(page, lang);
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route(/_facts\.wasm$/, async (route) => {
        await held;
        await route.continue();
      });
      await page.click(".door-facts");
      const loading = page.locator(".screen-loading");
      await loading.waitFor({ state: "visible" });
      assert.equal(await loading.textContent(), message(lang, "screen-loading"));
      assert.equal(await loading.getAttribute("role"), "status");
      release();
      await page.waitForFunction((t) => document.querySelector("main h1")?.textContent === t, message(lang, "facts-title"));
      assert.equal(await loading.count(), 0);
      await page.close();
    }
  });
});

test("from home to the facts and the rock estimator, with big entries", async () => {
  await withContext({ viewport: { width: 360, height: 740 } }, async (context) => {
    const page = await openApp(context, app.origin);
    await page.click(".door-facts");
    await page.waitForURL(app.origin + "/facts");
    // The address changes at once; the screen follows once its wasm is in.
    await page.waitForSelector(".facts-nav a");
    const entries = await page.$$eval(".facts-nav a", (nodes) =>
      nodes.map((a) => [a.getAttribute("href"), a.getBoundingClientRect().height]),
    );
    assert.deepEqual(entries.map(([href]) => href), ["#cards", "/facts/rock", "/facts/quiz", "/facts/present", "/facts/print"]);
    for (const [href, height] of entries) assert.ok(height >= 48, `${href} is ${height}px high`);
    await page.click('.facts-nav a[href="/facts/rock"]');
    await page.waitForURL(app.origin + "/facts/rock");
    assert.equal(await page.textContent("main h1"), message("fr", "rock-title"));
    await page.click('main a[href="/facts"]');
    await page.waitForURL(app.origin + "/facts");
    await page.click('.fact-card[data-card="real-cutting-agents"] a[href="/finder"]');
    await page.waitForURL(app.origin + "/finder");
  });
});

test("the rock estimator draws the amounts for a typed weight and explains bad ones", async () => {
  for (const lang of LANGS) {
    await withContext({}, async (context) => {
      const page = await openIn(context, lang, "/facts/rock");
      assert.equal(await page.textContent("main h1"), message(lang, "rock-title"));
      assert.equal(await page.$$eval(".rock-choice", (n) => n.length), 5);
      assert.equal(await page.$(".rock-answer"), null, "no result before a weight");
      const input = page.locator("#rock-weight");
      assert.equal(await input.getAttribute("inputmode"), "decimal");
      assert.equal(flat(await page.textContent('label[for="rock-weight"]')), flatMessage(lang, "rock-weight-label"));

      await input.fill("148");
      await page.waitForSelector(".rock-answer");
      const mg = (value) => flat(message(lang, "rock-amount-mg").replace("{ $amount_mg }", formatted(value, lang)));
      assert.ok(flat(await page.textContent(".rock-typical")).includes(mg(84)), `${lang} typical`);
      const labels = await page.$$eval(".rock-scale text", (nodes) => nodes.map((n) => n.textContent.replace(/\s+/g, " ")));
      assert.deepEqual(labels, [mg(84), mg(74), mg(104), mg(21), mg(148)], `${lang} picture labels`);
      // The bars: possible 14–100 %, usual 50–70 %, typical 57 % of the rock.
      const bars = await page.$$eval(".rock-scale rect", (nodes) => nodes.map((n) => [n.getAttribute("class"), Number(n.getAttribute("x")), Number(n.getAttribute("width"))]));
      const [, possible, usual] = bars;
      assert.ok(possible[1] < usual[1] && usual[1] + usual[2] < possible[1] + possible[2], "usual inside possible");
      assert.equal(await page.getAttribute('.rock-choice[data-rock="average"]', "aria-pressed"), "true");
      assert.equal(await input.getAttribute("aria-invalid"), "false");
      const basis = flat(await page.textContent(".rock-basis"));
      for (const value of [144, 57, 50, 70, 14, 100, 6]) assert.ok(showsNumber(basis, value, lang), `${lang} basis ${value}`);
      assert.match(basis, /N = 144 rocks/);

      // A decimal weight, typed the language's way or the other, and a reference rock.
      await input.fill(lang === "en" ? "148.5" : "148,5");
      await page.waitForFunction(() => document.querySelector(".rock-estimate-text")?.textContent.includes("148"));
      assert.ok(flat(await page.textContent(".rock-estimate-text")).includes(formatted(148.5, lang)));
      await page.click('.rock-choice[data-rock="heaviest"]');
      assert.equal(await input.inputValue(), "388");
      assert.ok(flat(await page.textContent(".rock-typical")).includes(mg(221)));

      for (const [typed, id] of [["abc", "rock-error-not-a-number"], ["0", "rock-error-not-positive"]]) {
        await input.fill(typed);
        await page.waitForSelector("#rock-weight-error[role=alert]");
        assert.equal(flat(await page.textContent("#rock-weight-error")), flatMessage(lang, id), `${lang} ${typed}`);
        assert.equal(await input.getAttribute("aria-invalid"), "true");
        assert.equal(await input.getAttribute("aria-describedby"), "rock-weight-error");
        assert.equal(await page.$(".rock-answer"), null);
      }
      await input.fill("5000");
      await page.waitForFunction(() => document.querySelector("#rock-weight-error")?.textContent.includes("000"));
      assert.ok(flat(await page.textContent("#rock-weight-error")).includes(formatted(2000, lang)), `${lang} too heavy`);

      await input.fill("20");
      await page.waitForSelector(".rock-warning");
      assert.equal(await page.$("#rock-weight-error"), null);
      assert.ok(showsNumber(flat(await page.textContent(".rock-warning")), 388, lang));
    });
  }
});

test("the quiz goes through the nine statements to a score, then starts again", async () => {
  for (const lang of LANGS) {
    await withContext({}, async (context) => {
      const page = await openIn(context, lang, "/facts/quiz");
      assert.equal(await page.textContent("main h1"), message(lang, "quiz-title"));
      // Right for the first six, wrong for the last three.
      for (const [index, truth] of QUIZ_TRUTH.entries()) {
        const right = index < 6;
        const progress = flat(await page.textContent(".quiz-progress"));
        assert.ok(progress.includes(String(index + 1)) && progress.includes("9"), `${lang} ${progress}`);
        assert.doesNotMatch(await page.textContent(".quiz-statement"), /No localization/);
        assert.ok((await page.textContent(".quiz-answer-true")).includes(message(lang, "quiz-true")));
        assert.ok((await page.textContent(".quiz-answer-false")).includes(message(lang, "quiz-false")));
        await page.click(truth === right ? ".quiz-answer-true" : ".quiz-answer-false");
        await page.waitForSelector(".quiz-verdict");
        assert.equal(await page.$eval(".quiz-verdict", (n) => n.classList.contains("quiz-right")), right, `${lang} #${index}`);
        assert.ok((await page.textContent(".quiz-verdict")).includes(message(lang, right ? "quiz-right" : "quiz-wrong")));
        assert.ok((await page.textContent(".quiz-truth")).includes(message(lang, truth ? "quiz-it-is-true" : "quiz-it-is-a-myth")));
        assert.equal(await page.getAttribute(".fact-card", "data-card"), SLUGS[index]);
        assert.match(await page.textContent(".fact-card .fact-source"), /N = 144 rocks/);
        await page.click(".quiz-next");
      }
      await page.waitForSelector(".quiz-end");
      assert.equal(flat(await page.textContent(".quiz-score")), "6 / 9");
      const sentence = flat(await page.textContent(".quiz-score-text"));
      assert.ok(sentence.includes("6") && sentence.includes("9"), sentence);
      await page.click(".quiz-again");
      await page.waitForSelector(".quiz-statement");
      assert.ok(flat(await page.textContent(".quiz-progress")).includes("1"));
      assert.equal(await page.evaluate(() => localStorage.length), 1, "only the language setting is stored");
    });
  }
});

test("presentation mode: two languages side by side, arrow keys and swipes", async () => {
  for (const lang of LANGS) {
    await withContext({ viewport: { width: 1024, height: 768 } }, async (context) => {
      const page = await openIn(context, lang, "/facts/present");
      const position = (n) => flatMessage(lang, "present-position").replace("{ $number }", n).replace("{ $total }", "9");
      assert.equal(await page.$$eval(".present-col", (n) => n.length), 1);
      assert.equal(flat(await page.textContent(".present-position")), position(1));
      assert.equal(await page.isDisabled(".present-previous"), true);

      const second = SECOND[lang];
      const offered = await page.$$eval(".present-second option", (nodes) => nodes.map((n) => n.value));
      assert.deepEqual(offered, ["", ...LANGS.filter((l) => l !== lang)]);
      await page.selectOption(".present-second select", second);
      await page.waitForFunction(() => document.querySelectorAll(".present-col").length === 2);
      const columns = await page.$$eval(".present-col", (nodes) =>
        nodes.map((n) => ({ lang: n.lang, slug: n.querySelector(".fact-card").dataset.card, text: n.textContent, left: n.getBoundingClientRect().left })),
      );
      assert.deepEqual(columns.map((c) => c.lang), [lang, second]);
      assert.deepEqual(columns.map((c) => c.slug), [SLUGS[0], SLUGS[0]]);
      assert.notEqual(columns[0].text, columns[1].text);
      assert.ok(columns[0].left < columns[1].left, "side by side");
      assert.ok(columns[1].text.includes(message(second, "fact-label-finding")), "second column in its language");

      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      assert.equal(flat(await page.textContent(".present-position")), position(3));
      assert.deepEqual(await page.$$eval(".present-col .fact-card", (n) => n.map((c) => c.dataset.card)), [SLUGS[2], SLUGS[2]]);
      await page.keyboard.press("ArrowLeft");
      assert.equal(flat(await page.textContent(".present-position")), position(2));

      // A swipe to the left shows the next card; a short drag does nothing.
      const box = await page.locator(".present-deck").boundingBox();
      const y = box.y + 120;
      const drag = async (from, to) => {
        await page.mouse.move(from, y);
        await page.mouse.down();
        await page.mouse.move((from + to) / 2, y);
        await page.mouse.move(to, y);
        await page.mouse.up();
      };
      await drag(box.x + 600, box.x + 450);
      assert.equal(flat(await page.textContent(".present-position")), position(3));
      await drag(box.x + 450, box.x + 600);
      assert.equal(flat(await page.textContent(".present-position")), position(2));
      await drag(box.x + 600, box.x + 580);
      assert.equal(flat(await page.textContent(".present-position")), position(2));

      for (let i = 0; i < 12; i++) await page.keyboard.press("ArrowRight");
      assert.equal(flat(await page.textContent(".present-position")), position(9));
      assert.equal(await page.isDisabled(".present-next"), true);
      await page.click(".present-previous");
      assert.equal(flat(await page.textContent(".present-position")), position(8));
    });
  }
});

test("the listen button is absent without a voice, and reads a card when there is one", async () => {
  // Debian's headless Chromium has no voices: no button anywhere, not a broken one.
  await withContext({}, async (context) => {
    const page = await openIn(context, "fr", "/facts");
    await page.waitForSelector(".fact-card");
    await settled(page);
    assert.equal(await page.$$eval(".listen", (n) => n.length), 0);
    await page.goto(app.origin + "/facts/present");
    await appReady(page);
    assert.equal(await page.$$eval(".listen", (n) => n.length), 0);
  });

  // A browser whose French voice arrives late, with no Wolof voice.
  await withContext({}, async (context) => {
    await context.addInitScript(() => {
      const voices = [];
      window.__spoken = [];
      const synthesis = {
        getVoices: () => voices,
        speak: (utterance) => window.__spoken.push([utterance.text, utterance.lang, utterance.voice?.name]),
        cancel() {},
        onvoiceschanged: null,
      };
      Object.defineProperty(window, "speechSynthesis", { value: synthesis, configurable: true });
      window.SpeechSynthesisUtterance = class {
        constructor(text) {
          this.text = text;
        }
      };
      setTimeout(() => {
        voices.push({ lang: "fr-FR", name: "Test French", localService: true });
        synthesis.onvoiceschanged?.();
      }, 500);
    });
    const page = await openIn(context, "fr", "/facts/present");
    await page.selectOption(".present-second select", "wo");
    await page.waitForSelector('.present-col[lang="fr"] .listen');
    assert.equal(await page.$$eval('.present-col[lang="wo"] .listen', (n) => n.length), 0, "no Wolof voice, no button");
    assert.equal(flat(await page.textContent('.present-col[lang="fr"] .listen')), message("fr", "fact-listen"));
    await page.click('.present-col[lang="fr"] .listen');
    const spoken = await page.evaluate(() => window.__spoken);
    assert.equal(spoken.length, 1);
    const [text, lang, voice] = spoken[0];
    assert.equal(lang, "fr");
    assert.equal(voice, "Test French");
    assert.ok(flat(text).includes(flatMessage("fr", "fact-basing-does-not-purify-finding")), text);
    assert.ok(flat(text).includes(flatMessage("fr", "fact-basing-does-not-purify-takeaway")), text);
  });
});

test("no axe violations on the facts screens and their states, in every language", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin);
    for (const lang of LANGS) {
      await chooseLanguage(page, lang);
      for (const screen of FACTS_SCREENS) {
        await page.goto(app.origin + screen);
        await appReady(page);
        await expectNoAxeViolations(page, `${screen} in ${lang}`);
      }
    }
  });
  for (const lang of LANGS) {
    await withContext({}, async (context) => {
      const page = await openIn(context, lang, "/facts/rock");
      await page.fill("#rock-weight", "20");
      await page.waitForSelector(".rock-answer");
      await expectNoAxeViolations(page, `rock result in ${lang}`);
      await page.fill("#rock-weight", "x");
      await page.waitForSelector("#rock-weight-error");
      await expectNoAxeViolations(page, `rock error in ${lang}`);
      await page.goto(app.origin + "/facts/quiz");
      await appReady(page);
      await page.click(".quiz-answer-false");
      await page.waitForSelector(".quiz-verdict");
      await expectNoAxeViolations(page, `quiz answer in ${lang}`);
      await page.goto(app.origin + "/facts/present");
      await appReady(page);
      await page.selectOption(".present-second select", SECOND[lang]);
      await page.waitForFunction(() => document.querySelectorAll(".present-col").length === 2);
      await expectNoAxeViolations(page, `presentation with two languages in ${lang}`);
    });
  }
});

test("at phone size, facts screens keep 48 px targets and fit at 200 % text", async () => {
  await withContext({ viewport: { width: 360, height: 740 } }, async (context) => {
    const page = await openApp(context, app.origin);
    for (const lang of ["fr", "ru", "wo"]) {
      await chooseLanguage(page, lang);
      for (const screen of FACTS_SCREENS) {
        await page.goto(app.origin + screen);
        await appReady(page);
        if (screen === "/facts/rock") await page.fill("#rock-weight", "2000");
        if (screen === "/facts/present") await page.selectOption(".present-second select", "en");
        const small = await page.$$eval("main a, main button, main select, main input", (nodes) =>
          nodes
            .map((n) => [n.outerHTML.slice(0, 60), n.getBoundingClientRect()])
            .filter(([, r]) => r.height < 47.5 || r.width < 47.5)
            .map(([html, r]) => `${html} ${r.width}x${r.height}`),
        );
        assert.deepEqual(small, [], `${screen} in ${lang}`);
        await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
        // Within the screen itself (the top bar and the emergency bar belong to the shell).
        const overflow = await page.evaluate(() =>
          Math.max(0, ...[...document.querySelectorAll("main *")].map((n) => n.getBoundingClientRect().right - window.innerWidth)),
        );
        assert.ok(overflow <= 0.5, `${screen} in ${lang} overflows by ${overflow}px at 200 %`);
        await page.evaluate(() => (document.documentElement.style.fontSize = ""));
      }
    }
  });
});
