// The view in one sentence, above the graph and as its accessible name: how much is drawn, as of
// when, and how much of it the focus reaches; in the organisations view, organisations and the links
// between them; what node size shows.
import type { View } from "../data/view.js";
import { formatCount } from "./format-count.js";
import { formatDay } from "./format-date.js";
import { summaryTotals } from "./summary-totals.js";

export function viewDescription(
  view: Pick<View, "state" | "summary" | "focusIds">,
  nodes: number,
  edges: number,
): string {
  const s = view.state;
  const when =
    s.compareFrom && s.compareTo
      ? `comparing ${formatDay(s.compareFrom)} with ${formatDay(s.compareTo)}`
      : s.date
        ? `as of ${formatDay(s.date)}`
        : "all time";
  if (view.summary) {
    const totals = summaryTotals(view.summary.summary);
    const at = s.compareFrom && s.compareTo ? `as of ${formatDay(s.compareTo)}` : when;
    return `Summary: ${formatCount(totals.nodes)} nodes in ${nodes} groups and ${formatCount(totals.edges)} relationships in ${edges} links, ${at}.`;
  }
  const focus =
    s.focus && view.focusIds
      ? `; ${view.focusIds.size} within ${s.depth} step${s.depth > 1 ? "s" : ""} of the focus`
      : "";
  if (s.organisations) {
    const steps = focus.replace(/ steps? of/, ` link${s.depth > 1 ? "s" : ""} of`);
    return `${nodes} organisations and ${edges} links between them, ${when}${steps}.${sized(s.sizeBy)}`;
  }
  return `${nodes} nodes and ${edges} relationships, ${when}${focus}.${sized(s.sizeBy)}`;
}

function sized(sizeBy: View["state"]["sizeBy"]): string {
  if (sizeBy === "degree") return " Organisations sized by their relationships (degree).";
  if (sizeBy === "betweenness") return " Organisations sized by brokerage (betweenness).";
  return "";
}
