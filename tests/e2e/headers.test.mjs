// The HTTP side: the security headers production sends (tools/headers.mjs), which the test
// server sends too so that every e2e test runs under them; the CSP header is each page's
// own meta CSP plus frame-ancestors; the nginx include says the same; and the dev server
// never reads outside its folder nor falls over on a malformed address.
import { test } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COMMON_HEADERS, metaCsp, nginxConfig } from "../../tools/headers.mjs";
import { startServer, useApp } from "./harness.mjs";

const app = useApp();

const EXPECTED = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "referrer-policy": "no-referrer",
  "strict-transport-security": /^max-age=\d{8,}/,
  "permissions-policy": /^geolocation=\(self\), camera=\(\), microphone=\(\)/,
};

const appCsp = () => metaCsp(readFileSync("dist/index.html", "utf8"));

test("every response carries the security headers, and each page's CSP header is its meta CSP", async () => {
  const files = JSON.parse((await (await fetch(app.origin + "/sw.js")).text()).match(/^const FILES = (\{.*\});$/m)[1]);
  const js = Object.keys(files).find((path) => path.endsWith(".js") && path.startsWith("/repere-"));
  for (const [path, page] of [["/", "index.html"], ["/diary", "index.html"], ["/finder/map", "index.html"], ["/calc.html", "calc.html"],
    ["/sw.js", null], [js, null], ["/manifest.webmanifest", null]]) {
    const response = await fetch(app.origin + path);
    assert.equal(response.status, 200, path);
    for (const [name, value] of Object.entries(EXPECTED)) {
      const sent = response.headers.get(name);
      assert.ok(value instanceof RegExp ? value.test(sent) : sent === value, `${path}: ${name}: ${sent}`);
    }
    const policy = page ? metaCsp(readFileSync(`dist/${page}`, "utf8")) : appCsp();
    assert.ok(policy?.startsWith("default-src 'none'"), `${path}: a meta CSP to derive from`);
    assert.equal(response.headers.get("content-security-policy"), `${policy}; frame-ancestors 'none'`, path);
  }
});

test("no other site can frame the app", async () => {
  const context = await app.browser.newContext();
  try {
    const page = await context.newPage();
    const console = [];
    page.on("console", (entry) => console.push(entry.text()));
    await page.setContent(`<iframe src="${app.origin}/"></iframe>`, { waitUntil: "load" });
    const frame = page.frames().find((f) => f !== page.mainFrame());
    assert.equal(await frame.$("#static-shell"), null, "nothing of the app in the frame");
    assert.ok(console.some((text) => text.includes(`directive: "frame-ancestors 'none'"`)), console.join("\n"));
  } finally {
    await context.close();
  }
});

test("the nginx include sends the same headers, each page with its own CSP", () => {
  const config = nginxConfig("dist");
  for (const page of ["index.html", "calc.html"]) {
    const policy = metaCsp(readFileSync(`dist/${page}`, "utf8"));
    const block = config.split(`location = /${page} {`)[1].split("}")[0];
    assert.ok(block.includes(`add_header Content-Security-Policy "${policy}; frame-ancestors 'none'" always;`), page);
    for (const [name, value] of Object.entries(COMMON_HEADERS)) assert.ok(block.includes(`add_header ${name} "${value}" always;`), `${page} ${name}`);
  }
  assert.match(config, /location \/ \{\n    try_files \$uri \/index\.html;/);
});

/** A raw request, the path sent exactly as written (fetch would normalise it). */
function get(origin, path) {
  return new Promise((resolve, reject) => {
    const url = new URL(origin);
    const req = request({ host: url.hostname, port: url.port, path }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("the dev server never serves outside its folder, and a malformed address is a 400", async () => {
  const top = mkdtempSync(join(tmpdir(), "repere-serve-"));
  mkdirSync(join(top, "site"));
  mkdirSync(join(top, "site-secret"));
  writeFileSync(join(top, "site", "index.html"), "<!doctype html><title>site</title>");
  writeFileSync(join(top, "site-secret", "secret.txt"), "SECRET");
  writeFileSync(join(top, "secret.txt"), "SECRET");
  const server = await startServer(join(top, "site"));
  try {
    for (const path of ["/..%2fsite-secret%2fsecret.txt", "/..%2f..%2fsecret.txt", "/%2e%2e/secret.txt", "/../site-secret/secret.txt"]) {
      const { status, body } = await get(server.origin, path);
      assert.ok(!body.includes("SECRET"), `${path} reached a file outside the folder`);
      assert.equal(status, 404, path);
    }
    for (const path of ["/%E0%A4%A", "/%", "/a%00b.txt"]) assert.equal((await get(server.origin, path)).status, 400, path);
    // Still up.
    const { status, body } = await get(server.origin, "/");
    assert.equal(status, 200);
    assert.match(body, /<title>site<\/title>/);
  } finally {
    server.stop();
    rmSync(top, { recursive: true, force: true });
  }
});
