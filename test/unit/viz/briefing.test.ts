// A briefing is one self-contained HTML file: the view's picture, its facts as numbered sentences,
// each quote once with the numbers of the facts it supports, nothing fetched, and no script but
// the constant one that shows its Print button.
import { describe, expect, it } from "vitest";
import { briefingHtml } from "../../../viz/src/model/briefing.js";
import { printScript, printStyle } from "../../../viz/src/model/html-file.js";

const cite = (quote: string, sourceUrl: string | null = null) => ({
  quote,
  source: "partners",
  sourceTitle: "Tower Hamlets Together partners",
  sourceUrl,
});
const input = {
  title: "Tower Hamlets Together: who works with whom",
  description: "12 nodes and 14 relationships, as of 1 June 2023; 5 within 1 step of the focus.",
  when: "As of 1 June 2023",
  svg: '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text>Barts Health</text></svg>',
  facts: [
    { sentence: "Barts Health is party to Alliance", citations: [cite("the Alliance between Barts Health and ELFT")] },
    { sentence: "ELFT is party to Alliance", citations: [cite("the Alliance between Barts Health and ELFT")] },
    { sentence: "<script>alert(1)</script> provides x", citations: [cite("a quote", "javascript:alert(1)")] },
  ],
  link: "http://localhost:4000/?date=2023-06-01&focus=alliance",
  made: "2026-12-03",
};

describe("briefingHtml", () => {
  const html = briefingHtml(input);

  it("holds the picture, the date, the facts numbered and each quote once with its facts' numbers", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"><text>Barts Health</text></svg>');
    expect(html).not.toContain("<?xml");
    expect(html).toContain("As of 1 June 2023");
    expect(html).toContain('<span class="marker">[1]</span>Barts Health is party to Alliance');
    expect(html.match(/the Alliance between Barts Health and ELFT/g)).toHaveLength(1);
    expect(html).toContain('<span class="marker">[1][2]</span><q>the Alliance between Barts Health and ELFT</q>');
    expect(html).toContain("Tower Hamlets Together partners");
  });

  it("is self-contained and safe: no script of its data, nothing fetched, data as text", () => {
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]?.trim());
    expect(scripts).toEqual([printScript]);
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; provides x");
    expect(html).not.toMatch(/<(link|img|iframe)\b/i);
    expect(html).not.toMatch(/src=/i);
    expect(html).not.toContain("javascript:");
  });

  it("prints on A4 without its button, and scales a sized picture to the page", () => {
    expect(html).toContain("@page { size: A4;");
    expect(html).toContain(printStyle);
    expect(printStyle).toMatch(
      /@media print \{[\s\S]*\n {2}button, \.print-button, nav\.controls \{ display: none !important; \}/,
    );
    expect(html).toContain(
      '<button type="button" class="print-button" data-print hidden>Print or save as PDF</button>',
    );
    const sized = briefingHtml({
      ...input,
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"></svg>',
    });
    expect(sized).toContain('<svg viewBox="0 0 640 480" xmlns="http://www.w3.org/2000/svg" width="640" height="480">');
  });
});
