// What the exported HTML files (the briefing, model/briefing.ts; the story, model/story-document.ts)
// share: text escaped for HTML, only http(s) links, the picture made to scale with its box, and
// the "Print or save as PDF" button, which a tiny inline script shows (without JavaScript it stays
// hidden, and the browser's own Print does the same).

/** For text and double-quoted attribute values (the only kind these files write). */
export const escapeHtml = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** The address if it is an http(s) one: an address from the data must never become a `javascript:` link. */
export const httpUrl = (url: string | null | undefined): string | null =>
  url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;

/**
 * cytoscape-svg's SVG for inline use in HTML: without its XML declaration, with a viewBox (from its
 * width and height) so that it scales to its box, and, given a label, named as one image.
 */
export function inlineSvg(svg: string, label?: string): string {
  let out = svg.replace(/^\s*<\?xml[^>]*>\s*/, "");
  const open = out.match(/^<svg\b[^>]*>/)?.[0];
  if (!open) return out;
  let tag = open;
  const size = (name: string) => Number(tag.match(new RegExp(`\\s${name}="([\\d.]+)"`))?.[1]);
  const [width, height] = [size("width"), size("height")];
  if (!/\sviewBox=/.test(tag) && width > 0 && height > 0)
    tag = tag.replace(/^<svg\b/, `<svg viewBox="0 0 ${width} ${height}"`);
  if (label !== undefined) tag = tag.replace(/^<svg\b/, `<svg role="img" aria-label="${escapeHtml(label)}"`);
  out = tag + out.slice(open.length);
  return out;
}

/** The button; `printScript` shows it. Screen only: print styles hide every button. */
export const printButton = '<button type="button" class="print-button" data-print hidden>Print or save as PDF</button>';

/**
 * Shows the print buttons, and opens every folded part (`<details>`) for printing, closing them
 * again after. A constant: nothing of the data is ever written into a script.
 */
export const printScript = `for (const b of document.querySelectorAll("[data-print]")) { b.hidden = false; b.addEventListener("click", () => print()); }
let folded = [];
addEventListener("beforeprint", () => { folded = [...document.querySelectorAll("details:not([open])")]; for (const d of folded) d.open = true; });
addEventListener("afterprint", () => { for (const d of folded) d.open = false; folded = []; });`;

/** Print styles both files share: A4, no buttons, folded parts open (where the browser can). */
export const printStyle = `
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  button, .print-button, nav.controls { display: none !important; }
  details::details-content { content-visibility: visible; display: block; }
  summary { list-style: none; font-weight: bold; }
  summary::-webkit-details-marker { display: none; }
  a { color: inherit; }
}
`;
