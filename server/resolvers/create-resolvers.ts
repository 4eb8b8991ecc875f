// Resolvers for schema/network.graphql, given to @neo4j/graphql beside its generated ones.
import { JSONResolver } from "graphql-scalars";
import type {
  QueryCentralityArgs,
  QueryChangesArgs,
  QueryNeighbourhoodArgs,
  QueryNetworkArgs,
  QueryNetworkSummaryArgs,
  QueryPathsArgs,
  QuerySearchArgs,
  QuerySharedConnectionsArgs,
  QueryTimelineArgs,
} from "../../schema/contract.js";
import { GraphReader, type GraphTarget } from "../graph/graph-reader.js";
import { centrality } from "./centrality.js";
import { changes } from "./changes.js";
import { neighbourhood } from "./neighbourhood.js";
import { network } from "./network.js";
import { networkSummary } from "./network-summary.js";
import { paths } from "./paths.js";
import { search } from "./search.js";
import { sharedConnections } from "./shared-connections.js";
import { timeline } from "./timeline.js";

export interface ResolverOptions {
  /** Nodes plus relationships `network` answers at most (NETWORK_MAX_ELEMENTS); unset: no limit. */
  networkMaxElements?: number | undefined;
}

export function createResolvers(target: GraphTarget, options: ResolverOptions = {}) {
  const reader = new GraphReader(target);
  return {
    JSON: JSONResolver,
    Query: {
      network: (_: unknown, args: QueryNetworkArgs) => network(reader, args, options.networkMaxElements),
      networkSummary: (_: unknown, args: QueryNetworkSummaryArgs) => networkSummary(reader, args),
      neighbourhood: (_: unknown, args: QueryNeighbourhoodArgs) => neighbourhood(reader, args),
      paths: (_: unknown, args: QueryPathsArgs) => paths(reader, args),
      sharedConnections: (_: unknown, args: QuerySharedConnectionsArgs) => sharedConnections(reader, args),
      timeline: (_: unknown, args: QueryTimelineArgs) => timeline(reader, args),
      changes: (_: unknown, args: QueryChangesArgs) => changes(reader, args),
      centrality: (_: unknown, args: QueryCentralityArgs) => centrality(reader, args),
      search: (_: unknown, args: QuerySearchArgs) => search(reader, args),
    },
  };
}
