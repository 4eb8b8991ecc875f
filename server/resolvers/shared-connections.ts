import type { QuerySharedConnectionsArgs, SharedConnection } from "../../schema/contract.js";
import { sharedConnections as query } from "../cypher/network-queries.js";
import { cypherDate, type GraphReader } from "../graph/graph-reader.js";
import { type NetworkNodeRecord, type Stored, toNetworkEdge } from "../graph/to-network.js";

/** What two nodes are both connected to (arrangements, partnerships, services, areas …). */
export async function sharedConnections(
  reader: GraphReader,
  args: QuerySharedConnectionsArgs,
): Promise<Stored<SharedConnection>[]> {
  await Promise.all([reader.requireNode(args.a, args.asOf), reader.requireNode(args.b, args.asOf)]);
  const rows = await reader.run<{ node: string; viaA: Record<string, unknown>; viaB: Record<string, unknown> }>(query, {
    a: args.a,
    b: args.b,
    asOf: cypherDate(args.asOf),
  });
  const sources = await reader.sources();
  const nodes = new Map((await reader.nodes([...new Set(rows.map((r) => r.node))], sources)).map((n) => [n.key, n]));
  const edge = (rel: Record<string, unknown>) =>
    toNetworkEdge(rel, String(rel.type), String(rel.source), String(rel.target), sources);
  return rows.map((r) => ({ node: nodes.get(r.node) as NetworkNodeRecord, viaA: edge(r.viaA), viaB: edge(r.viaB) }));
}
