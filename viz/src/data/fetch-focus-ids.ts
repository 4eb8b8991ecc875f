// The ids within `depth` steps of a focus on a date, with the view's filters when it has any.
import type { Network } from "../types.js";
import { graphql } from "./api.js";
import { queries } from "./queries.js";

interface FocusQuery {
  id: string;
  depth: number;
  asOf: string | null;
  kinds: string[] | null;
  types: string[] | null;
}

export async function fetchFocusIds({ id, depth, asOf, kinds, types }: FocusQuery): Promise<Set<string>> {
  const nodes =
    kinds || types
      ? (await graphql<{ network: Network }>(queries.focusFiltered, { id, depth, asOf, kinds, types })).network.nodes
      : (await graphql<{ neighbourhood: Network }>(queries.focus, { id, depth, asOf })).neighbourhood.nodes;
  return new Set(nodes.map((n) => n.id));
}
