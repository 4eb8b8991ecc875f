// Find's suggestions: names, short names and aliases, prefix matching, at most eight.
import type { NetworkNode } from "../types.js";
import { graphql } from "./api.js";
import { queries } from "./queries.js";

export type Suggestion = Pick<NetworkNode, "id" | "label" | "kind" | "nodeType" | "properties">;

export function searchNodes(text: string): Promise<Suggestion[]> {
  return graphql<{ search: Suggestion[] }>(queries.search, { text }).then((d) => d.search);
}
