// History: every applied change set is a revision in Neo4j (apply-changes.ts), with what each
// element was before and after. Read it by element or in order, and undo a revision by applying
// its inverse as a new one.
import { createHash } from "node:crypto";
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import type { RecordContent } from "../plan/record-content.js";
import { commitChanges, planIn } from "./apply-changes.js";
import {
  type ChangeOp,
  type ElementChange,
  type ElementKind,
  type Origin,
  type Revision,
  revisionId,
} from "./change-set.js";
import { revertStoryChange } from "./stories.js";

type Row = { get(key: string): unknown };

const parse = (json: unknown) => (typeof json === "string" ? (JSON.parse(json) as RecordContent) : null);

function changeOf(c: Record<string, unknown>): ElementChange {
  return {
    kind: c.kind as ElementKind,
    id: c.elementId as string,
    action: c.action as ElementChange["action"],
    before: parse(c.before),
    after: parse(c.after),
  };
}

function revisionOf(row: Row): Revision {
  const rev = row.get("rev") as Record<string, unknown>;
  const changes = ((row.get("changes") as Record<string, unknown>[]) ?? [])
    .sort((a, b) => Number(a.seq) - Number(b.seq))
    .map(changeOf);
  return {
    number: rev.number as number,
    id: rev.id as string,
    at: String(rev.at),
    author: rev.author as string,
    reason: rev.reason as string,
    origin: rev.origin as Origin,
    reverts: (rev.reverts as number | null) ?? null,
    changes,
  };
}

const revisionFields = "rev {.*, at: toString(rev.at)} AS rev";

/** The graph's revision number: 0 before any load or edit; moved on by every revision. */
export async function graphRevision(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery(
    "OPTIONAL MATCH (g:GraphRevision {id: 'graph'}) RETURN coalesce(g.number, 0) AS number",
    {},
    { database, routing: "READ" },
  );
  return (records[0]?.get("number") as number) ?? 0;
}

/**
 * What the graph holds, in one cheap read: its revision number, and when and what seed was last
 * written. Every write through tht-graph moves one of them (an edit or a load records a revision;
 * a bare seed write, as tests and benchmarks make, writes the seed's state anew), so an answer
 * kept under a version is the answer for as long as the version stands.
 */
export async function graphVersion(driver: Driver, database: string): Promise<string> {
  const { records } = await driver.executeQuery(
    `OPTIONAL MATCH (g:GraphRevision {id: 'graph'})
     OPTIONAL MATCH (s:SeedState)
     RETURN coalesce(g.number, 0) AS number, s.checksum + '|' + toString(s.loadedAt) AS seed LIMIT 1`,
    {},
    { database, routing: "READ" },
  );
  const number = (records[0]?.get("number") as number | undefined) ?? 0;
  const seed = records[0]?.get("seed") as string | null | undefined;
  return `${number}.${seed ? createHash("sha256").update(seed).digest("base64url").slice(0, 12) : "none"}`;
}

export interface RevisionPage {
  revisions: Revision[];
  totalCount: number;
  hasNextPage: boolean;
}

/** Revisions newest first; `since`: only those after that number; `after`: those before that number (a page cursor). */
export async function readRevisions(
  driver: Driver,
  database: string,
  options: { since?: number | null; first: number; after?: number | null },
): Promise<RevisionPage> {
  const params = { since: options.since ?? 0, before: options.after ?? null, first: neo4j.int(options.first + 1) };
  const { records } = await driver.executeQuery(
    `MATCH (rev:Revision) WHERE rev.number > $since AND ($before IS NULL OR rev.number < $before)
     WITH rev ORDER BY rev.number DESC LIMIT $first
     OPTIONAL MATCH (rev)-[:CHANGED]->(c:Change)
     WITH rev, collect(properties(c)) AS changes ORDER BY rev.number DESC
     RETURN ${revisionFields}, changes`,
    params,
    { database, routing: "READ" },
  );
  const counted = await driver.executeQuery(
    "MATCH (rev:Revision) WHERE rev.number > $since RETURN count(rev) AS n",
    { since: params.since },
    { database, routing: "READ" },
  );
  const revisions = records.map(revisionOf);
  return {
    revisions: revisions.slice(0, options.first),
    totalCount: (counted.records[0]?.get("n") as number) ?? 0,
    hasNextPage: revisions.length > options.first,
  };
}

/** The revisions that changed one element, newest first, each with that element's change only. */
export async function readHistory(driver: Driver, database: string, id: string): Promise<Revision[]> {
  const { records } = await driver.executeQuery(
    `MATCH (c:Change {elementId: $id})<-[:CHANGED]-(rev:Revision)
     WITH rev, collect(properties(c)) AS changes ORDER BY rev.number DESC
     RETURN ${revisionFields}, changes`,
    { id },
    { database, routing: "READ" },
  );
  return records.map(revisionOf);
}

async function revisionIn(tx: ManagedTransaction, number: number): Promise<Revision | undefined> {
  const found = await tx.run(
    `MATCH (rev:Revision {number: $number})
     OPTIONAL MATCH (rev)-[:CHANGED]->(c:Change)
     RETURN ${revisionFields}, collect(properties(c)) AS changes`,
    { number },
  );
  return found.records[0] ? revisionOf(found.records[0]) : undefined;
}

/** The order a revision's inverse is applied in, so every reference stays whole on the way. */
const restoreOrder = (c: ElementChange) => {
  const order =
    c.before === null
      ? { relationship: 2, figure: 3, node: 4, source: 7, story: 8 }
      : { source: 0, node: 1, relationship: 5, figure: 6, story: 8 };
  return order[c.kind];
};

/** Applies the inverse of revision `number` as a new revision (REVERT_CONFLICT when its elements changed since). */
export async function revertRevision(
  driver: Driver,
  database: string,
  number: number,
  by: { author: string; reason: string },
): Promise<Revision> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      const revision = await revisionIn(tx, number);
      if (!revision) throw new ThtError(ErrorCode.NotFound, `there is no revision ${revisionId(number)}`);
      if (revision.changes.length === 0)
        throw new ThtError(
          ErrorCode.RevertConflict,
          `${revision.id} (${revision.reason}) replaced the whole graph and keeps no element-by-element history; load the files again instead`,
        );
      const later = await tx.run(
        `MATCH (c:Change) WHERE c.elementId IN $ids AND c.revision > $number
         RETURN c.elementId AS id, max(c.revision) AS last ORDER BY last DESC LIMIT 5`,
        { ids: revision.changes.map((c) => c.id), number },
      );
      if (later.records.length > 0) {
        const named = later.records.map((r) => `"${r.get("id")}" (${revisionId(r.get("last") as number)})`).join(", ");
        throw new ThtError(
          ErrorCode.RevertConflict,
          `${revision.id} cannot be reverted: ${named} changed again since; revert the later revisions first`,
        );
      }
      // A story's revision holds that story alone: put back as it was, checked against the graph now.
      const story = revision.changes.find((c) => c.kind === "story");
      if (story) return revertStoryChange(tx, story, { author: by.author, reason: by.reason, reverts: number });
      const ops: ChangeOp[] = [...revision.changes]
        .sort((a, b) => restoreOrder(a) - restoreOrder(b))
        .map((c) => ({ op: "restore", kind: c.kind, id: c.id, record: c.before, expected: c.after }));
      const set = { ops, author: by.author, reason: by.reason, origin: "revert" as const, reverts: number };
      const { changes, sources } = await planIn(tx, set, () => "revision");
      return commitChanges(tx, changes, set, sources);
    });
  } finally {
    await session.close();
  }
}
