// The seed files and the live graph side by side: what a load would add, change, end and remove,
// and where that would undo a live edit or keep a record the files no longer have. Nothing is ever
// overwritten silently: conflicts stop a load unless it is told how to settle them
// (`--keep-live`: live edits stay, the rest follows the files; `--files-win`: the files replace them).
import type { ElementChange, ElementKind } from "../change/change-set.js";
import { actionOf } from "../change/plan-changes.js";
import { contentKey, contentOf, type SeedRecord } from "../plan/record-content.js";
import type { SeedGraph } from "../seed-graph.js";

/** The last revision that changed an element from outside the files (an edit or a revert). */
export interface LiveEdit {
  kind: ElementKind;
  id: string;
  revision: string;
  author: string;
  reason: string;
}

export type ConflictKind = "edited-live" | "added-live" | "retracted-live" | "removed-from-files";

export interface Conflict {
  kind: ConflictKind;
  element: ElementKind;
  id: string;
  edit?: LiveEdit;
}

export type Settle = "stop" | "keep-live" | "files-win";

export interface Reconciled {
  /** What the load changes in the graph, as history records it. */
  changes: ElementChange[];
  conflicts: Conflict[];
  /** The graph the load writes: the files, with the live edits kept where `keep-live` says so. */
  target: SeedGraph;
}

const kinds: { kind: ElementKind; list: keyof SeedGraph }[] = [
  { kind: "source", list: "sources" },
  { kind: "node", list: "nodes" },
  { kind: "relationship", list: "relationships" },
  { kind: "figure", list: "figures" },
];

const key = (kind: ElementKind, id: string) => `${kind}:${id}`;

export function reconcile(files: SeedGraph, live: SeedGraph, edits: readonly LiveEdit[], settle: Settle): Reconciled {
  const edited = new Map(edits.map((e) => [key(e.kind, e.id), e]));
  const changes: ElementChange[] = [];
  const conflicts: Conflict[] = [];
  const target: SeedGraph = { sources: [], nodes: [], relationships: [], figures: [] };
  for (const { kind, list } of kinds) {
    const fromFiles = new Map((files[list] as SeedRecord[]).map((r) => [r.id, r]));
    const fromLive = new Map((live[list] as SeedRecord[]).map((r) => [r.id, r]));
    const keep = (record: SeedRecord) => (target[list] as SeedRecord[]).push(record);
    const change = (id: string, before: SeedRecord | undefined, after: SeedRecord | undefined) => {
      const b = before ? contentOf(before) : null;
      const a = after ? contentOf(after) : null;
      changes.push({ kind, id, before: b, after: a, action: actionOf(kind, b, a) });
    };
    for (const [id, record] of fromFiles) {
      const now = fromLive.get(id);
      const same = now !== undefined && contentKey(now) === contentKey(record);
      const edit = edited.get(key(kind, id));
      if (same) {
        keep(record);
        continue;
      }
      if (edit) {
        conflicts.push({ kind: now ? "edited-live" : "retracted-live", element: kind, id, edit });
        if (settle === "keep-live") {
          if (now) keep(now);
          continue;
        }
      }
      keep(record);
      change(id, now, record);
    }
    for (const [id, record] of fromLive) {
      if (fromFiles.has(id)) continue;
      const edit = edited.get(key(kind, id));
      conflicts.push({
        kind: edit ? "added-live" : "removed-from-files",
        element: kind,
        id,
        ...(edit ? { edit } : {}),
      });
      if (settle === "keep-live" && edit) keep(record);
      else change(id, record, undefined);
    }
  }
  return { changes, conflicts, target };
}

const kindWords: Record<ConflictKind, string> = {
  "edited-live": "changed live",
  "added-live": "added live, not in the files",
  "retracted-live": "retracted live, still in the files",
  "removed-from-files": "removed from the files, still in the graph",
};

export function describeConflict(c: Conflict): string {
  const by = c.edit ? ` (${c.edit.revision} by ${c.edit.author}: ${c.edit.reason})` : "";
  return `${c.element} ${c.id}: ${kindWords[c.kind]}${by}`;
}

/** One line per change, as a dry run prints it: + added, ~ changed, > ended, - removed. */
export function describeChange(c: ElementChange): string {
  const mark = { added: "+", updated: "~", ended: ">", retracted: "-", removed: "-" }[c.action];
  let what = "";
  if (c.before && c.after) {
    const before = c.before as unknown as Record<string, unknown>;
    const after = c.after as unknown as Record<string, unknown>;
    const fields = Object.keys({ ...before, ...after }).filter(
      (f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]),
    );
    what = `: ${fields.join(", ")}`;
  }
  return `${mark} ${c.kind} ${c.id}${what}`;
}
