// The Cypher @neo4j/graphql generates for an operation, captured without running it: a
// transaction-shaped executionContext records the query and answers with no rows. Timing
// `graphql()` against it measures translation, as the library's own benchmarks do.
import { execute, type GraphQLSchema, graphql, parse, validate } from "graphql";

export interface Captured {
  cypher: string;
  params: Record<string, unknown>;
}

const emptyResult = {
  records: [],
  summary: {
    counters: { updates: () => ({}), containsUpdates: () => false },
    notifications: [],
    query: { text: "", parameters: {} },
  },
};

export async function captureCypher(
  schema: GraphQLSchema,
  source: string,
  variableValues: Record<string, unknown> = {},
): Promise<Captured[]> {
  const captured: Captured[] = [];
  const executionContext = {
    run: async (cypher: string, params: Record<string, unknown>) => {
      // The library asks for the server's version first (once per schema); answer as Neo4j 5.26.
      if (cypher.includes("dbms.components()")) return { ...emptyResult, records: [["5.26.19", "community"]] };
      captured.push({ cypher, params });
      return emptyResult;
    },
  };
  const result = await graphql({ schema, source, variableValues, contextValue: { executionContext } });
  if (result.errors?.length) throw new Error(`translation failed: ${result.errors.map((e) => e.message).join("; ")}`);
  return captured;
}

/**
 * One translation, as a function to time: the document is parsed and validated once, so the time
 * is @neo4j/graphql's resolver turning the operation into Cypher (plus graphql-js's execution walk).
 */
export function translator(schema: GraphQLSchema, source: string, variableValues: Record<string, unknown> = {}) {
  const document = parse(source);
  const problems = validate(schema, document);
  if (problems.length > 0) throw new Error(`invalid benchmark query: ${problems[0]?.message}`);
  let translated = false;
  const executionContext = {
    run: async (cypher: string) => {
      if (cypher.includes("dbms.components()")) return { ...emptyResult, records: [["5.26.19", "community"]] };
      translated = true;
      return emptyResult;
    },
  };
  return async () => {
    translated = false;
    const result = await execute({ schema, document, variableValues, contextValue: { executionContext } });
    // Errors after the Cypher was produced come from the empty answer (a non-null aggregate), not translation.
    if (!translated) throw new Error(`translation failed: ${result.errors?.[0]?.message ?? "no Cypher produced"}`);
  };
}
