// A briefing: the view on screen as one self-contained HTML file to attach to a board paper. Its
// picture (the SVG of just that view), what it shows in sentences (one per relationship it lights,
// numbered), and every quote those rest on, once each, with its source and the numbers of the
// sentences it supports. No outside file: it opens offline and prints as it shows, on A4 (a PDF is
// the browser's Print, or `npm run briefing`); its one tiny script only shows the Print button.
import type { Citation } from "../types.js";
import { escapeHtml, httpUrl, inlineSvg, printButton, printScript, printStyle } from "./html-file.js";
import { stepSources } from "./step-sources.js";

export interface BriefingInput {
  /** The page's title, e.g. "Tower Hamlets Together: who works with whom". */
  title: string;
  /** What the view is, in one sentence (model/view-description.ts). */
  description: string;
  /** "As of 1 June 2023", "All time", "Comparing … with …". */
  when: string;
  /** The picture: an SVG document as cytoscape-svg writes it (escaped by the browser's serialiser). */
  svg: string;
  /** One per relationship the view shows, with the citations it rests on. */
  facts: { sentence: string; citations: Citation[] }[];
  /** The link that reopens the view. */
  link: string;
  /** When the briefing was made (YYYY-MM-DD). */
  made: string;
}

/** Only http(s) links: an address from the data must never become a `javascript:` link. */
const sourceHtml = (c: Citation) => {
  const title = escapeHtml(c.sourceTitle ?? c.source);
  const url = httpUrl(c.sourceUrl);
  return url ? `<cite><a href="${escapeHtml(url)}">${title}</a></cite>` : `<cite>${title}</cite>`;
};

const style = `
body { font: 16px/1.45 system-ui, sans-serif; color: #1a1a1a; max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 0.3rem; }
.when { color: #555; margin: 0 0 1rem; }
figure { margin: 0 0 1.5rem; border: 1px solid #ccc; }
figure svg { display: block; width: 100%; height: auto; max-height: 38rem; }
figcaption { padding: 0.4rem 0.6rem; color: #555; font-size: 0.9rem; }
ol.facts li, ol.evidence li { margin: 0.25rem 0; }
.marker { font-weight: bold; margin-right: 0.3rem; }
q { font-style: italic; }
footer { margin-top: 2rem; color: #555; font-size: 0.85rem; }
.print-button { float: right; font: inherit; min-height: 2.75rem; padding: 0.3rem 0.9rem; border: 1px solid #4a4a4a; border-radius: 4px; background: #fff; cursor: pointer; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  figure { break-inside: avoid; }
  figure svg { max-height: 150mm; }
  ol.evidence li { break-inside: avoid; }
}
${printStyle}`;

export function briefingHtml(input: BriefingInput): string {
  const sources = stepSources([], input.facts);
  const facts = input.facts
    .map((f, i) => `<li><span class="marker">[${i + 1}]</span>${escapeHtml(f.sentence)}</li>`)
    .join("\n");
  const evidence = sources
    .map(
      (s) =>
        `<li><span class="marker">${s.lines.map((n) => `[${n}]`).join("")}</span><q>${escapeHtml(s.citation.quote)}</q> — ${sourceHtml(s.citation)}</li>`,
    )
    .join("\n");
  // Without the SVG's own XML declaration, and scaling to the page's width.
  const svg = inlineSvg(input.svg);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tht-graph">
<title>${escapeHtml(`${input.title}: ${input.when}`)}</title>
<style>${style}</style>
</head>
<body>
${printButton}
<h1>${escapeHtml(input.title)}</h1>
<p class="when">${escapeHtml(input.when)}. ${escapeHtml(input.description)}</p>
<figure>
${svg}
<figcaption>${escapeHtml(input.description)}</figcaption>
</figure>
<h2>What it shows</h2>
${facts ? `<ol class="facts">\n${facts}\n</ol>` : "<p>No relationships in this view.</p>"}
<h2>Evidence</h2>
${evidence ? `<ol class="evidence">\n${evidence}\n</ol>` : "<p>No citations.</p>"}
<footer>Made on ${escapeHtml(input.made)} by tht-graph. The view: <a href="${escapeHtml(input.link)}">${escapeHtml(input.link)}</a></footer>
<script>
${printScript}
</script>
</body>
</html>
`;
}
