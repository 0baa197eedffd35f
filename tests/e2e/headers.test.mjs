// The HTTP side, against nginx with the production config (deploy/nginx/, as the harness
// serves every e2e test): the security headers, the same as the service worker's
// (tools/headers.mjs); each page's CSP header is its meta CSP plus frame-ancestors, and
// another site cannot frame the app; the cache rules per kind of file; the precompressed
// copies with the right type; app routes get the page, a missing file a 404; and no path
// reaches outside the build, nor does a malformed one take the server down; and the TLS
// example is a config nginx accepts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { createServer, request } from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { COMMON_HEADERS, metaCsp, nginxCspMap } from "../../tools/headers.mjs";
import { NGINX } from "../../tools/nginx.mjs";
import { startServer, useApp } from "./harness.mjs";

const app = useApp();

/** What the issue (14) and the review (S16) ask for, written out rather than read from the code. */
const EXPECTED = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "referrer-policy": "no-referrer",
  "strict-transport-security": /^max-age=\d{8,}/,
  "permissions-policy": /^geolocation=\(self\), camera=\(\), microphone=\(\)/,
  // No version.
  server: "nginx",
};

const IMMUTABLE = "public, max-age=31536000, immutable";

/** The build's files as sw.js lists them (path → [hash, type, policy]). */
const buildFiles = () => JSON.parse(readFileSync("dist/sw.js", "utf8").match(/^const FILES = (\{.*\});$/m)[1]);
const loader = () => Object.keys(buildFiles()).find((path) => /^\/repere-[0-9a-f]{16}\.js$/.test(path));
const wasm = () => Object.keys(buildFiles()).find((path) => /^\/repere-[0-9a-f]{16}_bg\.wasm$/.test(path));

/** A raw request, the path sent exactly as written (fetch would normalise it and decompress). */
function get(origin, path, headers = {}) {
  return new Promise((resolve, reject) => {
    const url = new URL(origin);
    const req = request({ host: url.hostname, port: url.port, path, headers }, (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("every response carries the security headers, and each page's CSP header is its meta CSP", async () => {
  const appPolicy = metaCsp(readFileSync("dist/index.html", "utf8"));
  for (const [path, page] of [["/", "index.html"], ["/diary", "index.html"], ["/finder/map", "index.html"], ["/calc.html", "calc.html"],
    ["/help/fr.html", "help/fr.html"], ["/sw.js", null], [loader(), null], ["/manifest.webmanifest", null], ["/no-such-file.js", null]]) {
    const { status, headers } = await get(app.origin, path);
    assert.equal(status, path.startsWith("/no-such") ? 404 : 200, path);
    for (const [name, value] of Object.entries(EXPECTED)) {
      const sent = headers[name];
      assert.ok(value instanceof RegExp ? value.test(sent) : sent === value, `${path}: ${name}: ${sent}`);
    }
    // The service worker sends its cached copies with the same headers.
    for (const [name, value] of Object.entries(COMMON_HEADERS)) assert.equal(headers[name.toLowerCase()], value, `${path}: ${name}`);
    const policy = page ? metaCsp(readFileSync(`dist/${page}`, "utf8")) : appPolicy;
    assert.ok(policy?.startsWith("default-src 'none'"), `${path}: a meta CSP to derive from`);
    assert.equal(headers["content-security-policy"], `${policy}; frame-ancestors 'none'`, path);
  }
  assert.notEqual(metaCsp(readFileSync("dist/calc.html", "utf8")), appPolicy, "calc.html has a policy of its own");
});

test("another site cannot frame the app", async () => {
  // A page of another origin (another port) framing the app and, as a control, a page of its own.
  const framer = createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(req.url === "/own" ? '<p id="own">framed</p>' : `<iframe src="${app.origin}/"></iframe><iframe src="/own"></iframe>`);
  });
  await new Promise((done) => framer.listen(0, "127.0.0.1", done));
  const context = await app.browser.newContext();
  try {
    const page = await context.newPage();
    const console = [];
    page.on("console", (entry) => console.push(entry.text()));
    await page.goto(`http://127.0.0.1:${framer.address().port}/`, { waitUntil: "load" });
    const frames = page.frames().filter((frame) => frame !== page.mainFrame());
    const own = frames.find((frame) => frame.url().endsWith("/own"));
    assert.ok(await own.$("#own"), "the control frame shows");
    const framed = frames.find((frame) => frame !== own);
    assert.equal(await framed.evaluate(() => document.querySelector("main, #static-shell")), null, "nothing of the app in the frame");
    assert.ok(console.some((text) => text.includes(`directive: "frame-ancestors 'none'"`)), console.join("\n"));
  } finally {
    await context.close();
    framer.close();
  }
});

test("hashed files are immutable for a year; the page, the worker, the manifest and the rest are checked each time", async () => {
  const files = Object.keys(buildFiles());
  const hashed = files.filter((path) => /-[0-9a-f]{16}[._]/.test(path));
  assert.ok(hashed.includes(loader()) && hashed.includes(wasm()), "the loader and the wasm are hashed");
  for (const path of hashed) assert.equal((await get(app.origin, path)).headers["cache-control"], IMMUTABLE, path);
  for (const path of ["/", "/index.html", "/diary", "/facts/quiz", "/sw.js", "/manifest.webmanifest", "/calc.html", "/l10n/fr/shell.ftl", "/help/fr.html"]) {
    assert.equal((await get(app.origin, path)).headers["cache-control"], "no-cache", path);
  }
  for (const path of files.filter((path) => !hashed.includes(path))) {
    assert.equal((await get(app.origin, path)).headers["cache-control"], "no-cache", path);
  }
});

test("each file goes out with its type, as brotli or gzip where the browser takes it, the same bytes", async () => {
  // (tests/e2e/integrity.test.mjs checks every file's type against the service worker's.)
  for (const [path, type] of [["/index.html", "text/html; charset=utf-8"], ["/sw.js", "text/javascript; charset=utf-8"],
    [loader(), "text/javascript; charset=utf-8"], [wasm(), "application/wasm"], ["/manifest.webmanifest", "application/manifest+json"],
    ["/l10n/fr/facts.ftl", "text/plain; charset=utf-8"], ["/finder-locations.bin", "application/octet-stream"]]) {
    const original = readFileSync(`dist${path}`);
    for (const [accept, encoding, decode] of [
      ["gzip, deflate, br", "br", brotliDecompressSync],
      ["gzip, deflate", "gzip", gunzipSync],
      ["identity", undefined, (bytes) => bytes],
    ]) {
      const { status, headers, body } = await get(app.origin, path, { "accept-encoding": accept });
      const label = `${path} (${accept})`;
      assert.equal(status, 200, label);
      assert.equal(headers["content-type"], type, label);
      assert.equal(headers["content-encoding"], encoding, label);
      assert.equal(headers.vary, "Accept-Encoding", label);
      assert.ok(decode(body).equals(original), `${label}: the build's bytes`);
    }
  }
});

test("a screen of the app gets the page; a missing file is a 404, not the app", async () => {
  const page = readFileSync("dist/index.html");
  for (const path of ["/", "/diary", "/facts/rock", "/finder/place/930000000", "/no/such/screen"]) {
    const { status, headers, body } = await get(app.origin, path);
    assert.equal(status, 200, path);
    assert.equal(headers["content-type"], "text/html; charset=utf-8", path);
    assert.ok(body.equals(page), `${path}: the app's page`);
  }
  for (const path of ["/repere-0000000000000000_bg.wasm", "/missing.js", "/l10n/xx/shell.ftl", "/l10n/fr/xx.ftl", "/help/xx.html", "/icons/missing.png"]) {
    const { status, body } = await get(app.origin, path);
    assert.equal(status, 404, path);
    assert.ok(!body.includes("static-shell"), `${path}: not the app's page`);
  }
});

test("no path reaches outside the served folder, and a malformed address is a 400 that harms nothing", async () => {
  const top = mkdtempSync(join(tmpdir(), "repere-serve-"));
  mkdirSync(join(top, "site"));
  mkdirSync(join(top, "site-secret"));
  writeFileSync(join(top, "site", "index.html"), "<!doctype html><title>site</title>");
  writeFileSync(join(top, "site-secret", "secret.txt"), "SECRET");
  writeFileSync(join(top, "secret.txt"), "SECRET");
  const server = await startServer(join(top, "site"));
  try {
    for (const path of ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/..%2fsecret.txt",
      "/..%2fsite-secret%2fsecret.txt", "/../site-secret/secret.txt", "/x/../../secret.txt", "/..\\secret.txt"]) {
      const { status, body } = await get(server.origin, path);
      assert.ok(!body.includes("SECRET"), `${path} reached a file outside the folder`);
      assert.ok(status === 400 || status === 404, `${path}: ${status}`);
    }
    for (const path of ["/%E0%A4%A", "/%", "/a%00b.txt", "/%zz"]) assert.equal((await get(server.origin, path)).status, 400, path);
    // Still up.
    const { status, body } = await get(server.origin, "/");
    assert.equal(status, 200);
    assert.match(String(body), /<title>site<\/title>/);
  } finally {
    await server.stop();
    rmSync(top, { recursive: true, force: true });
  }
});

test("the TLS example is a config nginx accepts, with the build's CSP map", () => {
  const prefix = mkdtempSync(join(tmpdir(), "repere-tls-"));
  try {
    const [cert, key] = [join(prefix, "cert.pem"), join(prefix, "key.pem")];
    execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=repere.example.org",
      "-keyout", key, "-out", cert], { stdio: "ignore" });
    const site = readFileSync("deploy/nginx/tls.example.conf", "utf8")
      .replace("/etc/letsencrypt/live/repere.example.org/fullchain.pem", cert)
      .replace("/etc/letsencrypt/live/repere.example.org/privkey.pem", key)
      .replace("root /srv/repere;", `root ${resolve("dist")};`);
    writeFileSync(join(prefix, "site.conf"), site);
    writeFileSync(join(prefix, "repere-csp.conf"), nginxCspMap("dist"));
    symlinkSync(resolve("deploy/nginx"), join(prefix, "repere"));
    // Debian's nginx.conf, reduced to what the example relies on: the brotli module, and conf.d/ at http level.
    writeFileSync(join(prefix, "nginx.conf"), [
      `pid ${prefix}/nginx.pid;`,
      "load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;",
      "events {}",
      "http {",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((name) => `  ${name}_temp_path ${prefix}/${name};`),
      "  include repere-csp.conf;",
      "  include site.conf;",
      "}",
    ].join("\n"));
    execFileSync(NGINX, ["-t", "-q", "-p", prefix, "-c", join(prefix, "nginx.conf"), "-e", "stderr"]);
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
});
