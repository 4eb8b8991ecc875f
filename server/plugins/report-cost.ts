// Every answer says what it cost (`extensions.cost`), as GitHub's and Shopify's APIs do: `requested`
// is what the cost rule charged the document (the most values its answer could hold), `answered` the
// values the answer holds, `limit` the most a document may request. A client can size its pages from it.
import type { ApolloServerPlugin } from "@apollo/server";
import type { DocumentNode, GraphQLSchema } from "graphql";
import { operationCost, type QueryCostOptions } from "./query-cost-rule.js";

export interface AnswerCost {
  requested: number;
  answered: number;
  limit: number;
}

export function reportCost(options: QueryCostOptions): ApolloServerPlugin {
  // Apollo keeps one parsed document per query text, so a repeated query is counted once.
  const known = new WeakMap<DocumentNode, Map<string, number | undefined>>();
  const costOf = (schema: GraphQLSchema, document: DocumentNode, name: string | undefined) => {
    const byName = known.get(document) ?? new Map<string, number | undefined>();
    known.set(document, byName);
    if (!byName.has(name ?? "")) byName.set(name ?? "", operationCost(schema, document, name, options));
    return byName.get(name ?? "");
  };
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, document, operationName, schema }) {
          if (response.body.kind !== "single" || !document) return;
          const result = response.body.singleResult;
          if (result.data === undefined || result.data === null) return;
          const requested = costOf(schema, document, operationName ?? undefined);
          if (requested === undefined) return;
          const cost: AnswerCost = { requested, answered: valuesIn(result.data), limit: options.maxCost };
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}

/** The values an answer holds, counted as the cost rule counts them: each field 1, a list's once per item. */
export function valuesIn(data: Readonly<Record<string, unknown>>): number {
  let count = 0;
  for (const [key, value] of Object.entries(data)) {
    if (key === "__typename") continue;
    count += 1 + nestedValues(value);
  }
  return count;
}

function nestedValues(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + nestedValues(item), 0);
  if (value !== null && typeof value === "object") return valuesIn(value as Record<string, unknown>);
  return 0;
}
