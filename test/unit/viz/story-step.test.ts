// What a story step shows beside the graph: its drawn relationships in the step's order, as
// sentences with their citations, and the story source's title.
import { describe, expect, it } from "vitest";
import { storyEdgeIds } from "../../../viz/src/model/story-edge-ids.js";
import { storyStep } from "../../../viz/src/model/story-step.js";
import type { Story } from "../../../viz/src/types.js";
import { node, sampleNetwork, sampleView } from "./sample-view.js";

const citation = {
  quote: "Barts Health is a partner",
  source: "tht-partners",
  sourceTitle: "THT partners",
  sourceUrl: null,
};
const network = {
  nodes: sampleNetwork.nodes.map((n) => (n.id === "tht" ? { ...n, citations: [citation] } : n)),
  edges: sampleNetwork.edges,
};
const story: Story = {
  id: "tht",
  title: "Tower Hamlets Together",
  description: "",
  source: "tht-partners",
  steps: [
    {
      title: "Partners",
      caption: "",
      date: null,
      highlight: { nodes: [], edges: ["PARTNER_IN:elft->tht", "GONE:x->y", "PARTNER_IN:barts->tht"] },
      view: { focus: null, zoom: null },
      cite: [],
    },
    {
      title: "Later",
      caption: "",
      date: "2023-12-31",
      highlight: { nodes: [], edges: [] },
      view: { focus: null, zoom: null },
      cite: [],
    },
  ],
};

describe("storyStep", () => {
  const view = sampleView({ story: "tht", step: 0 }, { story, base: network, network });

  it("numbers only the step's relationships that are drawn, in the step's order", () => {
    expect(storyEdgeIds(view, network.edges)).toEqual(["PARTNER_IN:elft->tht", "PARTNER_IN:barts->tht"]);
    expect(storyEdgeIds(view, network.edges.slice(0, 1))).toEqual(["PARTNER_IN:barts->tht"]);
  });

  it("says each highlighted relationship as a sentence with its citations", () => {
    const shown = storyStep(view, network.edges);
    expect(shown?.edges.map((e) => e.sentence)).toEqual([
      "ELFT is a partner in Tower Hamlets Together",
      "Barts Health is a partner in Tower Hamlets Together",
    ]);
    expect(shown?.index).toBe(0);
    expect(shown?.step.title).toBe("Partners");
  });

  it("names the story's source by the title its citations give it, else by its id", () => {
    expect(storyStep(view, network.edges)?.sourceTitle).toBe("THT partners");
    const untitled = sampleView({ story: "tht", step: 0 }, { story, base: { nodes: [node("a")], edges: [] } });
    expect(storyStep(untitled, [])?.sourceTitle).toBe("tht-partners");
  });

  it("shows no step outside a story or past its last step", () => {
    expect(storyStep(sampleView(), network.edges)).toBeNull();
    expect(storyStep(sampleView({ story: "tht", step: 5 }, { story }), network.edges)).toBeNull();
  });
});
