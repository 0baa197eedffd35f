// The app must start only after the static first screen has been painted. Lighthouse's
// simulated LCP counts every request that finished before the observed LCP: when the wasm
// (preloaded from <head>) finished first, the estimate added its whole download, about
// 2.4 s more, in some runs and not others. So Trunk's loader is changed here:
//  - no <link rel=modulepreload/preload> for the glue and the wasm in <head>;
//  - its module script waits for the first contentful paint to be reported, then one
//    more frame (a frame alone was not enough on a busy machine: the app could mount
//    before the browser had painted anything), and only then imports the glue, which
//    fetches the wasm; the shell's texts in the first screen's language (<html lang>,
//    set by the shell script) are fetched at the same time, for the app to take (src/browser/fetch.rs).
//  - the manifest and the icon are linked then too, not from <head>: in runs where the
//    browser asked for them before the largest paint, the estimate added their downloads
//    (about 200 ms), and the LCP went from one run to the next between two values. Until
//    then the icon is an empty data: URL, or the browser would ask for /favicon.ico;
//  - when the glue or the wasm cannot be had, the first screen says so (#start-failed).
// Everything the first paint needs is in index.html itself, so nothing else waits.

/** `index` (Trunk's index.html) with the app's download moved after the first paint. */
export function startAfterFirstPaint(index) {
  const preloads = /<link rel="(?:modulepreload|preload)" href="\/repere-[0-9a-f]+(?:_bg\.wasm|\.js)"[^>]*>/g;
  if ((index.match(preloads) ?? []).length !== 2) throw new Error("index.html: Trunk's two preload links were not found");
  const loader = /<script type="module">\s*import init, \* as bindings from '(\/repere-[0-9a-f]+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\/repere-[0-9a-f]+_bg\.wasm)' \}\);([\s\S]*?)<\/script>/;
  const found = index.match(loader);
  if (!found) throw new Error("index.html: Trunk's loader script has changed; update tools/start-after-paint.mjs");
  const [, glue, wasm, rest] = found;
  const script = `<script type="module">
await new Promise((painted) => {
  const next = () => requestAnimationFrame(() => setTimeout(painted));
  // A hidden page paints nothing: nothing to wait for. Else the first contentful paint,
  // then one more frame; and never more than 3 s, should the browser not report it.
  if (document.visibilityState === "hidden" || !PerformanceObserver.supportedEntryTypes?.includes("paint")) return next();
  setTimeout(painted, 3000);
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName("first-contentful-paint").length) observer.disconnect(), next();
  }).observe({ type: "paint", buffered: true });
});
document.head.append(Object.assign(document.createElement("link"), { rel: "manifest", href: "/manifest.webmanifest" }));
document.querySelector("link[rel=icon]").href = "/icons/icon.svg";
const lang = document.documentElement.lang;
const texts = \`/l10n/\${lang}/shell.ftl\`;
window.repereTexts = [texts, fetch(texts).then((r) => (r.ok ? r.text() : null), () => null)];
let bindings, wasm;
try {
  bindings = await import('${glue}');
  wasm = await bindings.default({ module_or_path: '${wasm}' });
} catch {
  // Offline with nothing cached, or a damaged file the worker refused: the first screen
  // stays, its emergency numbers and guide work, and it says why nothing else does.
  document.getElementById("start-failed")?.removeAttribute("hidden");
}
if (wasm) {${rest.replace(/\n{2,}/g, "\n")}}</script>`;
  return index.replace(preloads, "").replace(loader, () => script);
}
