import type { GraphReader } from "../graph/graph-reader.js";
import type { Network } from "../graph/network-types.js";
import { checkDepth } from "./network.js";

/** Nodes within `depth` steps of `id` and the relationships between them. */
export function neighbourhood(
  reader: GraphReader,
  args: { id: string; depth?: number | null; asOf?: string | null },
): Promise<Network> {
  return reader.network({ focus: args.id, depth: checkDepth(args.depth, 1), asOf: args.asOf ?? null });
}
