// Facts the seed derived rather than found stated, each with the rule that derived it.
import { el } from "../../dom/el.js";
import { stringsOf } from "../../model/strings-of.js";

export function derivations(properties: Record<string, unknown>): HTMLElement | null {
  const found = stringsOf(properties.derivedFacts);
  const rules = stringsOf(properties.derivedRules);
  if (found.length === 0) return null;
  return el(
    "section",
    { class: "derived" },
    el("h3", {}, "Derived, not stated"),
    el(
      "ul",
      {},
      ...found.map((fact, i) =>
        el("li", {}, fact, rules[i] ? el("span", { class: "rule" }, ` (rule: ${rules[i]})`) : null),
      ),
    ),
  );
}
