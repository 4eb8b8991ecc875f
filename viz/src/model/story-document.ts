// A story as one self-contained HTML file that presents offline, for rooms without a network and
// for sending to others: for each step its picture (the graph as the step shows it, drawn in the
// page), its title and caption large, its highlighted lines numbered as on the graph, and its
// evidence folded under them (each quote once, word for word, with its source's title, publisher,
// date and address where it has one: the live server's /sources/ links are no use offline). A tiny
// inline script shows one step at a time (← → Home End, Page Up and Page Down, and buttons, with
// "Step 2 of 6"); without JavaScript, and when printed, the steps follow one another (one per page).
import { exportFileName } from "../../../schema/contract.js";
import type { Citation, Story } from "../types.js";
import { formatDay } from "./format-date.js";
import { escapeHtml, httpUrl, inlineSvg, printButton, printScript, printStyle } from "./html-file.js";
import { type StepSource, stepSources } from "./step-sources.js";
import type { StoryStepShown } from "./story-step.js";

/** What the exported file says of a cited document, beyond the citation's own title and address. */
export interface SourceDetails {
  title: string;
  url: string | null;
  publisher: string | null;
  /** The source's date in words ("undated; not before 1 July 2022…"). */
  datedText: string | null;
}

export interface StoryDocumentInput {
  story: Pick<Story, "id" | "title" | "description">;
  /** Every step in order, as the page showed it, with the SVG the page drew for it. */
  steps: { shown: StoryStepShown; svg: string }[];
  /** By source id; a source missing here is named by its citations alone. */
  sources: ReadonlyMap<string, SourceDetails>;
  /** The link that reopens the story on the live page. */
  link: string;
  /** When the file was made (YYYY-MM-DD). */
  made: string;
}

/** A step's evidence as the presenter lists it: the step's own quotes, then its lines', each once. */
export function stepEvidence({ story, step, edges, sourceTitle }: StoryStepShown): StepSource[] {
  const own: Citation[] = step.cite.map((quote) => ({ quote, source: story.source, sourceTitle, sourceUrl: null }));
  return stepSources(own, edges);
}

/**
 * The file's name by the one export rule (core/export-file-name.ts): the dates the story spans (its
 * earliest and latest step), then the story's id, e.g.
 * `tht-graph-2013-12-31-to-2023-01-01-tower-hamlets-together-story.html`.
 */
export function storyFileName(story: Pick<Story, "id" | "steps">): string {
  const dates = story.steps
    .map((s) => s.date)
    .filter((d): d is string => Boolean(d))
    .sort();
  const [first, last] = [dates[0] ?? null, dates.at(-1) ?? null];
  const id = story.id.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "story";
  return exportFileName(
    `${id}-story.html`,
    first && last && first < last ? { compareFrom: first, compareTo: last } : { date: first },
  );
}

const whenOf = (date: string | null) => (date ? `As of ${formatDay(date)}` : "All time");

function sourceHtml(citation: Citation, details: SourceDetails | undefined): string {
  const title = details?.title ?? citation.sourceTitle ?? citation.source;
  const url = httpUrl(details?.url ?? citation.sourceUrl);
  const about = [details?.publisher, details?.datedText].filter((part): part is string => Boolean(part));
  const link = url ? ` <a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(url)}</a>` : "";
  return `<span class="source"><cite>${escapeHtml(title)}</cite>${about.map((part) => `, ${escapeHtml(part)}`).join("")}.${link}</span>`;
}

function evidenceHtml(sources: StepSource[], details: ReadonlyMap<string, SourceDetails>): string {
  if (sources.length === 0) return '<p class="muted">No citation.</p>';
  const items = sources.map(({ citation, lines }) => {
    const supports = lines.length > 0 ? ` <span class="supports">(${lines.map((n) => `[${n}]`).join(" ")})</span>` : "";
    return `<li><q>${escapeHtml(citation.quote)}</q>${supports} ${sourceHtml(citation, details.get(citation.source))}</li>`;
  });
  const count = `${sources.length} ${sources.length === 1 ? "quote" : "quotes"}`;
  return `<details class="sources">
<summary>Sources: ${count}</summary>
<ol class="quotes">
${items.join("\n")}
</ol>
</details>`;
}

function stepHtml(
  { shown, svg }: StoryDocumentInput["steps"][number],
  index: number,
  total: number,
  details: ReadonlyMap<string, SourceDetails>,
): string {
  const { step, edges } = shown;
  const id = `step-${index + 1}`;
  const when = whenOf(step.date);
  const picture = svg.trim()
    ? inlineSvg(svg, `The graph at step ${index + 1}: ${step.title}. ${when}.`)
    : '<p class="muted">Nothing to draw at this step.</p>';
  const lines =
    edges.length > 0
      ? `<ol class="lines">\n${edges.map((e, i) => `<li><span class="marker">[${i + 1}]</span> ${escapeHtml(e.sentence)}</li>`).join("\n")}\n</ol>\n`
      : "";
  return `<section class="step" id="${id}" aria-labelledby="${id}-title">
<div class="head">
<p class="step-of">Step ${index + 1} of ${total} · ${escapeHtml(when)}</p>
<h2 id="${id}-title" tabindex="-1">${escapeHtml(step.title)}</h2>
<p class="caption">${escapeHtml(step.caption)}</p>
</div>
<figure class="picture">
${picture}
</figure>
<div class="evidence">
${lines}${evidenceHtml(stepEvidence(shown), details)}
</div>
</section>`;
}

const style = `
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
html { color-scheme: light; }
body { margin: 0; font: 17px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; background: #fff; }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1rem; padding: 0.5rem 1rem; border-bottom: 1px solid #c8c8c8; background: #f4f4f4; }
.bar h1 { margin: 0; font-size: 1.15rem; flex: 1 1 14rem; }
.indicator { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
.controls { display: flex; flex-wrap: wrap; gap: 0.5rem; }
button { font: inherit; min-height: 2.75rem; padding: 0.3rem 0.9rem; border: 1px solid #4a4a4a; border-radius: 4px; background: #fff; color: #1a1a1a; cursor: pointer; }
button:disabled { color: #6b6b6b; border-color: #9a9a9a; cursor: default; }
button:focus-visible, summary:focus-visible, a:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
h2:focus { outline: none; }
.hint { margin: 0; color: #4a4a4a; font-size: 0.9rem; flex-basis: 100%; }
main { padding: 0 1rem; }
.about { max-width: 60rem; color: #3a3a3a; }
.muted { color: #555; }
.step { display: grid; gap: 0.75rem 1.5rem; grid-template-areas: "head" "picture" "evidence"; padding: 1.25rem 0 1.5rem; border-bottom: 1px solid #ddd; }
.head { grid-area: head; min-width: 0; }
.picture { grid-area: picture; margin: 0; border: 1px solid #ddd; background: #fff; min-width: 0; min-height: 0; }
.picture svg { display: block; width: 100%; height: auto; max-height: 75vh; }
.evidence { grid-area: evidence; min-width: 0; min-height: 0; }
.step-of { margin: 0 0 0.3rem; color: #4a4a4a; font-size: 1rem; }
.step h2 { margin: 0 0 0.5rem; font-size: 2.25rem; line-height: 1.15; }
.caption { margin: 0; font-size: 1.375rem; line-height: 1.4; max-width: 48rem; }
.lines { list-style: none; padding: 0; margin: 0 0 0.75rem; }
.lines li { margin: 0.2rem 0; }
.marker { font-weight: 700; }
.sources summary { cursor: pointer; font-weight: 600; padding: 0.3rem 0; }
.quotes { padding-left: 1.6rem; margin: 0.4rem 0 0; }
.quotes li { margin: 0 0 0.6rem; }
q { font-style: italic; }
.supports, .source { color: #3a3a3a; }
.source { display: block; font-size: 0.95rem; }
a { color: #1a5fb4; overflow-wrap: anywhere; }
footer { padding: 1rem; color: #4a4a4a; font-size: 0.9rem; border-top: 1px solid #ddd; }
@media screen and (min-width: 60rem) {
  .step { grid-template-columns: minmax(0, 1fr) minmax(22rem, 34%); grid-template-rows: auto minmax(0, 1fr); grid-template-areas: "picture head" "picture evidence"; }
}
@media screen {
  html.js body { display: flex; flex-direction: column; height: 100vh; height: 100dvh; }
  html.js main { flex: 1 1 auto; min-height: 0; overflow: auto; }
  html.js .step { display: none; border: 0; }
  html.js .step.current { display: grid; }
  html.js .about, html.js footer { display: none; }
}
@media screen and (min-width: 60rem) {
  html.js main { overflow: hidden; }
  html.js .step.current { height: 100%; padding: 1rem 0; }
  html.js .picture svg { height: 100%; max-height: none; }
  html.js .evidence { overflow: auto; }
}
@media screen and (max-width: 40rem) {
  main { padding: 0 0.75rem; }
  .bar { padding: 0.4rem 0.75rem; gap: 0.3rem 0.5rem; }
  .bar h1 { font-size: 1rem; }
  .hint { display: none; }
  .controls { gap: 0.4rem; }
  button { padding: 0.25rem 0.55rem; font-size: 0.95rem; }
  .step h2 { font-size: 1.75rem; }
  .caption { font-size: 1.25rem; }
  .picture svg { max-height: 55vh; }
}
@media print {
  body { font-size: 11pt; }
  .bar { background: none; border: 0; padding: 0 0 4mm; }
  .hint, .indicator { display: none; }
  main { padding: 0; }
  .step { display: block !important; height: auto !important; break-before: page; border: 0; padding: 0; }
  .step:first-of-type { break-before: auto; }
  .step h2 { font-size: 20pt; }
  .caption { font-size: 13pt; }
  .picture { break-inside: avoid; margin: 4mm 0; }
  .picture svg { width: 100%; height: auto; max-height: 125mm; }
  .quotes li { break-inside: avoid; }
  footer { border: 0; padding: 4mm 0 0; }
}
${printStyle}`;

/** One step at a time: a constant, like printScript; the data is in the document, never in a script. */
const stepScript = `(() => {
  const steps = [...document.querySelectorAll("section.step")];
  if (steps.length === 0) return;
  document.documentElement.classList.add("js");
  for (const e of document.querySelectorAll("[data-js]")) e.hidden = false;
  const main = document.querySelector("main");
  const indicator = document.getElementById("indicator");
  const prev = document.getElementById("prev");
  const next = document.getElementById("next");
  let at = -1;
  const show = (to, byKey) => {
    const i = Math.max(0, Math.min(steps.length - 1, to));
    if (i === at) return;
    at = i;
    steps.forEach((s, k) => s.classList.toggle("current", k === i));
    indicator.textContent = "Step " + (i + 1) + " of " + steps.length;
    prev.disabled = i === 0;
    next.disabled = i === steps.length - 1;
    main.scrollTop = 0;
    try { history.replaceState(null, "", "#" + steps[i].id); } catch {}
    // By key, or from a button that the move disabled: focus on the step's title, read out first.
    const active = document.activeElement;
    if (byKey || ((active === prev || active === next) && active.disabled)) steps[i].querySelector("h2").focus({ preventScroll: true });
  };
  prev.addEventListener("click", () => show(at - 1, false));
  next.addEventListener("click", () => show(at + 1, false));
  document.addEventListener("keydown", (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    let to = null;
    if (e.key === "ArrowRight" || e.key === "PageDown") to = at + 1;
    else if (e.key === "ArrowLeft" || e.key === "PageUp") to = at - 1;
    else if (e.key === "Home") to = 0;
    else if (e.key === "End") to = steps.length - 1;
    if (to === null) return;
    e.preventDefault();
    show(to, true);
  });
  const start = steps.findIndex((s) => "#" + s.id === location.hash);
  show(start < 0 ? 0 : start, false);
})();
${printScript}`;

export function storyDocumentHtml(input: StoryDocumentInput): string {
  const { story, steps } = input;
  const total = steps.length;
  const count = `${total} ${total === 1 ? "step" : "steps"}`;
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tht-graph">
<title>${escapeHtml(`${story.title}: a story in ${count}`)}</title>
<style>${style}</style>
</head>
<body>
<header class="bar">
<h1>${escapeHtml(story.title)}</h1>
<p class="indicator" id="indicator" aria-live="polite">${count}</p>
<nav class="controls" aria-label="Steps" data-js hidden>
<button type="button" id="prev">← Previous</button>
<button type="button" id="next">Next →</button>
${printButton}
</nav>
<p class="hint" data-js hidden>Keys: ← and → move between steps, Home and End go to the first and the last.</p>
</header>
<main>
<p class="about">${escapeHtml(story.description)}</p>
${steps.map((s, i) => stepHtml(s, i, total, input.sources)).join("\n")}
</main>
<footer>Made on ${escapeHtml(input.made)} by tht-graph. Every quote is the source's own words. The story on the live page: <a href="${escapeHtml(input.link)}">${escapeHtml(input.link)}</a></footer>
<script>
${stepScript}
</script>
</body>
</html>
`;
}
