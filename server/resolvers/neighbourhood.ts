import type { Network, QueryNeighbourhoodArgs } from "../../schema/contract.js";
import type { GraphReader } from "../graph/graph-reader.js";
import { checkDepth } from "./network.js";

/** Nodes within `depth` steps of `id` and the relationships between them. */
export function neighbourhood(reader: GraphReader, args: QueryNeighbourhoodArgs): Promise<Network> {
  return reader.network({ focus: args.id, depth: checkDepth(args.depth, 1), asOf: args.asOf ?? null });
}
