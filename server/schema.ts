// Builds the executable GraphQL schema from schema/*.graphql with @neo4j/graphql.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType, Kind, parse } from "graphql";
import type { Driver } from "neo4j-driver";
import type { AuthConfig } from "../core/config.js";
import { neo4jAuthorization } from "./auth/neo4j-authorization.js";
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
  return answerAliasesByFieldName(await neoSchema.getSchema(), ownObjectTypes());
}

/** Object types the hand-written resolvers answer (schema/network.graphql), Query aside. */
function ownObjectTypes(): string[] {
  return parse(readFileSync(join(schemaDir, "network.graphql"), "utf8"))
    .definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value !== "Query")
    .map((d) => (d as { name: { value: string } }).name.value);
}

/**
 * @neo4j/graphql gives every field without a resolver its own default, which reads a field's alias
 * first (its Cypher returns aliased keys). Our resolvers return plain objects, where that would
 * answer `nodeType: validFrom` with the node type: for our types, fields resolve by their name.
 */
function answerAliasesByFieldName(schema: GraphQLSchema, typeNames: string[]): GraphQLSchema {
  for (const name of typeNames) {
    const type = schema.getType(name);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
      if (!resolve) continue;
      field.resolve = (source, args, context, info) => {
        const [node, ...rest] = info.fieldNodes;
        if (!node?.alias) return resolve(source, args, context, info);
        return resolve(source, args, context, { ...info, fieldNodes: [{ ...node, alias: undefined }, ...rest] });
      };
    }
  }
  return schema;
}
