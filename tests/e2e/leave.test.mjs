// "Leave now": after leaving, Back never shows Repère, not even for one frame, whether the
// app's button, the static first screen's link (before the wasm has started) or a guide
// page's was used.
// A script that runs at the start of every document records, at its first animation
// frame, at its first paint and when it is shown again from the back-forward cache,
// whether anything of Repère was visible; the records live in the tab's sessionStorage,
// so the neutral page can read what the page before it showed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appReady, message, openApp, useApp } from "./harness.mjs";

const app = useApp();
const { withContext } = app;

function recordFrames() {
  if (location.protocol !== "http:" || location.pathname === "/calc.html") return;
  const KEY = "test.frames";
  const navigation = performance.getEntriesByType("navigation")[0]?.type ?? "unknown";
  const visible = () =>
    [...document.querySelectorAll("#static-shell, .topbar, main, .emergency")].some((node) => node.checkVisibility());
  const record = (moment) => {
    const frames = JSON.parse(sessionStorage.getItem(KEY) ?? "[]");
    frames.push({ path: location.pathname, navigation, moment, visible: moment === "start" ? null : visible() });
    sessionStorage.setItem(KEY, JSON.stringify(frames));
  };
  record("start");
  requestAnimationFrame(() => record("first frame"));
  new PerformanceObserver(() => record("first paint")).observe({ type: "paint" });
  addEventListener("pageshow", (event) => event.persisted && requestAnimationFrame(() => record("restored frame")));
}

const framesOf = (page) => page.evaluate(() => JSON.parse(sessionStorage.getItem("test.frames") ?? "[]"));

/** After Back: the page before was reached by Back, and nothing of it was ever visible. */
async function assertBackShowedNothing(page, before) {
  await page.goBack();
  await page.waitForURL(app.origin + "/calc.html");
  await page.waitForSelector("#screen");
  const frames = (await framesOf(page)).slice(before);
  assert.ok(
    frames.some((f) => f.moment === "start" && f.navigation === "back_forward") || frames.some((f) => f.moment === "restored frame"),
    `Back went through a page of the app: ${JSON.stringify(frames)}`,
  );
  assert.deepEqual(frames.filter((f) => f.visible), [], "nothing of Repère was visible after Back");
  assert.equal(await page.title(), "Calculatrice");
}

test("Back after leave-now never shows the app, checked on the first frame", async () => {
  await withContext({}, async (context) => {
    await context.addInitScript(recordFrames);
    const page = await openApp(context, app.origin, "/");
    await page.click(".door-facts");
    await page.waitForURL(app.origin + "/facts");
    await page.click(".brand");
    await page.click(".door-diary");
    await page.waitForURL(app.origin + "/diary");
    // The recorder sees the app when it is there.
    assert.ok((await framesOf(page)).some((f) => f.visible), "the recorder saw the first screen");

    await page.click(".leave-now");
    await page.waitForURL(app.origin + "/calc.html");
    await page.click('[data-key="7"]');
    await page.click('[data-key="="]');
    assert.equal(await page.textContent("#screen"), "7");
    // Each screen seen before leaving is an entry of the tab's history: every one is guarded.
    for (let i = 0; i < 3; i++) await assertBackShowedNothing(page, (await framesOf(page)).length);

    // Opening Repère again on purpose, in the same tab, shows it.
    await page.goto(app.origin + "/");
    await appReady(page);
    assert.equal(await page.textContent("main h1"), message("fr", "home-title"));
  });
});

test("the first screen's Leave now link works before the app has started, and Back shows nothing", async () => {
  await withContext({}, async (context) => {
    await context.addInitScript(recordFrames);
    const page = await context.newPage();
    // The wasm never arrives: only the static first screen and the script in <head> run.
    await page.route("**/*.wasm", () => {});
    const wasmAsked = page.waitForRequest(/\.wasm$/, { timeout: 10_000 });
    await page.goto(app.origin + "/");
    await page.click("#static-shell .door-facts");
    await page.waitForURL(app.origin + "/facts");
    await page.waitForFunction(() => JSON.parse(sessionStorage.getItem("test.frames")).some((f) => f.path === "/facts" && f.visible));
    // The loader asks for the wasm only after the first paint and a frame: wait for it.
    await wasmAsked;

    const entries = await page.evaluate(() => history.length);
    await page.click("#static-shell .leave-now");
    await page.waitForURL(app.origin + "/calc.html");
    assert.equal(await page.evaluate(() => history.length), entries, "the neutral page took the place of the page it left");
    await assertBackShowedNothing(page, (await framesOf(page)).length);
  });
});

test("Back after leaving from a guide page never shows the guide", async () => {
  await withContext({}, async (context) => {
    await context.addInitScript(recordFrames);
    const page = await context.newPage();
    await page.goto(app.origin + "/help/fr.html");
    await page.goto(app.origin + "/help/en.html");
    await page.waitForFunction(() => JSON.parse(sessionStorage.getItem("test.frames")).some((f) => f.path === "/help/en.html" && f.visible));
    const entries = await page.evaluate(() => history.length);
    await page.click(".leave-now");
    await page.waitForURL(app.origin + "/calc.html");
    assert.equal(await page.evaluate(() => history.length), entries, "the neutral page took the place of the guide");
    await assertBackShowedNothing(page, (await framesOf(page)).length);
  });
});
