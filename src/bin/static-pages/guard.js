// Inline in each guide page, before the first paint (its hash is in the page's CSP).
// "Leave now" as in the app (src/browser/leave.rs): mark this tab, blank the page and
// replace it with the calculator, so the back button does not bring the guide back.
(function () {
  var KEY = "repere.left";
  var NEUTRAL = "/calc.html";
  function left() {
    try { return sessionStorage.getItem(KEY) === "1"; } catch (e) { return false; }
  }
  function leave() {
    try { sessionStorage.setItem(KEY, "1"); } catch (e) {}
    if (document.body) document.body.innerHTML = "";
    location.replace(NEUTRAL);
  }
  if (left()) {
    var nav = performance.getEntriesByType && performance.getEntriesByType("navigation")[0];
    if (nav && nav.type === "back_forward") {
      location.replace(NEUTRAL);
      return;
    }
    // Opened again on purpose: welcome back.
    try { sessionStorage.removeItem(KEY); } catch (e) {}
  }
  addEventListener("pageshow", function (event) {
    if (event.persisted && left()) location.replace(NEUTRAL);
  });
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.leave-now");
    if (!link) return;
    event.preventDefault();
    leave();
  });
})();
