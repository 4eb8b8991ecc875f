import { shortestPaths } from "../cypher/network-queries.js";
import { ErrorCode, ThtError } from "../errors.js";
import { cypherDate, type GraphReader } from "../graph/graph-reader.js";
import type { NetworkEdge, NetworkNode } from "../graph/network-types.js";
import { relationshipPhrases, toNetworkEdge } from "../graph/to-network.js";

export interface PathStep {
  from: NetworkNode;
  to: NetworkNode;
  edge: NetworkEdge;
  sentence: string;
}

export interface Path {
  length: number;
  nodes: NetworkNode[];
  steps: PathStep[];
}

export const maxPathLength = 4;

/** The shortest paths between two nodes, each step with its relationship, dates and citations. */
export async function paths(
  reader: GraphReader,
  args: { from: string; to: string; maxLength?: number | null; asOf?: string | null },
): Promise<Path[]> {
  const max = args.maxLength ?? maxPathLength;
  if (!Number.isInteger(max) || max < 1 || max > maxPathLength) {
    throw new ThtError(ErrorCode.BadUserInput, `maxLength must be 1 to ${maxPathLength}; got ${max}.`);
  }
  if (args.from === args.to) throw new ThtError(ErrorCode.BadUserInput, "from and to must be different nodes.");
  await Promise.all([reader.requireNode(args.from, args.asOf), reader.requireNode(args.to, args.asOf)]);
  const rows = await reader.run<{ nodeIds: string[]; rels: Record<string, unknown>[] }>(
    shortestPaths[max - 1] as string,
    {
      from: args.from,
      to: args.to,
      asOf: cypherDate(args.asOf),
    },
  );
  const sources = await reader.sources();
  const nodes = new Map(
    (await reader.nodes([...new Set(rows.flatMap((r) => r.nodeIds))], sources)).map((n) => [n.id, n]),
  );
  // allShortestPaths returns paths in no fixed order; sort them so answers (and links) are stable.
  const ordered = [...rows].sort((a, b) => a.nodeIds.join(">").localeCompare(b.nodeIds.join(">")));
  return ordered.map(({ nodeIds, rels }) => {
    const pathNodes = nodeIds.map((id) => nodes.get(id) as NetworkNode);
    const steps = rels.map((rel, i) => {
      const edge = toNetworkEdge(rel, String(rel.type), String(rel.source), String(rel.target), sources);
      const from = pathNodes[i] as NetworkNode;
      const to = pathNodes[i + 1] as NetworkNode;
      const [subject, object] = edge.source === from.id ? [from, to] : [to, from];
      const sentence = `${subject.label} ${relationshipPhrases[edge.type] ?? edge.type} ${object.label}`;
      return { from, to, edge, sentence };
    });
    return { length: steps.length, nodes: pathNodes, steps };
  });
}
