// The nodes and relationships of a drawing that have ended by the date it shows.
import type { NetworkEdge, NetworkNode } from "../types.js";
import { hasEnded } from "./has-ended.js";

export function endedIds(
  nodes: Pick<NetworkNode, "id" | "validTo">[],
  edges: Pick<NetworkEdge, "id" | "validTo">[],
  date: string | null,
): Set<string> {
  return new Set([...nodes, ...edges].filter((x) => hasEnded(x.validTo, date)).map((x) => x.id));
}
