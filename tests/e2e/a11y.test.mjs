// axe-core finds nothing on any screen, in every language, light and dark.
import { test } from "node:test";
import { LANGS, SCREENS, appReady, chooseLanguage, expectNoAxeViolations, newContext, openApp, settled, useApp } from "./harness.mjs";
import assert from "node:assert/strict";

const app = useApp();

for (const colorScheme of ["light", "dark"]) {
  test(`no axe violations on any screen, in every language (${colorScheme})`, async () => {
    const context = await newContext(app.browser, app.origin, { colorScheme });
    try {
      const page = await openApp(context, app.origin);
      for (const lang of LANGS) {
        await chooseLanguage(page, lang);
        for (const screen of [...SCREENS, "/no-such-page"]) {
          await page.goto(app.origin + screen);
          await appReady(page);
          await expectNoAxeViolations(page, `${screen} in ${lang} (${colorScheme})`);
        }
      }
      assert.deepEqual(context.offOrigin(), []);
    } finally {
      await context.close();
    }
  });
}

test("touch targets are at least 48 px at phone size", async () => {
  const context = await newContext(app.browser, app.origin, { viewport: { width: 360, height: 740 } });
  try {
    const page = await openApp(context, app.origin);
    const small = await page.$$eval("a, button, select", (nodes) =>
      nodes
        .filter((n) => !n.classList.contains("skip-link"))
        .map((n) => [n.outerHTML.slice(0, 60), n.getBoundingClientRect()])
        .filter(([, r]) => r.height < 47.5 || r.width < 47.5)
        .map(([html, r]) => `${html} ${r.width}x${r.height}`),
    );
    assert.deepEqual(small, []);
  } finally {
    await context.close();
  }
});

test("text at 200 % still fits a phone screen, with nothing cut off sideways", async () => {
  const context = await newContext(app.browser, app.origin, { viewport: { width: 360, height: 740 } });
  try {
    const page = await openApp(context, app.origin);
    for (const lang of ["fr", "ru", "wo"]) {
      await chooseLanguage(page, lang);
      for (const screen of ["/", "/facts", "/no-such-page"]) {
        await page.goto(app.origin + screen);
        await appReady(page);
        // As a user's browser text-size setting does (the CSSOM is not limited by the CSP).
        await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${screen} in ${lang} overflows by ${overflow}px at 200 %`);
      }
    }
  } finally {
    await context.close();
  }
});

test("taking over the static first screen shifts no layout", async () => {
  for (const locale of ["fr-FR", "ru-RU"]) {
    const context = await newContext(app.browser, app.origin, { locale, viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
        }).observe({ type: "layout-shift", buffered: true });
      });
      await page.goto(app.origin + "/");
      await appReady(page);
      await settled(page);
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift < 0.01, `layout shift ${shift} in ${locale}`);
    } finally {
      await context.close();
    }
  }
});

test("the largest paint is the static first screen's, and the app is fetched only after it", async () => {
  // Lighthouse's simulated LCP adds every download that ended before the observed LCP: the
  // app's glue and wasm must start after it, and the app's own paint must never be larger.
  for (const locale of ["fr-FR", "ru-RU", "en-US"]) {
    const context = await newContext(app.browser, app.origin, { locale, viewport: { width: 412, height: 823 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__lcp = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            window.__lcp.push({ at: entry.startTime, fromStatic: !!entry.element?.closest("#static-shell") || !entry.element?.isConnected });
          }
        }).observe({ type: "largest-contentful-paint", buffered: true });
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.goto(app.origin + "/");
      await appReady(page);
      await settled(page);
      const { lcp, app: files } = await page.evaluate(() => ({
        lcp: window.__lcp,
        app: performance.getEntriesByType("resource").filter((r) => /\/repere-[0-9a-f]+(_bg\.wasm|\.js)$/.test(r.name)).map((r) => r.startTime),
      }));
      assert.ok(lcp.length > 0, `${locale}: no LCP entry`);
      const last = lcp.at(-1);
      assert.ok(last.fromStatic, `${locale}: the app's paint became the LCP: ${JSON.stringify(lcp)}`);
      assert.equal(files.length, 2, `${locale}: the glue and the wasm`);
      for (const start of files) assert.ok(start > last.at, `${locale}: an app file was requested at ${start} ms, before the LCP at ${last.at} ms`);
    } finally {
      await context.close();
    }
  }
});
