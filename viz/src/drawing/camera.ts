// Moves of the view: animated briefly, or at once when asked to be instant (the first drawing, or
// the reader prefers reduced motion). Every move is to a zoom and a centre computed here, so the
// view at the end of a drawing is known before the next one starts.
import type { Collection, Core } from "cytoscape";

/** What a move frames: drawn elements, or the box of those still to be drawn (progressive-drawing.ts). */
export type Framed = Pick<Collection, "empty" | "boundingBox">;

export interface Camera {
  /** Centres `eles` at `zoom`. */
  moveTo(zoom: number, eles: Collection, instant: boolean): Promise<unknown>;
  /** Fits `eles` into the view, but never closer than `maxZoom`: two nodes should not fill the screen. */
  fitTo(eles: Framed, padding: number, instant: boolean, maxZoom?: number): Promise<unknown>;
}

const durationMs = 300;

/**
 * Room for the labels beside and under the nodes, in screen pixels. A label keeps its size on screen
 * whatever the zoom (label-density.ts), so its box in the drawing is that of the zoom being left:
 * measured, it would push a fit from a small zoom further out each time. Boxes here leave labels
 * out, and the fit leaves them this much room on screen instead.
 */
const labelRoom = { side: 36, below: 40 } as const;

const nodeBox = (eles: Framed) => eles.boundingBox({ includeLabels: false, includeOverlays: false });

export function createCamera(cy: Core): Camera {
  /** `lift`: screen pixels to raise the centre by, making room for the labels under the nodes. */
  const moveTo = (wanted: number, eles: Framed, instant: boolean, lift = 0) => {
    if (eles.empty()) return Promise.resolve();
    const box = nodeBox(eles);
    const zoom = Math.min(Math.max(wanted, cy.minZoom()), cy.maxZoom());
    const pan = {
      x: cy.width() / 2 - zoom * (box.x1 + box.w / 2),
      y: cy.height() / 2 - lift - zoom * (box.y1 + box.h / 2),
    };
    if (instant) {
      cy.viewport({ zoom, pan });
      return Promise.resolve();
    }
    return cy.animation({ zoom, pan, duration: durationMs }).play().promise();
  };
  return {
    moveTo: (zoom, eles, instant) => moveTo(zoom, eles, instant, labelRoom.below / 2),
    fitTo(eles, padding, instant, maxZoom = 1.5) {
      if (eles.empty()) return Promise.resolve();
      const box = nodeBox(eles);
      // A phone's narrow view keeps less of its width for the margin.
      const margin = Math.min(padding, 0.04 * Math.min(cy.width(), cy.height()));
      const zoom = Math.min(
        maxZoom,
        Math.max(cy.width() - 2 * (margin + labelRoom.side), 1) / Math.max(box.w, 1),
        Math.max(cy.height() - 2 * margin - labelRoom.below, 1) / Math.max(box.h, 1),
      );
      return moveTo(zoom, eles, instant, labelRoom.below / 2);
    },
  };
}
