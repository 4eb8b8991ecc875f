// The network as groups (one per node type and kind) and the relationships between groups: what a
// client draws when `network` is too large (NETWORK_TOO_LARGE), as Bloom and Kumu do.
import type { NetworkSummary, NodeType, RelationshipType } from "../../schema/contract.js";
import type { GraphReader } from "../graph/graph-reader.js";
import { checkDepth, checkKinds, type NetworkArgs } from "./network.js";

const groupKey = (nodeType: string, kind: string) => `${nodeType}:${kind}`;

/** "NHS trust" for organisations (their kind is what tells them apart); "Service: …" for the rest. */
export function groupLabel(nodeType: string, kind: string): string {
  if (nodeType === "Organisation") return kind.charAt(0).toUpperCase() + kind.slice(1);
  return kind === nodeType ? nodeType : `${nodeType}: ${kind}`;
}

/** Largest first, then by key, so the same graph always answers the same. */
const bySize = (a: { count: number; key: string }, b: { count: number; key: string }) =>
  b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

export async function networkSummary(reader: GraphReader, args: NetworkArgs): Promise<NetworkSummary> {
  await checkKinds(reader, args.kinds);
  const rows = await reader.networkSummary({ ...args, depth: args.focus ? checkDepth(args.depth, 2) : null });
  const groups = rows.groups.map((g) => ({
    key: groupKey(g.nodeType, g.kind),
    nodeType: g.nodeType as NodeType,
    kind: g.kind,
    label: groupLabel(g.nodeType, g.kind),
    count: g.count,
  }));
  const links = rows.links.map((l) => {
    const source = groupKey(l.sourceType, l.sourceKind);
    const target = groupKey(l.targetType, l.targetKind);
    return { key: `${l.type}:${source}->${target}`, source, target, type: l.type as RelationshipType, count: l.count };
  });
  return { groups: groups.sort(bySize), links: links.sort(bySize) };
}
