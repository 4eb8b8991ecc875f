// What the server filters a network by when the page cannot filter the whole one itself.
import type { NetworkFilters } from "../model/network-filters.js";

export interface Scope extends NetworkFilters {
  asOf: string | null;
  focus: string | null;
  depth: number | null;
}

export const wholeScope: Scope = { asOf: null, nodeTypes: null, kinds: null, types: null, focus: null, depth: null };

export function scopeOf(asOf: string | null, filters: NetworkFilters, focus: string | null, depth: number): Scope {
  return { asOf, ...filters, focus, depth: focus ? depth : null };
}
