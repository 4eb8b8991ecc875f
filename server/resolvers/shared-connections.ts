import type { QuerySharedConnectionsArgs, SharedConnection } from "../../schema/contract.js";
import { sharedConnections as query } from "../cypher/network-queries.js";
import { dayOf, type GraphReader, timeParams, withEndsJudged } from "../graph/graph-reader.js";
import { type NetworkEdgeRecord, type NetworkNodeRecord, type Stored, toNetworkEdge } from "../graph/to-network.js";

/** What two nodes are both connected to (arrangements, partnerships, services, areas …). */
export async function sharedConnections(
  reader: GraphReader,
  args: QuerySharedConnectionsArgs,
): Promise<Stored<SharedConnection>[]> {
  await Promise.all([reader.requireNode(args.a, args), reader.requireNode(args.b, args)]);
  const rows = await reader.run<{ node: string; viaA: Record<string, unknown>; viaB: Record<string, unknown> }>(query, {
    a: args.a,
    b: args.b,
    ...timeParams(args),
  });
  const sources = await reader.sources();
  const ends = await reader.nodes([...new Set([args.a, args.b, ...rows.map((r) => r.node)])], sources, dayOf(args));
  const nodes = new Map(ends.map((n) => [n.key, n]));
  const edge = (rel: Record<string, unknown>) =>
    withEndsJudged(
      [toNetworkEdge(rel, String(rel.type), String(rel.source), String(rel.target), sources, dayOf(args))],
      ends,
    )[0] as NetworkEdgeRecord;
  return rows.map((r) => ({ node: nodes.get(r.node) as NetworkNodeRecord, viaA: edge(r.viaA), viaB: edge(r.viaB) }));
}
