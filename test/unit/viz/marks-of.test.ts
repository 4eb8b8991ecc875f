// The view's marks: what the graph colours and the list view says about each element.
import { describe, expect, it } from "vitest";
import type { View } from "../../../viz/src/data/view.js";
import { type Marks, marksOf } from "../../../viz/src/model/marks-of.js";
import { shownElements } from "../../../viz/src/model/shown-elements.js";
import type { Path } from "../../../viz/src/types.js";
import { edge, node, sampleNetwork, sampleView, storyOf } from "./sample-view.js";

const marksFor = (view: View): Marks => {
  const { nodes, edges } = shownElements(view);
  return marksOf(view, new Set(nodes.map((n) => n.id)), edges);
};
const marked = (marks: Marks, name: string) => [...marks].filter(([, set]) => set.has(name as never)).map(([id]) => id);

const story = storyOf({ nodes: ["tht"], edges: ["PARTNER_IN:barts->tht"] });

const path: Path = {
  length: 2,
  nodes: [node("barts"), node("tht"), node("elft")],
  steps: [
    { from: node("barts"), to: node("tht"), edge: edge("PARTNER_IN", "barts", "tht"), sentence: "" },
    { from: node("tht"), to: node("elft"), edge: edge("PARTNER_IN", "elft", "tht"), sentence: "" },
  ],
};

describe("marksOf", () => {
  it("marks nothing in a plain view", () => {
    expect(marksFor(sampleView())).toEqual(new Map());
  });

  it("fades what is outside the focus, and lights the relationships within it", () => {
    const marks = marksFor(sampleView({ focus: "tht" }, { focusIds: new Set(["tht", "barts", "elft"]) }));
    expect(marked(marks, "focus")).toEqual(["tht"]);
    expect(marked(marks, "faded").sort()).toEqual(
      ["gpcg", "visiting", "PROVIDES:gpcg->visiting", "WORKS_WITH:gpcg->barts"].sort(),
    );
  });

  it("lights the shortest paths' nodes and relationships and fades the rest", () => {
    const marks = marksFor(sampleView({}, { paths: [path] }));
    expect(marked(marks, "path")).toEqual(["barts", "tht", "elft", "PARTNER_IN:barts->tht", "PARTNER_IN:elft->tht"]);
    expect(marked(marks, "faded")).toContain("gpcg");
    expect(marked(marks, "faded")).not.toContain("tht");
  });

  it("fades nothing when there is no path at all", () => {
    expect(marksFor(sampleView({}, { paths: [] }))).toEqual(new Map());
  });

  it("lets a story step's highlights win over paths and focus", () => {
    const marks = marksFor(
      sampleView({ step: 0, focus: "gpcg" }, { story, paths: [path], focusIds: new Set(["gpcg"]) }),
    );
    expect(marked(marks, "story")).toEqual(["tht", "PARTNER_IN:barts->tht"]);
    expect(marked(marks, "path")).toEqual([]);
    expect(marked(marks, "focus")).toEqual([]);
    expect(marked(marks, "faded")).toContain("barts");
  });

  it("marks what was added and removed between two dates, without fading anything", () => {
    const marks = marksFor(
      sampleView(
        {},
        {
          changes: {
            from: "2021-12-31",
            to: "2023-12-31",
            nodesStarted: [node("barts")],
            nodesEnded: [node("elft")],
            edgesStarted: [],
            edgesEnded: [sampleNetwork.edges[1] ?? edge("X", "a", "b")],
          },
        },
      ),
    );
    expect(marked(marks, "added")).toEqual(["barts"]);
    expect(marked(marks, "removed")).toEqual(["elft", "PARTNER_IN:elft->tht"]);
    expect(marked(marks, "faded")).toEqual([]);
  });
});
