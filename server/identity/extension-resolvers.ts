// Resolvers of schema/extensions.graphql, merged after @neo4j/graphql has built its schema.
import type { QuerySearchArgs, QuerySharedConnectionsArgs } from "../../schema/contract.js";
import type { GraphReader } from "../graph/graph-reader.js";
import { search } from "../resolvers/search.js";
import { sharedConnections } from "../resolvers/shared-connections.js";
import { identityResolvers } from "./identity-resolvers.js";

export function extensionResolvers(reader: GraphReader) {
  const identity = identityResolvers(reader);
  return {
    ...identity,
    Query: {
      ...identity.Query,
      search: (_: unknown, args: QuerySearchArgs) => search(reader, args),
      sharedConnections: (_: unknown, args: QuerySharedConnectionsArgs) => sharedConnections(reader, args),
    },
  };
}
