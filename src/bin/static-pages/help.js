// The guide's small script (/help/help.js), loaded after the page is shown; the page
// works without it. It shows the print button, and adds a "listen" button to each part
// marked data-say, but only when the device has a voice of its own (localService) for the
// page's language: a network voice would send the text to another server, so it is never
// used. Without such a voice (Wolof, today) there is no button, and the pictograms and
// text remain.
(function () {
  if ("serviceWorker" in navigator) {
    // A first visit that starts here gets the whole app offline too, as from any screen.
    navigator.serviceWorker.register("/sw.js").catch(function () {});
  }

  // The browser's own print (the page's print style: A4, the numbers on every page).
  var print = document.querySelector(".help-print");
  if (print && typeof window.print === "function") {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }

  var synth = window.speechSynthesis;
  if (!synth || typeof window.SpeechSynthesisUtterance !== "function") return;
  var lang = document.documentElement.lang;
  var labels = { listen: document.body.dataset.listen, stop: document.body.dataset.listenStop };

  function speaks(tag) {
    return String(tag || "").trim().toLowerCase().split(/[-_]/)[0] === lang;
  }
  function localVoice() {
    var voices = synth.getVoices() || [];
    for (var i = 0; i < voices.length; i++) {
      if (voices[i].localService === true && speaks(voices[i].lang)) return voices[i];
    }
    return null;
  }

  var buttons = [];
  var speaking = null;
  function reset() {
    if (speaking) speaking.textContent = labels.listen;
    if (speaking) speaking.setAttribute("aria-pressed", "false");
    speaking = null;
  }
  function say(button, text) {
    var wasThis = speaking === button;
    synth.cancel();
    reset();
    if (wasThis) return;
    var voice = localVoice();
    if (!voice) return;
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    // A little slower than the default, as in the app.
    utterance.rate = 0.9;
    utterance.onend = utterance.onerror = function () {
      if (speaking === button) reset();
    };
    speaking = button;
    button.textContent = labels.stop;
    button.setAttribute("aria-pressed", "true");
    synth.speak(utterance);
  }

  function addButtons() {
    if (buttons.length || !localVoice()) return;
    document.querySelectorAll("[data-say]").forEach(function (part) {
      // What the part says, without its source line.
      var pieces = [];
      part.querySelectorAll("h2, p:not(.help-cited)").forEach(function (node) {
        pieces.push(node.textContent.trim());
      });
      var text = pieces.join(". ").replace(/([.:!?])\./g, "$1");
      var button = document.createElement("button");
      button.type = "button";
      button.className = "help-listen";
      button.textContent = labels.listen;
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", function () { say(button, text); });
      part.appendChild(button);
      buttons.push(button);
    });
  }
  function removeButtons() {
    if (localVoice()) return;
    synth.cancel();
    reset();
    buttons.forEach(function (button) { button.remove(); });
    buttons = [];
  }

  addButtons();
  // Voices usually arrive a moment after the page loads, and may change later.
  synth.onvoiceschanged = function () {
    removeButtons();
    addButtons();
  };
  addEventListener("pagehide", function () { synth.cancel(); });
})();
