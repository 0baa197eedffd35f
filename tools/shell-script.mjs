// The static first screen (index.html) is French; returning users who chose another
// language, and browsers asking for one, must not see French flash before the app
// starts. This builds the small inline script, run before the first paint, that puts the
// texts of the chosen language in place (index.html holds rendering until it has run:
// `<link rel=expect blocking=render>`). The texts are resolved from the .ftl files by
// src/bin/static-pages (first_screen.rs), the build's one Fluent resolver.

/** The inline script, from `texts` (`lang → id → text`, every language but French). */
export function shellScript(texts) {
  const langs = ["fr", ...Object.keys(texts)];
  // Mirrors src/lang.rs and src/settings.rs: the stored choice, else the first browser
  // language Repère speaks, else French (already on the page).
  return `(function () {
  var texts = ${JSON.stringify(texts)};
  var known = ${JSON.stringify(langs)};
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
