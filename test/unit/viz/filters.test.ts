// The filters: what they offer, which nodes and relationships they let through, and how the
// network query and the exports are told about them.
import { describe, expect, it } from "vitest";
import { filterValues } from "../../../viz/src/model/filter-values.js";
import { networkFilters } from "../../../viz/src/model/network-filters.js";
import { nodeShown } from "../../../viz/src/model/node-shown.js";
import { shownElements } from "../../../viz/src/model/shown-elements.js";
import { defaultViewState } from "../../../viz/src/store/view-state.js";
import { edge, node, sampleNetwork, sampleView } from "./sample-view.js";

const nothingHidden = { hiddenTypes: [], hiddenKinds: [], hiddenRelationships: [] };

describe("filterValues", () => {
  it("offers each type, kind and relationship present once, known ones in the legend's order", () => {
    const values = filterValues({
      nodes: [
        node("a", { nodeType: "Site", kind: "site" }),
        node("b", { kind: "GP federation" }),
        node("c", { kind: "partnership" }),
        node("d", { kind: "zebra crossing" }),
        node("e", { kind: "GP federation" }),
      ],
      edges: [edge("SERVES", "a", "b"), edge("PARTNER_IN", "b", "c"), edge("ALPHA_OF", "c", "d")],
    });
    expect(values).toEqual({
      types: ["Organisation", "Site"],
      kinds: ["partnership", "GP federation", "zebra crossing"],
      relationships: ["PARTNER_IN", "SERVES", "ALPHA_OF"],
    });
  });

  it("offers only organisations' kinds as kinds", () => {
    expect(filterValues(sampleNetwork).kinds).not.toContain("service");
  });
});

describe("nodeShown", () => {
  it("hides a node whose type is hidden", () => {
    expect(nodeShown({ hiddenTypes: ["Service"], hiddenKinds: [] })(node("s", { nodeType: "Service" }))).toBe(false);
  });

  it("hides an organisation whose kind is hidden, and never another type of that kind", () => {
    const shown = nodeShown({ hiddenTypes: [], hiddenKinds: ["NHS trust"] });
    expect(shown(node("barts"))).toBe(false);
    expect(shown(node("g", { nodeType: "Group", kind: "NHS trust" }))).toBe(true);
  });
});

describe("shownElements", () => {
  it("draws only relationships whose type is shown and whose ends are both drawn", () => {
    const { nodes, edges } = shownElements(
      sampleView({ hiddenTypes: ["Service"], hiddenRelationships: ["WORKS_WITH"] }),
    );
    expect(nodes.map((n) => n.id)).toEqual(["tht", "barts", "elft", "gpcg"]);
    expect(edges.map((e) => e.id)).toEqual(["PARTNER_IN:barts->tht", "PARTNER_IN:elft->tht"]);
  });
});

describe("networkFilters", () => {
  const all = { types: ["Organisation", "Service"], kinds: ["partnership", "NHS trust"], relationships: ["A", "B"] };

  it("asks for no filter while nothing is hidden", () => {
    expect(networkFilters(nothingHidden, all)).toEqual({ nodeTypes: null, kinds: null, types: null });
  });

  it("names the shown node types, and the shown kinds in place of Organisation when kinds are hidden", () => {
    expect(networkFilters({ ...nothingHidden, hiddenTypes: ["Service"] }, all)).toMatchObject({
      nodeTypes: ["Organisation"],
      kinds: null,
    });
    expect(networkFilters({ ...nothingHidden, hiddenKinds: ["NHS trust"] }, all)).toMatchObject({
      nodeTypes: ["Service"],
      kinds: ["partnership"],
    });
    // Organisations hidden as a type: their kinds do not bring them back.
    expect(
      networkFilters({ ...nothingHidden, hiddenTypes: ["Organisation"], hiddenKinds: ["NHS trust"] }, all),
    ).toMatchObject({
      nodeTypes: ["Service"],
      kinds: null,
    });
  });

  it("names the shown relationship types when one is hidden", () => {
    expect(networkFilters({ ...defaultViewState, hiddenRelationships: ["A"] }, all)).toEqual({
      nodeTypes: null,
      kinds: null,
      types: ["B"],
    });
  });
});
