// Repère service worker: precaches the whole build so the app opens and works offline
// after the first visit. tools/post-build.mjs fills in the build's file list and version.
// A new version installs in the background and takes over at the next launch (no
// skipWaiting), so an open page never mixes files from two builds.

const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `repere-${VERSION}`;
const APP_SHELL = "/index.html";

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
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

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  // Only our own files: anything else is none of the app's business.
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // Every route (/, /diary, …) is the same single-page app; a page of its own (the
  // neutral calculator "Leave now" opens) is served as itself.
  const key = request.mode === "navigate" && !PRECACHE.includes(url.pathname) ? APP_SHELL : request;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => (await cache.match(key, { ignoreSearch: true })) ?? fetch(request)),
  );
});
