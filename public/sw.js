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

function respond(path, bytes) {
  const [, type, policy] = FILES[path];
  // The headers are the build's, never the cached ones (which could add, say, a Refresh).
  const headers = { ...COMMON_HEADERS, "Content-Type": type, "Content-Security-Policy": POLICIES[policy] };
  return new Response(bytes, { headers });
}

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

/** Path → promise of its checked bytes: each file is read and hashed once per worker. */
const checked = new Map();

async function load(path) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(path);
  if (cached) {
    const bytes = await cached.arrayBuffer();
    if ((await sha256(bytes)) === FILES[path][0]) return bytes;
    await cache.delete(path);
  }
  const bytes = await download(path);
  await cache.put(path, respond(path, bytes));
  return bytes;
}

function checkedBytes(path) {
  if (!checked.has(path)) {
    const bytes = load(path);
    checked.set(path, bytes);
    // Not remembered: the next request tries again (the network may be back).
    bytes.catch(() => checked.delete(path));
  }
  return checked.get(path);
}

function brokenPage() {
  const known = (self.navigator.languages ?? []).map((tag) => tag.split("-")[0].toLowerCase());
  const lang = known.find((code) => Object.hasOwn(BROKEN_TEXTS, code)) ?? "fr";
  const text = BROKEN_TEXTS[lang];
  const html = `<!doctype html><html lang="${lang}"><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark">` +
    `<title>${text.title}</title><h1>${text.title}</h1><p>${text.text}</p><p><a href="">${text.reload}</a></p>`;
  const headers = { ...COMMON_HEADERS, "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'" };
  return new Response(html, { status: 503, headers });
}

async function serve(path, navigation) {
  try {
    const bytes = await checkedBytes(path);
    return respond(path, bytes);
  } catch {
    return navigation ? brokenPage() : new Response(null, { status: 503, headers: COMMON_HEADERS });
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
  event.respondWith(serve(path, navigation));
  if (navigation) {
    // The page asks for the rest at once: check every file now, in parallel, so that a
    // damaged one is fetched again while the network is there (and the neutral page is
    // whole when "Leave now" needs it).
    event.waitUntil(Promise.allSettled(Object.keys(FILES).map(checkedBytes)));
  }
});
