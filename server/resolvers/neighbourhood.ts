import type { QueryNeighbourhoodArgs } from "../../schema/contract.js";
import type { GraphReader } from "../graph/graph-reader.js";
import type { NetworkRecords } from "../graph/to-network.js";
import { checkDepth } from "./network.js";

/**
 * Nodes within `depth` steps of `id` and the relationships between them. With `maxElements`
 * (NETWORK_MAX_ELEMENTS) a larger neighbourhood, a hub's at depth 3, is refused with
 * NETWORK_TOO_LARGE before it is read, as `network` is.
 */
export function neighbourhood(
  reader: GraphReader,
  args: QueryNeighbourhoodArgs,
  maxElements?: number,
): Promise<NetworkRecords> {
  return reader.network(
    {
      focus: args.id,
      depth: checkDepth(args.depth, 1),
      asOf: args.asOf ?? null,
      certainOnly: args.certainOnly ?? false,
      includeFormer: args.includeFormer ?? false,
    },
    maxElements === undefined ? {} : { maxElements },
  );
}
