// What the filters offer: every node type, organisation kind and relationship type present in a
// network, in the legend's order (known ones first, the rest alphabetically).
import { edgeLooks } from "../drawing/edge-styles.js";
import { nodeTypes, organisationLooks } from "../drawing/node-styles.js";
import type { Network } from "../types.js";

export interface FilterValues {
  types: string[];
  kinds: string[];
  relationships: string[];
}

export function filterValues(base: Network): FilterValues {
  const present = (values: string[]) => [...new Set(values)];
  const kinds = present(base.nodes.filter((n) => n.nodeType === "Organisation").map((n) => n.kind));
  const order = (list: string[], canonical: string[]) =>
    [...list].sort((a, b) => {
      const ia = canonical.indexOf(a);
      const ib = canonical.indexOf(b);
      return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib) || a.localeCompare(b);
    });
  return {
    types: order(present(base.nodes.map((n) => n.nodeType)), [...nodeTypes]),
    kinds: order(kinds, Object.keys(organisationLooks)),
    relationships: order(present(base.edges.map((e) => e.type)), Object.keys(edgeLooks)),
  };
}
