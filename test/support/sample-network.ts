// A deterministic network of any size, in the contract's shape: for the page benchmark (B7) and the
// unit tests of big views.
import type { Network } from "../../viz/src/types.js";
import { pageEdge, pageNode } from "./page-elements.js";

const kinds = [
  ["Organisation", "NHS trust"],
  ["Organisation", "GP practice"],
  ["Organisation", "voluntary organisation"],
  ["Service", "community health service"],
  ["Area", "place"],
  ["Arrangement", "alliance contract"],
] as const;

/** A deterministic network of about `elements` elements: a third nodes, two thirds edges. */
export function sampleNetwork(elements: number): {
  network: Network;
  floorPositions: Record<string, { x: number; y: number }>;
} {
  const nodeCount = Math.max(2, Math.round(elements / 3));
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    const [nodeType, kind] = kinds[i % kinds.length] as (typeof kinds)[number];
    return pageNode(`n${i}`, {
      label: `Organisation ${i}`,
      kind,
      nodeType,
      validTo: i % 17 === 0 ? "2020-01-01" : null,
    });
  });
  const types = ["PARTNER_IN", "PROVIDES", "SERVES", "WORKS_WITH"] as const;
  const edges = Array.from({ length: elements - nodeCount }, (_, i) => ({
    ...pageEdge(
      types[i % 4] as (typeof types)[number],
      `n${i % nodeCount}`,
      `n${(i * 7 + 1 + Math.floor(i / nodeCount)) % nodeCount}`,
    ),
    id: `e${i}`,
  }));
  const side = Math.ceil(Math.sqrt(nodeCount));
  const floorPositions = Object.fromEntries(
    nodes.map((n, i) => [n.id, { x: (i % side) * 40, y: Math.floor(i / side) * 40 }]),
  );
  return { network: { nodes, edges }, floorPositions };
}
