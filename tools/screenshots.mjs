// Screenshots of every given route at phone and tablet size in the four languages, to look
// at what users see. Usage: node tools/screenshots.mjs <origin> <out-dir> [route ...]
import { mkdirSync } from "node:fs";
import { launchBrowser } from "./chromium.mjs";

const [origin, out, ...routes] = process.argv.slice(2);
if (!origin || !out) throw new Error("usage: node tools/screenshots.mjs <origin> <out-dir> [route ...]");
const sizes = { phone: { width: 360, height: 740 }, tablet: { width: 1024, height: 768 } };
const zoom = process.env.TEXT_ZOOM; // e.g. 200 to look at 200 % text
mkdirSync(out, { recursive: true });

const browser = await launchBrowser();
for (const [sizeName, viewport] of Object.entries(sizes)) {
  for (const lang of ["fr", "en", "ru", "wo"]) {
    const context = await browser.newContext({ viewport, colorScheme: process.env.DARK ? "dark" : "light" });
    await context.addInitScript((lang) => localStorage.setItem("repere.settings", JSON.stringify({ lang })), lang);
    const page = await context.newPage();
    for (const route of routes.length ? routes : ["/"]) {
      await page.goto(origin + route);
      await page.waitForFunction(() => !document.getElementById("static-shell"));
      if (zoom) await page.evaluate((z) => (document.documentElement.style.fontSize = `${z}%`), zoom);
      const name = `${route.replace(/\W+/g, "_") || "_"}-${sizeName}-${lang}.png`;
      await page.screenshot({ path: `${out}/${name}`, fullPage: true });
    }
    await context.close();
  }
}
await browser.close();
