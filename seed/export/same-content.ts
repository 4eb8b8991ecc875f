// Whether two records say the same: every field but `where`, object keys in any order, lists in
// their order, an absent key the same as one set to undefined. A source is compared without its
// text, which is the shipped document's (seed/sources), not anything the data files say.
import type { SeedRecord } from "./seed-layout.js";

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const key of keys) if (!sameValue(x[key], y[key])) return false;
  return true;
}

/** Whether `record` (from the files) says what `desired` (from the graph) says. */
export function sameRecord(record: SeedRecord, desired: SeedRecord): boolean {
  const { where: _a, ...a } = record as unknown as Record<string, unknown>;
  const { where: _b, ...b } = desired as unknown as Record<string, unknown>;
  // Sources are the only records with a title.
  if ("title" in b) b.text = a.text;
  return sameValue(a, b);
}
