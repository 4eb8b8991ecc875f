// Moves of the view: animated, or at once when asked to be instant (the first drawing, or the
// reader prefers reduced motion).
import type { Collection, Core } from "cytoscape";

export interface Camera {
  animate(options: object, instant: boolean): Promise<unknown>;
  /** Fits `eles` into the view, but never closer than `maxZoom`: two nodes should not fill the screen. */
  fitTo(eles: Collection, padding: number, instant: boolean, maxZoom?: number): Promise<unknown>;
}

export function createCamera(cy: Core): Camera {
  const animate = (options: object, instant: boolean) =>
    instant
      ? Promise.resolve(cy.animate({ ...options, duration: 0 }))
      : cy
          .animation({ ...options, duration: 350 } as never)
          .play()
          .promise();
  return {
    animate,
    fitTo(eles, padding, instant, maxZoom = 1.5) {
      if (eles.empty()) return Promise.resolve();
      const box = eles.boundingBox();
      const zoom = Math.min(
        maxZoom,
        (cy.width() - 2 * padding) / Math.max(box.w, 1),
        (cy.height() - 2 * padding) / Math.max(box.h, 1),
      );
      return animate({ zoom, center: { eles } }, instant);
    },
  };
}
