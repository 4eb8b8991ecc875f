// Work over many rows a slice at a time, giving the event loop a turn between slices: a whole
// national network (half a million rows) mapped in one go holds every other request for seconds.
import { setImmediate as nextTurn } from "node:timers/promises";

/** Rows handled between two turns: about a millisecond or two of mapping. */
export const sliceRows = 5_000;

/** `items.map(fn)`, a slice at a time. */
export async function mapInTurns<T, U>(items: readonly T[], fn: (item: T) => U, slice = sliceRows): Promise<U[]> {
  if (items.length <= slice) return items.map(fn);
  const out = new Array<U>(items.length);
  for (let start = 0; start < items.length; start += slice) {
    if (start > 0) await nextTurn();
    const end = Math.min(items.length, start + slice);
    for (let i = start; i < end; i++) out[i] = fn(items[i] as T);
  }
  return out;
}
