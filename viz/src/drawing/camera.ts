// Moves of the view: animated briefly, or at once when asked to be instant (the first drawing, or
// the reader prefers reduced motion). Every move is to a zoom and a centre computed here, so the
// view at the end of a drawing is known before the next one starts.
import type { Collection, Core } from "cytoscape";

export interface Camera {
  /** Centres `eles` at `zoom`. */
  moveTo(zoom: number, eles: Collection, instant: boolean): Promise<unknown>;
  /** Fits `eles` into the view, but never closer than `maxZoom`: two nodes should not fill the screen. */
  fitTo(eles: Collection, padding: number, instant: boolean, maxZoom?: number): Promise<unknown>;
}

const durationMs = 300;

export function createCamera(cy: Core): Camera {
  const moveTo = (wanted: number, eles: Collection, instant: boolean) => {
    if (eles.empty()) return Promise.resolve();
    const box = eles.boundingBox();
    const zoom = Math.min(Math.max(wanted, cy.minZoom()), cy.maxZoom());
    const pan = { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 - zoom * (box.y1 + box.h / 2) };
    if (instant) {
      cy.viewport({ zoom, pan });
      return Promise.resolve();
    }
    return cy.animation({ zoom, pan, duration: durationMs }).play().promise();
  };
  return {
    moveTo,
    fitTo(eles, padding, instant, maxZoom = 1.5) {
      if (eles.empty()) return Promise.resolve();
      const box = eles.boundingBox();
      const zoom = Math.min(
        maxZoom,
        (cy.width() - 2 * padding) / Math.max(box.w, 1),
        (cy.height() - 2 * padding) / Math.max(box.h, 1),
      );
      return moveTo(zoom, eles, instant);
    },
  };
}
