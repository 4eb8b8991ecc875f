// A load of the seed files into a graph that may have been edited since: the files and the live
// graph reconciled (reconcile.ts), then the graph written by the loader (write/write-seed.ts) with
// the records gone from it deleted and the load's revision recorded, in the same transaction.
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { recordRevision } from "../change/apply-changes.js";
import { deleteFigures, deleteNodes, deleteRelationships, deleteSources } from "../change/change-cypher.js";
import type { ElementChange, ElementKind } from "../change/change-set.js";
import { revisionId } from "../change/change-set.js";
import { checkSeed } from "../check/check-seed.js";
import { SeedError } from "../read/seed-files.js";
import type { SeedGraph, SeedRelationship } from "../seed-graph.js";
import { type WriteResult, writeSeed } from "../write/write-seed.js";
import { readLiveGraph } from "./read-live-graph.js";
import { type Conflict, describeConflict, type LiveEdit, reconcile, type Settle } from "./reconcile.js";

export interface LoadOptions {
  database: string;
  settle: Settle;
  dryRun?: boolean;
  /** Replace the graph by staging it (big loads): no element-by-element history. */
  reset?: boolean;
  reason?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface LoadResult {
  changes: ElementChange[];
  conflicts: Conflict[];
  written: WriteResult | null;
  revision: string | null;
}

/** Elements whose last change came from outside the files, since the graph was last replaced. */
export async function liveEdits(driver: Driver, database: string): Promise<LiveEdit[]> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (replaced:Revision {replaced: true})
     WITH coalesce(max(replaced.number), 0) AS since
     MATCH (c:Change) WHERE c.revision > since
     WITH c.kind AS kind, c.elementId AS id, max(c.revision) AS last
     MATCH (rev:Revision {number: last}) WHERE rev.origin <> 'seed'
     RETURN kind, id, rev.id AS revision, rev.author AS author, rev.reason AS reason`,
    {},
    { database, routing: "READ" },
  );
  return records.map((r) => ({
    kind: r.get("kind") as ElementKind,
    id: r.get("id") as string,
    revision: r.get("revision") as string,
    author: r.get("author") as string,
    reason: r.get("reason") as string,
  }));
}

/** The records a load removes, in an order that keeps references whole. */
async function deleteRemoved(tx: ManagedTransaction, changes: readonly ElementChange[]) {
  const gone = (kind: ElementKind) => changes.filter((c) => c.kind === kind && c.after === null);
  const rels = gone("relationship").map((c) => c.before as SeedRelationship);
  for (const type of new Set(rels.map((r) => r.type)))
    await tx.run(deleteRelationships(type), {
      rows: rels.filter((r) => r.type === type).map((r) => ({ id: r.id, from: r.from, to: r.to })),
    });
  const ids = (kind: ElementKind) => gone(kind).map((c) => c.id);
  if (ids("figure").length > 0) await tx.run(deleteFigures, { ids: ids("figure") });
  if (ids("node").length > 0) await tx.run(deleteNodes, { ids: ids("node") });
  if (ids("source").length > 0) await tx.run(deleteSources, { ids: ids("source") });
}

export function conflictError(conflicts: readonly Conflict[]): ThtError {
  const shown = conflicts.slice(0, 50).map((c) => `  ${describeConflict(c)}`);
  if (conflicts.length > 50) shown.push(`  … and ${conflicts.length - 50} more`);
  return new ThtError(
    ErrorCode.SeedConflict,
    `the files and the live graph disagree on ${conflicts.length} record${conflicts.length === 1 ? "" : "s"}; nothing was written:\n${shown.join("\n")}\n` +
      "Write the live graph to the files first (npm run seed:export), or say how to settle them: " +
      "--keep-live (live edits stay, the rest follows the files) or --files-win (the files replace the live edits).",
  );
}

export async function loadSeed(driver: Driver, files: SeedGraph, options: LoadOptions): Promise<LoadResult> {
  const live = await readLiveGraph(driver, options.database);
  const edits = await liveEdits(driver, options.database);
  const { changes, conflicts, target } = reconcile(files, live, edits, options.settle);
  if (options.settle === "stop" && conflicts.length > 0) {
    if (options.dryRun) return { changes, conflicts, written: null, revision: null };
    throw conflictError(conflicts);
  }
  if (options.settle === "keep-live" && conflicts.length > 0) {
    // Live edits kept beside the files' records: the mix must still satisfy every rule.
    const problems = checkSeed(target);
    if (problems.length > 0) throw new SeedError(problems);
  }
  if (options.dryRun) return { changes, conflicts, written: null, revision: null };
  let revision: string | null = null;
  const reason = options.reason ?? "npm run seed";
  const written = await writeSeed(driver, target, {
    database: options.database,
    reset: options.reset ?? false,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    inTransaction: async (tx) => {
      if (!options.reset) await deleteRemoved(tx, changes);
      if (changes.length === 0 && !options.reset) return;
      const recorded = await recordRevision(tx, options.reset ? [] : changes, {
        author: "seed",
        reason: options.reset ? `${reason} (replaced the graph)` : reason,
        origin: "seed",
        replaced: options.reset ?? false,
      });
      revision = revisionId(recorded.number);
    },
  });
  return { changes, conflicts, written, revision };
}
