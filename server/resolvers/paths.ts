import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { relationshipPhrase } from "../../core/vocabulary.js";
import type { Path, QueryPathsArgs } from "../../schema/contract.js";
import { shortestPaths } from "../cypher/network-queries.js";
import { dayOf, type GraphReader, timeParams, withEndsJudged } from "../graph/graph-reader.js";
import { type NetworkEdgeRecord, type NetworkNodeRecord, type Stored, toNetworkEdge } from "../graph/to-network.js";

export const maxPathLength = 4;

/** The shortest paths between two nodes, each step with its relationship, dates and citations. */
export async function paths(reader: GraphReader, args: QueryPathsArgs): Promise<Stored<Path>[]> {
  const max = args.maxLength ?? maxPathLength;
  if (!Number.isInteger(max) || max < 1 || max > maxPathLength) {
    throw new ThtError(ErrorCode.BadUserInput, `maxLength must be 1 to ${maxPathLength}; got ${max}.`);
  }
  if (args.from === args.to) throw new ThtError(ErrorCode.BadUserInput, "from and to must be different nodes.");
  await Promise.all([reader.requireNode(args.from, args), reader.requireNode(args.to, args)]);
  const rows = await reader.run<{ nodeIds: string[]; rels: Record<string, unknown>[] }>(
    shortestPaths[max - 1] as string,
    { from: args.from, to: args.to, ...timeParams(args) },
  );
  const sources = await reader.sources();
  const nodes = new Map(
    (await reader.nodes([...new Set(rows.flatMap((r) => r.nodeIds))], sources, dayOf(args))).map((n) => [n.key, n]),
  );
  // allShortestPaths returns paths in no fixed order; sort them so answers (and links) are stable.
  const ordered = [...rows].sort((a, b) => a.nodeIds.join(">").localeCompare(b.nodeIds.join(">")));
  return ordered.map(({ nodeIds, rels }) => {
    const pathNodes = nodeIds.map((id) => nodes.get(id) as NetworkNodeRecord);
    const steps = rels.map((rel, i) => {
      const from = pathNodes[i] as NetworkNodeRecord;
      const to = pathNodes[i + 1] as NetworkNodeRecord;
      const [edge] = withEndsJudged(
        [toNetworkEdge(rel, String(rel.type), String(rel.source), String(rel.target), sources, dayOf(args))],
        [from, to],
      ) as [NetworkEdgeRecord];
      const [subject, object] = edge.source === from.key ? [from, to] : [to, from];
      const sentence = `${subject.label} ${relationshipPhrase(edge.type)} ${object.label}`;
      return { from, to, edge, sentence };
    });
    return { length: steps.length, nodes: pathNodes, steps };
  });
}
