// A node's figures (measure, value, as of when), each with its citations.
import { citationList } from "../../dom/citation-list.js";
import { el } from "../../dom/el.js";
import { formatDay } from "../../model/format-date.js";
import type { Citation } from "../../types.js";

interface Figure {
  id?: string;
  display?: string;
  measure?: string;
  asOf?: string | null;
  asOfText?: string | null;
  citations?: Citation[];
}

export function figures(properties: Record<string, unknown>): HTMLElement | null {
  const list = Array.isArray(properties.figures) ? (properties.figures as Figure[]) : [];
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
          `${f.measure ?? ""}: `,
          el("strong", {}, f.display ?? ""),
          f.asOf || f.asOfText
            ? el("span", { class: "muted" }, ` (as of ${[formatDay(f.asOf), f.asOfText].filter(Boolean).join("; ")})`)
            : null,
          citationList(f.citations ?? []),
        ),
      ),
    ),
  );
}
