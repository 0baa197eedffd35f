// Screenshots of the diary's protection screens, which take steps to reach: choosing a
// PIN, the locked diary with a wrong try, the wipe confirmation, a diary that cannot be
// opened here, and the notices after an unlock. Phone size, four languages.
// Usage: node tools/screenshots-diary.mjs <origin> <out-dir>
import { mkdirSync } from "node:fs";
import { launchBrowser } from "./chromium.mjs";

const [origin, out] = process.argv.slice(2);
if (!origin || !out) throw new Error("usage: node tools/screenshots-diary.mjs <origin> <out-dir>");
const PIN = "827193";
const viewport = { width: 360, height: 740 };
mkdirSync(out, { recursive: true });

const browser = await launchBrowser();
for (const lang of ["fr", "en", "ru", "wo"]) {
  const context = await browser.newContext({ viewport, colorScheme: process.env.DARK ? "dark" : "light" });
  await context.addInitScript((lang) => localStorage.setItem("repere.settings", JSON.stringify({ lang })), lang);
  const page = await context.newPage();
  const shot = async (name, selector) => {
    if (selector) await page.locator(selector).first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out}/diary-${name}-${lang}.png` });
  };
  await page.goto(origin + "/diary");
  await page.waitForSelector(".diary-now");
  await page.click(".diary-now");
  await page.click(".diary-toast-close");
  await page.fill("#diary-new-secret", "1234");
  await page.fill("#diary-new-secret-again", "1234");
  await page.click(".diary-secret-set button[type=submit]");
  await page.waitForSelector(".diary-settings .field-error");
  await shot("pin-refused", ".diary-secret-set .field-error");
  await shot("pin-choice", ".secret-kind");
  await page.fill("#diary-new-secret", PIN);
  await page.fill("#diary-new-secret-again", PIN);
  await page.click(".diary-secret-set button[type=submit]");
  await page.waitForSelector(".diary-settings .field-ok");
  await shot("pin-set", ".diary-settings .field-ok");
  await page.click(".diary-wipe");
  await shot("wipe-confirm", ".diary-wipe-confirm");
  await page.reload();
  await page.waitForSelector(".diary-lock");
  await page.fill("#diary-unlock-secret", "111111");
  await page.click(".diary-lock button[type=submit]");
  await page.waitForSelector(".diary-lock .field-error");
  await shot("locked-wrong", ".diary-lock");
  await page.fill("#diary-unlock-secret", PIN);
  await page.click(".diary-lock button[type=submit]");
  await page.waitForSelector("[data-notice]");
  await shot("notices", "h1");
  // The same storage in a profile without this device's key.
  const copy = await page.evaluate(() => JSON.stringify(localStorage));
  const stranger = await browser.newContext({ viewport });
  await stranger.addInitScript((copy) => {
    try {
      if (!sessionStorage.getItem("copied")) {
        for (const [key, value] of Object.entries(JSON.parse(copy))) localStorage.setItem(key, value);
        sessionStorage.setItem("copied", "1");
      }
    } catch {}
  }, copy);
  const elsewhere = await stranger.newPage();
  await elsewhere.goto(origin + "/diary");
  await elsewhere.waitForSelector(".diary-unreadable");
  await elsewhere.screenshot({ path: `${out}/diary-unreadable-${lang}.png`, fullPage: true });
  await stranger.close();
  await context.close();
}
await browser.close();
