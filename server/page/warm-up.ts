// The page's first questions, asked once by the server itself as soon as it starts: a first query of
// each shape costs a cold Neo4j seconds of planning and compiling (the seed graph's whole network:
// 6.4 s on a fresh start, 0.3 s after), and the first visitor should not be the one who pays.
// The questions are the page's own documents (viz/src/data/operations.graphql, read as text like
// the page's bundle in viz/dist), executed through Apollo with the same context as a request, so
// the same Cypher is planned. /readyz waits for this to settle; a failure is logged, not fatal.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ApolloServer } from "@apollo/server";
import type { Neo4jGraphQLContext } from "@neo4j/graphql";

export const pageOperationsFile = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "viz",
  "src",
  "data",
  "operations.graphql",
);

/** One question and what it said: how long it took, or the code it was refused with. */
export interface WarmUpStep {
  operation: string;
  variables: Record<string, unknown>;
  ms: number;
  code?: string;
}

export interface WarmUpOptions {
  apollo: ApolloServer<Neo4jGraphQLContext>;
  /** The context a request without a token gets. */
  context: () => Neo4jGraphQLContext;
  /** Today's date, as the page sends it (YYYY-MM-DD). */
  today: string;
  /** The page's operations; read from `pageOperationsFile` by default. */
  document?: string;
}

interface Answer {
  data?: Record<string, unknown> | null;
  code?: string;
}

/**
 * Asks what a first visit asks, in its order: the whole network today and for all time (or, on a
 * graph too large to draw, its summary), a search, for one organisation its neighbourhood at
 * depths 1 and 2, its timeline and its history, and the recent changes and revision number the page
 * polls. Answers are thrown away; only the planning is kept.
 */
export async function warmUp({ apollo, context, today, document }: WarmUpOptions): Promise<WarmUpStep[]> {
  const query = document ?? readFileSync(pageOperationsFile, "utf8");
  const steps: WarmUpStep[] = [];
  const ask = async (operationName: string, variables: Record<string, unknown>): Promise<Answer> => {
    const started = performance.now();
    const response = await apollo.executeOperation({ query, operationName, variables }, { contextValue: context() });
    const result = response.body.kind === "single" ? response.body.singleResult : undefined;
    const code = result?.errors?.[0]?.extensions?.code;
    const answer: Answer = { data: result?.data, code: typeof code === "string" ? code : undefined };
    steps.push({ operation: operationName, variables, ms: Math.round(performance.now() - started), code: answer.code });
    return answer;
  };

  const dated = await ask("Network", { asOf: today });
  await ask("Network", { asOf: null });
  await ask("Summary", { asOf: today });
  const nodes = (dated.data?.network as { nodes?: { id: string; nodeType?: string }[] } | null)?.nodes;
  const searched = await ask("Search", { text: "health" });
  const hits = (searched.data?.search as { edges?: { node: { id: string } }[] } | undefined)?.edges;
  const id = nodes?.find((n) => n.nodeType === "Organisation")?.id ?? nodes?.[0]?.id ?? hits?.[0]?.node.id;
  if (id === undefined) return steps;
  for (const depth of [1, 2]) {
    await ask("Focus", { id, depth, asOf: today });
    await ask("NetworkScoped", { asOf: today, focus: id, depth });
  }
  await ask("Timeline", { id });
  await ask("History", { id });
  await ask("RecentChanges", { first: 10 });
  await ask("GraphRevision", {});
  return steps;
}
