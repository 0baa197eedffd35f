// Repère service worker: precaches the whole build so the app opens and works offline
// after the first visit, and serves only files it can vouch for. tools/post-build.mjs
// fills in the version and, for every file of the build, the SHA-256 of its bytes and the
// headers it is served with. Cache Storage can be written by anyone holding the unlocked
// phone (devtools, `caches.open` from a page), so a cached body is served only if its hash
// is the build's; otherwise it is fetched again, or, with no network, the worker answers
// with a short page of its own. Nothing outside the build is served from the cache.
// A new version installs in the background and takes over at the next launch (no
// skipWaiting), so an open page never mixes files from two builds.

const VERSION = "__VERSION__";
/** Path → [base64 SHA-256 of the file, its content type, index into POLICIES]. */
const FILES = __FILES__;
/** The Content-Security-Policy headers (tools/headers.mjs): each page's own, the app's for the rest. */
const POLICIES = __POLICIES__;
/** Headers every response carries (tools/headers.mjs). */
const COMMON_HEADERS = __COMMON_HEADERS__;
/** Language → the texts of the page shown when a file is damaged and cannot be fetched. */
const BROKEN_TEXTS = __BROKEN_TEXTS__;
const CACHE = `repere-${VERSION}`;
const APP_SHELL = "/index.html";

const isBuildFile = (path) => Object.hasOwn(FILES, path);

async function sha256(bytes) {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return btoa(String.fromCharCode(...digest));
}

/** The build's headers for the file, never the cached ones (which could add, say, a Refresh). */
function headersOf(path) {
  const [, type, policy] = FILES[path];
  return new Headers({ ...COMMON_HEADERS, "Content-Type": type, "Content-Security-Policy": POLICIES[policy] });
}

const respond = (path, bytes) => new Response(bytes, { headers: headersOf(path) });

/** The file's bytes from the network, if they are the build's. */
async function download(path) {
  const response = await fetch(path, { cache: "no-cache" });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const bytes = await response.arrayBuffer();
  if ((await sha256(bytes)) !== FILES[path][0]) throw new Error(`${path}: not this build's`);
  return bytes;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // A file that does not match (a deploy half done) fails the install: the browser
      // tries again later, and the running version stays.
      await Promise.all(Object.keys(FILES).map(async (path) => cache.put(path, respond(path, await download(path)))));
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith("repere-") && name !== CACHE).map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

/** Whether a cached response is exactly the build's file: its headers and its bytes. */
async function isIntact(path, response) {
  const expected = [...headersOf(path)];
  const headers = [...response.headers];
  const sameHeaders = headers.length === expected.length && expected.every(([name, value]) => response.headers.get(name) === value);
  return sameHeaders && (await sha256(await response.clone().arrayBuffer())) === FILES[path][0];
}

/** Files this worker has checked or is checking, so that the check after a launch skips them. */
const seen = new Set();

/** The cached file if it is intact, else the build's file fetched again (and cached). */
async function intactResponse(path, cache) {
  seen.add(path);
  const cached = await cache.match(path);
  if (cached && (await isIntact(path, cached))) {
    // The cached response itself, not a copy: it keeps the compiled code the browser
    // stores with a cached script or wasm, so a launch need not compile them again.
    return cached;
  }
  if (cached) await cache.delete(path);
  const bytes = await download(path);
  await cache.put(path, respond(path, bytes));
  return respond(path, bytes);
}

/**
 * The files the pages did not ask for, one after the other, once they have been quiet for
 * a while: a damaged one is fetched again while the network is there (the neutral page
 * must be whole when "Leave now" needs it). Not inside an event, so that it never holds
 * back a new version; and never once that version has taken over (its cache is gone).
 */
let quiet;
function checkTheRestLater() {
  clearTimeout(quiet);
  quiet = setTimeout(async () => {
    if (!(await caches.has(CACHE))) return;
    const cache = await caches.open(CACHE);
    for (const path of Object.keys(FILES)) {
      if (!seen.has(path)) await intactResponse(path, cache).catch(() => {});
    }
  }, 2000);
}

/** Large, plain text, readable on any phone; allowed by its hash, as nothing else is. */
const BROKEN_STYLE = "body{font:1.25rem/1.5 system-ui,sans-serif;margin:1.5rem;max-width:36rem}a{display:inline-block;padding:.75rem 0}";

async function brokenPage() {
  const known = (self.navigator.languages ?? []).map((tag) => tag.split("-")[0].toLowerCase());
  const lang = known.find((code) => Object.hasOwn(BROKEN_TEXTS, code)) ?? "fr";
  const text = BROKEN_TEXTS[lang];
  const html = `<!doctype html><html lang="${lang}"><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">` +
    `<title>${text.title}</title><style>${BROKEN_STYLE}</style>` +
    `<h1>${text.title}</h1><p>${text.text}</p><p><a href="">${text.reload}</a></p>`;
  const style = await sha256(new TextEncoder().encode(BROKEN_STYLE));
  const headers = {
    ...COMMON_HEADERS,
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy": `default-src 'none'; style-src 'sha256-${style}'; frame-ancestors 'none'`,
  };
  return new Response(html, { status: 503, headers });
}

async function serve(path, navigation) {
  try {
    return await intactResponse(path, await caches.open(CACHE));
  } catch {
    return navigation ? await brokenPage() : new Response(null, { status: 503, headers: COMMON_HEADERS });
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Only our own files: anything else is none of the app's business.
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  const navigation = request.mode === "navigate";
  // Every route (/, /diary, …) is the same single-page app; a page of its own (the
  // neutral calculator "Leave now" opens) is served as itself.
  const path = navigation && !isBuildFile(url.pathname) ? APP_SHELL : url.pathname;
  // Not a file of this build: left to the network, whatever Cache Storage holds for it.
  if (!isBuildFile(path)) return;
  // Every response is checked, each time: a copy checked earlier could have been
  // rewritten since, and hashing costs far less than the page's own work.
  event.respondWith(serve(path, navigation));
  checkTheRestLater();
});
