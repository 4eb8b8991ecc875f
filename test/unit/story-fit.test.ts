// A story checked against the loaded graph (server/page/story-missing.ts) and said so in the page's
// words (viz/src/model/story-fit.ts): which steps name what the graph lacks, a story the graph
// holds nothing of not offered.
import { describe, expect, it } from "vitest";
import type { Story } from "../../core/story.js";
import { namedIds, summaryOf, withMissing } from "../../server/page/story-missing.js";
import { stepGap, storyOption } from "../../viz/src/model/story-fit.js";

const step = (nodes: string[], edges: string[], focus: string | null = null) => ({
  title: "t",
  caption: "c",
  date: null,
  highlight: { nodes, edges },
  view: { focus, zoom: null },
  cite: [],
});
const story: Story = {
  id: "s",
  title: "The Alliance",
  description: "",
  source: "src",
  steps: [step(["a", "b"], ["R:a->b"], "a"), step(["b", "c"], ["R:b->c", "R:a->b"]), step([], [], "d"), step([], [])],
};
const holding = (nodes: string[], edges: string[]) => ({ nodes: new Set(nodes), edges: new Set(edges) });

describe("a story against the loaded graph", () => {
  it("asks for every id its steps name, focus included, once", () => {
    expect(namedIds([story, story])).toEqual({ nodes: ["a", "b", "c", "d"], edges: ["R:a->b", "R:b->c"] });
  });

  it("marks only the steps that name what the graph lacks, with exactly what they lack", () => {
    const marked = withMissing(story, holding(["a", "b", "d"], ["R:a->b"]));
    expect(marked.steps.map((s) => s.missing ?? null)).toEqual([null, { nodes: ["c"], edges: ["R:b->c"] }, null, null]);
    expect(summaryOf(marked)).toEqual({ id: "s", title: "The Alliance", description: "", steps: 4, incomplete: [2] });
    // Marking again with the whole graph present clears an earlier mark.
    expect(
      withMissing(marked, holding(["a", "b", "c", "d"], ["R:a->b", "R:b->c"])).steps.every((s) => !s.missing),
    ).toBe(true);
  });

  it("calls a story absent when the graph holds nothing it names, and not when it holds one thing", () => {
    expect(summaryOf(withMissing(story, holding([], [])))).toMatchObject({ absent: true, incomplete: [1, 2, 3] });
    expect(summaryOf(withMissing(story, holding(["d"], [])))).not.toHaveProperty("absent");
    const empty = { ...story, steps: [step([], [])] };
    expect(summaryOf(withMissing(empty, holding([], [])))).toEqual({
      id: "s",
      title: "The Alliance",
      description: "",
      steps: 1,
    });
  });

  it("says it in the menu and at the step, in words", () => {
    expect(storyOption({ id: "s", title: "The Alliance", description: "", steps: 4 })).toEqual({
      label: "The Alliance (4 steps)",
      offered: true,
    });
    expect(storyOption({ id: "s", title: "The Alliance", description: "", steps: 4, incomplete: [2, 3] })).toEqual({
      label: "The Alliance (4 steps; steps 2 and 3 partly not in this graph)",
      offered: true,
    });
    expect(storyOption({ id: "s", title: "The Alliance", description: "", steps: 1, incomplete: [1] }).label).toBe(
      "The Alliance (1 step; every step partly not in this graph)",
    );
    expect(storyOption({ id: "s", title: "The Alliance", description: "", steps: 4, absent: true })).toEqual({
      label: "The Alliance (not in this graph)",
      offered: false,
    });
    const marked = withMissing(story, holding(["a"], []));
    expect(stepGap(marked.steps[0] as Story["steps"][number])).toBe(
      "Not in this graph: 1 node (b) and 1 relationship (R:a->b) that this step shows. The view draws what is here.",
    );
    const many = withMissing({ ...story, steps: [step(["a", "b", "c", "d", "e", "f"], [])] }, holding([], []));
    expect(stepGap(many.steps[0] as Story["steps"][number])).toBe(
      "Not in this graph: 6 nodes (a, b, c, d and 2 more) that this step shows. The view draws what is here.",
    );
    expect(stepGap(story.steps[3] as Story["steps"][number])).toBeNull();
  });
});
