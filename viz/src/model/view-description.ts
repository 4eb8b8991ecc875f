// The view in one sentence, above the graph and as its accessible name: how much is drawn, as of
// when, and how much of it the focus reaches.
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
  return `${nodes} nodes and ${edges} relationships, ${when}${focus}.`;
}
