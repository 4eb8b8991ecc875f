// The link to one of the server's data exports (GET /export/…) with the view's date, filters and focus.
import type { ViewState } from "../store/view-state.js";
import type { FilterValues } from "./filter-values.js";
import { networkFilters } from "./network-filters.js";

export function exportHref(file: string, state: ViewState, all: FilterValues): string {
  const q = new URLSearchParams();
  const date = state.compareTo ?? state.date;
  if (date) q.set("asOf", date);
  const { nodeTypes, kinds, types } = networkFilters(state, all);
  if (nodeTypes) q.set("nodeTypes", nodeTypes.join(","));
  if (kinds) q.set("kinds", kinds.join(","));
  if (types) q.set("relationshipTypes", types.join(","));
  if (state.focus) {
    q.set("focus", state.focus);
    q.set("depth", String(state.depth));
  }
  const text = q.toString();
  return `/export/${file}${text ? `?${text}` : ""}`;
}
