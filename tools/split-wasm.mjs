// Splits the wasm by screen (issue 12: the first visit carries only the shell and the home
// screen). Trunk cannot do it (its issue 1022): the split needs the linker's relocations,
// which wasm-bindgen drops, so it must come between cargo and wasm-bindgen. This step,
// called by post-build.mjs, redoes Trunk's last two steps on cargo's own wasm:
//  1. wasm-split-cli (crate wasm_split_cli_support, tools/install.sh) cuts cargo's wasm
//     (linked with --emit-relocs, .cargo/config.toml) at the `#[wasm_split]` functions of
//     src/ui/app.rs: a main wasm, one wasm per split (facts, finder, diary), one per piece
//     of code that several splits share and the main one does not, and the JS that fetches
//     and instantiates them on demand (against the main wasm's memory, table and exports);
//  2. wasm-bindgen on the main wasm, as Trunk calls it, keeping the exports the splits use;
//  3. wasm-opt on each wasm (Trunk's is off, index.html: its output is not kept), which
//     also drops the stream adapters that leptos's server functions export (see UNUSED);
// Trunk's glue and wasm are replaced. Every file gets the same hash, of all their contents
// (the glue imports the split loader, which imports the glue back: no file's hash can name
// the other's), so that the server may keep them forever (tools/headers.mjs).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const NAME = "repere";
/** The split loader's name as the main wasm imports it (wasm-split-cli's default). */
const LOADER = "./__wasm_split.js";

/**
 * wasm-opt's level (size first), twice: the second pass finds what the first one's inlining
 * and merging opened up (about 300 B gzip off the main wasm; a third gives nothing more).
 * Then the wasm features rustc's wasm32 target emits.
 */
export const WASM_OPT = [
  "-Oz", "-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue",
];

/**
 * wasm-streams' adapters (Rust streams as JS ones), exported by every build because leptos
 * depends on server_fn. This client-only app has no server function: nothing in the glue
 * or the page creates them, yet as exports they kept 0.75 KB gzip of JS and wasm in the
 * first visit.
 */
const UNUSED = { classes: ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"], exports: "*intounderlying*", enums: ["ReadableStreamType"] };

/** The glue without the UNUSED classes, their finalizers and the enum only they read. */
function dropUnusedClasses(glueJs) {
  for (const name of UNUSED.classes) {
    const before = glueJs;
    glueJs = glueJs
      .replace(new RegExp(`^export class ${name} \\{\n[\\s\\S]*?^\\}\n(if \\(Symbol\\.dispose\\) ${name}\\.prototype.*\n)?`, "m"), "")
      .replace(new RegExp(`^const ${name}Finalization = [^;]*;\n`, "m"), "");
    if (glueJs === before) throw new Error(`wasm-bindgen's glue: class ${name} not found (UNUSED in tools/split-wasm.mjs)`);
  }
  for (const name of UNUSED.enums) glueJs = glueJs.replace(new RegExp(`^const __wbindgen_enum_${name} = .*\n`, "m"), "");
  const left = glueJs.match(/IntoUnderlying|intounderlying|__wbindgen_enum_ReadableStreamType/i);
  if (left) throw new Error(`wasm-bindgen's glue still names ${left[0]} after dropping the unused classes`);
  return glueJs;
}

const run = (cmd, args) => execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });

/** The tool's version must be the one Trunk.toml pins (a wrong wasm-opt breaks the page). */
function checkVersion(tool, pinned, found) {
  if (!found.includes(pinned)) throw new Error(`${tool}: ${found.trim()} on PATH, Trunk.toml pins ${pinned} (tools/install.sh)`);
}

/**
 * Splits cargo's wasm for `profile` into `staging`, in place of Trunk's glue and wasm, and
 * returns `index` (Trunk's index.html) naming the new glue and main wasm.
 */
export function splitWasm(staging, index, profile) {
  const trunk = readFileSync("Trunk.toml", "utf8");
  checkVersion("wasm-bindgen", trunk.match(/wasm_bindgen = "([^"]+)"/)[1], run("wasm-bindgen", ["--version"]));
  checkVersion("wasm-opt", trunk.match(/wasm_opt = "version_(\d+)"/)[1], run("wasm-opt", ["--version"]));
  const glue = index.match(/\/(repere-[0-9a-f]+)\.js\b/)?.[1];
  const wasm = index.match(/\/(repere-[0-9a-f]+_bg)\.wasm\b/)?.[1];
  if (!glue || !wasm) throw new Error("index.html: Trunk's glue and wasm were not found");

  const work = mkdtempSync(join(tmpdir(), "repere-split-"));
  try {
    run("wasm-split-cli", [`target/wasm32-unknown-unknown/${profile}/${NAME}.wasm`, work, "--target", "web", "--out-name", NAME]);
    const bindgen = join(work, "bindgen");
    run("wasm-bindgen", [
      "--target=web", "--no-typescript", "--keep-lld-exports", "--no-demangle",
      `--out-dir=${bindgen}`, `--out-name=${NAME}`, join(work, `${NAME}.wasm`),
    ]);
    const optimise = (path, ...passes) => run("wasm-opt", [...WASM_OPT, ...passes, path, "-o", path]);

    // Each split and shared piece: `split_<name>.wasm` or `chunk_<n>.wasm`, as the loader names it.
    const parts = readdirSync(work).filter((file) => /^(split_\w+|chunk_\d+)\.wasm$/.test(file));
    if (!parts.some((file) => file.startsWith("split_"))) throw new Error("wasm-split-cli split nothing off: no #[wasm_split] function?");
    const main = join(bindgen, `${NAME}_bg.wasm`);
    optimise(main, "--remove-exports", `--pass-arg=remove-exports@${UNUSED.exports}`);
    for (const file of parts) optimise(join(work, file));

    let glueJs = dropUnusedClasses(readFileSync(join(bindgen, `${NAME}.js`), "utf8"));
    let loaderJs = readFileSync(join(work, LOADER), "utf8");
    const hash = createHash("sha256");
    for (const bytes of [readFileSync(main), ...parts.map((file) => readFileSync(join(work, file))), glueJs, loaderJs]) hash.update(bytes);
    const base = `${NAME}-${hash.digest("hex").slice(0, 16)}`;
    const partName = (file) => `${base}_${file.replace(/^split_/, "").replace(/^chunk_/, "chunk")}`;

    // The glue's imports of the loader, one per split (the wasm's import object keeps the
    // name the wasm knows it by).
    const importOfLoader = new RegExp(`^(import \\* as \\w+ from ")${LOADER.replace(/[.]/g, "\\.")}(")`, "gm");
    if (!importOfLoader.test(glueJs)) throw new Error("wasm-bindgen's glue does not import the split loader");
    glueJs = glueJs.replace(importOfLoader, `$1./${base}_split.js$2`);
    const importOfGlue = `from "./${NAME}.js"`;
    if (!loaderJs.includes(importOfGlue)) throw new Error("wasm-split-cli's loader: no import of the glue");
    loaderJs = loaderJs.replace(importOfGlue, `from "./${base}.js"`);
    for (const file of parts) {
      const quoted = `"./${file}"`;
      if (!loaderJs.includes(quoted)) throw new Error(`wasm-split-cli's loader does not fetch ${file}`);
      loaderJs = loaderJs.replaceAll(quoted, `"./${partName(file)}"`);
    }

    rmSync(join(staging, `${glue}.js`));
    rmSync(join(staging, `${wasm}.wasm`));
    writeFileSync(join(staging, `${base}.js`), glueJs);
    writeFileSync(join(staging, `${base}_split.js`), loaderJs);
    writeFileSync(join(staging, `${base}_bg.wasm`), readFileSync(main));
    for (const file of parts) writeFileSync(join(staging, partName(file)), readFileSync(join(work, file)));

    const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
    const sizes = [`${base}_bg.wasm`, ...parts.map(partName)].map((file) => `${file} ${gzip(join(staging, file))} B`);
    console.log(`split-wasm: gzip ${sizes.join(", ")}`);
    return index.replaceAll(`/${glue}.js`, `/${base}.js`).replaceAll(`/${wasm}.wasm`, `/${base}_bg.wasm`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
