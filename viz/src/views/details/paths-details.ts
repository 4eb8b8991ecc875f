// The shortest paths between two nodes, each step a sentence with its citations.
import { citationList } from "../../dom/citation-list.js";
import { el } from "../../dom/el.js";
import type { Path } from "../../types.js";

export function pathsDetails(
  paths: Path[],
  ends: { from: string; to: string },
  onClear: () => void,
): (HTMLElement | string)[] {
  const clear = el("button", { type: "button" }, "Clear paths");
  clear.addEventListener("click", onClear);
  return [
    el("h3", { class: "details-title" }, `Shortest paths: ${ends.from} → ${ends.to}`),
    paths.length === 0
      ? el("p", {}, "No path of up to four steps on this date.")
      : el(
          "ol",
          { class: "paths" },
          ...paths.map((path, i) =>
            el(
              "li",
              { "data-path": String(i) },
              el("h4", {}, `Path ${i + 1}: ${path.length} step${path.length > 1 ? "s" : ""}`),
              el(
                "ol",
                { class: "steps" },
                ...path.steps.map((step) =>
                  el("li", {}, el("p", { class: "sentence" }, step.sentence), citationList(step.edge.citations)),
                ),
              ),
            ),
          ),
        ),
    clear,
  ];
}
