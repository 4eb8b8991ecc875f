import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import type { Network, QueryNetworkArgs } from "../../schema/contract.js";
import type { GraphReader } from "../graph/graph-reader.js";

/** `network`'s and `networkSummary`'s arguments; the exports leave out what they do not set. */
export type NetworkArgs = Partial<QueryNetworkArgs>;

export const maxDepth = 3;

export function checkDepth(depth: number | null | undefined, fallback: number): number {
  const value = depth ?? fallback;
  if (!Number.isInteger(value) || value < 1 || value > maxDepth) {
    throw new ThtError(ErrorCode.BadUserInput, `depth must be 1 to ${maxDepth}; got ${value}.`);
  }
  return value;
}

/**
 * The whole network, or one focus's neighbourhood; optionally as of a day and filtered. With
 * `maxElements` (the GraphQL query; the bulk exports pass none) a larger network is refused with
 * NETWORK_TOO_LARGE before it is read.
 */
export function network(reader: GraphReader, args: NetworkArgs, maxElements?: number): Promise<Network> {
  return reader.network(
    { ...args, depth: args.focus ? checkDepth(args.depth, 2) : null },
    maxElements === undefined ? {} : { maxElements },
  );
}
