// The Content-Security-Policy: the app runs under it, it names no remote origin, and a
// request to another origin is blocked before it leaves the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, useApp } from "./harness.mjs";

const app = useApp();

test("the app runs under a strict CSP that blocks any other origin", async () => {
  const context = await app.browser.newContext();
  try {
    const page = await openApp(context, app.origin);
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    assert.match(csp, /connect-src 'self'/);
    assert.doesNotMatch(csp, /https?:|\*|'unsafe-inline'|'unsafe-eval'/);

    const requests = [];
    context.on("request", (request) => requests.push(request.url()));
    const outcome = await page.evaluate(async () => {
      const violation = new Promise((resolve) =>
        document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), { once: true }),
      );
      const fetched = await fetch("https://example.org/tracker").then(() => "sent", () => "refused");
      return { fetched, directive: await violation };
    });
    assert.deepEqual(outcome, { fetched: "refused", directive: "connect-src" });
    assert.deepEqual(requests.filter((url) => !url.startsWith(app.origin)), []);
  } finally {
    await context.close();
  }
});
