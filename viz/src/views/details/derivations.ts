// Facts the seed derived rather than found stated, each with the rule that derived it.
import { el } from "../../dom/el.js";
import type { NetworkNode } from "../../types.js";

export function derivations(list: NetworkNode["derivations"]): HTMLElement | null {
  if (list.length === 0) return null;
  return el(
    "section",
    { class: "derived" },
    el("h3", {}, "Derived, not stated"),
    el(
      "ul",
      {},
      ...list.map(({ fact, rule }) =>
        el("li", {}, fact, rule ? el("span", { class: "rule" }, ` (rule: ${rule})`) : null),
      ),
    ),
  );
}
