// The network as groups (one per node type and kind) and the relationships between groups: what a
// client draws when `network` is too large (NETWORK_TOO_LARGE), as Bloom and Kumu do.
import type { NetworkSummary } from "../../schema/contract.js";
import type { GraphReader } from "../graph/graph-reader.js";
import { checkDepth, type NetworkArgs } from "./network.js";

const groupId = (nodeType: string, kind: string) => `${nodeType}:${kind}`;

/** "NHS trust" for organisations (their kind is what tells them apart); "Service: …" for the rest. */
export function groupLabel(nodeType: string, kind: string): string {
  if (nodeType === "Organisation") return kind.charAt(0).toUpperCase() + kind.slice(1);
  return kind === nodeType ? nodeType : `${nodeType}: ${kind}`;
}

/** Largest first, then by id, so the same graph always answers the same. */
const bySize = (a: { count: number; id: string }, b: { count: number; id: string }) =>
  b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function networkSummary(reader: GraphReader, args: NetworkArgs): Promise<NetworkSummary> {
  const rows = await reader.networkSummary({ ...args, depth: args.focus ? checkDepth(args.depth, 2) : null });
  const groups = rows.groups.map((g) => ({
    id: groupId(g.nodeType, g.kind),
    nodeType: g.nodeType,
    kind: g.kind,
    label: groupLabel(g.nodeType, g.kind),
    count: g.count,
  }));
  const links = rows.links.map((l) => {
    const source = groupId(l.sourceType, l.sourceKind);
    const target = groupId(l.targetType, l.targetKind);
    return { id: `${l.type}:${source}->${target}`, source, target, type: l.type, count: l.count };
  });
  return { groups: groups.sort(bySize), links: links.sort(bySize) };
}
