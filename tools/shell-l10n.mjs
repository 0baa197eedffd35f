// The static first screen (index.html) is French; returning users who chose another
// language, and browsers asking for one, must not see French flash before the app
// starts. This builds a small inline script, run before the first paint, that puts the
// texts of the chosen language in place. Texts come from locales/*/repere.ftl at build
// time, through a resolver for the little Fluent the first screen uses (text, { $count },
// a plural or exact-number select on it); anything else fails the build.
import { readFileSync } from "node:fs";

const LANGS = ["fr", "en", "ru", "wo"];

/** `id → lines of its value` for the messages of one .ftl file. */
function messages(lang) {
  const found = new Map();
  let current = null;
  for (const line of readFileSync(`locales/${lang}/repere.ftl`, "utf8").split("\n")) {
    const start = line.match(/^([a-z][a-z0-9-]*) =(?: (.*))?$/);
    if (start) {
      current = [start[2] ?? ""];
      found.set(start[1], current);
    } else if (current && /^\s+\S/.test(line) || (current && line === "}")) {
      current.push(line);
    } else {
      current = null;
    }
  }
  return found;
}

function render(lang, id, lines, count) {
  const fill = (text) => {
    const rest = text.replace(/\{ \$count \}/g, () => {
      if (count === undefined) throw new Error(`${lang}/${id}: needs a count`);
      return String(count);
    });
    if (/[{}]/.test(rest)) throw new Error(`${lang}/${id}: Fluent the first screen does not support: ${text}`);
    return rest;
  };
  if (lines.length === 1) return fill(lines[0]);
  if (lines[0] !== "{ $count ->" || lines.at(-1) !== "}") throw new Error(`${lang}/${id}: unsupported multi-line message`);
  const variants = lines.slice(1, -1).map((line) => {
    const variant = line.match(/^\s*(\*?)\[([a-z0-9]+)\] (.*)$/);
    if (!variant) throw new Error(`${lang}/${id}: unsupported variant line: ${line}`);
    return { isDefault: variant[1] === "*", key: variant[2], text: variant[3] };
  });
  const category = new Intl.PluralRules(lang).select(count);
  const chosen = variants.find((v) => v.key === String(count)) ??
    variants.find((v) => v.key === category) ?? variants.find((v) => v.isDefault);
  return fill(chosen.text);
}

/** `lang → id → text` for plain messages (no variables), in every language. */
export function plainTexts(ids) {
  return Object.fromEntries(LANGS.map((lang) => {
    const source = messages(lang);
    return [lang, Object.fromEntries(ids.map((id) => {
      if (!source.has(id)) throw new Error(`${lang}: no message ${id}`);
      return [id, render(lang, id, source.get(id))];
    }))];
  }));
}

/** The inline script for `html` (the built index.html). */
export function shellScript(html) {
  const needed = [...html.matchAll(/<[^>]*\bdata-l10n(?:-aria-label)?="[^>]*>/g)].map(([tag]) => {
    const id = tag.match(/data-l10n(?:-aria-label)?="([^"]+)"/)[1];
    const count = tag.match(/data-l10n-count="(\d+)"/);
    return { id, count: count ? Number(count[1]) : undefined };
  });
  if (needed.length < 12) throw new Error("index.html: the static first screen's data-l10n texts were not found");
  const texts = {};
  for (const lang of LANGS.filter((lang) => lang !== "fr")) {
    const source = messages(lang);
    texts[lang] = {};
    for (const { id, count } of needed) {
      if (!source.has(id)) throw new Error(`${lang}: no message ${id} for the first screen`);
      texts[lang][id] = render(lang, id, source.get(id), count);
    }
  }
  // Mirrors src/lang.rs and src/settings.rs: the stored choice, else the first browser
  // language Repère speaks, else French (already on the page).
  return `(function () {
  var texts = ${JSON.stringify(texts)};
  var known = ${JSON.stringify(LANGS)};
  function fromTag(tag) {
    var primary = String(tag).trim().split(/[-_]/)[0].toLowerCase();
    return known.indexOf(primary) >= 0 ? primary : null;
  }
  var lang = null;
  try { lang = fromTag(JSON.parse(localStorage.getItem("repere.settings")).lang); } catch (e) {}
  var preferred = navigator.languages || [];
  for (var i = 0; !lang && i < preferred.length; i++) lang = fromTag(preferred[i]);
  var chosen = texts[lang];
  if (!chosen) return;
  document.documentElement.lang = lang;
  var shell = document.getElementById("static-shell");
  shell.querySelectorAll("[data-l10n]").forEach(function (node) { node.textContent = chosen[node.getAttribute("data-l10n")]; });
  shell.querySelectorAll("[data-l10n-aria-label]").forEach(function (node) {
    node.setAttribute("aria-label", chosen[node.getAttribute("data-l10n-aria-label")]);
  });
  // Links to a page per language (the "What to do" guide).
  shell.querySelectorAll("[data-l10n-href]").forEach(function (node) {
    node.setAttribute("href", node.getAttribute("data-l10n-href").replace("{lang}", lang));
  });
  shell.querySelector(".language-picker select").value = lang;
})();`;
}
