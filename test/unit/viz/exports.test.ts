// What the export links and pictures carry: the view's date, filters and focus, and its dates as names.
import { describe, expect, it } from "vitest";
import { exportFileName } from "../../../schema/contract.js";
import type { View } from "../../../viz/src/data/view.js";
import { exportHref } from "../../../viz/src/model/export-href.js";
import { exportRefusal } from "../../../viz/src/model/export-refusal.js";
import { fileName } from "../../../viz/src/model/file-stem.js";
import { defaultViewState } from "../../../viz/src/store/view-state.js";

const all = { types: ["Organisation", "Site"], kinds: ["NHS trust", "GP federation"], relationships: ["A", "B"] };

describe("exportHref", () => {
  it("links the whole network while the view shows all of it", () => {
    expect(exportHref("nodes.csv", defaultViewState, all)).toBe("/export/nodes.csv");
  });

  it("carries the date, the shown kinds and relationship types, and the focus with its depth", () => {
    const href = exportHref(
      "edges.csv",
      { ...defaultViewState, date: "2023-12-31", hiddenKinds: ["NHS trust"], hiddenRelationships: ["B"], focus: "tht" },
      all,
    );
    const url = new URL(href, "http://page");
    expect(url.pathname).toBe("/export/edges.csv");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      asOf: "2023-12-31",
      nodeTypes: "Site",
      kinds: "GP federation",
      relationshipTypes: "A",
      focus: "tht",
      depth: "1",
    });
  });

  it("exports the later date of a comparison", () => {
    const href = exportHref(
      "nodes.csv",
      { ...defaultViewState, compareFrom: "2021-12-31", compareTo: "2023-12-31" },
      all,
    );
    expect(href).toBe("/export/nodes.csv?asOf=2023-12-31");
  });
});

describe("exportRefusal", () => {
  const drawn = { network: { nodes: [{}, {}], edges: [{}] }, summary: null } as unknown as View;
  const summarised = {
    network: { nodes: [{}], edges: [] },
    summary: { summary: { groups: [{ count: 150_000 }, { count: 2 }], links: [{ count: 60_000 }] } },
  } as unknown as View;

  it("offers the exports while the view is within the limit, or the limit is not known", () => {
    expect(exportRefusal(drawn, 3)).toBeNull();
    expect(exportRefusal(summarised, null)).toBeNull();
  });

  it("refuses, saying why, a view whose summary totals are over the limit", () => {
    expect(exportRefusal(drawn, 2)).toMatch(/3 nodes and relationships, more than the 2/);
    expect(exportRefusal(summarised, 200_000)).toMatch(/210,002 nodes and relationships, more than the 200,000/);
  });
});

describe("fileName", () => {
  it("names a picture or data file after the date or dates, the focus and the path it shows", () => {
    expect(fileName("png", defaultViewState)).toBe("tht-graph-all-time.png");
    expect(fileName("png", { ...defaultViewState, date: "2023-12-31" })).toBe("tht-graph-2023-12-31.png");
    expect(fileName("svg", { ...defaultViewState, compareFrom: "2021-12-31", compareTo: "2023-12-31" })).toBe(
      "tht-graph-2021-12-31-to-2023-12-31.svg",
    );
    const focus = { ...defaultViewState, date: "2023-06-01", focus: "barts-health", depth: 2 };
    expect(fileName("network.graphml", focus)).toBe("tht-graph-2023-06-01-barts-health-depth-2.graphml");
    expect(fileName("nodes.csv", focus)).toBe("tht-graph-2023-06-01-barts-health-depth-2-nodes.csv");
    expect(fileName("edges.csv", { ...defaultViewState, pathFrom: "healthwatch-tower-hamlets", pathTo: "elft" })).toBe(
      "tht-graph-all-time-path-healthwatch-tower-hamlets-to-elft-edges.csv",
    );
    // Without a focus the depth says nothing, and is left out.
    expect(fileName("network.gexf", { ...defaultViewState, depth: 3 })).toBe("tht-graph-all-time.gexf");
  });

  it("keeps only file-name characters from an id, whatever it holds", () => {
    const name = exportFileName("nodes.csv", { focus: '../"evil"\r\nname with spaces', depth: 1 });
    expect(name).toBe("tht-graph-all-time-evil-name-with-spaces-depth-1-nodes.csv");
    expect(name).toMatch(/^[A-Za-z0-9.-]+$/);
  });
});
