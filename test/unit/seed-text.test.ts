// The loader's text helpers: edit distances for "did you mean", the quote hint, the code frame.
import { describe, expect, it } from "vitest";
import { closest, editDistance, substringDistance } from "../../core/text/edit-distance.js";
import { codeFrame } from "../../seed/read/code-frame.js";
import { quoteHint } from "../../seed/text/quote-hint.js";

describe("editDistance", () => {
  it("counts insertions, deletions, substitutions and swaps of neighbours as one edit each", () => {
    expect(editDistance("", "")).toBe(0);
    expect(editDistance("tht", "")).toBe(3);
    expect(editDistance("gp-care-grup", "gp-care-group")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("nmae", "name")).toBe(1);
    expect(editDistance("abc", "cab")).toBe(2);
  });

  it("is symmetric", () => {
    for (const [a, b] of [
      ["organisation", "organisations"],
      ["validFrom", "vaildFrom"],
      ["tower-hamlets", "towerhamlets"],
    ] as const)
      expect(editDistance(a, b)).toBe(editDistance(b, a));
  });
});

describe("substringDistance", () => {
  it("is the distance to the best-matching passage, wherever it is", () => {
    expect(substringDistance("health visiting", "began providing health visiting services")).toEqual({
      distance: 0,
      end: "began providing health visiting".length,
    });
    expect(substringDistance("health visitors", "began providing health visiting services").distance).toBe(3);
    expect(substringDistance("xyz", "").distance).toBe(3);
  });
});

describe("closest", () => {
  it("suggests only a near candidate, the nearest", () => {
    expect(closest("gp-care-grup", ["tht", "gp-care-group", "gp-care-groups"])).toBe("gp-care-group");
    expect(closest("tht-typo", ["tht", "elft"])).toBeUndefined();
    expect(closest("tht", ["tht"])).toBeUndefined();
  });
});

describe("quoteHint", () => {
  const text = "One of Britain’s leading providers.\nThe “Alliance” between them. The Trust offers therapy.";

  it("names the kind of difference and where, and gives the source's own words", () => {
    expect(quoteHint("One of Britain's leading", text)).toBe(
      'it differs from the source only by a curly apostrophe (’) at "Britain’s"; the source has "One of Britain’s leading"',
    );
    expect(quoteHint('the "Alliance"', text)).toBe(
      'it differs from the source only by case at "The", and a curly quotation mark (“) at "“Alliance”"; the source has "The “Alliance”"',
    );
    expect(quoteHint("providers. The", text)).toMatch(
      /^it differs from the source only by a line break after "providers\."/,
    );
  });

  it("names a straight apostrophe where the source has one and the quote a curly one", () => {
    expect(quoteHint("the people’s voice", "hears the people's voice")).toMatch(
      /a straight apostrophe \('\) at "people's"/,
    );
  });

  it("otherwise names the closest sentence, or says none is close", () => {
    expect(quoteHint("The Trust offers therapies.", text)).toBe(
      'the closest sentence of the source is "The Trust offers therapy."',
    );
    expect(quoteHint("zebra quantum", text)).toBe("no sentence of the source is close to it");
  });
});

describe("codeFrame", () => {
  it("shows the line before, the line, and a caret under the column", () => {
    expect(codeFrame("a: 1\nb: [2\nc: 3\n", 2, 4)).toBe(["  1 | a: 1", "> 2 | b: [2", "    |    ^"].join("\n"));
  });

  it("cuts a long line to a window around the caret and shows tabs", () => {
    const frame = codeFrame(`x: ${"y".repeat(500)}[\n`, 1, 504);
    expect(frame.split("\n")[0]?.length).toBeLessThan(140);
    expect(frame).toMatch(/…y+\[\n {4}\| +\^$/);
    expect(codeFrame("\tname: x", 1, 1)).toContain("> 1 | →name: x");
  });
});
