import type { QueryNeighbourhoodArgs } from "../../schema/contract.js";
import type { GraphReader } from "../graph/graph-reader.js";
import type { NetworkRecords } from "../graph/to-network.js";
import { checkDepth } from "./network.js";

/** Nodes within `depth` steps of `id` and the relationships between them. */
export function neighbourhood(reader: GraphReader, args: QueryNeighbourhoodArgs): Promise<NetworkRecords> {
  return reader.network({
    focus: args.id,
    depth: checkDepth(args.depth, 1),
    asOf: args.asOf ?? null,
    certainOnly: args.certainOnly ?? false,
    includeFormer: args.includeFormer ?? false,
  });
}
