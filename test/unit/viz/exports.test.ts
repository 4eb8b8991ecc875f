// What the export links and pictures carry: the view's date, filters and focus, and its dates as names.
import { describe, expect, it } from "vitest";
import { exportHref } from "../../../viz/src/model/export-href.js";
import { fileStem } from "../../../viz/src/model/file-stem.js";
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

describe("fileStem", () => {
  it("names a picture after the date or dates it shows", () => {
    expect(fileStem(defaultViewState)).toBe("tht-graph-all-time");
    expect(fileStem({ ...defaultViewState, date: "2023-12-31" })).toBe("tht-graph-2023-12-31");
    expect(fileStem({ ...defaultViewState, compareFrom: "2021-12-31", compareTo: "2023-12-31" })).toBe(
      "tht-graph-2021-12-31-to-2023-12-31",
    );
  });
});
