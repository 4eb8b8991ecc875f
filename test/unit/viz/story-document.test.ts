// An exported story is one self-contained HTML file: a section per step (its picture, its title and
// caption, its lines numbered as on the graph, its evidence folded, each quote once with its
// source named in full), a constant inline script for the keys and buttons, print styles, and all
// of the data as escaped text.
import { describe, expect, it } from "vitest";
import { printScript, printStyle } from "../../../viz/src/model/html-file.js";
import {
  type SourceDetails,
  stepEvidence,
  storyDocumentHtml,
  storyFileName,
} from "../../../viz/src/model/story-document.js";
import type { StoryStepShown } from "../../../viz/src/model/story-step.js";
import type { Story } from "../../../viz/src/types.js";

const nasty = `<script>alert("x")</script> & 'y'`;
const nastyHtml = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 'y'";
const alliance = "The GP Care Group is also the lead manager in the “Alliance” between Barts Health and ELFT.";

const story: Story = {
  id: "tower-hamlets-together",
  title: "Tower Hamlets Together",
  description: "The partners & the Alliance.",
  source: "tht-partners",
  steps: [
    {
      title: "The Alliance and its lead manager",
      caption: "The GP Care Group is the lead manager <of> the Alliance & more.",
      date: "2023-01-01",
      highlight: { nodes: [], edges: [] },
      view: { focus: null, zoom: null },
      cite: [alliance],
    },
    {
      title: nasty,
      caption: `A caption with ${nasty}`,
      date: null,
      highlight: { nodes: [], edges: [] },
      view: { focus: null, zoom: null },
      cite: [],
    },
  ],
};

const cite = (quote: string, source = "tht-partners", sourceUrl: string | null = null) => ({
  quote,
  source,
  sourceTitle: source === "tht-partners" ? "Tower Hamlets Together partners" : "ODS: RWK",
  sourceUrl,
});

const shown = (index: number, edges: StoryStepShown["edges"]): StoryStepShown => ({
  story,
  index,
  step: story.steps[index] as Story["steps"][number],
  edges,
  sourceTitle: "Tower Hamlets Together partners",
});

const steps = [
  {
    shown: shown(0, [
      { sentence: "Barts Health is party to the Alliance", citations: [cite(alliance)] },
      { sentence: "ELFT is party to the Alliance", citations: [cite(alliance)] },
      { sentence: "GP Care Group is lead manager of the Alliance", citations: [cite(alliance)] },
    ]),
    svg: '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><text>Barts Health</text></svg>',
  },
  {
    shown: shown(1, [
      {
        sentence: `ELFT provides ${nasty}`,
        citations: [cite(`A quote with ${nasty}`, "ods-rwk", "https://directory.spineservices.nhs.uk/ORD/RWK")],
      },
      { sentence: "Odd link", citations: [cite("A quote linked badly", "bad", "javascript:alert(1)")] },
    ]),
    svg: '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"></svg>',
  },
];

const sources = new Map<string, SourceDetails>([
  [
    "tht-partners",
    {
      title: "Tower Hamlets Together partners",
      url: null,
      publisher: "Tower Hamlets Together",
      datedText: "undated; not before 1 July 2022",
    },
  ],
  [
    "ods-rwk",
    {
      title: "NHS ODS: RWK",
      url: "https://directory.spineservices.nhs.uk/ORD/RWK",
      publisher: "NHS England",
      datedText: null,
    },
  ],
]);

const html = storyDocumentHtml({
  story,
  steps,
  sources,
  link: "http://127.0.0.1:4000/?story=tower-hamlets-together&step=1",
  made: "2026-12-03",
});

/** The markup of step `n` (1-based). */
const section = (n: number) => {
  const start = html.indexOf(`<section class="step" id="step-${n}"`);
  return html.slice(start, html.indexOf("</section>", start));
};

describe("storyDocumentHtml", () => {
  it("has one section per step, each with its place, date, title and caption", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html.match(/<section class="step"/g)).toHaveLength(2);
    expect(section(1)).toContain('<p class="step-of">Step 1 of 2 · As of 1 January 2023</p>');
    expect(section(1)).toContain('<h2 id="step-1-title" tabindex="-1">The Alliance and its lead manager</h2>');
    expect(section(1)).toContain(
      '<p class="caption">The GP Care Group is the lead manager &lt;of&gt; the Alliance &amp; more.</p>',
    );
    expect(section(2)).toContain("Step 2 of 2 · All time");
    expect(html).toContain('<p class="indicator" id="indicator" aria-live="polite">2 steps</p>');
    expect(html).toContain("<title>Tower Hamlets Together: a story in 2 steps</title>");
  });

  it("holds each step's picture, scaled to its box and named as one image", () => {
    expect(html).not.toContain("<?xml");
    expect(section(1)).toContain(
      '<svg role="img" aria-label="The graph at step 1: The Alliance and its lead manager. As of 1 January 2023." viewBox="0 0 800 600" xmlns="http://www.w3.org/2000/svg" width="800" height="600"><text>Barts Health</text></svg>',
    );
    expect(section(2)).toContain(`aria-label="The graph at step 2: ${nastyHtml}. All time."`);
  });

  it("numbers the lines as on the graph and lists each quote once, with the lines it supports", () => {
    expect(section(1)).toContain('<li><span class="marker">[1]</span> Barts Health is party to the Alliance</li>');
    expect(section(1)).toContain(
      '<li><span class="marker">[3]</span> GP Care Group is lead manager of the Alliance</li>',
    );
    expect(section(1).split(`<q>${alliance}</q>`)).toHaveLength(2);
    expect(section(1)).toContain(`<q>${alliance}</q> <span class="supports">([1] [2] [3])</span>`);
    expect(section(1)).toContain("<summary>Sources: 1 quote</summary>");
    expect(section(2)).toContain("<summary>Sources: 2 quotes</summary>");
    expect(stepEvidence(steps[0]?.shown as StoryStepShown).map((s) => s.lines)).toEqual([[1, 2, 3]]);
  });

  it("names each source in full, linking only an http(s) address, never the live server's /sources/", () => {
    expect(section(1)).toContain(
      '<span class="source"><cite>Tower Hamlets Together partners</cite>, Tower Hamlets Together, undated; not before 1 July 2022.</span>',
    );
    expect(section(2)).toContain(
      '<cite>NHS ODS: RWK</cite>, NHS England. <a href="https://directory.spineservices.nhs.uk/ORD/RWK" rel="noopener noreferrer">https://directory.spineservices.nhs.uk/ORD/RWK</a>',
    );
    // A source the API did not describe keeps its citation's title; a javascript: address is no link.
    expect(section(2)).toContain('<span class="source"><cite>ODS: RWK</cite>.</span>');
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("/sources/");
  });

  it("writes every piece of data as text: titles, captions, sentences and quotes escaped", () => {
    expect(section(2)).toContain(`<h2 id="step-2-title" tabindex="-1">${nastyHtml}</h2>`);
    expect(section(2)).toContain(`<p class="caption">A caption with ${nastyHtml}</p>`);
    expect(section(2)).toContain(`<span class="marker">[1]</span> ELFT provides ${nastyHtml}`);
    expect(section(2)).toContain(`<q>A quote with ${nastyHtml}</q>`);
    expect(html).toContain('<p class="about">The partners &amp; the Alliance.</p>');
    expect(html).not.toContain(nasty);
  });

  it("is self-contained: one constant script, nothing fetched", () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "");
    expect(scripts).toHaveLength(1);
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(scripts[0]).toContain(printScript);
    for (const data of ["Tower Hamlets", "Alliance", "alert"]) expect(scripts[0]).not.toContain(data);
    expect(html).not.toMatch(/<(link|img|iframe)\b/i);
    expect(html).not.toMatch(/\ssrc=/i);
    expect(scripts[0]).toMatch(/ArrowRight[\s\S]*ArrowLeft[\s\S]*Home[\s\S]*End/);
  });

  it("shows every step without JavaScript, and its controls only with it", () => {
    expect(html).not.toMatch(/<section[^>]*\shidden/);
    expect(html).toContain('<nav class="controls" aria-label="Steps" data-js hidden>');
    expect(html).toContain(
      '<button type="button" class="print-button" data-print hidden>Print or save as PDF</button>',
    );
  });

  it("prints on A4, one step a page, without buttons, folded evidence open", () => {
    expect(html).toContain("@page { size: A4;");
    expect(html).toMatch(/@media print \{[^@]*\.step \{ display: block !important;[^}]*break-before: page;/);
    expect(html).toContain(printStyle);
    expect(printStyle).toMatch(
      /@media print \{[\s\S]*\n {2}button, \.print-button, nav\.controls \{ display: none !important; \}/,
    );
    expect(html).toContain("details::details-content { content-visibility: visible;");
  });
});

describe("storyFileName", () => {
  it("names the file after the dates the story spans and the story", () => {
    expect(storyFileName(story)).toBe("tht-graph-2023-01-01-tower-hamlets-together-story.html");
    const spanning = {
      id: "tht",
      steps: [{ date: "2023-01-01" }, { date: null }, { date: "2013-12-31" }, { date: "2016-04-01" }],
    } as Story;
    expect(storyFileName(spanning)).toBe("tht-graph-2013-12-31-to-2023-01-01-tht-story.html");
    expect(storyFileName({ id: "a b/../c", steps: [{ date: null }] } as Story)).toBe(
      "tht-graph-all-time-a-b-c-story.html",
    );
  });
});
