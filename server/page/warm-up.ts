// The page's first questions, asked once by the server itself as soon as it starts: a first query of
// each shape costs a cold Neo4j seconds of planning and compiling (the seed graph's whole network:
// 6.4 s on a fresh start, 0.3 s after), and the first visitor should not be the one who pays.
// The questions are the page's own persisted documents, asked as the page's GET asks them, through
// the response cache (server/cache/graphql-route.ts `askAsPage`): the same Cypher is planned, and
// the answers are kept where the first visitor's requests will find them. After each new revision
// the first view is asked again, in the background. /readyz waits for the first warm-up to settle;
// a failure is logged, not fatal.
import type { PageAnswer } from "../cache/graphql-route.js";

/** One question and what it said: how long it took, or the code it was refused with. */
export interface WarmUpStep {
  operation: string;
  variables: Record<string, unknown>;
  ms: number;
  code?: string;
  /** What the response cache did: the answer was already kept (hit) or was computed (miss). */
  outcome?: PageAnswer["outcome"];
}

export interface WarmUpOptions {
  /** Asks one of the page's operations as the page does (server/cache/graphql-route.ts `askAsPage`). */
  ask: (operation: string, variables: Record<string, unknown>) => Promise<PageAnswer>;
  /** Today's date, as the page sends it (YYYY-MM-DD). */
  today: string;
  /** Only the first view (after a new revision): the network today and for all time, and the summary. */
  firstViewOnly?: boolean;
}

interface Answer {
  data?: Record<string, unknown> | null;
  code?: string;
}

/**
 * Asks what a first visit asks, in its order: the whole network today and for all time (or, on a
 * graph too large to draw, its summary), a search, for one organisation its neighbourhood at
 * depths 1 and 2, its timeline and its history, and the recent changes and revision number the page
 * polls. The answers stay in the response cache until the graph changes.
 */
export async function warmUp({ ask: askPage, today, firstViewOnly = false }: WarmUpOptions): Promise<WarmUpStep[]> {
  const steps: WarmUpStep[] = [];
  const ask = async (operation: string, variables: Record<string, unknown>): Promise<Answer> => {
    const started = performance.now();
    const { body, outcome } = await askPage(operation, variables);
    const result = JSON.parse(body) as {
      data?: Record<string, unknown> | null;
      errors?: { extensions?: { code?: unknown } }[];
    };
    const code = result.errors?.[0]?.extensions?.code;
    const answer: Answer = { data: result.data, code: typeof code === "string" ? code : undefined };
    steps.push({ operation, variables, ms: Math.round(performance.now() - started), code: answer.code, outcome });
    return answer;
  };

  const dated = await ask("Network", { asOf: today });
  await ask("Network", { asOf: null });
  await ask("Summary", { asOf: today });
  if (firstViewOnly) return steps;
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
