// Screenshots of every given route at phone and tablet size in the four languages, to look
// at what users see. Usage: node tools/screenshots.mjs <origin> <out-dir> [route ...]
// A route may hold {lang}, for pages that exist once per language: /help/{lang}.html.
// TEXT_ZOOM=200 looks at 200 % text, DARK=1 at the dark scheme; SEGMENTS=n takes n
// screen-sized pictures down the page instead of one full-page picture (long pages).
import { mkdirSync } from "node:fs";
import { launchBrowser } from "./chromium.mjs";

const [origin, out, ...routes] = process.argv.slice(2);
if (!origin || !out) throw new Error("usage: node tools/screenshots.mjs <origin> <out-dir> [route ...]");
const sizes = { phone: { width: 360, height: 740 }, tablet: { width: 1024, height: 768 } };
const zoom = process.env.TEXT_ZOOM; // e.g. 200 to look at 200 % text
const segments = Number(process.env.SEGMENTS ?? 0);
mkdirSync(out, { recursive: true });

const browser = await launchBrowser();
for (const [sizeName, viewport] of Object.entries(sizes)) {
  for (const lang of ["fr", "en", "ru", "wo"]) {
    const context = await browser.newContext({ viewport, colorScheme: process.env.DARK ? "dark" : "light" });
    await context.addInitScript((lang) => localStorage.setItem("repere.settings", JSON.stringify({ lang })), lang);
    const page = await context.newPage();
    for (const route of routes.length ? routes : ["/"]) {
      await page.goto(origin + route.replace("{lang}", lang));
      await page.waitForFunction(() => !document.getElementById("static-shell"));
      if (zoom) await page.evaluate((z) => (document.documentElement.style.fontSize = `${z}%`), zoom);
      const name = `${route.replace("{lang}", "").replace(/\W+/g, "_") || "_"}-${sizeName}-${lang}`;
      if (!segments) {
        await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
        continue;
      }
      for (let i = 0; i < segments; i++) {
        // Overlap a little, so nothing falls between two pictures.
        await page.evaluate((y) => window.scrollTo(0, y), i * (viewport.height - 100));
        await page.screenshot({ path: `${out}/${name}-s${i}.png` });
      }
    }
    await context.close();
  }
}
await browser.close();
