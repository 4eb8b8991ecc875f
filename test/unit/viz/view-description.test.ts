// The sentence that describes the drawing, above the graph and as its accessible name.
import { describe, expect, it } from "vitest";
import { summaryReason } from "../../../viz/src/model/summary-reason.js";
import { viewDescription } from "../../../viz/src/model/view-description.js";
import { sampleView } from "./sample-view.js";

const summary = {
  summary: {
    groups: [
      {
        id: "Organisation:NHS trust",
        nodeType: "Organisation" as const,
        kind: "NHS trust",
        label: "NHS trust",
        count: 1200,
      },
      { id: "Site:site", nodeType: "Site" as const, kind: "site", label: "Site", count: 98_800 },
    ],
    links: [
      { id: "l", source: "Site:site", target: "Organisation:NHS trust", type: "OPERATES" as const, count: 450_345 },
    ],
  },
  refused: { elements: 550_345, limit: 5000 },
  reason: "whole" as const,
};

describe("viewDescription", () => {
  it("counts what is drawn and says as of when", () => {
    expect(viewDescription(sampleView(), 5, 4)).toBe("5 nodes and 4 relationships, all time.");
    expect(viewDescription(sampleView({ date: "2022-07-01" }), 3, 1)).toBe(
      "3 nodes and 1 relationships, as of 1 July 2022.",
    );
  });

  it("names both dates while comparing", () => {
    expect(viewDescription(sampleView({ compareFrom: "2021-12-31", compareTo: "2023-12-31" }), 2, 0)).toBe(
      "2 nodes and 0 relationships, comparing 31 December 2021 with 31 December 2023.",
    );
  });

  it("says how much of the view the focus reaches, and how many steps out", () => {
    const one = sampleView({ focus: "tht", depth: 1 }, { focusIds: new Set(["tht", "barts"]) });
    expect(viewDescription(one, 5, 4)).toBe("5 nodes and 4 relationships, all time; 2 within 1 step of the focus.");
    const three = sampleView({ focus: "tht", depth: 3 }, { focusIds: new Set(["tht"]) });
    expect(viewDescription(three, 5, 4)).toContain("1 within 3 steps of the focus");
  });

  it("describes a summary by what its groups stand for", () => {
    expect(viewDescription(sampleView({}, { summary }), 2, 1)).toBe(
      "Summary: 100,000 nodes in 2 groups and 450,345 relationships in 1 links, all time.",
    );
  });
});

describe("summaryReason", () => {
  it("says how large the network is and how much the page draws", () => {
    expect(summaryReason(summary, 1)).toBe(
      "The network is too large to draw: 550,345 nodes and relationships in all, and this page draws at most 5,000.",
    );
  });

  it("blames the filters or the focus's depth when those are why", () => {
    expect(summaryReason({ ...summary, reason: "filtered" }, 1)).toMatch(/^Still too large to draw with these filters/);
    expect(summaryReason({ ...summary, reason: "focus" }, 2)).toMatch(/^The focus's neighbourhood, 2 steps deep/);
  });
});
