// The "leave now" guard, inlined at the top of every page: see src/browser/leave.rs.
(function () {
  var KEY = "repere.left", NEUTRAL = "/calc.html";
  var links = document.currentScript.getAttribute("data-leave-links");
  function leave() {
    document.documentElement.hidden = true;
    location.replace(NEUTRAL);
  }
  function left() {
    try { return sessionStorage.getItem(KEY) !== null; } catch (e) { return false; }
  }
  if (left()) {
    var entry = performance.getEntriesByType("navigation")[0];
    if (entry && entry.type === "back_forward") leave();
    else try { sessionStorage.removeItem(KEY); } catch (e) {}
  }
  addEventListener("pageshow", function (event) { if (event.persisted && left()) leave(); });
  addEventListener("click", function (event) {
    var link = links && event.target.closest && event.target.closest(links);
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    try { sessionStorage.setItem(KEY, "1"); } catch (e) {}
    leave();
  }, true);
})();
