// Resolvers for schema/network.graphql, given to @neo4j/graphql beside its generated ones.

import type { AuthConfig } from "../../core/config.js";
import type {
  QueryCentralityArgs,
  QueryChangesArgs,
  QueryKindsArgs,
  QueryNeighbourhoodArgs,
  QueryNetworkArgs,
  QueryNetworkSummaryArgs,
  QueryPathsArgs,
  QueryTimelineArgs,
} from "../../schema/contract.js";
import { graphRevision } from "../../seed/change/history.js";
import { BetweennessRunner } from "../analytics/betweenness.js";
import { GraphReader, type GraphTarget } from "../graph/graph-reader.js";
import { centrality } from "./centrality.js";
import { changeResolvers } from "./change-resolvers.js";
import { changes } from "./changes.js";
import { kinds } from "./kinds.js";
import { neighbourhood } from "./neighbourhood.js";
import { network } from "./network.js";
import { networkSummary } from "./network-summary.js";
import { paths } from "./paths.js";
import { timeline } from "./timeline.js";

export interface ResolverOptions {
  /** Nodes plus relationships `network` and `neighbourhood` answer at most (NETWORK_MAX_ELEMENTS); unset: no limit. */
  networkMaxElements?: number | undefined;
  /** Where each applied revision is logged. */
  log?: ((line: string) => void) | undefined;
  /** How editor tokens are verified (the `editor` query). */
  auth?: AuthConfig | undefined;
  /** How long `centrality` may compute before COMPUTATION_TIMEOUT (CENTRALITY_DEADLINE_MS). */
  centralityDeadlineMs?: number | undefined;
}

export function createResolvers(target: GraphTarget, options: ResolverOptions = {}) {
  const reader = new GraphReader(target);
  const writes = changeResolvers({ ...target, log: options.log, auth: options.auth });
  const betweenness = new BetweennessRunner(options.centralityDeadlineMs ?? 30_000);
  const revision = () => graphRevision(target.driver, target.database);
  return {
    JSONObject: writes.JSONObject,
    Mutation: writes.Mutation,
    Query: {
      ...writes.Query,
      network: (_: unknown, args: QueryNetworkArgs) => network(reader, args, options.networkMaxElements),
      networkSummary: (_: unknown, args: QueryNetworkSummaryArgs) => networkSummary(reader, args),
      neighbourhood: (_: unknown, args: QueryNeighbourhoodArgs) =>
        neighbourhood(reader, args, options.networkMaxElements),
      paths: (_: unknown, args: QueryPathsArgs) => paths(reader, args),
      timeline: (_: unknown, args: QueryTimelineArgs) => timeline(reader, args),
      changes: (_: unknown, args: QueryChangesArgs) => changes(reader, args),
      centrality: (_: unknown, args: QueryCentralityArgs, context: { extendDeadline?: (ms: number) => void }) =>
        centrality(reader, betweenness, revision, args, {
          maxElements: options.networkMaxElements,
          deadlineMs: options.centralityDeadlineMs ?? 30_000,
          extendDeadline: context.extendDeadline,
        }),
      kinds: (_: unknown, args: QueryKindsArgs) => kinds(reader, args),
    },
  };
}
