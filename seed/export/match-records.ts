// The graph's records matched to the files' by id (nodes also by label, since the label says which
// file holds them): each record of the files with the graph's record of that id, or none when the
// graph no longer has it; the graph's records no file holds are additions.
import type { SeedGraph, SeedNode } from "../seed-graph.js";
import { sameRecord } from "./same-content.js";
import { type RecordKind, recordsOf, type SeedRecord } from "./seed-layout.js";

export interface Entry {
  kind: RecordKind;
  existing: SeedRecord;
  /** The graph's record of the same id; undefined when the graph no longer has it. */
  desired: SeedRecord | undefined;
}

export interface Matched {
  /** Each file's records in the file's order, by the file's name. */
  files: Map<string, Entry[]>;
  additions: { kind: RecordKind; record: SeedRecord }[];
  changed: number;
  removed: number;
}

const labelOf = (kind: RecordKind, r: SeedRecord) => (kind === "node" ? (r as SeedNode).label : "");

export function matchRecords(files: SeedGraph, graph: SeedGraph): Matched {
  const wanted = new Map<string, SeedRecord>();
  for (const { kind, record } of recordsOf(graph)) wanted.set(`${kind}:${record.id}`, record);
  const claimed = new Set<string>();
  const matched: Matched = { files: new Map(), additions: [], changed: 0, removed: 0 };
  for (const { kind, record } of recordsOf(files)) {
    const key = `${kind}:${record.id}`;
    const desired = wanted.get(key);
    // A second record of one id (a duplicate the checks refuse) is removed.
    const match =
      desired && !claimed.has(key) && labelOf(kind, desired) === labelOf(kind, record) ? desired : undefined;
    if (match) claimed.add(key);
    if (!match) matched.removed++;
    else if (!sameRecord(record, match)) matched.changed++;
    const list = matched.files.get(record.where.file) ?? [];
    list.push({ kind, existing: record, desired: match });
    matched.files.set(record.where.file, list);
  }
  for (const { kind, record } of recordsOf(graph))
    if (!claimed.has(`${kind}:${record.id}`)) matched.additions.push({ kind, record });
  return matched;
}
