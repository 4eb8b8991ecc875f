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

/** Without `auth` (or with neither JWT_SECRET nor JWKS_URL in it) no token verifies: mutations are refused. */
export async function buildSchema(driver: Driver, database = "neo4j", auth?: AuthConfig): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: readTypeDefs(),
    driver,
    resolvers: createResolvers({ driver, database }),
    features: { authorization: neo4jAuthorization(auth) },
  });
  return neoSchema.getSchema();
}
