// Resolvers for schema/network.graphql, given to @neo4j/graphql beside its generated ones.
import { JSONResolver } from "graphql-scalars";
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

// biome-ignore lint/suspicious/noExplicitAny: GraphQL arguments are validated by the schema
type Args = any;

export interface ResolverOptions {
  /** Nodes plus relationships `network` answers at most (NETWORK_MAX_ELEMENTS); unset: no limit. */
  networkMaxElements?: number | undefined;
}

export function createResolvers(target: GraphTarget, options: ResolverOptions = {}) {
  const reader = new GraphReader(target);
  return {
    JSON: JSONResolver,
    Query: {
      network: (_: unknown, args: Args) => network(reader, args, options.networkMaxElements),
      networkSummary: (_: unknown, args: Args) => networkSummary(reader, args),
      neighbourhood: (_: unknown, args: Args) => neighbourhood(reader, args),
      paths: (_: unknown, args: Args) => paths(reader, args),
      sharedConnections: (_: unknown, args: Args) => sharedConnections(reader, args),
      timeline: (_: unknown, args: Args) => timeline(reader, args),
      changes: (_: unknown, args: Args) => changes(reader, args),
      centrality: (_: unknown, args: Args) => centrality(reader, args),
      search: (_: unknown, args: Args) => search(reader, args),
    },
  };
}
