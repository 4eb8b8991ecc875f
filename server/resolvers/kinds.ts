import type { Kind, QueryKindsArgs } from "../../schema/contract.js";
import type { GraphReader } from "../graph/graph-reader.js";

/** Every kind of node the graph holds, most common first: the values the `kinds` arguments accept. */
export async function kinds(reader: GraphReader, args: QueryKindsArgs): Promise<Kind[]> {
  const wanted = args.nodeTypes && args.nodeTypes.length > 0 ? new Set<string>(args.nodeTypes) : null;
  return (await reader.kinds()).filter((k) => !wanted || wanted.has(k.nodeType));
}
