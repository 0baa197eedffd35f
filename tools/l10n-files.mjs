// Each language's texts as a file of the build, `/l10n/<code>.ftl`: the app fetches the
// user's language when it starts and another one when it is chosen (src/i18n.rs), instead
// of carrying all four in the wasm. Comments are for translators and are left out: in
// Fluent a comment is a line starting with `#` (a pattern's continuation lines are indented).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const LANGS = ["fr", "en", "ru", "wo"];

/** Writes `l10n/<code>.ftl` for every language into `dir`. */
export function writeTexts(dir) {
  mkdirSync(join(dir, "l10n"), { recursive: true });
  for (const lang of LANGS) {
    const source = readFileSync(`locales/${lang}/repere.ftl`, "utf8");
    const text = source
      .split("\n")
      .filter((line) => !line.startsWith("#"))
      .join("\n")
      .replace(/\n{3,}/g, "\n\n");
    writeFileSync(join(dir, "l10n", `${lang}.ftl`), text);
  }
}
