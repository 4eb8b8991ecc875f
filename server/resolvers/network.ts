import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import type { QueryNetworkArgs } from "../../schema/contract.js";
import type { GraphReader } from "../graph/graph-reader.js";
import type { NetworkRecords } from "../graph/to-network.js";

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
 * BAD_USER_INPUT for a `kinds` value the graph has no node of ("NHS Trust" for "NHS trust"), listing
 * the kinds it has: a typo must not answer an empty success.
 */
export async function checkKinds(reader: GraphReader, kinds: readonly string[] | null | undefined): Promise<void> {
  if (!kinds || kinds.length === 0) return;
  const known = new Set((await reader.kinds()).map((k) => k.name));
  const unknown = kinds.filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new ThtError(
      ErrorCode.BadUserInput,
      `kinds: the graph has no node of kind ${unknown.map((k) => `"${k}"`).join(", ")}; ` +
        `kinds are ${[...known].sort().join(", ")} (node types go in nodeTypes; see the kinds query).`,
      { details: { argument: "kinds", unknown } },
    );
  }
}

/**
 * The whole network, or one focus's neighbourhood; optionally as of a day and filtered. With
 * `maxElements` (the GraphQL query; the bulk exports pass none) a larger network is refused with
 * NETWORK_TOO_LARGE before it is read.
 */
export async function network(reader: GraphReader, args: NetworkArgs, maxElements?: number): Promise<NetworkRecords> {
  await checkKinds(reader, args.kinds);
  return reader.network(
    { ...args, depth: args.focus ? checkDepth(args.depth, 2) : null },
    maxElements === undefined ? {} : { maxElements },
  );
}
