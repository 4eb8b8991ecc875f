// Builds the executable GraphQL schema from schema/*.graphql with @neo4j/graphql.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { GraphQLSchema } from "graphql";
import type { Driver } from "neo4j-driver";
import { neo4jAuthorization } from "./auth/neo4j-authorization.js";
import type { AuthConfig } from "./config.js";
import { createResolvers } from "./resolvers/create-resolvers.js";

export const schemaDir = join(dirname(fileURLToPath(import.meta.url)), "..", "schema");

/** Every `schema/*.graphql` file, in name order, joined. */
export function readTypeDefs(): string {
  return readdirSync(schemaDir)
    .filter((name) => name.endsWith(".graphql"))
    .sort()
    .map((name) => readFileSync(join(schemaDir, name), "utf8"))
    .join("\n");
}

export interface SchemaOptions {
  driver: Driver;
  /** Database of the graph. */
  database?: string;
  /** Without it (or with neither JWT_SECRET nor JWKS_URL in it) no token verifies: mutations are refused. */
  auth?: AuthConfig;
  /** Transaction timeout of the hand-written queries (the generated ones get it per request). */
  queryTimeoutMs?: number;
  /** Nodes plus relationships the `network` query answers at most (NETWORK_MAX_ELEMENTS); unset: no limit. */
  networkMaxElements?: number;
}

export async function buildSchema({
  driver,
  database = "neo4j",
  auth,
  queryTimeoutMs,
  networkMaxElements,
}: SchemaOptions): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: readTypeDefs(),
    driver,
    resolvers: createResolvers({ driver, database, timeoutMs: queryTimeoutMs }, { networkMaxElements }),
    features: { authorization: neo4jAuthorization(auth) },
  });
  return neoSchema.getSchema();
}
