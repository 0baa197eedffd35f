// A small working calculator; nothing here talks to anything.
(() => {
  const screen = document.getElementById("screen");
  let text = "";
  const show = () => (screen.textContent = text === "" ? "0" : text.replace(/\./g, ","));
  const evaluate = (expr) => {
    // Only digits, operators, points and parentheses: parsed by hand, never eval'd.
    const tokens = expr.match(/\d+(?:\.\d+)?|[-+*/()]/g) || [];
    let i = 0;
    const peek = () => tokens[i];
    const next = () => tokens[i++];
    const factor = () => {
      const t = next();
      if (t === "-") return -factor();
      if (t === "(") { const v = sum(); next(); return v; }
      return parseFloat(t);
    };
    const product = () => {
      let v = factor();
      while (peek() === "*" || peek() === "/") v = next() === "*" ? v * factor() : v / factor();
      return v;
    };
    const sum = () => {
      let v = product();
      while (peek() === "+" || peek() === "-") v = next() === "+" ? v + product() : v - product();
      return v;
    };
    const value = sum();
    return Number.isFinite(value) ? String(Math.round(value * 1e10) / 1e10) : "";
  };
  document.querySelector(".keys").addEventListener("click", (event) => {
    const key = event.target.closest("button")?.dataset.key;
    if (!key) return;
    if (key === "C") text = "";
    else if (key === "back") text = text.slice(0, -1);
    else if (key === "=") text = evaluate(text);
    else text += key;
    show();
  });
})();
