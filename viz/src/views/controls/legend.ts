// The legend: what each colour, shape and line means, including the view's own marks.

import { relationshipFamilies, relationshipVocabulary } from "../../../../schema/contract.js";
import { el, replaceChildren } from "../../dom/el.js";
import { edgeSwatch, nodeSwatch } from "../../dom/swatch.js";
import { edgeLook, edgeLooks, familyColours } from "../../drawing/edge-styles.js";
import { nodeTypeLooks, organisationLooks, otherOrganisationLook } from "../../drawing/node-styles.js";

const familyOf = (type: string) =>
  (relationshipVocabulary as Record<string, { family: string } | undefined>)[type]?.family ?? "other";

function mark(className: string, text: string): HTMLElement {
  return el("li", {}, el("span", { class: `mark ${className}`, "aria-hidden": "true" }), ` ${text}`);
}

export function renderLegend(container: HTMLElement, kinds: string[], relationships: string[]): void {
  const orgs = kinds.map((kind) => ({ kind, look: organisationLooks[kind] ?? otherOrganisationLook }));
  const types = relationships.length > 0 ? relationships : Object.keys(edgeLooks);
  replaceChildren(
    container,
    el("h3", {}, "Organisations"),
    el("ul", { class: "legend-list" }, ...orgs.map(({ kind, look }) => el("li", {}, nodeSwatch(look), ` ${kind}`))),
    el("h3", {}, "Other nodes"),
    el(
      "ul",
      { class: "legend-list" },
      ...Object.entries(nodeTypeLooks).map(([type, look]) => el("li", {}, nodeSwatch(look), ` ${type}`)),
    ),
    el("h3", {}, "Relationships, coloured by what they are about"),
    ...relationshipFamilies
      .map((family) => ({ family, members: types.filter((t) => familyOf(t) === family) }))
      .filter(({ members }) => members.length > 0)
      .map(({ family, members }) =>
        el(
          "div",
          { class: "legend-family" },
          el("h4", {}, edgeSwatch({ line: "solid", width: 5, colour: familyColours[family] }), ` ${family}`),
          el(
            "ul",
            { class: "legend-list" },
            ...members.map((type) => el("li", {}, edgeSwatch(edgeLook(type)), ` ${edgeLook(type).name}`)),
          ),
        ),
      ),
    el(
      "ul",
      { class: "legend-list" },
      el("li", {}, edgeSwatch({ line: "solid", width: 2, colour: "#666666" }, true), " ended (dashed)"),
    ),
    el("h3", {}, "Time"),
    el(
      "ul",
      { class: "legend-list time-legend" },
      mark("mark-uncertain", "date not known: may hold on this day (dotted, faded)"),
      mark("mark-former", "former: ended on this day, or before it (dashed)"),
      mark("mark-future", "future: begins after today (double outline)"),
    ),
    el("h3", {}, "Marks"),
    el(
      "ul",
      { class: "legend-list" },
      mark("mark-focus", "in focus"),
      mark("mark-path", "on a shortest path"),
      mark("mark-added", "added (compare)"),
      mark("mark-removed", "removed (compare)"),
      mark("mark-story", "highlighted in a story"),
    ),
  );
}
