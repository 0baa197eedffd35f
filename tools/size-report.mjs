// `make size-report`: where the wasm's bytes go (issue 12). Builds the release wasm, splits
// it by screen as the build does (tools/split-wasm.mjs) and, on the main wasm, with names
// kept (wasm-bindgen --keep-debug, wasm-opt -g with the build's flags), runs twiggy top /
// dominators / monos, and prints:
//  1. the top 20 items of the main wasm as a Markdown table (bytes, share, what it is);
//  2. the main wasm's sections, raw and gzip (code, data, imports, …);
//  3. each wasm of the split, gzip, and dist/ by kind (if a build is there).
// The full twiggy outputs go to target/size-report/.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { WASM_OPT } from "./split-wasm.mjs";

const OUT = "target/size-report";
const RAW = "target/wasm32-unknown-unknown/release/repere.wasm";
const run = (cmd, args, options = {}) =>
  execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 256 << 20, stdio: ["ignore", "pipe", "inherit"], ...options });
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

mkdirSync(OUT, { recursive: true });
if (!process.argv.includes("--no-build")) {
  run("cargo", ["build", "--release", "--locked", "--target", "wasm32-unknown-unknown", "--bin", "repere"], { stdio: "inherit" });
}
const split = join(OUT, "split");
rmSync(split, { recursive: true, force: true });
run("wasm-split-cli", [RAW, split, "--target", "web", "--out-name", "repere"]);
run("wasm-bindgen", ["--target", "web", "--no-typescript", "--keep-debug", "--keep-lld-exports", "--out-dir", OUT, join(split, "repere.wasm")]);
const bindgen = join(OUT, "repere_bg.wasm");
const named = join(OUT, "named.wasm");
const shipped = join(OUT, "shipped.wasm");
run("wasm-opt", [...WASM_OPT, "-g", bindgen, "-o", named]);
run("wasm-opt", [...WASM_OPT, bindgen, "-o", shipped]);
const shippedBytes = statSync(shipped).size;

for (const [name, args] of [
  ["top.txt", ["top", "-n", "200"]],
  ["dominators.txt", ["dominators", "-d", "4", "-r", "200"]],
  ["monos.txt", ["monos", "-m", "10", "-n", "60"]],
]) {
  writeFileSync(join(OUT, name), run("twiggy", [...args, named]));
}

const SECTIONS = ["custom", "type", "import", "function", "table", "memory", "global", "export", "start", "element", "code", "data", "datacount"];

// What an item is, in a few words: the first matching pattern wins.
const WHAT = [
  [/repere::ui::app::main_area/, "the app shell: the main area, and the screen for the address"],
  [/repere::ui::app::/, "the app shell (top bar, providers, routes)"],
  [/__component_(\w+)::/, (m) => `view code of the ${m[1].split("_").map((w) => w[0].toUpperCase() + w.slice(1)).join("")} component`],
  [/tachys::reactive_graph::<impl tachys::view::Render for F>::build/, "Leptos: building a reactive view node (one copy per closure type)"],
  [/tachys::.*into_any/, "Leptos: type-erased view (AnyView) glue, one copy per view type"],
  [/tachys::/, "Leptos view layer (tachys)"],
  [/reactive_graph::computed::arc_memo/, "Leptos: a Memo's update closure"],
  [/reactive_graph::/, "Leptos reactive system"],
  [/FnOnce::call_once\{\{vtable\.shim\}\}/, "closure shim behind a boxed closure"],
  [/FnOnce<A> for &F>::call_once/, "a closure called through a reference (inlined view code)"],
  [/serde_json|serde_core|serde::/, "JSON via serde / serde_json"],
  [/FluentResource::try_new/, "Fluent: parsing .ftl text"],
  [/fluent_bundle/, "Fluent: formatting a message"],
  [/fluent_syntax/, "Fluent: parsing .ftl text"],
  [/repere::i18n::/, "our i18n: building a language's loader"],
  [/dlmalloc/, "the memory allocator"],
  [/alloc::collections::btree/, "a BTreeMap (Fluent's and ours)"],
  [/flt2dec|fmt::float|dec2flt|f64 as core.*FromStr/, "floating-point formatting or parsing (core)"],
  [/core::fmt|::fmt::/, "core::fmt formatting"],
  [/GenericShunt/, "an iterator collecting into a Result (inlined caller)"],
  [/OnceCell.*get_or_try_init/, "a lazily initialised static (inlined initialiser)"],
  [/repere::diary::/, "diary domain code"],
  [/repere::ui::diary::state/, "diary state and saving (started with the app)"],
  [/^repere::main/, "the entry point, with start-up inlined"],
  [/^elem\[/, "the function table (every boxed closure and trait object)"],
  [/subsection/, "names (not shipped)"],
];
const what = (name) => {
  for (const [pattern, text] of WHAT) {
    const m = name.match(pattern);
    if (m) return typeof text === "function" ? text(m) : text;
  }
  return "";
};

// Data segments, told apart by what is in them (twiggy names them only .rodata.N).
function dataSegments(bytes) {
  const data = sections(bytes).find((s) => s.name === "data").body;
  let at = 0;
  const leb = () => {
    let value = 0, shift = 0, byte;
    do {
      byte = data[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const found = [];
  for (let count = leb(); count > 0; count--) {
    const flags = leb();
    if (flags === 2) leb();
    if (flags !== 1) while (data[at++] !== 0x0b); // the offset expression, up to its `end`
    const size = leb();
    found.push(Buffer.from(data.subarray(at, at + size)));
    at += size;
  }
  return found;
}
const segments = dataSegments(readFileSync(named));
function dataWhat(size) {
  const body = segments.filter((s) => s.length <= size && size - s.length <= 16).sort((a, b) => b.length - a.length)[0];
  if (!body) return "constant data";
  const has = (text) => body.includes(Buffer.from(text));
  const ratio = gzip(body) / body.length;
  if (has("home-title =")) return `constant data with the Fluent texts of every language (.ftl), gzip ${gzip(body)} B`;
  if (has("\tC\tCAARUD")) return `constant data with the finder's places, lines and map outlines, gzip ${gzip(body)} B`;
  if (ratio > 0.75) return `incompressible tables (Unicode, float conversion, hashes), gzip ${gzip(body)} B`;
  return `string literals and small tables, gzip ${gzip(body)} B`;
}

const top = JSON.parse(run("twiggy", ["top", "-n", "400", "--format", "json", named]))
  .filter((row) => !row.name.includes("subsection"))
  .slice(0, 20);
const short = (name) => name.replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]{16}\]/g, "");
console.log(`# Top 20 items of the main wasm (${shippedBytes} B shipped, names kept for twiggy)\n`);
console.log("| # | bytes | share | item | what it is |");
console.log("| ---: | ---: | ---: | --- | --- |");
top.forEach((row, i) => {
  const share = ((100 * row.shallow_size) / shippedBytes).toFixed(1);
  const item = short(row.name).replace(/\|/g, "\\|");
  const text = row.name.startsWith("data segment") ? dataWhat(row.shallow_size) : what(row.name);
  console.log(`| ${i + 1} | ${row.shallow_size} | ${share} % | \`${item.length > 90 ? item.slice(0, 87) + "…" : item}\` | ${text} |`);
});

// Sections of the shipped wasm, raw and gzip on their own.
function sections(bytes) {
  let at = 8;
  const leb = () => {
    let value = 0, shift = 0, byte;
    do {
      byte = bytes[at++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return value;
  };
  const found = [];
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = leb();
    found.push({ name: SECTIONS[id] ?? String(id), body: bytes.subarray(at, at + size) });
    at += size;
  }
  return found;
}
const wasm = readFileSync(shipped);
console.log(`\n# Sections of the main wasm: ${wasm.length} B raw, ${gzip(wasm)} B gzip\n`);
console.log("| section | raw | gzip alone |");
console.log("| --- | ---: | ---: |");
for (const { name, body } of sections(wasm).sort((a, b) => b.body.length - a.body.length)) {
  if (body.length > 1000) console.log(`| ${name} | ${body.length} | ${gzip(body)} |`);
}

// Each wasm of the split, as the build ships it: split_<screens>.wasm, or chunk_<n>.wasm
// for code that several screens share and the main wasm does not.
console.log("\n# The wasm split by screen, gzip\n");
console.log("| wasm | raw | gzip | fetched |");
console.log("| --- | ---: | ---: | --- |");
console.log(`| main | ${wasm.length} | ${gzip(wasm)} | first visit |`);
const loader = readFileSync(join(split, "__wasm_split.js"), "utf8");
for (const file of readdirSync(split).filter((name) => /^(split_\w+|chunk_\d+)\.wasm$/.test(name)).sort()) {
  const part = join(split, file);
  run("wasm-opt", [...WASM_OPT, part, "-o", part]);
  const bytes = readFileSync(part);
  // The loader names, above each shared chunk, the screens that need it.
  const users = file.startsWith("chunk_") ? loader.match(new RegExp(`/\\* ([\\w, ]+) \\*/\\nconst __${file.replace(".wasm", "")} `))?.[1] : null;
  console.log(`| ${file.replace(".wasm", "")} | ${bytes.length} | ${gzip(bytes)} | ${users ? `with the first of: ${users}` : "when the screen first opens"} |`);
}

// dist/ by kind.
if (existsSync("dist/index.html")) {
  const { kinds } = await import("./sizes.mjs");
  console.log("\n# dist/ by kind, gzip\n");
  for (const [kind, bytes] of Object.entries(kinds("dist"))) console.log(`- ${kind}: ${bytes} B`);
}
console.log(`\nFull twiggy outputs: ${OUT}/{top,dominators,monos}.txt`);
