// The layered layouts (breadth first and hierarchy) put every node of a rank on one line: on the
// seed graph one rank holds some forty nodes, so the picture was a strip 2,000 px wide that fitted
// a desk's screen at zoom 0.35. This folds each rank that is too crowded into a few staggered rows
// (node i on row i mod k, so neighbours in the rank alternate rows and keep their order and their
// place under their parents), narrows the whole picture to `maxWidth`, and stacks the ranks.
import type { Position } from "cytoscape";

export type Positions = Record<string, Position>;

export interface WrapOptions {
  /** The widest the picture may be, in the drawing's units. */
  maxWidth: number;
  /** The least room between two nodes on one row: about a label's width. */
  column: number;
  /** From one row of a rank to the next: a node and its label of up to three lines. */
  row: number;
  /** From the last row of a rank to the first of the next. */
  rankGap: number;
  /** The most rows a rank is folded into. */
  maxRows: number;
}

export const wrapDefaults: WrapOptions = { maxWidth: 1400, column: 140, row: 90, rankGap: 150, maxRows: 8 };

/** Pushes a row's places (sorted) apart to `column` at least, keeping the row's centre where it was. */
function spaceRow(xs: number[], column: number): number[] {
  if (xs.length < 2) return xs;
  const spaced = [...xs];
  for (let i = 1; i < spaced.length; i++) spaced[i] = Math.max(spaced[i] ?? 0, (spaced[i - 1] ?? 0) + column);
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const shift = mean(xs) - mean(spaced);
  return spaced.map((x) => x + shift);
}

export function wrapRanks(positions: Positions, options: Partial<WrapOptions> = {}): Positions {
  const o = { ...wrapDefaults, ...options };
  const ids = Object.keys(positions);
  if (ids.length === 0) return positions;
  const place = (id: string) => positions[id] ?? { x: 0, y: 0 };
  const xs = ids.map((id) => place(id).x);
  const minX = Math.min(...xs);
  const maxX = Math.max(...xs);
  const cx = (minX + maxX) / 2;
  const scale = maxX - minX > o.maxWidth ? o.maxWidth / (maxX - minX) : 1;

  const ranks = new Map<number, string[]>();
  for (const id of ids) {
    const key = Math.round(place(id).y);
    const rank = ranks.get(key);
    if (rank) rank.push(id);
    else ranks.set(key, [id]);
  }
  const result: Positions = {};
  let top = 0;
  for (const key of [...ranks.keys()].sort((a, b) => a - b)) {
    const rank = (ranks.get(key) ?? []).sort((a, b) => place(a).x - place(b).x || a.localeCompare(b));
    const scaled = rank.map((id) => cx + (place(id).x - cx) * scale);
    // As many rows as it takes for the rank, a column each, to fit the width.
    const k = Math.min(o.maxRows, Math.max(1, Math.ceil((rank.length * o.column) / o.maxWidth)));
    for (let row = 0; row < k; row++) {
      const members = rank.filter((_, i) => i % k === row);
      const spaced = spaceRow(
        scaled.filter((_, i) => i % k === row),
        o.column,
      );
      members.forEach((id, i) => {
        result[id] = { x: Math.round(spaced[i] ?? cx), y: Math.round(top + row * o.row) };
      });
    }
    top += (k - 1) * o.row + o.rankGap;
  }
  return result;
}
