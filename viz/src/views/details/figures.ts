// A node's figures (measure, value, the date the source gives), each with its citations.
import { citationList } from "../../dom/citation-list.js";
import { el } from "../../dom/el.js";
import { formatDay } from "../../model/format-date.js";
import type { NetworkFigure } from "../../types.js";

export function figures(list: NetworkFigure[]): HTMLElement | null {
  if (list.length === 0) return null;
  return el(
    "section",
    {},
    el("h3", {}, "Figures"),
    el(
      "ul",
      { class: "figures" },
      ...list.map((f) =>
        el(
          "li",
          {},
          `${f.measure}: `,
          el("strong", {}, f.display),
          f.asOf || f.asOfText
            ? el("span", { class: "muted" }, ` (as of ${[formatDay(f.asOf), f.asOfText].filter(Boolean).join("; ")})`)
            : null,
          // The source's own date is when the figure was reported, not when it was measured.
          f.statedOnText || f.statedOn
            ? el("span", { class: "muted" }, ` (source: ${f.statedOnText ?? formatDay(f.statedOn)})`)
            : null,
          citationList(f.citations),
        ),
      ),
    ),
  );
}
