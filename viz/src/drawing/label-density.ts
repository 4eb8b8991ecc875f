// Labels readable at every zoom, as sigma.js and Gephi Lite draw them: a node's label never shows
// smaller on screen than `minLabelPx` (organisations 13 px, other nodes 12 px; zoomed in they grow
// with the drawing), and where two labels would overlap the lower-priority one is hidden instead
// (what the view lights first, then organisations, then the better connected, then the shorter).
// Relationship labels show only when zoomed in far enough to read them (their stylesheet's
// min-zoomed-font-size), or when lit by a path or a story step, which get the same floor as nodes;
// a lit label that would overlap another keeps only its citation's number, drawn near the line's end
// away from the hub where the lines meet.
import type { BoundingBox12, Core, EdgeSingular, NodeSingular, SingularElementArgument } from "cytoscape";

/** The smallest a shown label is on screen, in CSS pixels. */
export const minLabelPx = { organisation: 13, node: 12, litEdge: 12 } as const;
/** Label sizes in the drawing's own units at zoom 1 (graph-style.ts's). */
const baseSize = { organisation: 15, node: 12, litEdge: 11 } as const;
/** Labels considered at most: a view bigger than this is drawn as an overview without labels. */
const maxLabels = 1_500;

/** How long the zoom must rest before labels are re-placed (a pan moves them all alike: nothing to do). */
const settleMs = 100;

/** Placed label boxes in a grid of cells, so a box is checked only against its neighbours'. */
class PlacedBoxes {
  private readonly cells = new Map<string, BoundingBox12[]>();
  constructor(private readonly cell: number) {}
  private keys(box: BoundingBox12): string[] {
    const keys: string[] = [];
    for (let x = Math.floor(box.x1 / this.cell); x <= Math.floor(box.x2 / this.cell); x++)
      for (let y = Math.floor(box.y1 / this.cell); y <= Math.floor(box.y2 / this.cell); y++) keys.push(`${x},${y}`);
    return keys;
  }
  add(box: BoundingBox12): void {
    for (const key of this.keys(box)) {
      const list = this.cells.get(key);
      if (list) list.push(box);
      else this.cells.set(key, [box]);
    }
  }
  hits(box: BoundingBox12, pad: number): boolean {
    return this.keys(box).some((key) => this.cells.get(key)?.some((other) => overlaps(box, other, pad)) ?? false);
  }
}

export interface LabelDensity {
  /** Re-decides sizes and which labels show, after the elements, the layout or the zoom changed. */
  refresh(): void;
}

const lit = (e: SingularElementArgument) =>
  e.hasClass("focus") || e.hasClass("path") || e.hasClass("story") || e.selected();

/** Higher first: what the view lights, then organisations (the partnership first), then degree, then shorter labels. */
function priority(node: NodeSingular): number {
  return (
    (lit(node) ? 1e9 : 0) -
    (node.hasClass("faded") ? 1e9 : 0) +
    (node.data("nodeType") === "Organisation" ? 1e6 : 0) +
    // The partnership is what the graph is about: its name shows before any other organisation's.
    (node.data("kind") === "partnership" ? 5e5 : 0) +
    node.degree(false) * 100 -
    Math.min(99, String(node.data("display") ?? "").length)
  );
}

/** Where a crowded lit line's number may go: near one end, close to its node or further along. */
export const numberPlaces = (["source", "target"] as const).flatMap((end) =>
  [30, 55, 80, 110].map((offset) => ({ name: `number-${end}-${offset}`, end, offset })),
);
const numberClasses = `number-middle ${numberPlaces.map((p) => p.name).join(" ")}`;
/** The elements with a class placing left: removing a class from every element restyles every one (B7). */
const placedSelector = `label-hidden ${numberClasses}`
  .split(" ")
  .map((name) => `.${name}`)
  .join(", ");

/** The places to try for a line's number: along its end away from the hub, its middle, the other end. */
function placesFor(edge: EdgeSingular): string[] {
  const away = endAway(edge);
  const along = (end: string) => numberPlaces.filter((p) => p.end === end).map((p) => p.name);
  return [...along(away), "number-middle", ...along(away === "source" ? "target" : "source")];
}

/** The end of a line away from where the lit lines meet: the one fewer of them touch. */
const endAway = (edge: EdgeSingular): "source" | "target" =>
  edge.source().connectedEdges(".path, .story").length <= edge.target().connectedEdges(".path, .story").length
    ? "source"
    : "target";

/** A story step's relationship by its citation number ("[2]"), others after. */
const numberOf = (edge: SingularElementArgument) => Number(String(edge.data("number") ?? "").slice(1, -1)) || 1e9;

const overlaps = (a: BoundingBox12, b: BoundingBox12, pad: number) =>
  a.x1 - pad < b.x2 && b.x1 - pad < a.x2 && a.y1 - pad < b.y2 && b.y1 - pad < a.y2;

/** The label's own box in the drawing's coordinates (empty when it has none). */
const labelBox = (e: SingularElementArgument): BoundingBox12 | null => {
  // Not from the cache: the label's size changed this frame, and Cytoscape would measure it at its
  // old size and keep that box, so the label was drawn squeezed and clipped into it.
  const box = e.boundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
    // A documented option that @types/cytoscape leaves out.
    ...{ useCache: false },
  });
  return box.w > 0 && box.h > 0 ? box : null;
};

/**
 * Places lit relationship labels in turn, each where it overlaps none placed before: whole, or
 * (`numbersOnly`, for a numbered line) its number at the first free place; else hidden.
 */
function placeLitEdges(edges: EdgeSingular[], zoom: number, numbersOnly: boolean, obstacles: BoundingBox12[]) {
  const boxes = new PlacedBoxes(40 / zoom);
  for (const box of obstacles) boxes.add(box);
  let crowded = false;
  const tryPlace = (edge: EdgeSingular): boolean => {
    const box = labelBox(edge);
    if (!box) return true;
    if (boxes.hits(box, 2 / zoom)) return false;
    boxes.add(box);
    return true;
  };
  for (const edge of edges) {
    const places = numbersOnly && edge.data("number") ? placesFor(edge) : [];
    const free = places.find((place) => {
      edge.addClass(place);
      if (tryPlace(edge)) return true;
      edge.removeClass(place);
      return false;
    });
    if (free || tryPlace(edge)) continue;
    crowded = true;
    edge.addClass("label-hidden");
  }
  return { boxes, crowded };
}

/**
 * Sets a flag in the graph's scratch for tests to read (`cy.scratch(name)`), without
 * `cy.scratch(name, value)`, which restyles every element of the graph each time (B7).
 */
const note = (cy: Core, name: string, value: unknown) => {
  (cy.scratch() as Record<string, unknown>)[name] = value;
};

export function labelDensity(cy: Core): LabelDensity {
  let scheduled = false;
  let settling: ReturnType<typeof setTimeout> | undefined;
  let placedAt = Number.NaN;
  const place = () => {
    scheduled = false;
    const zoom = cy.zoom();
    placedAt = zoom;
    // An overview labels only the focus and its first ring (graph-style.ts).
    const nodes = cy.nodes().not(".lod").union(cy.nodes(".lod.focus, .lod.ring"));
    if (nodes.length === 0 || nodes.length > maxLabels) {
      note(cy, "labelsPending", false);
      return;
    }
    cy.batch(() => {
      for (const node of nodes) {
        const kind = node.data("nodeType") === "Organisation" ? "organisation" : "node";
        const size = Math.max(baseSize[kind], minLabelPx[kind] / zoom);
        // Set only when it changes: each setting restyles the node.
        if (node.data("labelSize") !== size) node.data("labelSize", size);
      }
      for (const edge of cy.edges(".path, .story"))
        edge.data("labelSize", Math.max(baseSize.litEdge, minLabelPx.litEdge / zoom));
      cy.elements(placedSelector).removeClass(`label-hidden ${numberClasses}`);
    });
    // Lit relationship labels first: the numbers a presenter's citations refer to stay readable.
    const litEdges = [...cy.edges(".path, .story")].sort(
      (a, b) => numberOf(a) - numberOf(b) || a.id().localeCompare(b.id()),
    );
    // The lit nodes and their labels, which always show, are in the way of any line's label.
    const obstacles = cy
      .nodes()
      .filter((n) => lit(n) && n.visible())
      .map((n) => n.boundingBox({ includeLabels: true, includeOverlays: false }));
    let placed = placeLitEdges(litEdges, zoom, false, obstacles);
    // Crowded (the lines around a hub): every numbered line keeps only its number, near its end
    // away from the hub; the sentences are in the story's panel under the same numbers.
    if (placed.crowded) {
      cy.elements(placedSelector).removeClass(`label-hidden ${numberClasses}`);
      placed = placeLitEdges(litEdges, zoom, true, obstacles);
    }
    const boxes = placed.boxes;
    const hide: NodeSingular[] = [];
    const pad = 2 / zoom;
    for (const node of [...nodes].sort((a, b) => priority(b) - priority(a))) {
      if (!node.visible()) continue;
      const box = labelBox(node);
      if (!box) continue;
      if (!lit(node) && boxes.hits(box, pad)) hide.push(node);
      else boxes.add(box);
    }
    cy.batch(() => {
      for (const node of hide) node.addClass("label-hidden");
    });
    // Tests (and anything else) can tell the labels are placed for this zoom, and none is pending.
    note(cy, "labelsPlacedAt", zoom);
    note(cy, "labelsPending", false);
  };
  const refresh = () => {
    note(cy, "labelsPending", true);
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(place);
  };
  cy.on("viewport", () => {
    if (cy.zoom() === placedAt) return;
    note(cy, "labelsPending", true);
    clearTimeout(settling);
    settling = setTimeout(refresh, settleMs);
  });
  cy.on("add remove layoutstop", refresh);
  return { refresh };
}
