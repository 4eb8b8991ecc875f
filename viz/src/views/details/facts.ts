// A definition list of the facts that have a value; empty ones are left out.
import { el } from "../../dom/el.js";

export function facts(rows: [string, string | Node | null | undefined][]): HTMLElement {
  const list = el("dl", { class: "facts" });
  for (const [name, value] of rows) {
    if (value === null || value === undefined || value === "") continue;
    list.append(el("dt", {}, name), el("dd", {}, value));
  }
  return list;
}
