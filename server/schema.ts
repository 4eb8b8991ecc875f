// Builds the executable GraphQL schema: @neo4j/graphql over schema/*.graphql and the vocabulary's
// enums, then schema/extensions.graphql (the Node interface, the links to it, search) merged in.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { mergeSchemas } from "@graphql-tools/schema";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { defaultFieldResolver, type GraphQLSchema, isObjectType, Kind, parse } from "graphql";
import type { Driver } from "neo4j-driver";
import type { AuthConfig } from "../core/config.js";
import { neo4jAuthorization } from "./auth/neo4j-authorization.js";
import { GraphReader } from "./graph/graph-reader.js";
import { extensionResolvers } from "./identity/extension-resolvers.js";
import { createResolvers } from "./resolvers/create-resolvers.js";
import { useLiteralPhrases } from "./schema-parts/literal-phrases.js";
import { useStrictDates } from "./schema-parts/strict-date.js";
import { vocabularyTypeDefs } from "./schema-parts/vocabulary-type-defs.js";

export const schemaDir = join(dirname(fileURLToPath(import.meta.url)), "..", "schema");

/** Merged after @neo4j/graphql has built its schema: it reserves `Node`, `…Connection` and `PageInfo`. */
const extensionsFile = "extensions.graphql";

/** What @neo4j/graphql reads: every `schema/*.graphql` file but identity's, in name order, and the enums. */
export function readTypeDefs(): string {
  return [
    ...readdirSync(schemaDir)
      .filter((name) => name.endsWith(".graphql") && name !== extensionsFile)
      .sort()
      .map((name) => readFileSync(join(schemaDir, name), "utf8")),
    vocabularyTypeDefs(),
  ].join("\n");
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
  /** How long `centrality` may compute before COMPUTATION_TIMEOUT (CENTRALITY_DEADLINE_MS). */
  centralityDeadlineMs?: number;
  /** Where each applied revision is logged (who, what, why). */
  log?: (line: string) => void;
}

export async function buildSchema({
  driver,
  database = "neo4j",
  auth,
  queryTimeoutMs,
  networkMaxElements,
  centralityDeadlineMs,
  log,
}: SchemaOptions): Promise<GraphQLSchema> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: readTypeDefs(),
    driver,
    resolvers: createResolvers(
      { driver, database, timeoutMs: queryTimeoutMs },
      { networkMaxElements, log, centralityDeadlineMs, auth },
    ),
    features: {
      authorization: neo4jAuthorization(auth),
      // Only the current filter syntax: the printed SDL is then what introspection serves, and
      // editors complete `where: { name: { contains: … } }`, not 269 deprecated spellings of it.
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  });
  const target = { driver, database, timeoutMs: queryTimeoutMs };
  const schema = mergeSchemas({
    schemas: [useLiteralPhrases(await neoSchema.getSchema())],
    typeDefs: readFileSync(join(schemaDir, extensionsFile), "utf8"),
    resolvers: extensionResolvers(new GraphReader(target)),
  });
  return useStrictDates(answerAliasesByFieldName(schema, ownObjectTypes()));
}

/** Object types the hand-written resolvers answer (network.graphql, extensions.graphql), Query aside. */
function ownObjectTypes(): string[] {
  return ["network.graphql", extensionsFile].flatMap((file) =>
    parse(readFileSync(join(schemaDir, file), "utf8"))
      .definitions.filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value !== "Query")
      .map((d) => (d as { name: { value: string } }).name.value),
  );
}

/**
 * @neo4j/graphql gives every field without a resolver its own default, which reads a field's alias
 * first (its Cypher returns aliased keys). Our resolvers return plain objects, where that would
 * answer `nodeType: validFrom` with the node type: for our types, fields resolve by their name
 * (graphql-js's default), except the links extensions.graphql adds, which have resolvers of their own.
 */
function answerAliasesByFieldName(schema: GraphQLSchema, typeNames: string[]): GraphQLSchema {
  const links = new Set(
    parse(readFileSync(join(schemaDir, extensionsFile), "utf8")).definitions.flatMap((d) =>
      d.kind === Kind.OBJECT_TYPE_EXTENSION ? (d.fields ?? []).map((f) => `${d.name.value}.${f.name.value}`) : [],
    ),
  );
  for (const name of typeNames) {
    const type = schema.getType(name);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!links.has(`${name}.${field.name}`)) field.resolve = defaultFieldResolver;
    }
  }
  return schema;
}
