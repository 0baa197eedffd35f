// Steps the diary's end-to-end tests share.
import assert from "node:assert/strict";

export const PIN = "827193";
export const entries = (page) => page.$$eval(".diary-entry", (nodes) => nodes.length);
export const stored = (page) => page.evaluate(() => localStorage.getItem("repere.diary"));

export async function setPin(page, pin = PIN) {
  await page.fill("#diary-new-secret", pin);
  await page.fill("#diary-new-secret-again", pin);
  await page.click(".diary-secret-set button[type=submit]");
  await page.waitForSelector(".diary-settings .field-ok");
}

export async function unlock(page, pin = PIN) {
  await page.fill("#diary-unlock-secret", pin);
  await page.click(".diary-lock button[type=submit]");
}

/** Taps "I used now" `n` times and waits until the sealed diary holding them is written. */
export async function logUses(page, n) {
  for (let i = 0; i < n; i++) {
    const before = await entries(page);
    const text = await stored(page);
    await page.click(".diary-now");
    await page.waitForFunction((n) => document.querySelectorAll(".diary-entry").length === n, before + 1);
    await page.waitForFunction((text) => localStorage.getItem("repere.diary") !== text, text);
  }
}

/**
 * No time, count or entry readable in `text`: neither as it is nor in any base64 field
 * decoded (the check a plaintext inbox would fail).
 */
export function assertNothingReadable(text, timePrefix) {
  const decoded = [...text.matchAll(/"([A-Za-z0-9+/]{16,}={0,2})"/g)].map(([, field]) => Buffer.from(field, "base64").toString("latin1"));
  for (const haystack of [text, ...decoded]) {
    for (const needle of [timePrefix, '"at"', '"entries"', '"id"', '"tz"']) {
      assert.ok(!haystack.includes(needle), `readable ${needle} in stored text`);
    }
  }
}

