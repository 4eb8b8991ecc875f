// The layouts place nodes of the usual sizes (layout-positions.ts); summary groups are drawn up to
// twice as large, so their places are moved apart from the centre to keep them from overlapping.
import type { Positions } from "./layout-positions.js";

export function spreadOut(positions: Positions, factor = 2): Positions {
  const all = Object.values(positions);
  if (all.length === 0) return positions;
  const cx = all.reduce((sum, p) => sum + p.x, 0) / all.length;
  const cy = all.reduce((sum, p) => sum + p.y, 0) / all.length;
  return Object.fromEntries(
    Object.entries(positions).map(([id, p]) => [id, { x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor }]),
  );
}
