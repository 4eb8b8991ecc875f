// A record's content: everything but where it sits in files, as canonical JSON (object keys sorted,
// list order kept), so a record read from the files and the same record read from the graph compare
// equal, and history can store it as text.
import type { SeedFigure, SeedNode, SeedRelationship, SeedSource } from "../seed-graph.js";

export type SeedRecord = SeedNode | SeedRelationship | SeedFigure | SeedSource;
/** A record without `where`: what history keeps of an element. */
export type RecordContent<T extends SeedRecord = SeedRecord> = Omit<T, "where">;

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out;
}

export function contentOf<T extends SeedRecord>(record: T): RecordContent<T> {
  const { where: _where, ...rest } = record;
  return rest;
}

/** Canonical JSON of a record's content. */
export function contentKey(record: SeedRecord | RecordContent): string {
  const { where: _where, ...rest } = record as SeedRecord;
  return JSON.stringify(sortKeys(rest));
}
