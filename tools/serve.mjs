// Serves dist/ on 127.0.0.1 only, as a plain static host would: gzip when asked, and
// index.html for any route without a file (deep links such as /diary).
// Usage: node tools/serve.mjs [dir] [port]   (defaults: dist 8080; 0 = any free port)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 8080);

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

async function fileFor(urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (!path.startsWith(root)) return null;
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileFor(join(urlPath, "index.html"));
  } catch {
    // Not a file: a route of the single-page app, or a real 404.
  }
  return extname(urlPath) === "" ? join(root, "index.html") : null;
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url, "http://127.0.0.1");
  const path = await fileFor(url.pathname);
  if (!path) {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  let body = await readFile(path);
  const headers = {
    "content-type": types[extname(path)] ?? "application/octet-stream",
    // Hashed build files never change; everything else is checked on each visit.
    "cache-control": /-[0-9a-f]{16}/.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
  };
  if (/\bgzip\b/.test(request.headers["accept-encoding"] ?? "") && !path.endsWith(".png")) {
    body = gzipSync(body, { level: 9 });
    headers["content-encoding"] = "gzip";
    headers["vary"] = "accept-encoding";
  }
  response.writeHead(200, headers).end(request.method === "HEAD" ? undefined : body);
});

// Port 0 picks a free port; the line below tells which (the e2e tests read it).
server.listen(port, "127.0.0.1", () =>
  console.log(`Repère on http://127.0.0.1:${server.address().port}/ (serving ${root})`),
);
