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

/**
 * A driver that runs nothing: the hand-written queries' Cypher and parameters are recorded, and each
 * is answered by `answer` (by default, a node exists for every id asked about and nothing else does),
 * so a resolver walks its whole path without a database.
 */
export function capturingDriver(
  captured: Captured[],
  answer: (cypher: string, params: Record<string, unknown>) => Record<string, unknown>[] = defaultAnswer,
) {
  const driver = {
    executeQuery: async (cypher: string, params: Record<string, unknown> = {}) => {
      captured.push({ cypher, params });
      return { records: answer(cypher, params).map((row) => ({ toObject: () => row, get: (k: string) => row[k] })) };
    },
    session: () => {
      throw new Error("capturingDriver: the hand-written queries use executeQuery only");
    },
    close: async () => {},
  };
  return driver as unknown as import("neo4j-driver").Driver;
}

function defaultAnswer(cypher: string, params: Record<string, unknown>): Record<string, unknown>[] {
  // nodeHolds: the ids a query requires exist, so the resolver goes on to its main query.
  if (/^\s*MATCH \(n:Entity \{id: \$id\}\)\s*WHERE/.test(cypher) && typeof params.id === "string")
    return [{ id: params.id }];
  if (cypher.includes("AS nodes, edges") || cypher.includes("RETURN nodes, edges")) return [{ nodes: 0, edges: 0 }];
  // nodeTypesById: every id asked about is an organisation, so `node(id:)` goes on to the generated read.
  if (cypher.includes("END AS type") && Array.isArray(params.ids))
    return (params.ids as string[]).map((id) => ({ id, type: "Organisation" }));
  return [];
}

/** Cypher and parameters as reviewable text: temporal values and integers written as Cypher would. */
export function formatCaptured(captured: Captured[]): string {
  const value = (_key: string, v: unknown) => {
    if (v && typeof v === "object" && "year" in v && "month" in v && "day" in v && !("hour" in v))
      return `date('${String(v)}')`;
    if (v && typeof v === "object" && "low" in v && "high" in v) return Number(String(v));
    return v;
  };
  return captured
    .map(
      ({ cypher, params }, i) =>
        `-- statement ${i + 1}\n${cypher.trim()}\n-- parameters\n${JSON.stringify(params, value, 2)}\n`,
    )
    .join("\n");
}
