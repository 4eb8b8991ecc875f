// Moving between nodes with the arrow keys: from the current node, the candidate that lies most in
// the arrow's direction (within 60° of it), nearest first, with a preference for going straight on.
// Screen coordinates: y grows downwards.

export type Direction = "left" | "right" | "up" | "down";

export interface Placed {
  id: string;
  x: number;
  y: number;
}

const unit: Record<Direction, { x: number; y: number }> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
};

/** Within this angle of the arrow a candidate counts as lying that way. */
const halfCone = Math.PI / 3;

/** The candidate to move to, or null when none lies that way. */
export function stepToward(from: Placed, candidates: readonly Placed[], direction: Direction): string | null {
  const way = unit[direction];
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    const angle = Math.acos(Math.max(-1, Math.min(1, (dx * way.x + dy * way.y) / distance)));
    if (angle > halfCone) continue;
    // Nearer is better; off the straight line costs as if it were up to twice as far.
    const score = distance * (1 + angle / halfCone);
    if (!best || score < best.score || (score === best.score && c.id < best.id)) best = { id: c.id, score };
  }
  return best?.id ?? null;
}

/** The arrow key's direction, or null for any other key. */
export function directionOf(key: string): Direction | null {
  return key === "ArrowLeft"
    ? "left"
    : key === "ArrowRight"
      ? "right"
      : key === "ArrowUp"
        ? "up"
        : key === "ArrowDown"
          ? "down"
          : null;
}
