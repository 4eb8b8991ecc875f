// Makes the canvas hold exactly `definitions`: removes what is not wanted, updates what is there
// (so it keeps its place) and adds the rest at its layout position, with the view's marks as classes.
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
}

export function syncElements(cy: Core, { definitions, marks, storyEdges, positions, extraClasses }: ElementsWanted) {
  const wanted = new Set(definitions.map((d) => String(d.data.id)));
  cy.batch(() => {
    cy.elements()
      .filter((ele) => !wanted.has(ele.id()))
      .remove();
    for (const definition of definitions) {
      const id = String(definition.data.id);
      const existing = cy.getElementById(id);
      const { id: _id, source: _source, target: _target, ...data } = definition.data;
      const own = marks.get(id) ?? new Set<Mark>();
      data.display = elementDisplay(String(data.label), own, storyEdges.indexOf(id));
      const classes = [...((definition.classes as string[] | undefined) ?? []), ...own, ...extraClasses];
      if (existing.nonempty()) {
        existing.data(data);
        existing.classes(classes);
      } else {
        cy.add({
          ...definition,
          data: { ...definition.data, display: data.display },
          classes,
          position: definition.group === "nodes" ? { ...(positions[id] ?? { x: 0, y: 0 }) } : undefined,
        });
      }
    }
  });
}
