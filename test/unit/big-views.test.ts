// The page's big-view drawing: ForceAtlas2 positions above `largeNetwork` nodes (deterministic,
// finite, spread to the intended area) and the overview level of detail on zoom.
import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";
import { largeNetwork, layoutPositions } from "../../viz/src/drawing/layout-positions.js";
import { detailZoom, levelOfDetail, overviewElements } from "../../viz/src/drawing/level-of-detail.js";
import { sampleNetwork } from "../support/sample-network.js";

describe("layout of a big view", () => {
  const { network } = sampleNetwork(3 * (largeNetwork + 150));

  it("places every node at a finite, repeatable position, spread over about 90 px² per node", () => {
    const first = layoutPositions("fcose", network);
    const again = layoutPositions("fcose", network);
    expect(Object.keys(first).sort()).toEqual(network.nodes.map((n) => n.id).sort());
    expect(again).toEqual(first);
    const xs = Object.values(first).map((p) => p.x);
    const ys = Object.values(first).map((p) => p.y);
    for (const v of [...xs, ...ys]) expect(Number.isFinite(v)).toBe(true);
    const side = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    // Only the ForceAtlas2 path scales its picture to this side (fcose's depends on its forces).
    expect(side).toBeCloseTo(90 * Math.sqrt(network.nodes.length), -1);
  });
});

describe("level of detail", () => {
  const elementsOf = (count: number) => {
    const { network } = sampleNetwork(count);
    return [
      ...network.nodes.map((n) => ({ group: "nodes" as const, data: { id: n.id } })),
      ...network.edges.map((e) => ({
        group: "edges" as const,
        data: { id: e.id, source: e.source, target: e.target },
      })),
    ];
  };

  it("draws a big view as an overview when zoomed out and in full when zoomed in", () => {
    const cy = cytoscape({ headless: true, elements: elementsOf(overviewElements + 300) });
    const detail = levelOfDetail(cy);
    cy.zoom(detailZoom / 2);
    expect(cy.elements(".lod").length).toBe(cy.elements().length);
    expect(detail.classes()).toEqual(["lod"]);
    cy.zoom(detailZoom * 1.5);
    expect(cy.elements(".lod").length).toBe(0);
    expect(detail.classes()).toEqual([]);
  });

  it("never simplifies a small view, however far out", () => {
    const cy = cytoscape({ headless: true, elements: elementsOf(overviewElements - 100) });
    levelOfDetail(cy);
    cy.zoom(0.05);
    expect(cy.elements(".lod").length).toBe(0);
  });
});
