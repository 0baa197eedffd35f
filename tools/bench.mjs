// `make bench`: the figures we quote, one per line with its unit.
//  1. First-load transfer of the release build in dist/ (raw, gzip, brotli), against the budget.
//  2. Lighthouse mobile (default simulated throttling) on the app and on a static page of the
//     same first screen, served the same way; medians of 3 runs; the LCP ratio app ÷ static.
//  3. Repeat visit offline: LCP with the service worker serving everything, app and static twin.
//  4. The finder's native timings (cargo bench).
//  5. The diary of 10,000 entries in headless Chromium: unlock, parse, stats vs JSON.parse.
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser } from "./chromium.mjs";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const BUDGET_GZIP_BYTES = Number(readFileSync("size-budget.txt", "utf8").match(/^\d+/m)[0]);
const RUNS = 3;
const CHROME_FLAGS = CHROMIUM_ARGS.join(" ");

const line = (label, value, unit = "") => console.log(`${label}: ${value}${unit ? " " + unit : ""}`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// 1. Sizes. The service worker precaches every file on the first visit, so every file counts.
console.log("# First-load transfer (release build, wasm-opt -Oz)");
let total = { raw: 0, gzip: 0, brotli: 0 };
for (const path of files("dist").sort()) {
  const body = readFileSync(path);
  const size = {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  for (const key in total) total[key] += size[key];
  line(path, `${size.raw} B raw, ${size.gzip} B gzip, ${size.brotli} B brotli`);
}
line("total raw", total.raw, "B");
line("total gzip", total.gzip, "B");
line("total brotli", total.brotli, "B");
line("budget gzip", BUDGET_GZIP_BYTES, "B");
line("goal gzip (issue 6)", 200 * 1024, "B");
console.log(total.gzip <= 200 * 1024 ? "goal met: first load ≤ 200 KB gzip" : `GOAL NOT MET: first load is ${total.gzip} B gzip, over 200 KB`);

// 2. Lighthouse, app and static page, same server.
async function serve(dir) {
  const server = spawn(process.execPath, ["tools/serve.mjs", dir, "0"], { stdio: ["ignore", "pipe", "inherit"] });
  const [out] = await once(server.stdout, "data");
  return { origin: String(out).match(/http:\/\/127\.0\.0\.1:\d+/)[0], stop: () => server.kill() };
}

function lighthouse(url) {
  const json = execFileSync("lighthouse", [url, "--output=json", "--quiet", `--chrome-flags=${CHROME_FLAGS}`,
    "--only-categories=performance,accessibility,best-practices"], {
    env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 << 20,
  });
  const report = JSON.parse(json);
  const audit = (id) => report.audits[id].numericValue;
  return {
    performance: report.categories.performance.score * 100,
    accessibility: report.categories.accessibility.score * 100,
    "best-practices": report.categories["best-practices"].score * 100,
    LCP: audit("largest-contentful-paint"),
    FCP: audit("first-contentful-paint"),
    TBT: audit("total-blocking-time"),
    CLS: audit("cumulative-layout-shift"),
  };
}

// The static twin: the same index.html and files without the app (its module script and
// preloads); the small inline script that puts the first screen in the user's language stays.
const staticDir = mkdtempSync(join(tmpdir(), "repere-static-"));
cpSync("dist", staticDir, { recursive: true });
const index = readFileSync(join(staticDir, "index.html"), "utf8")
  .replace(/<script type="module">[\s\S]*?<\/script>/g, "")
  .replace(/<link[^>]*rel="(modulepreload|preload)"[^>]*>/g, "");
writeFileSync(join(staticDir, "index.html"), index);

// 3. Repeat visit offline. Lighthouse cannot reload offline, so Chromium does it directly:
// first visit online (the worker precaches), then offline, with the CPU slowed 4× as in
// Lighthouse's mobile preset, RUNS reloads, LCP read from the page's own PerformanceObserver.
async function offlineRepeatLcp(origin, { isApp }) {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(origin + "/");
    // The static twin has no script to register the worker, so the bench registers the same one.
    if (!isApp) await page.evaluate(() => navigator.serviceWorker.register("/sw.js"));
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      await page.reload({ waitUntil: "load" });
      if (isApp) await page.waitForFunction(() => !document.getElementById("static-shell"));
      const servedByWorker = await page.evaluate(() => navigator.serviceWorker.controller !== null);
      if (!servedByWorker) throw new Error(`${origin}: the reload was not served by the service worker`);
      runs.push(await page.evaluate(() => new Promise((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().at(-1).startTime))
          .observe({ type: "largest-contentful-paint", buffered: true });
      })));
    }
    return median(runs);
  } finally {
    await browser.close();
  }
}

const medians = {};
const offline = {};
for (const [name, dir] of [["app", "dist"], ["static", staticDir]]) {
  const server = await serve(dir);
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(lighthouse(server.origin + "/"));
  offline[name] = await offlineRepeatLcp(server.origin, { isApp: name === "app" });
  server.stop();
  medians[name] = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));
  console.log(`# Lighthouse mobile, ${name}, median of ${RUNS}`);
  for (const [key, value] of Object.entries(medians[name])) {
    const unit = ["LCP", "FCP", "TBT"].includes(key) ? "ms" : key === "CLS" ? "" : "/ 100";
    line(`${name} ${key}`, key === "CLS" ? value.toFixed(3) : Math.round(value), unit);
  }
}
rmSync(staticDir, { recursive: true, force: true });
const ratio = medians.app.LCP / medians.static.LCP;
line("LCP ratio app ÷ static", ratio.toFixed(2));
console.log(ratio <= 1.25 ? "goal met: LCP ratio ≤ 1.25" : `GOAL NOT MET: LCP ratio ${ratio.toFixed(2)} > 1.25`);

console.log(`# Repeat visit offline, service worker, CPU 4× slower, median of ${RUNS}`);
line("offline app LCP", Math.round(offline.app), "ms");
line("offline static LCP", Math.round(offline.static), "ms");
const offlineRatio = offline.app / offline.static;
line("offline LCP ratio app ÷ static", offlineRatio.toFixed(2));
console.log(offlineRatio <= 1.25 ? "goal met: offline LCP ratio ≤ 1.25" : `GOAL NOT MET: offline LCP ratio ${offlineRatio.toFixed(2)} > 1.25`);

// 4. Finder.
console.log("# Finder (native, release)");
process.stdout.write(execFileSync("cargo", ["bench", "--quiet", "--bench", "finder"], { encoding: "utf8" }));

// 5. Diary, 10,000 entries, in headless Chromium (tests/diary_bench.rs prints its figures).
console.log("# Diary, 10,000 entries, headless Chromium (release wasm)");
const diary = execFileSync("cargo", ["test", "--release", "--target", "wasm32-unknown-unknown",
  "--test", "diary_bench", "--", "--nocapture"], {
  encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], env: { ...process.env, CHROMEDRIVER: process.env.CHROMEDRIVER ?? "/usr/bin/chromedriver" },
});
for (const row of diary.split("\n")) if (/^(diary|JSON\.parse)/.test(row)) console.log(row);
