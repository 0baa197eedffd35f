// The diary against the people it protects from: someone who copies the browser's storage,
// picks up the phone, tampers with what is stored, or wipes in one window while another
// holds a copy. Each test is an attack, and fails if the attack works.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { appReady, message, openApp, useApp } from "./harness.mjs";
import { PIN, entries, logUses, setPin, stored, unlock } from "./diary-helpers.mjs";

const app = useApp();
const { withContext } = app;

const allLocalStorage = (page) => page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));

test("a copied localStorage, put into a fresh browser profile, cannot be opened even with the right PIN", async () => {
  let copy;
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    await logUses(page, 2);
    await setPin(page);
    copy = await allLocalStorage(page);
  });
  // Another profile: the same origin, the same storage, but not this device's key.
  await withContext({}, async (context) => {
    await context.addInitScript((copy) => {
      try {
        if (!sessionStorage.getItem("copied")) {
          for (const [key, value] of Object.entries(copy)) localStorage.setItem(key, value);
          sessionStorage.setItem("copied", "1");
        }
      } catch {
        // A download's document has no storage.
      }
    }, copy);
    const page = await openApp(context, app.origin, "/diary");
    await page.waitForSelector(".diary-unreadable");
    assert.equal(await page.textContent(".diary-unreadable [role=alert]"), message("fr", "diary-unreadable-device-lost"));
    assert.equal(await page.$("#diary-unlock-secret"), null, "no PIN can even be tried");
    assert.equal(await entries(page), 0);
    // "I used now" is not offered either: there is no key to seal to.
    assert.equal(await page.$(".diary-now"), null);
    // Nothing was erased or written over: the sealed diary is kept as it was.
    assert.equal(await stored(page), copy["repere.diary"]);
    await page.reload();
    await appReady(page);
    await page.waitForSelector(".diary-unreadable");
    assert.equal(await stored(page), copy["repere.diary"], "no loop, no wipe on its own");
    // The owner can start again, with a new code since the lost one had one; the old
    // text is kept aside, never destroyed.
    await page.fill("#diary-again-secret", "493816");
    await page.fill("#diary-again-secret-again", "493816");
    await page.click(".diary-start-again-protected button[type=submit]");
    await page.waitForSelector(".diary-now");
    await page.waitForFunction(() => /"lock":"pin"/.test(localStorage.getItem("repere.diary") ?? ""));
    assert.equal(await page.evaluate(() => localStorage.getItem("repere.diary.damaged")), copy["repere.diary"]);
  });
});

test("weak PINs are refused with their reason: 1234, 000000, 123456, a date, a common one", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    const cases = [
      ["1234", message("fr", "diary-weak-pin-short", { count: 6 })],
      ["000000", message("fr", "diary-weak-repeated")],
      ["123456", message("fr", "diary-weak-sequence")],
      ["150392", message("fr", "diary-weak-date")],
      ["147258", message("fr", "diary-weak-common")],
      ["82a719", message("fr", "diary-weak-not-digits")],
    ];
    for (const [pin, reason] of cases) {
      await page.fill("#diary-new-secret", pin);
      await page.fill("#diary-new-secret-again", pin);
      await page.click(".diary-secret-set button[type=submit]");
      await page.waitForFunction((reason) => document.querySelector(".diary-settings .field-error")?.textContent === reason, reason);
      assert.match(await stored(page) ?? "", /^$|"lock":"device"/, `${pin}: no PIN set`);
    }
    // A longer password with letters is offered, and what each choice protects against is said.
    await page.check("#diary-new-secret-password");
    assert.match(await page.textContent(".diary-settings .secret-kind"), /copie complète du téléphone/);
    await page.fill("#diary-new-secret", "motdepasse");
    await page.fill("#diary-new-secret-again", "motdepasse");
    await page.click(".diary-secret-set button[type=submit]");
    await page.waitForFunction((reason) => document.querySelector(".diary-settings .field-error")?.textContent === reason, message("fr", "diary-weak-common"));
    await page.fill("#diary-new-secret", "chat bleu sous la pluie");
    await page.fill("#diary-new-secret-again", "chat bleu sous la pluie");
    await page.click(".diary-secret-set button[type=submit]");
    await page.waitForSelector(".diary-settings .field-ok");
    assert.match(await stored(page), /"lock":"password"/);
  });
});

test("the PIN cannot be removed or changed, nor the diary exported in clear, without the PIN", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    await logUses(page, 1);
    await setPin(page);
    const sealed = await stored(page);
    // Remove, with nothing typed, then with a wrong code.
    await page.click(".diary-secret-remove summary");
    for (const typed of ["", "111111"]) {
      await page.fill("#diary-remove-current", typed);
      await page.click(".diary-secret-remove button[type=submit]");
      await page.waitForSelector(".diary-settings .field-error");
      assert.equal(await page.textContent(".diary-settings .field-error"), message("fr", "diary-pin-wrong"));
    }
    assert.equal(await stored(page), sealed, "still the same PIN-protected text");
    // Change to a PIN of one's own, without the current one.
    await page.click(".diary-secret-change summary");
    await page.fill("#diary-change-current", "000001");
    await page.fill("#diary-change-secret", "493816");
    await page.fill("#diary-change-secret-again", "493816");
    await page.click(".diary-secret-change button[type=submit]");
    // The wrong tries count like wrong unlocks.
    await page.waitForFunction(() => JSON.parse(localStorage.getItem("repere.diary.attempts")).failed === 3);
    assert.equal(await stored(page), sealed);
    // A plain export needs the code too.
    await page.click(".diary-export-plain summary");
    await page.click(".diary-export-json");
    await page.waitForSelector(".diary-data .field-error");
    // The fourth wrong try: the next one waits a second.
    assert.equal(await page.textContent(".diary-data .field-error"), message("fr", "diary-pin-wrong-wait", { seconds: 1 }));
    await page.waitForFunction(() => Date.now() > JSON.parse(localStorage.getItem("repere.diary.attempts")).until_ms);
    await page.fill("#diary-export-current", PIN);
    const [file] = await Promise.all([page.waitForEvent("download"), page.click(".diary-export-json")]);
    assert.ok(file.suggestedFilename().startsWith("backup-"));
    // With the code, removing works, and says so.
    await page.fill("#diary-remove-current", PIN);
    await page.click(".diary-secret-remove button[type=submit]");
    await page.waitForSelector(".diary-settings .field-ok");
    assert.equal(await page.textContent(".diary-settings .field-ok"), message("fr", "diary-pin-removed"));
    assert.match(await stored(page), /"lock":"device"/);
    await page.reload();
    await appReady(page);
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 1);
  });
});

test("lock works with storage full, and the change waits sealed", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    await logUses(page, 1);
    await setPin(page);
    const before = await stored(page);
    await page.evaluate(() => {
      window.realSetItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function () {
        throw new DOMException("full", "QuotaExceededError");
      };
    });
    await page.click(".diary-now");
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 2);
    await page.click(".diary-lock-now");
    await page.waitForSelector(".diary-lock");
    assert.equal(await entries(page), 0);
    assert.equal(await stored(page), before, "nothing could be written");
    const body = await page.textContent("body");
    assert.ok(!/\d\d:\d\d/.test(body.replace(/Noté à \d\d:\d\d/, "")), "no time of use left on screen");
    // Unlocking opens the sealed text kept in memory: nothing was lost.
    await unlock(page);
    await page.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 2);
    await page.evaluate(() => (Storage.prototype.setItem = window.realSetItem));
  });
});

/** The stored envelope with one of its base64 fields changed by `edit(bytes)`. */
function tamper(text, field, edit) {
  const envelope = JSON.parse(text);
  const bytes = Buffer.from(envelope[field], "base64");
  edit(bytes);
  envelope[field] = bytes.toString("base64");
  return JSON.stringify(envelope);
}

test("a flipped byte in the envelope leaves the diary locked, says so, and erases nothing", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    await logUses(page, 2);
    await setPin(page);
    const sealed = await stored(page);
    for (const [field, reason] of [
      ["ciphertext", "diary-unlock-damaged"],
      ["key", "diary-unlock-altered"],
    ]) {
      const flipped = tamper(sealed, field, (bytes) => (bytes[20] ^= 1));
      await page.evaluate((text) => localStorage.setItem("repere.diary", text), flipped);
      await page.reload();
      await appReady(page);
      await page.waitForSelector(".diary-lock");
      await unlock(page);
      await page.waitForSelector(".diary-lock .field-error");
      assert.equal(await page.textContent(".diary-lock .field-error"), message("fr", reason), field);
      assert.equal(await entries(page), 0, `${field}: still locked`);
      assert.equal(await stored(page), flipped, `${field}: kept as it is`);
      assert.equal(await page.evaluate(() => localStorage.getItem("repere.diary.attempts")), null, "the right PIN is not counted as wrong");
      if (field === "ciphertext") {
        // Its encrypted text can be downloaded to keep.
        const [file] = await Promise.all([page.waitForEvent("download"), page.click(".diary-lock .button-secondary")]);
        assert.equal(readFileSync(await file.path(), "utf8"), flipped);
      }
    }
    // A plain diary put in place of the protected one is not taken for it.
    await page.evaluate(() => localStorage.setItem("repere.diary", '{"v":1,"settings":{},"entries":[]}'));
    await page.reload();
    await appReady(page);
    await page.waitForSelector(".diary-unreadable");
    assert.equal(await page.textContent(".diary-unreadable [role=alert]"), message("fr", "diary-unreadable-replaced"));
    assert.equal(await page.$(".diary-now"), null, "no unprotected diary starts in its place");
    assert.equal(await stored(page), '{"v":1,"settings":{},"entries":[]}');
  });
});

test("a swapped key for locked notes is detected, and no note is sealed to it", async () => {
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    await logUses(page, 1);
    await setPin(page);
    const inbox = await page.evaluate(() => localStorage.getItem("repere.diary.inbox"));
    // 1. Someone with the storage only: their own public key, not sealed by this device.
    const swapped = JSON.parse(inbox);
    swapped.public_key = Buffer.from(Buffer.from(swapped.public_key, "base64").map((byte, i) => (i === 30 ? byte ^ 1 : byte))).toString("base64");
    await page.evaluate((text) => localStorage.setItem("repere.diary.inbox", text), JSON.stringify(swapped));
    await page.reload();
    await appReady(page);
    await page.waitForSelector(".diary-lock");
    await page.click(".diary-now");
    await page.waitForSelector(".diary-log .field-error");
    assert.equal(await page.textContent(".diary-log .field-error"), message("fr", "diary-note-altered"));
    assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem("repere.diary.inbox"))).notes.length, 0);

    // 2. Someone who can run this device's key (devtools on the phone): a key pair of
    // their own, its public half sealed properly. Notes then go to them, but the next
    // unlock finds out, keeps what waited aside and makes a new key.
    await page.evaluate(async () => {
      const open = () => new Promise((resolve) => { const r = indexedDB.open("repere", 1); r.onsuccess = () => resolve(r.result); });
      const db = await open();
      const record = await new Promise((resolve) => { const r = db.transaction("device").objectStore("device").get("key"); r.onsuccess = () => resolve(r.result); });
      db.close();
      const pair = await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]);
      const raw = new Uint8Array(await crypto.subtle.exportKey("raw", pair.publicKey));
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: new TextEncoder().encode("repere/v2/inbox/public") }, record.key, raw));
      const both = new Uint8Array([...iv, ...sealed]);
      const inbox = JSON.parse(localStorage.getItem("repere.diary.inbox"));
      inbox.public_key = btoa(String.fromCharCode(...both));
      localStorage.setItem("repere.diary.inbox", JSON.stringify(inbox));
    });
    await page.click(".diary-now");
    await page.waitForFunction(() => JSON.parse(localStorage.getItem("repere.diary.inbox")).notes.length === 1);
    await unlock(page);
    await page.waitForSelector('[data-notice="notes-key-replaced"]');
    assert.equal(await entries(page), 1, "the note sealed to the stranger's key is not added");
    const kept = await page.evaluate(() => localStorage.getItem("repere.diary.damaged"));
    assert.ok(kept && JSON.parse(kept).notes.length === 1, "what waited is kept aside");
    // A new key pair, that this diary can open: noting works again.
    const fresh = JSON.parse(await page.evaluate(() => localStorage.getItem("repere.diary.inbox")));
    assert.notEqual(fresh.public_key, JSON.parse(inbox).public_key);
    assert.equal(fresh.notes.length, 0);
  });
});

test("a wipe in one tab is not undone by another tab's kept copy", async () => {
  await withContext({}, async (context) => {
    const a = await openApp(context, app.origin, "/diary");
    await logUses(a, 1);
    const b = await openApp(context, app.origin, "/diary");
    await b.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 1);
    // Tab B: storage full, a second use, then the page is left: B keeps it in its tab.
    await b.evaluate(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (this === localStorage) throw new DOMException("full", "QuotaExceededError");
        return setItem.call(this, key, value);
      };
    });
    await b.click(".diary-now");
    await b.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 2);
    await b.goto(app.origin + "/calc.html");
    assert.ok(await b.evaluate(() => sessionStorage.getItem("repere.diary.unwritten")), "B kept its change");
    // Tab A wipes.
    await a.click(".diary-wipe");
    await a.click(".diary-wipe-confirm");
    await a.waitForFunction(async () => (await indexedDB.databases()).length === 0);
    // B comes back (room again): its kept copy belongs to the erased key and is dropped.
    await b.goto(app.origin + "/diary");
    await appReady(b);
    await b.waitForSelector(".diary-now");
    assert.equal(await entries(b), 0);
    assert.equal(await b.evaluate(() => localStorage.getItem("repere.diary")), null);
    assert.equal(await b.evaluate(() => sessionStorage.getItem("repere.diary.unwritten")), null);

    // A tab open during the wipe forgets everything, and its own kept copy too.
    await logUses(a, 1);
    const c = await openApp(context, app.origin, "/diary");
    await c.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 1);
    await c.evaluate(() => sessionStorage.setItem("repere.diary.unwritten", JSON.stringify({ base: null, device: "x", text: "{}" })));
    await a.click(".diary-wipe");
    await a.click(".diary-wipe-confirm");
    await c.waitForFunction(() => document.querySelectorAll(".diary-entry").length === 0);
    assert.equal(await c.evaluate(() => sessionStorage.getItem("repere.diary.unwritten")), null);
  });
});

test("nothing the user writes is readable in any storage: localStorage, sessionStorage, IndexedDB, Cache Storage", async () => {
  const NOTE = "zebra-lantern-4711";
  await withContext({}, async (context) => {
    const page = await openApp(context, app.origin, "/diary");
    await logUses(page, 1);
    await page.click(".diary-entry-edit");
    await page.fill("#diary-edit-note", NOTE);
    const before = await stored(page);
    await page.click(".diary-editor button[type=submit]");
    await page.waitForFunction((before) => localStorage.getItem("repere.diary") !== before, before);
    const search = () =>
      page.evaluate(async (needle) => {
        const found = [];
        for (const [key, value] of Object.entries(localStorage)) if (value.includes(needle) || atobAll(value).includes(needle)) found.push(`localStorage ${key}`);
        for (const [key, value] of Object.entries(sessionStorage)) if (value.includes(needle)) found.push(`sessionStorage ${key}`);
        for (const { name } of await indexedDB.databases()) {
          const db = await new Promise((resolve) => { const r = indexedDB.open(name); r.onsuccess = () => resolve(r.result); });
          for (const store of db.objectStoreNames) {
            const all = await new Promise((resolve) => { const r = db.transaction(store).objectStore(store).getAll(); r.onsuccess = () => resolve(r.result); });
            if (JSON.stringify(all, (k, v) => (v instanceof CryptoKey ? "key" : v)).includes(needle)) found.push(`IndexedDB ${name}/${store}`);
          }
          db.close();
        }
        for (const name of await caches.keys()) {
          const cache = await caches.open(name);
          for (const request of await cache.keys()) if ((await (await cache.match(request)).text()).includes(needle)) found.push(`cache ${request.url}`);
        }
        return found;
        function atobAll(text) {
          return [...text.matchAll(/"([A-Za-z0-9+/]{16,}={0,2})"/g)].map(([, field]) => { try { return atob(field); } catch { return ""; } }).join(" ");
        }
      }, NOTE);
    assert.deepEqual(await search(), [], "without a PIN");
    await setPin(page);
    // Leave with storage full, so the tab's own copy exists too.
    await page.evaluate(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (this === localStorage) throw new DOMException("full", "QuotaExceededError");
        return setItem.call(this, key, value);
      };
    });
    await page.click(".diary-now");
    await page.click(".leave-now");
    await page.waitForURL(app.origin + "/calc.html");
    assert.ok(await page.evaluate(() => sessionStorage.getItem("repere.diary.unwritten")));
    assert.deepEqual(await search(), [], "with a PIN, after leaving");
  });
});
