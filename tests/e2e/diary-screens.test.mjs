// The diary's protection screens, in every language: choosing a PIN (and a refused one),
// the wipe's confirmation, the lock screen after a wrong PIN, and a diary that cannot be
// read. Each is checked by axe and shows its text in the chosen language.
import { test } from "node:test";
import assert from "node:assert/strict";
import { LANGS, appReady, chooseLanguage, expectNoAxeViolations, message, openApp, useApp } from "./harness.mjs";
import { PIN, logUses, setPin, unlock } from "./diary-helpers.mjs";

const app = useApp();
const { withContext } = app;

for (const lang of LANGS) {
  test(`the PIN, wipe, lock and unreadable screens in ${lang}: their texts, and no axe violations`, async () => {
    await withContext({ viewport: { width: 360, height: 740 } }, async (context) => {
      const page = await openApp(context, app.origin, "/diary");
      await chooseLanguage(page, lang);
      await logUses(page, 1);

      await page.fill("#diary-new-secret", "123456");
      await page.fill("#diary-new-secret-again", "123456");
      await page.click(".diary-secret-set button[type=submit]");
      await page.waitForFunction(
        (reason) => document.querySelector(".diary-settings .field-error")?.textContent === reason,
        message(lang, "diary-weak-sequence"),
      );
      await expectNoAxeViolations(page, `refused PIN, ${lang}`);

      await page.click(".diary-wipe");
      assert.equal(await page.textContent(".diary-settings .diary-warn[role=alert]"), message(lang, "diary-wipe-confirm-text"));
      await expectNoAxeViolations(page, `wipe confirmation, ${lang}`);
      await page.click(".diary-wipe-confirm + .button-secondary");
      await page.waitForSelector(".diary-wipe");

      await setPin(page);
      await page.reload();
      await appReady(page);
      await page.waitForSelector(".diary-lock");
      await unlock(page, "000111");
      await page.waitForSelector(".diary-lock [role=alert]");
      await expectNoAxeViolations(page, `lock screen after a wrong PIN, ${lang}`);
      await unlock(page, PIN);
      await page.waitForSelector(".diary-lock", { state: "detached" });

      await page.evaluate(() => localStorage.setItem("repere.diary", '{"v":2,"damaged'));
      await page.reload();
      await appReady(page);
      await page.waitForSelector(".diary-unreadable");
      assert.equal(await page.textContent("#diary-unreadable-title"), message(lang, "diary-unreadable-title"));
      await expectNoAxeViolations(page, `unreadable diary, ${lang}`);
    });
  });
}
