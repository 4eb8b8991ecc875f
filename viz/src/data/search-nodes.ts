// Find's suggestions: names, short names, aliases and external ids (ODS codes), prefix matching, at most eight.
import { graphql } from "./api.js";
import { SearchDocument, type SearchQuery } from "./generated/graphql.js";

export type Suggestion = SearchQuery["search"]["edges"][number]["node"];

export function searchNodes(text: string): Promise<Suggestion[]> {
  return graphql(SearchDocument, { text }).then((d) => d.search.edges.map((e) => e.node));
}
