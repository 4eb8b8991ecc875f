import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import type { Changes, QueryChangesArgs } from "../../schema/contract.js";
import { changedEdges, changedNodes } from "../cypher/network-queries.js";
import { cypherDate, type GraphReader } from "../graph/graph-reader.js";
import { type Stored, toNetworkEdge } from "../graph/to-network.js";

/** Whether the start or end fell in the window, and surely (its whole range inside) or possibly. */
interface Moved {
  started: boolean;
  startedSurely: boolean;
  ended: boolean;
  endedSurely: boolean;
}

/**
 * What started, and what ended, after `from` and by `to`: each node and relationship whose start or
 * end falls in the window, whatever its ends do (a succession is reported with its ended
 * predecessor). `certainty` says whether the change surely falls in the window (KNOWN) or only may
 * (UNCERTAIN: a range such as "late 2013" that overlaps it); `status` is where it stands on `to`.
 */
export async function changes(reader: GraphReader, args: QueryChangesArgs): Promise<Stored<Changes>> {
  const params = { from: cypherDate(args.from, "from"), to: cypherDate(args.to, "to") };
  const from = String(args.from);
  const to = String(args.to);
  if (from >= to) {
    throw new ThtError(ErrorCode.BadUserInput, `from (${from}) must be before to (${to}).`, {
      details: { argument: "from" },
    });
  }
  const [nodeRows, edgeRows, sources] = await Promise.all([
    reader.run<{ id: string } & Moved>(changedNodes, params),
    reader.run<{ props: Record<string, unknown>; type: string; source: string; target: string } & Moved>(
      changedEdges,
      params,
    ),
    reader.sources(),
  ]);
  const certainOnly = args.certainOnly ?? false;
  const moved = new Map(nodeRows.map((r) => [r.id, r]));
  const nodes = (await reader.nodes([...moved.keys()], sources, to)).map((node) => ({
    node,
    moved: moved.get(node.key) as Moved,
  }));
  const edges = edgeRows.map((r) => ({
    moved: r,
    edge: toNetworkEdge(r.props, r.type, r.source, r.target, sources, to),
  }));
  /** Those that started (or ended) in the window, each marked with how surely it did. */
  function pick<T extends { certainty: string }>(rows: { moved: Moved; item: T }[], end: "started" | "ended"): T[] {
    return rows
      .filter((r) => r.moved[end] && (!certainOnly || r.moved[`${end}Surely`]))
      .map((r) => ({ ...r.item, certainty: r.moved[`${end}Surely`] ? "KNOWN" : "UNCERTAIN" }));
  }
  const nodeItems = nodes.map((n) => ({ moved: n.moved, item: n.node }));
  const edgeItems = edges.map((e) => ({ moved: e.moved, item: e.edge }));
  return {
    from,
    to,
    nodesStarted: pick(nodeItems, "started"),
    nodesEnded: pick(nodeItems, "ended"),
    edgesStarted: pick(edgeItems, "started"),
    edgesEnded: pick(edgeItems, "ended"),
  };
}
