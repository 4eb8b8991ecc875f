// A story written in the page: steps from what a view highlights, with the quotes its highlights
// cite from the story's source; moved; sent as the API's StoryInput; and written as a story file
// that the shipped stories' own reader accepts as it is.

import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { storyFile } from "../../../seed/read/read-stories.js";
import {
  draftOf,
  moveStep,
  type StoryDraft,
  stepFromView,
  storyInput,
  storyYaml,
  type ViewShown,
} from "../../../viz/src/model/story-draft.js";
import type { NetworkEdge, NetworkNode } from "../../../viz/src/types.js";

const cite = (quote: string, source = "tht-partners") => ({ quote, source, sourceTitle: null, sourceUrl: null });
const node = (id: string, quotes: string[]) =>
  ({ id, label: id, citations: quotes.map((q) => cite(q)) }) as unknown as NetworkNode;
const edge = (id: string, source: string, target: string, quotes: string[]) =>
  ({ id, source, target, citations: quotes.map((q) => cite(q)) }) as unknown as NetworkEdge;

const view: ViewShown = {
  date: "2016-04-01",
  focus: "gp-care-group",
  selectedEdge: "TRANSFERRED_TO:tupe->gp-care-group",
  paths: null,
  nodes: [
    node("gp-care-group", ["formed in late 2013", "all 37 practices"]),
    node("tupe", ["140 staff under TUPE transfer"]),
    { ...node("elft", ["ELFT provides"]), citations: [cite("from elsewhere", "ods-rwk")] } as NetworkNode,
  ],
  edges: [edge("TRANSFERRED_TO:tupe->gp-care-group", "tupe", "gp-care-group", ["140 staff under TUPE transfer"])],
  zoom: 1.23456,
};

describe("story drafts", () => {
  it("takes a step from the view: the focus, the picked relationship and its ends, the zoom, and the quotes they cite", () => {
    const step = stepFromView(view, "tht-partners");
    expect(step).toEqual({
      title: "",
      caption: "",
      date: "2016-04-01",
      highlightNodes: ["gp-care-group", "tupe"],
      highlightEdges: ["TRANSFERRED_TO:tupe->gp-care-group"],
      focus: "gp-care-group",
      zoom: 1.23,
      cite: ["formed in late 2013"],
      offered: ["formed in late 2013", "all 37 practices", "140 staff under TUPE transfer"],
    });
    // Only the story's source is offered; nothing highlighted is no step.
    expect(stepFromView({ ...view, selectedEdge: null, focus: "elft" }, "tht-partners")).toMatchObject({ offered: [] });
    expect(stepFromView({ ...view, selectedEdge: null, focus: null }, "tht-partners")).toHaveProperty("problem");
  });

  it("moves steps, and writes a story file the shipped stories' reader accepts", () => {
    const first = stepFromView(view, "tht-partners");
    const second = stepFromView({ ...view, selectedEdge: null, date: null, zoom: 9 }, "tht-partners");
    if ("problem" in first || "problem" in second) throw new Error("no step");
    const draft: StoryDraft = {
      id: "care-group-story",
      title: "The Care Group",
      description: "How it grew",
      source: "tht-partners",
      steps: [
        { ...first, title: "One", caption: "A", cite: ["140 staff under TUPE transfer"] },
        { ...second, title: "Two", caption: "B" },
      ],
    };
    expect(moveStep(draft.steps, 1, 0).map((s) => s.title)).toEqual(["Two", "One"]);
    expect(second.zoom).toBe(4);
    const file = storyFile.parse(parse(storyYaml(draft)));
    expect(file.steps.map((s) => [s.title, s.date, s.view.zoom, s.highlight.edges])).toEqual([
      ["One", "2016-04-01", 1.23, ["TRANSFERRED_TO:tupe->gp-care-group"]],
      ["Two", null, 4, []],
    ]);
    expect(draftOf({ id: draft.id, ...file }).steps.map((s) => s.cite)).toEqual([
      ["140 staff under TUPE transfer"],
      ["formed in late 2013"],
    ]);
    expect(storyInput(draft).steps[1]).toEqual({
      title: "Two",
      caption: "B",
      date: null,
      highlightNodes: ["gp-care-group"],
      highlightEdges: [],
      focus: "gp-care-group",
      zoom: 4,
      cite: ["formed in late 2013"],
    });
  });
});
