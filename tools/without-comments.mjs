// The page as sent, without what is written for us: the HTML comments, the comments of the
// inline style (the whole of style.css) and the inline scripts' comment lines are bytes of
// every first visit. Run before the inline scripts and style are hashed for the CSP.

/** `html` without HTML comments, `/* … *\/` in `<style>` and whole-line `//` in `<script>`. */
export function withoutComments(html) {
  return html
    .replace(/<!--[\s\S]*?-->\s*/g, "")
    .replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open, css, close) =>
      open + css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\n\s*\n/g, "\n") + close)
    .replace(/(<script(?![^>]*\bsrc=)[^>]*>)([\s\S]*?)(<\/script>)/g, (_, open, js, close) =>
      open + js.replace(/^[ \t]*\/\/.*\n/gm, "") + close);
}
