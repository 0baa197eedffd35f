// The finder: where am I (a station typed in, or the position mocked through Playwright),
// the list nearest first, a place with its call button, the offline map, the about
// screen; in the four languages, offline after one visit, with axe and no request
// to any other origin.
import { test } from "node:test";
import assert from "node:assert/strict";
import { LANGS, appReady, chooseLanguage, expectNoAxeViolations, message, openApp, useApp } from "./harness.mjs";

const GARE_DU_NORD = { latitude: 48.8809, longitude: 2.3553 };
// The nearest place to the Gare du Nord, 150 m away (see src/finder/rank.rs).
const ESPACE_MURGER = { finess: "750805228", name: "CSAPA Espace Murger", tel: "tel:0140054214" };

const app = useApp();
const { withContext } = app;


/** "150 m", "1,2 km", "1.2 km", "12 км" → metres. */
function metres(text) {
  const found = text.replace(/\u00a0/g, " ").match(/([\d]+(?:[.,]\d)?)\s*(m|km|м|км)\b/u);
  assert.ok(found, `a distance in ${JSON.stringify(text)}`);
  const value = Number(found[1].replace(",", "."));
  return found[2] === "km" || found[2] === "км" ? value * 1000 : value;
}

async function chooseStation(page, typed) {
  await page.fill("#finder-search", typed);
  await page.waitForSelector("#finder-options [role=option]");
  await page.keyboard.press("Enter");
  await page.waitForSelector(".finder-list .place-distance");
}

async function listed(page) {
  return page.$$eval(".finder-list > li", (items) =>
    items.map((li) => ({
      name: li.querySelector(".place-name").textContent.trim(),
      href: li.querySelector(".place-name a").getAttribute("href"),
      distance: li.querySelector(".place-distance").textContent,
      tel: li.querySelector(".place-call")?.getAttribute("href") ?? null,
    })),
  );
}

test("a station typed in gives the places nearest first, and a place can be called", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/finder");
    assert.equal(await page.textContent("main h1"), message("fr", "finder-title"));
    // The combobox: a label, a listbox, options of at least 48 px, the active one announced.
    await page.fill("#finder-search", "gare du nord");
    await page.waitForSelector("#finder-options [role=option]");
    const first = await page.$eval("#finder-options [role=option]", (o) => [o.querySelector(".finder-option-name").textContent, o.getBoundingClientRect().height]);
    assert.equal(first[0], "Gare du Nord");
    assert.ok(first[1] >= 47.5, `option height ${first[1]}`);
    assert.equal(await page.getAttribute("#finder-search", "aria-expanded"), "true");
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.getAttribute("#finder-search", "aria-activedescendant"), "finder-option-0");
    await page.keyboard.press("Enter");
    await page.waitForSelector(".finder-list .place-distance");
    assert.equal(await page.textContent(".finder-origin-label"), "Près de : Gare du Nord");
    assert.equal(await page.textContent(".finder-assumption"), message("fr", "finder-assumption"));
    assert.ok(!page.url().includes("?") && page.url().endsWith("/finder"), "nothing in the URL");

    const places = await listed(page);
    assert.equal(places.length, 93);
    assert.equal(places[0].name, ESPACE_MURGER.name);
    const distances = places.map((p) => metres(p.distance));
    for (let i = 1; i < distances.length; i++) {
      assert.ok(distances[i] >= distances[i - 1] - 50, `sorted: ${places[i - 1].name} ${distances[i - 1]} m, ${places[i].name} ${distances[i]} m`);
    }
    assert.equal(places.filter((p) => p.tel === null).length, 2, "two places have no phone");
    assert.equal(await page.$$eval(".finder-list .place-no-phone", (n) => n.length), 2);
    assert.equal(places[0].tel, ESPACE_MURGER.tel);

    // Filters: CAARUD only, then Seine-Saint-Denis.
    const kindChip = (name) => page.locator(".finder-chips").getByRole("button", { name, exact: true });
    await kindChip("CAARUD").click();
    const caarud = await listed(page);
    assert.equal(caarud.length, 20);
    assert.ok(caarud.every((p) => p.name.toUpperCase().includes("CAAR")));
    await page.selectOption("#finder-departement", "93");
    assert.equal((await listed(page)).length, 3);
    await page.selectOption("#finder-departement", "");
    await kindChip(message("fr", "finder-filter-all")).click();

    // The place: name, kind, address, hours not known, call, directions, copy.
    await page.click(`.finder-list a[href="/finder/place/${ESPACE_MURGER.finess}"]`);
    await page.waitForSelector(".place-detailed");
    // A new screen starts at its top, the top bar in view, with focus on its content.
    assert.deepEqual(await page.evaluate(() => [window.scrollY, document.activeElement.id]), [0, "main"]);
    assert.equal(await page.textContent("main h1"), ESPACE_MURGER.name);
    assert.equal(await page.textContent(".place-badge"), "CSAPA");
    assert.ok(!/\d \d/.test(await page.textContent(".place-call")), "the phone number cannot break across lines");
    assert.match(await page.textContent(".place-address"), /200 rue du Faubourg Saint-Denis\s*75010 Paris/);
    assert.equal(await page.textContent(".place-hours"), message("fr", "finder-hours-unknown"));
    assert.equal(await page.getAttribute(".place-call", "href"), ESPACE_MURGER.tel);
    assert.match(await page.getAttribute(".place-actions a", "href"), /^geo:48\.\d+,2\.\d+$/);
    assert.ok(await page.textContent(".place-distance"), "the distance is kept from the list");
    await expectNoAxeViolations(page, "a place");
  });
});

test("my position, mocked, sorts the list; a refusal says so plainly", async () => {
  await withContext({ permissions: ["geolocation"], geolocation: GARE_DU_NORD }, async (context) => {
    const page = await openApp(context, app.origin, "/finder");
    // The promise comes before the question.
    assert.equal(await page.textContent(".finder-privacy"), message("fr", "finder-locate-privacy"));
    await page.click(".finder-locate");
    await page.waitForSelector(".finder-list .place-distance");
    assert.equal(await page.textContent(".finder-origin-label"), message("fr", "finder-from-position"));
    assert.equal((await listed(page))[0].name, ESPACE_MURGER.name);
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage).includes("48.88")), false, "the position is not stored");
    assert.ok(!page.url().includes("48."), "nor put in the URL");
    await expectNoAxeViolations(page, "the list");
  });
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/finder");
    await page.click(".finder-locate");
    await page.waitForFunction(() => document.querySelector(".finder-locate-status")?.textContent.length > 30);
    assert.equal(await page.textContent(".finder-locate-status"), message("fr", "finder-locate-denied"));
  });
});

test("the map draws every place; a tap opens it; the zoom switches views", async () => {
  await withContext({ viewport: { width: 360, height: 740 } }, async (context) => {
    const page = await openApp(context, app.origin, "/finder");
    await chooseStation(page, "stalingrad");
    await page.click(".finder-links a[href='/finder/map']");
    await page.waitForSelector("svg.map .map-place");
    assert.equal(await page.textContent("main h1"), message("fr", "finder-map-title"));
    assert.equal(await page.$$eval("svg.map .map-place", (n) => n.length), 93);
    assert.equal(await page.$$eval("svg.map .map-departements path", (n) => n.length), 8);
    assert.equal(await page.$$eval("svg.map .map-arrondissements path", (n) => n.length), 20);
    assert.equal(await page.$$eval("svg.map .map-you", (n) => n.length), 1);
    // Every marker is a focusable link with a name.
    const names = await page.$$eval("svg.map .map-place", (n) => n.map((m) => [m.getAttribute("role"), m.getAttribute("tabindex"), m.getAttribute("aria-label")]));
    assert.ok(names.every(([role, tabindex, label]) => role === "link" && tabindex === "0" && /, (CAARUD|CSAPA)$/.test(label)));
    const paris = await page.getAttribute("svg.map", "viewBox");
    const zoom = (id) => page.locator(".map-zoom").getByRole("button", { name: message("fr", id), exact: true });
    await zoom("finder-map-region").click();
    assert.equal(await zoom("finder-map-region").getAttribute("aria-pressed"), "true");
    assert.notEqual(await page.getAttribute("svg.map", "viewBox"), paris);
    assert.match(await page.getAttribute("svg.map", "viewBox"), /^0 0 \d+ \d+$/);
    await zoom("finder-map-paris").click();
    assert.equal(await page.getAttribute("svg.map", "viewBox"), paris);
    await expectNoAxeViolations(page, "the map");
    // By keyboard, then by tap.
    await page.focus(`svg.map [data-href="/finder/place/${ESPACE_MURGER.finess}"]`);
    await page.keyboard.press("Enter");
    await page.waitForSelector(".place-detailed");
    assert.equal(await page.textContent("main h1"), ESPACE_MURGER.name);
    await page.goBack();
    await page.waitForSelector("svg.map .map-place");
    // Coulommiers has no other place near it: a tap there can only mean it.
    await zoom("finder-map-region").click();
    await page.click('svg.map [data-href="/finder/place/770015154"] .map-dot', { force: true });
    await page.waitForSelector(".place-detailed");
    assert.equal(await page.textContent("main h1"), "CSAPA Coulommiers");
  });
});

test("the finder in every language: titles, plurals, decimal commas", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin);
    for (const lang of LANGS) {
      await chooseLanguage(page, lang);
      await page.goto(app.origin + "/finder");
      await appReady(page);
      assert.equal(await page.textContent("main h1"), message(lang, "finder-title"));
      await chooseStation(page, "gare du nord");
      assert.equal(await page.textContent(".finder-assumption"), message(lang, "finder-assumption"));
      const places = await listed(page);
      const far = places.at(-1).distance;
      if (lang === "en") assert.match(far, /\d km/);
      const walk = await page.$$eval(".place-distance", (n) => n.map((p) => p.textContent));
      if (lang === "ru") {
        assert.ok(walk.some((w) => /\b\d*[02-9]?1 минута|^[^\d]*1 минута/.test(w) || / минут[аы]? пешком/.test(w)));
        assert.ok(walk.every((w) => / минут[аы]? пешком/.test(w)));
        assert.match(await page.textContent(".finder-count"), /^93 места$/);
        assert.match(walk.find((w) => w.includes("км")), /\d+(,\d)? км/);
      }
      if (lang === "fr") assert.match(walk.find((w) => /,\d km/.test(w)) ?? "", /\d,\d km/);
      if (lang === "wo") assert.match(await page.textContent(".finder-count"), /^93 bérab$/);
      await page.goto(app.origin + "/about");
      await appReady(page);
      assert.equal(await page.textContent("main h1"), message(lang, "about-title"));
      assert.match(await page.textContent(".about-credits"), /Source : FINESS, ministère chargé de la santé, extraction du 08\/01\/2021/);
      await expectNoAxeViolations(page, `about in ${lang}`);
    }
  });
});

test("the finder, its map and a place work offline after one visit", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/finder");
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await appReady(page);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
    await context.setOffline(true);
    for (const path of ["/finder", "/finder/map", `/finder/place/${ESPACE_MURGER.finess}`, "/about"]) {
      await page.goto(app.origin + path);
      await appReady(page);
    }
    await page.goto(app.origin + "/finder");
    await appReady(page);
    await chooseStation(page, "porte de la chapelle");
    assert.equal((await listed(page)).length, 93);
    await context.setOffline(false);
  });
});

test("no sideways overflow at 360 px with 200 % text", async () => {
  await withContext({ viewport: { width: 360, height: 740 } }, async (context) => {
    const page = await openApp(context, app.origin, "/finder");
    for (const lang of ["fr", "ru", "wo"]) {
      await chooseLanguage(page, lang);
      await page.goto(app.origin + "/finder");
      await appReady(page);
      await chooseStation(page, "gare du nord");
      for (const path of [null, "/finder/map", `/finder/place/${ESPACE_MURGER.finess}`, "/about"]) {
        if (path) {
          await page.click(path === "/about" ? ".app-footer a" : `a[href="${path}"]`);
          await page.waitForURL(app.origin + path);
        }
        await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${path ?? "/finder"} in ${lang} overflows by ${overflow}px`);
        await page.evaluate(() => (document.documentElement.style.fontSize = ""));
        if (path) await page.goBack();
      }
    }
  });
});
