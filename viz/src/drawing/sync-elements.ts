// Makes the canvas hold exactly `definitions`: removes what is not wanted, updates what is there
// (so it keeps its place) and adds the rest at its layout position, with the view's marks as classes.
// `adding`: a later batch of a progressive drawing (progressive-drawing.ts), which removes nothing.
import type { Core, ElementDefinition } from "cytoscape";
import { elementDisplay } from "../model/element-display.js";
import type { Mark, Marks } from "../model/marks-of.js";
import type { Positions } from "./layout-positions.js";

export interface ElementsWanted {
  definitions: ElementDefinition[];
  marks: Marks;
  /** The story step's drawn relationships, numbered in this order. */
  storyEdges: string[];
  positions: Positions;
  /** Classes every element gets now (the level of detail's). */
  extraClasses: string[];
  /** Only adds and updates `definitions`, leaving the rest drawn. */
  adding?: boolean;
}

export function syncElements(
  cy: Core,
  { definitions, marks, storyEdges, positions, extraClasses, adding = false }: ElementsWanted,
) {
  const wanted = new Set(definitions.map((d) => String(d.data.id)));
  cy.batch(() => {
    if (!adding)
      cy.elements()
        .filter((ele) => !wanted.has(ele.id()))
        .remove();
    // Added in one call: one at a time, each made a collection and events of its own (B7).
    const added: ElementDefinition[] = [];
    for (const definition of definitions) {
      const id = String(definition.data.id);
      const existing = cy.getElementById(id);
      const { id: _id, source: _source, target: _target, ...data } = definition.data;
      const own = marks.get(id) ?? new Set<Mark>();
      data.display = elementDisplay(String(data.label), own, storyEdges.indexOf(id));
      // What a crowded lit relationship keeps of its label (label-density.ts): its citation's number.
      data.number = storyEdges.includes(id) ? `[${storyEdges.indexOf(id) + 1}]` : "";
      const classes = [...((definition.classes as string[] | undefined) ?? []), ...own, ...extraClasses];
      if (existing.nonempty()) {
        existing.data(data);
        existing.classes(classes);
      } else {
        added.push({
          ...definition,
          data: { ...definition.data, display: data.display, number: data.number },
          classes,
          position: definition.group === "nodes" ? { ...(positions[id] ?? { x: 0, y: 0 }) } : undefined,
        });
      }
    }
    if (added.length > 0) cy.add(added);
  });
}
