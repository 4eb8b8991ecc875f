// Only what the view shows of the changes between two dates: on a large graph they run to thousands.
import type { Changes, Network } from "../types.js";

export function changesWithin(changes: Changes, network: Network): Changes {
  const ids = new Set([...network.nodes.map((n) => n.id), ...network.edges.map((e) => e.id)]);
  const within = <T extends { id: string }>(list: T[]) => list.filter((x) => ids.has(x.id));
  return {
    ...changes,
    nodesStarted: within(changes.nodesStarted),
    nodesEnded: within(changes.nodesEnded),
    edgesStarted: within(changes.edgesStarted),
    edgesEnded: within(changes.edgesEnded),
  };
}
