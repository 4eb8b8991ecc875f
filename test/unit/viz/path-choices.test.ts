// The path menus' choices: grouped by node type in the filters' order, sorted by name.
import { describe, expect, it } from "vitest";
import { labelIn } from "../../../viz/src/model/label-in.js";
import { pathChoices } from "../../../viz/src/model/path-choices.js";
import { node, sampleNetwork } from "./sample-view.js";

describe("pathChoices", () => {
  it("groups the nodes by type in the given order and sorts each group by name", () => {
    const choices = pathChoices(sampleNetwork.nodes, ["Organisation", "Group", "Service"]);
    expect(choices.map((c) => [c.type, c.nodes.map((n) => n.label)])).toEqual([
      ["Organisation", ["Barts Health", "ELFT", "GP Care Group", "Tower Hamlets Together"]],
      ["Service", ["Health visiting"]],
    ]);
  });

  it("offers nothing for a summary, which has no nodes", () => {
    expect(pathChoices([], ["Organisation"])).toEqual([]);
  });
});

describe("labelIn", () => {
  it("names an id by the date's label first, then the base network's, then the id itself", () => {
    const labelOf = labelIn({
      base: { nodes: [node("a", { label: "Old A" }), node("b", { label: "B" })], edges: [] },
      network: { nodes: [node("a", { label: "New A" })], edges: [] },
    });
    expect([labelOf("a"), labelOf("b"), labelOf("c")]).toEqual(["New A", "B", "c"]);
  });
});
