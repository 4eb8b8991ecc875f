// Checkboxes for node types, organisation kinds and relationship types; unticked means hidden.
import { el, replaceChildren } from "../../dom/el.js";
import { edgeSwatch, nodeSwatch } from "../../dom/swatch.js";
import { edgeLook } from "../../drawing/edge-styles.js";
import { nodeLook, organisationLooks } from "../../drawing/node-styles.js";
import type { FilterValues } from "../../model/filter-values.js";
import type { Hidden } from "../../store/view-state.js";

const groups: { key: keyof Hidden; legend: string; name: string }[] = [
  { key: "hiddenTypes", legend: "Node types", name: "type" },
  { key: "hiddenKinds", legend: "Organisation kinds", name: "kind" },
  { key: "hiddenRelationships", legend: "Relationships", name: "rel" },
];

export function renderFilterPanel(
  container: HTMLElement,
  choices: FilterValues,
  hidden: Hidden,
  onChange: (hidden: Hidden) => void,
): void {
  const values: Record<keyof Hidden, string[]> = {
    hiddenTypes: choices.types,
    hiddenKinds: choices.kinds,
    hiddenRelationships: choices.relationships,
  };
  const swatch = (key: keyof Hidden, value: string) =>
    key === "hiddenTypes"
      ? nodeSwatch(nodeLook(value, value === "Organisation" ? "NHS trust" : value))
      : key === "hiddenKinds"
        ? nodeSwatch(organisationLooks[value] ?? nodeLook("Organisation", value))
        : edgeSwatch(edgeLook(value));
  const label = (key: keyof Hidden, value: string) =>
    key === "hiddenRelationships" ? `${edgeLook(value).name} (${value})` : value;
  const read = (): Hidden => {
    const result: Hidden = { hiddenTypes: [], hiddenKinds: [], hiddenRelationships: [] };
    for (const box of container.querySelectorAll<HTMLInputElement>("input[type=checkbox][data-group]")) {
      if (!box.checked) result[box.dataset.group as keyof Hidden].push(box.value);
    }
    return result;
  };
  replaceChildren(
    container,
    ...groups.map(({ key, legend, name }) =>
      el(
        "fieldset",
        { class: "filter-group" },
        el("legend", {}, legend),
        ...values[key].map((value, i) => {
          const id = `filter-${name}-${i}`;
          const box = el("input", {
            type: "checkbox",
            id,
            value,
            "data-group": key,
            checked: !hidden[key].includes(value),
          });
          box.addEventListener("change", () => onChange(read()));
          return el(
            "div",
            { class: "check" },
            box,
            el("label", { for: id }, swatch(key, value), " ", label(key, value)),
          );
        }),
      ),
    ),
  );
}

export function syncFilterPanel(container: HTMLElement, hidden: Hidden): void {
  for (const box of container.querySelectorAll<HTMLInputElement>("input[type=checkbox][data-group]")) {
    box.checked = !hidden[box.dataset.group as keyof Hidden].includes(box.value);
  }
}
