// A node's timeline: each dated entry in the source's own wording where it was imprecise.
import { el } from "../../dom/el.js";
import { formatDay } from "../../model/format-date.js";
import type { TimelineEntry } from "../../types.js";

export function timelineList(entries: TimelineEntry[]): HTMLElement {
  if (entries.length === 0) return el("p", { class: "muted" }, "No dated entries.");
  return el(
    "ol",
    { class: "timeline-list" },
    ...entries.map((entry) =>
      el(
        "li",
        {},
        el("span", { class: "when" }, entry.dateText ?? (entry.date ? formatDay(entry.date) : "undated")),
        " ",
        entry.summary,
      ),
    ),
  );
}
