// The ids within `depth` steps of a focus on a date, with the view's filters when it has any.
import type { NetworkFilters } from "../model/network-filters.js";
import { graphql } from "./api.js";
import { FocusDocument, FocusFilteredDocument } from "./generated/graphql.js";

interface FocusAsked extends NetworkFilters {
  id: string;
  depth: number;
  asOf: string | null;
}

export async function fetchFocusIds({ id, depth, asOf, nodeTypes, kinds, types }: FocusAsked): Promise<Set<string>> {
  const nodes =
    nodeTypes || kinds || types
      ? (await graphql(FocusFilteredDocument, { id, depth, asOf, nodeTypes, kinds, types })).network?.nodes
      : (await graphql(FocusDocument, { id, depth, asOf })).neighbourhood?.nodes;
  return new Set((nodes ?? []).map((n) => n.id));
}
