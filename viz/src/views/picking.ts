// While an editor picks a node on the graph (the other end of a new relationship), a tap answers
// the pick only: it neither focuses, selects nor clears (views/graph-view.ts asks this).
import type { Core } from "cytoscape";

const key = "thtPicking";

export const isPicking = (cy: Core): boolean => cy.scratch(key) === true;

export function setPicking(cy: Core, on: boolean): void {
  cy.scratch(key, on);
}
