// What the graph draws of a view: the nodes the filters show, and the relationships between them
// whose type is shown.
import type { View } from "../data/view.js";
import type { NetworkEdge, NetworkNode } from "../types.js";
import { nodeShown } from "./node-shown.js";

export function shownElements(view: Pick<View, "state" | "network">): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
  const s = view.state;
  const nodes = view.network.nodes.filter(nodeShown(s));
  const nodeIds = new Set(nodes.map((n) => n.id));
  const edges = view.network.edges.filter(
    (e) =>
      !s.hiddenRelationships.includes(e.type) &&
      !e.folded?.types.some((t) => s.hiddenRelationships.includes(t)) &&
      !(s.knownOnly && e.certainty === "UNCERTAIN") &&
      nodeIds.has(e.source) &&
      nodeIds.has(e.target),
  );
  return { nodes, edges };
}
