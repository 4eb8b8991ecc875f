// Two networks as one (the compare view draws both dates): each node and edge once, by id.
import type { Network } from "../types.js";

export function mergeNetworks(a: Network, b: Network): Network {
  const nodes = new Map([...a.nodes, ...b.nodes].map((n) => [n.id, n]));
  const edges = new Map([...a.edges, ...b.edges].map((e) => [e.id, e]));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
