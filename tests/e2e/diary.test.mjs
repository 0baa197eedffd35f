// The diary: one-tap logging that survives a reload, the PIN lock, import and export,
// quick wipe, "leave now", offline in every language, accessible, and nothing sent anywhere.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { LANGS, appReady, chooseLanguage, expectNoAxeViolations, message, openApp, useApp } from "./harness.mjs";
import { PIN, assertNothingReadable, entries, logUses, setPin, stored, unlock } from "./diary-helpers.mjs";

const app = useApp();
const { withContext } = app;


test("one tap logs a use that is still there after a reload, and undo takes it back", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    assert.equal(await page.textContent("main h1"), message("fr", "diary-title"));
    await logUses(page, 1);
    const time = (await page.textContent(".diary-toast p")).match(/\d\d:\d\d/)[0];
    assert.equal(await page.textContent(".diary-toast p"), message("fr", "diary-toast-recorded", { time }));
    // Without a PIN the diary is still sealed, under this device's key.
    assert.match(await stored(page), /^\{"v":2,"kind":"diary","lock":"device",/);
    await page.reload();
    await appReady(page);
    await page.waitForSelector(".diary-entry");
    assert.equal(await entries(page), 1);

    // Details right away, then undo a second tap.
    await page.click(".diary-entry-edit");
    await page.fill("#diary-edit-amount", "2");
    await page.selectOption("#diary-edit-company", "others");
    const beforeDetails = await stored(page);
    await page.click(".diary-editor button[type=submit]");
    await page.waitForFunction((text) => localStorage.getItem("repere.diary") !== text, beforeDetails);
    await page.reload();
    await appReady(page);
    await page.waitForSelector(".diary-entry");
    assert.match(await page.textContent(".diary-entry"), /2/);
    await page.click(".diary-now");
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 2);
    await page.click(".diary-undo");
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 1);
    // Delete, then undo the delete.
    await page.click(".diary-entry-edit");
    await page.click(".diary-editor .button-danger");
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 0);
    const beforeUndo = await stored(page);
    await page.click(".diary-undo");
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 1);
    await page.waitForFunction((text) => localStorage.getItem("repere.diary") !== text, beforeUndo);
    await page.reload();
    await appReady(page);
    await page.waitForSelector(".diary-entry");
    assert.equal(await entries(page), 1);
  });
});

test("with a PIN the diary is locked after a reload; a wrong PIN is refused and reported, the right one opens it", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    await logUses(page, 2);
    await setPin(page);
    const sealed = await stored(page);
    assert.match(sealed, /^\{"v":2,"kind":"diary","lock":"pin","iterations":600000,/);

    await page.reload();
    await appReady(page);
    await page.waitForSelector(".diary-lock");
    assert.equal(await entries(page), 0, "nothing readable while locked");

    // "I used now" still works while locked: sealed to the diary's public key.
    const inbox = () => page.evaluate(() => JSON.parse(localStorage.getItem("repere.diary.inbox")));
    await page.click(".diary-now");
    await page.waitForSelector(".diary-toast");
    const time = (await page.textContent(".diary-toast p")).match(/\d\d:\d\d/)[0];
    assert.equal(await page.textContent(".diary-toast p"), message("fr", "diary-toast-noted", { time }));
    assert.equal((await inbox()).notes.length, 1);
    assert.equal(await stored(page), sealed, "the sealed diary is untouched");
    assertNothingReadable(JSON.stringify(await inbox()), String(Date.now()).slice(0, 7));
    assert.equal(await entries(page), 0);
    // A second note, taken back with undo.
    await page.click(".diary-now");
    await page.waitForFunction(() => JSON.parse(localStorage.getItem("repere.diary.inbox")).notes.length === 2);
    await page.click(".diary-undo");
    await page.waitForFunction(() => JSON.parse(localStorage.getItem("repere.diary.inbox")).notes.length === 1);

    await unlock(page, "111111");
    await page.waitForSelector(".diary-lock .field-error");
    assert.equal(await page.textContent(".diary-lock .field-error"), message("fr", "diary-pin-wrong"));
    assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem("repere.diary.attempts")).failed), 1);

    const started = Date.now();
    await unlock(page);
    // The two uses from before, and the one noted while locked.
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 3);
    console.log(`# unlock (device key + PBKDF2-SHA256 600,000 + unwrap + AES-GCM, click to diary shown): ${Date.now() - started} ms`);
    assert.equal(await page.evaluate(() => localStorage.getItem("repere.diary.attempts")), null);
    // The owner hears of the wrong try, and of the note added.
    assert.match(await page.textContent('[data-notice="attempts"] p'), /^Un mauvais code a été essayé .*, le .*\d\d:\d\d\.$/);
    assert.match(await page.textContent('[data-notice="notes-added"] p'), /^1 /);
    // Once the diary holding it is written, the note leaves the inbox.
    await page.waitForFunction(() => JSON.parse(localStorage.getItem("repere.diary.inbox")).notes.length === 0);
    // A change while open is sealed again.
    const before = await stored(page);
    await page.click(".diary-now");
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 4);
    await page.waitForFunction((before) => localStorage.getItem("repere.diary") !== before, before);
    assert.match(await stored(page), /"lock":"pin"/);
  });
});

/** Tells the page it went to the background (or came back), as switching apps does. */
const setHidden = (page, hidden) =>
  page.evaluate((hidden) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (hidden ? "hidden" : "visible") });
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);

test("with a PIN the diary locks itself after a minute in the background, even with storage full, and loses nothing", async () => {
  await withContext({}, async (context) => {
    await context.clock.install();
    const page = await openApp(context, app.origin, "/diary");
    await logUses(page, 1);
    await setPin(page);
    assert.match(await page.textContent(".diary-settings"), /une minute/);

    // A short switch (a call, a file to pick) leaves it open.
    await setHidden(page, true);
    await page.clock.fastForward(20_000);
    await setHidden(page, false);
    assert.equal(await entries(page), 1);
    assert.equal(await page.$(".diary-lock"), null);

    // A minute in the background: locked while hidden, nothing readable left on screen.
    await setHidden(page, true);
    await page.clock.fastForward(61_000);
    await page.waitForSelector(".diary-lock");
    assert.equal(await entries(page), 0);
    await setHidden(page, false);
    await unlock(page);
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 1);

    // Timers may sleep in the background: coming back after a minute locks too.
    await setHidden(page, true);
    await page.clock.setSystemTime(Date.now() + 5 * 60_000);
    await setHidden(page, false);
    await page.waitForSelector(".diary-lock");
    await unlock(page);
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 1);

    // Storage full: the new entry cannot be written. The diary locks all the same: the
    // entry is sealed and kept in memory, never left readable, and written once there is room.
    await page.evaluate(() => {
      window.realSetItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function () {
        throw new DOMException("full", "QuotaExceededError");
      };
    });
    const before = await stored(page);
    await page.click(".diary-now");
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 2);
    await page.waitForSelector(".diary-notice-warn");
    await setHidden(page, true);
    await page.clock.fastForward(61_000);
    await page.waitForSelector(".diary-lock");
    assert.equal(await entries(page), 0, "locked although the last entry is not written yet");
    assert.equal(await stored(page), before, "storage is full: nothing was written");
    await page.evaluate(() => (Storage.prototype.setItem = window.realSetItem));
    await page.clock.fastForward(21_000);
    await page.waitForFunction((before) => localStorage.getItem("repere.diary") !== before, before);
    await setHidden(page, false);
    await unlock(page);
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 2);
  });
});

test("the wrong-PIN wait survives a reload, and a clock set back waits longest", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    await setPin(page);
    const record = (until, last) => JSON.stringify({ failed: 6, until_ms: until, last_ms: last, since_open: 6, times: [last] });
    await page.evaluate((text) => localStorage.setItem("repere.diary.attempts", text), record(Date.now() + 60_000, Date.now()));
    await page.reload();
    await appReady(page);
    await unlock(page);
    await page.waitForSelector(".diary-lock .field-error");
    const seconds = Number((await page.textContent(".diary-lock .field-error")).match(/\d+/)[0]);
    assert.ok(seconds > 50 && seconds <= 60, `waits ${seconds} s`);
    assert.equal(await page.textContent(".diary-lock .field-error"), message("fr", "diary-pin-wait", { seconds }));
    // The last failure "in an hour": the phone's clock was set back. The longest wait.
    await page.evaluate((text) => localStorage.setItem("repere.diary.attempts", text), record(0, Date.now() + 3_600_000));
    await unlock(page);
    await page.waitForFunction(() => document.querySelector(".diary-lock .field-error")?.textContent.includes("300"));
  });
});

test("a corrupt, truncated, hostile or huge file is refused and the diary stays as it was", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    await logUses(page, 2);
    const before = await stored(page);
    const entry = { id: "1718000000000-0000000000000001", at: 1718000000000, tz: 120 };
    const good = JSON.stringify({ v: 1, settings: {}, entries: [entry] });
    const cases = [
      ["truncated", good.slice(0, good.length - 5), "diary-data-truncated"],
      ["not json", "hello", "diary-data-not-json"],
      ["wrong shape", '{"v":1,"settings":{},"entries":{}}', "diary-data-wrong-shape"],
      ["future", '{"v":7,"settings":{},"entries":[]}', "diary-data-future-version"],
      ["hostile envelope", '{"v":1,"cipher":"AES-256-GCM","kdf":"PBKDF2-SHA256","iterations":999999999,"salt":"","iv":"","ciphertext":""}', "diary-envelope-iterations"],
      ["huge", " ".repeat(12 * 1024 * 1024), "diary-data-too-large"],
      ["duplicate", JSON.stringify({ v: 1, settings: {}, entries: [entry, entry] }), "diary-data-duplicate"],
    ];
    for (const [name, text, id] of cases) {
      await page.setInputFiles("#diary-import-file", { name: "x.json", mimeType: "application/json", buffer: Buffer.from(text) });
      await page.waitForSelector(".diary-import-failed");
      assert.equal(await page.textContent(".diary-import-failed .field-error"), message("fr", id), name);
      assert.equal(await stored(page), before, `${name}: storage unchanged`);
      assert.equal(await entries(page), 2, `${name}: diary unchanged`);
    }
  });
});

test("export then import round-trips, plain and password-protected", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    await logUses(page, 3);
    await page.click(".diary-export-plain summary");
    const exported = await download(page, ".diary-export-json");
    assert.equal(exported.name.startsWith("backup-"), true, exported.name);
    assert.equal(JSON.parse(exported.text).entries.length, 3);
    const csv = await download(page, ".diary-export-csv");
    assert.equal(csv.text.split("\r\n").filter(Boolean).length, 4);
    // A protected file needs 12 characters, typed twice.
    await page.fill("#diary-export-password", "long secret");
    await page.fill("#diary-export-password-again", "long secret");
    await page.click(".diary-export-sealed");
    await page.waitForSelector(".diary-data .field-error");
    assert.equal(await page.textContent(".diary-data .field-error"), message("fr", "diary-weak-export-short", { count: 12 }));
    await page.fill("#diary-export-password", "chat bleu sous la pluie");
    await page.fill("#diary-export-password-again", "chat bleu sous la pluie");
    const sealed = await download(page, ".diary-export-sealed");
    assert.match(sealed.text, /^\{"v":2,"kind":"file","lock":"password","iterations":600000,/);
    assertNothingReadable(sealed.text, String(Date.now()).slice(0, 7));

    await wipe(page);
    await page.setInputFiles("#diary-import-file", { name: "b.json", mimeType: "application/json", buffer: Buffer.from(exported.text) });
    await page.waitForSelector(".diary-import-confirm");
    assert.match(await page.textContent(".diary-preview p"), /^3 fois dans le fichier : 0 déjà dans le carnet, 3 nouvelle/);
    await page.click(".diary-import-confirm");
    await page.waitForSelector(".diary-import-done");
    assert.equal(await entries(page), 3);
    await page.waitForFunction(() => localStorage.getItem("repere.diary") !== null);
    await page.reload();
    await appReady(page);
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 3);

    // The protected file: a wrong password is refused, the right one shows "3 already there".
    await page.setInputFiles("#diary-import-file", { name: "s.json", mimeType: "application/json", buffer: Buffer.from(sealed.text) });
    await page.fill("#diary-import-password", "wrong one");
    await page.click(".diary-import-result button[type=submit]");
    await page.waitForSelector(".diary-import-failed");
    assert.equal(await page.textContent(".diary-import-failed .field-error"), message("fr", "diary-password-wrong"));
    await page.setInputFiles("#diary-import-file", { name: "s.json", mimeType: "application/json", buffer: Buffer.from(sealed.text) });
    await page.fill("#diary-import-password", "chat bleu sous la pluie");
    await page.click(".diary-import-result button[type=submit]");
    await page.waitForSelector(".diary-import-confirm");
    assert.match(await page.textContent(".diary-preview p"), /3 déjà dans le carnet, 0 nouvelle/);
    // The diary's own stored text only opens on its phone: said plainly.
    const own = await stored(page);
    await page.setInputFiles("#diary-import-file", { name: "d.json", mimeType: "application/json", buffer: Buffer.from(own) });
    await page.waitForSelector(".diary-import-failed");
    assert.equal(await page.textContent(".diary-import-failed .field-error"), message("fr", "diary-import-device-bound"));
  });
});

async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: readFileSync(path, "utf8") };
}

async function wipe(page) {
  await page.click(".diary-wipe");
  await page.click(".diary-wipe-confirm");
  await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 0);
}

test("quick wipe erases the diary, its damaged copies, the locked notes, the PIN state and the device key", async () => {
  await withContext({}, async (context) => {
    await context.addInitScript(() => {
      try {
        if (!sessionStorage.getItem("seeded")) {
          localStorage.setItem("repere.diary", '{"v":1,"settings":{},"entries":[{"id":"17');
          sessionStorage.setItem("seeded", "1");
        }
      } catch {
        // A download's document has no storage.
      }
    });
    const page = await openApp(context, app.origin, "/diary");
    // The damaged text was moved aside, never overwritten, and can be downloaded.
    await page.waitForSelector(".diary-notice-warn");
    assert.equal(await page.evaluate(() => localStorage.getItem("repere.diary.damaged")), '{"v":1,"settings":{},"entries":[{"id":"17');
    const raw = await download(page, ".diary-notice-warn .button-secondary");
    assert.equal(raw.text, '{"v":1,"settings":{},"entries":[{"id":"17');
    await logUses(page, 2);
    await setPin(page);
    assert.ok(await page.evaluate(() => localStorage.getItem("repere.diary.inbox") !== null), "a key pair for locked notes");
    await page.evaluate(() => localStorage.setItem("repere.diary.attempts", "{}"));
    const databases = () => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    assert.deepEqual(await databases(), ["repere"], "the device key is in IndexedDB");
    await wipe(page);
    await page.waitForFunction(async () => (await indexedDB.databases()).length === 0);
    const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("repere.diary")));
    assert.deepEqual(left, []);
    assert.equal(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("repere.diary")).length), 0);
    await page.reload();
    await appReady(page);
    await page.waitForSelector(".diary-now");
    assert.equal(await entries(page), 0);
  });
});

test("leave now locks the diary, shows a neutral page, and the back button does not bring the app back", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/");
    await page.click(".door-diary");
    await page.waitForURL(app.origin + "/diary");
    await logUses(page, 1);
    await setPin(page);
    await page.click(".leave-now");
    await page.waitForURL(app.origin + "/calc.html");
    assert.equal(await page.title(), "Calculatrice");
    await page.click('[data-key="7"]');
    await page.click('[data-key="*"]');
    await page.click('[data-key="6"]');
    await page.click('[data-key="="]');
    assert.equal(await page.textContent("#screen"), "42");
    await page.goBack();
    await page.waitForURL(app.origin + "/calc.html");
    assert.equal(await page.$(".topbar"), null);
    assert.equal(await page.$("#screen") !== null, true);
    // Opened again on purpose: the diary is closed, the code is needed.
    await page.goto(app.origin + "/diary");
    await appReady(page);
    await page.waitForSelector(".diary-lock");
  });
});

test("leaving while storage is full keeps the unsaved entry in the tab, and it is saved on return", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    await logUses(page, 1);
    await page.evaluate(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (this === localStorage) throw new DOMException("full", "QuotaExceededError");
        return setItem.call(this, key, value);
      };
    });
    await page.click(".diary-now");
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 2);
    const before = await stored(page);

    await page.click(".leave-now");
    await page.waitForURL(app.origin + "/calc.html");
    const kept = JSON.parse(await page.evaluate(() => sessionStorage.getItem("repere.diary.unwritten")));
    assert.match(kept.text, /^\{"v":2,"kind":"diary"/, "the tab keeps the sealed text, never a readable one");
    assert.equal(await stored(page), before, "storage is full: nothing was written");

    // Opened again in the same tab, with room in storage again: nothing was lost.
    await page.goto(app.origin + "/diary");
    await appReady(page);
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 2);
    assert.equal(await stored(page), kept.text, "the kept text is written");
    assert.equal(await page.evaluate(() => sessionStorage.getItem("repere.diary.unwritten")), null);
  });
});

test("shared-tablet mode keeps entries in memory only, and says so", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    await page.click(".diary-tablet-toggle");
    await page.waitForSelector(".diary-notice-tablet");
    await page.click(".diary-now");
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 1);
    await page.waitForFunction(() => localStorage.getItem("repere.diary") !== null);
    // Moving to another screen and back keeps the entry in memory.
    await page.click(".brand");
    await page.click(".door-diary");
    await page.waitForSelector(".diary-entry");
    await page.reload();
    await appReady(page);
    await page.waitForSelector(".diary-notice-tablet");
    assert.equal(await entries(page), 0);
  });
});

test("after one visit the diary works offline in every language, with no axe violations", async () => {
  for (const colorScheme of ["light", "dark"]) {
    await withContext({ colorScheme }, async (context) => {
      const page = await openApp(context, app.origin, "/diary");
      await page.evaluate(() => navigator.serviceWorker.ready);
      await context.setOffline(true);
      for (const lang of LANGS) {
        await page.goto(app.origin + "/diary");
        await appReady(page);
        await chooseLanguage(page, lang);
        assert.equal(await page.textContent("main h1"), message(lang, "diary-title"));
        assert.equal(await page.textContent(".diary-now span"), message(lang, "diary-used-now"));
        await page.click(".diary-now");
        await page.waitForSelector(".diary-toast");
        await page.click(".diary-toast .button-secondary");
        await page.waitForSelector(".diary-editor");
        await expectNoAxeViolations(page, `/diary in ${lang} (${colorScheme})`);
        await page.click(".diary-toast-close").catch(() => {});
      }
      await setPin(page);
      await page.reload();
      await appReady(page);
      await page.waitForSelector(".diary-lock");
      await expectNoAxeViolations(page, `locked /diary (${colorScheme})`);
      // Two tabs: a change in one shows in the other.
      const other = await context.newPage();
      await other.goto(app.origin + "/diary");
      await appReady(other);
      await unlock(other);
      await other.waitForSelector(".diary-lock", { state: "detached" });
      await unlock(page);
      await page.waitForSelector(".diary-lock", { state: "detached" });
      const count = await entries(page);
      await other.click(".diary-now");
      await page.waitForFunction((n) => document.querySelectorAll(".diary-entry").length === n, count + 1);
    });
  }
});

test("touch targets are 48 px and nothing overflows at 360 px with 200 % text", async () => {
  await withContext({ viewport: { width: 360, height: 740 } }, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    await logUses(page, 1);
    await page.click(".diary-toast .button-secondary");
    const small = await page.$$eval(".diary-screen a, .diary-screen button, .diary-screen select, .diary-screen input, .leave-now", (nodes) =>
      nodes
        .map((n) => [n.outerHTML.slice(0, 60), n.getBoundingClientRect()])
        .filter(([, r]) => r.width > 0 && (r.height < 47.5 || r.width < 47.5))
        .map(([html, r]) => `${html} ${r.width}x${r.height}`),
    );
    assert.deepEqual(small, []);
    for (const lang of ["fr", "ru", "wo"]) {
      await chooseLanguage(page, lang);
      await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `/diary in ${lang} overflows by ${overflow}px at 200 %`);
      await page.evaluate(() => (document.documentElement.style.fontSize = ""));
    }
  });
});
