import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import type { Changes, QueryChangesArgs } from "../../schema/contract.js";
import { changedEdges, changedNodes } from "../cypher/network-queries.js";
import { cypherDate, type GraphReader } from "../graph/graph-reader.js";
import { type Stored, toNetworkEdge } from "../graph/to-network.js";

/** What holds on `to` but not on `from` (started), and the reverse (ended). */
export async function changes(reader: GraphReader, args: QueryChangesArgs): Promise<Stored<Changes>> {
  const from = String(args.from).slice(0, 10);
  const to = String(args.to).slice(0, 10);
  if (from >= to) throw new ThtError(ErrorCode.BadUserInput, `from (${from}) must be before to (${to}).`);
  const params = { from: cypherDate(from), to: cypherDate(to) };
  const [nodeRows, edgeRows, sources] = await Promise.all([
    reader.run<{ id: string; started: boolean }>(changedNodes, params),
    reader.run<{ props: Record<string, unknown>; type: string; source: string; target: string; started: boolean }>(
      changedEdges,
      params,
    ),
    reader.sources(),
  ]);
  const nodes = await reader.nodes(
    nodeRows.map((r) => r.id),
    sources,
  );
  const started = new Set(nodeRows.filter((r) => r.started).map((r) => r.id));
  const edges = edgeRows.map((r) => ({
    started: r.started,
    edge: toNetworkEdge(r.props, r.type, r.source, r.target, sources),
  }));
  return {
    from,
    to,
    nodesStarted: nodes.filter((n) => started.has(n.key)),
    nodesEnded: nodes.filter((n) => !started.has(n.key)),
    edgesStarted: edges.filter((e) => e.started).map((e) => e.edge),
    edgesEnded: edges.filter((e) => !e.started).map((e) => e.edge),
  };
}
