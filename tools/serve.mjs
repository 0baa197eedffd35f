// Serves dist/ on 127.0.0.1 only, as the production host does: the same headers
// (tools/headers.mjs), gzip when asked, and index.html for any route without a file (deep
// links such as /diary). Nothing outside the served folder is ever read.
// Usage: node tools/serve.mjs [dir] [port]   (defaults: dist 8080; 0 = any free port)
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { contentType, headersFor } from "./headers.mjs";

const root = resolve(process.argv[2] ?? "dist");
const port = Number(process.argv[3] ?? 8080);

const inside = (path) => path === root || path.startsWith(root + sep);

/** The file for a decoded URL path, or null (not found, or outside the served folder). */
async function fileFor(urlPath) {
  const path = normalize(join(root, urlPath));
  if (!inside(path)) return null;
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileFor(join(urlPath, "index.html"));
  } catch {
    // Not a file: a route of the single-page app, or a real 404.
  }
  return extname(urlPath) === "" ? join(root, "index.html") : null;
}

function answer(response, status, text) {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(text);
}

async function handle(request, response) {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname);
  } catch {
    return answer(response, 400, "bad request");
  }
  // A NUL byte would make the file system calls throw.
  if (urlPath.includes("\0")) return answer(response, 400, "bad request");
  const path = await fileFor(urlPath);
  if (!path) return answer(response, 404, "not found");
  let body = await readFile(path);
  const appHtml = await readFile(join(root, "index.html"), "utf8").catch(() => "");
  const headers = {
    ...headersFor(path, body, appHtml),
    "Content-Type": contentType(path),
  };
  if (/\bgzip\b/.test(request.headers["accept-encoding"] ?? "") && !path.endsWith(".png")) {
    body = gzipSync(body, { level: 9 });
    headers["content-encoding"] = "gzip";
    headers["vary"] = "accept-encoding";
  }
  response.writeHead(200, headers).end(request.method === "HEAD" ? undefined : body);
}

const server = createServer((request, response) =>
  handle(request, response).catch((error) => {
    // One bad request must never take the server down.
    console.error(`serve.mjs: ${request.url}: ${error.message}`);
    if (!response.headersSent) answer(response, 500, "server error");
    else response.destroy();
  }),
);

// Port 0 picks a free port; the line below tells which (the e2e tests read it).
server.listen(port, "127.0.0.1", () =>
  console.log(`Repère on http://127.0.0.1:${server.address().port}/ (serving ${root})`),
);
