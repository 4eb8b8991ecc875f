// A story step's evidence lists each quote once, with the numbers of the lines it supports.
import { describe, expect, it } from "vitest";
import { stepSources } from "../../../viz/src/model/step-sources.js";

const quote = (text: string, source = "partners") => ({
  quote: text,
  source,
  sourceTitle: "Partners",
  sourceUrl: null,
});

describe("stepSources", () => {
  it("lists a quote six lines share once, numbered with all six", () => {
    const partners = quote("Tower Hamlets Together is made up of a number of different partners");
    const edges = Array.from({ length: 6 }, () => ({ citations: [partners] }));
    expect(stepSources([partners], edges)).toEqual([{ citation: partners, lines: [1, 2, 3, 4, 5, 6] }]);
  });

  it("keeps the step's own quotes first, then each line's in order of first use", () => {
    const own = quote("The GP Care Group is also the lead manager");
    const a = quote("Barts Health and ELFT");
    const b = quote("Barts Health and ELFT", "another source");
    const sources = stepSources([own], [{ citations: [a] }, { citations: [own, b] }, { citations: [a] }]);
    expect(sources.map((s) => [s.citation.source, s.citation.quote, s.lines])).toEqual([
      ["partners", own.quote, [2]],
      ["partners", a.quote, [1, 3]],
      ["another source", b.quote, [2]],
    ]);
  });
});
