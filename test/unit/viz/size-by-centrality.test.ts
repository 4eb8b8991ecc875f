import type { ElementDefinition } from "cytoscape";
import { describe, expect, it } from "vitest";
import { largest, sizeByCentrality, smallest } from "../../../viz/src/drawing/size-by-centrality.js";

const nodes = (...ids: string[]): ElementDefinition[] => ids.map((id) => ({ group: "nodes", data: { id, size: 40 } }));

describe("node size by centrality", () => {
  const centrality = new Map([
    ["broker", { degree: 4, betweenness: 0.5 }],
    ["quarter", { degree: 16, betweenness: 0.125 }],
    ["leaf", { degree: 1, betweenness: 0 }],
  ]);

  it("gives the largest area to the top of the view and the smallest to none, by the square root", () => {
    const drawn = nodes("broker", "quarter", "leaf", "service");
    sizeByCentrality(drawn, centrality, "betweenness");
    expect(drawn.map((d) => d.data.size)).toEqual([
      largest,
      Math.round(smallest + (largest - smallest) * 0.5),
      smallest,
      40,
    ]);
  });

  it("sizes by degree when asked, and keeps the figure on the element", () => {
    const drawn = nodes("broker", "quarter");
    sizeByCentrality(drawn, centrality, "degree");
    expect(drawn.map((d) => d.data.size)).toEqual([Math.round(smallest + (largest - smallest) * 0.5), largest]);
    expect(drawn[1]?.data.degree).toBe(16);
  });

  it("draws every organisation at the smallest size when none brokers", () => {
    const drawn = nodes("leaf");
    sizeByCentrality(drawn, centrality, "betweenness");
    expect(drawn[0]?.data.size).toBe(smallest);
  });
});
