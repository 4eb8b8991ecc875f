// Labels readable at every zoom, as sigma.js and Gephi Lite draw them: a node's label never shows
// smaller on screen than `minLabelPx` (organisations 13 px, other nodes 12 px; zoomed in they grow
// with the drawing), and where two labels would overlap the lower-priority one is hidden instead
// (what the view lights first, then organisations, then the better connected, then the shorter).
// Relationship labels show only when zoomed in far enough to read them (their stylesheet's
// min-zoomed-font-size), or when lit by a path or a story step, which get the same floor as nodes.
import type { BoundingBox12, Core, NodeSingular, SingularElementArgument } from "cytoscape";

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

/** Higher first: what the view lights, then organisations, then degree, then shorter labels. */
function priority(node: NodeSingular): number {
  return (
    (lit(node) ? 1e9 : 0) -
    (node.hasClass("faded") ? 1e9 : 0) +
    (node.data("nodeType") === "Organisation" ? 1e6 : 0) +
    node.degree(false) * 100 -
    Math.min(99, String(node.data("display") ?? "").length)
  );
}

const overlaps = (a: BoundingBox12, b: BoundingBox12, pad: number) =>
  a.x1 - pad < b.x2 && b.x1 - pad < a.x2 && a.y1 - pad < b.y2 && b.y1 - pad < a.y2;

/** The label's own box in the drawing's coordinates (empty when it has none). */
const labelBox = (e: SingularElementArgument): BoundingBox12 | null => {
  const box = e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
  return box.w > 0 && box.h > 0 ? box : null;
};

export function labelDensity(cy: Core): LabelDensity {
  let scheduled = false;
  let settling: ReturnType<typeof setTimeout> | undefined;
  let placedAt = Number.NaN;
  const place = () => {
    scheduled = false;
    const zoom = cy.zoom();
    placedAt = zoom;
    const nodes = cy.nodes().not(".lod");
    if (nodes.length === 0 || nodes.length > maxLabels) return;
    cy.batch(() => {
      for (const node of nodes) {
        const kind = node.data("nodeType") === "Organisation" ? "organisation" : "node";
        node.data("labelSize", Math.max(baseSize[kind], minLabelPx[kind] / zoom));
      }
      for (const edge of cy.edges(".path, .story"))
        edge.data("labelSize", Math.max(baseSize.litEdge, minLabelPx.litEdge / zoom));
      cy.elements(".label-hidden").removeClass("label-hidden");
    });
    // Lit relationship labels first: the numbers a presenter's citations refer to stay readable.
    // Cells of about two lines of a label on screen.
    const placed = new PlacedBoxes(40 / zoom);
    for (const edge of cy.edges(".path, .story")) {
      const box = labelBox(edge);
      if (box) placed.add(box);
    }
    const hide: NodeSingular[] = [];
    const pad = 2 / zoom;
    for (const node of [...nodes].sort((a, b) => priority(b) - priority(a))) {
      if (!node.visible()) continue;
      const box = labelBox(node);
      if (!box) continue;
      if (!lit(node) && placed.hits(box, pad)) hide.push(node);
      else placed.add(box);
    }
    cy.batch(() => {
      for (const node of hide) node.addClass("label-hidden");
    });
    // Tests (and anything else) can tell the labels are placed for this zoom.
    cy.scratch("labelsPlacedAt", zoom);
  };
  const refresh = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(place);
  };
  cy.on("viewport", () => {
    if (cy.zoom() === placedAt) return;
    clearTimeout(settling);
    settling = setTimeout(refresh, settleMs);
  });
  cy.on("add remove layoutstop", refresh);
  return { refresh };
}
