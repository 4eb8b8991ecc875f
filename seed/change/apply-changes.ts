// The write stage for a change set: in ONE transaction, read what its operations name, check them
// by the rules (plan-changes.ts), write the element changes with the loader's own rows
// (plan/seed-rows.ts), bring knownFrom up to date around them, and record the revision. Any problem
// and nothing is written.
import type { Driver, ManagedTransaction } from "neo4j-driver";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import { type NodeLabel, nodeLabels, type RelationshipType, relationshipVocabulary } from "../../core/vocabulary.js";
import { knownFromDays } from "../plan/known-from.js";
import { contentKey } from "../plan/record-content.js";
import { figureRow, nodeRow, relationshipRow, sourceRow, toDate } from "../plan/seed-rows.js";
import type { SeedFigure, SeedNode, SeedRelationship, SeedSource } from "../seed-graph.js";
import {
  deleteFigures,
  deleteNodes,
  deleteRelationships,
  deleteSources,
  knownFromNeighbourhood,
  laterRevisions,
  neighbourhoodOf,
  nextRevision,
  type PrefetchRequest,
  prefetch,
  putFigures,
  putNodes,
  putRelationships,
  putSources,
  setNodeKnownFrom,
  setRelationshipKnownFrom,
  writeRevision,
} from "./change-cypher.js";
import { ChangeLookup } from "./change-lookup.js";
import {
  ChangeError,
  type ChangeOp,
  type ChangeProblem,
  type ChangeSet,
  type ElementChange,
  type Revision,
  revisionId,
} from "./change-set.js";
import { planChanges } from "./plan-changes.js";

export interface ApplyOptions {
  database: string;
  /** Check and plan only: answers the changes the set would make, and writes nothing. */
  dryRun?: boolean;
  /** Names the operation's field in messages ("input.to", "changes[2].cite[0]"). */
  describe?: (problem: ChangeProblem) => string;
  timeoutMs?: number;
}

/** What each operation may ask the graph about. */
function requestOf(ops: readonly ChangeOp[]): PrefetchRequest {
  const request: PrefetchRequest = {
    nodes: [],
    around: [],
    relationships: [],
    figures: [],
    chains: new Map(),
    citing: [],
  };
  const chain = (rel: SeedRelationship) => {
    if (!("acyclic" in relationshipVocabulary[rel.type])) return;
    request.chains.set(rel.type, [...(request.chains.get(rel.type) ?? []), rel.to]);
  };
  for (const op of ops) {
    switch (op.op) {
      case "addNode":
        request.nodes.push(op.node.id);
        break;
      case "updateNode":
        request.around.push(op.id);
        break;
      case "addRelationship":
        request.nodes.push(op.relationship.from, op.relationship.to);
        request.relationships.push(op.relationship.id);
        chain(op.relationship);
        break;
      case "updateRelationship":
      case "endRelationship":
        request.relationships.push(op.id);
        break;
      case "retract":
        request.around.push(op.id);
        request.relationships.push(op.id);
        request.figures.push(op.id);
        break;
      case "addSource":
        break;
      case "removeSource":
        request.citing.push(op.id);
        break;
      case "addFigure":
        request.nodes.push(op.figure.subject);
        request.figures.push(op.figure.id);
        break;
      case "restore":
        if (op.kind === "node") request.around.push(op.id);
        if (op.kind === "relationship") {
          request.relationships.push(op.id);
          const r = op.record as SeedRelationship | null;
          if (r) request.nodes.push(r.from, r.to);
        }
        if (op.kind === "figure") {
          request.figures.push(op.id);
          const f = op.record as SeedFigure | null;
          if (f) request.nodes.push(f.subject);
        }
        if (op.kind === "source" && op.record === null) request.citing.push(op.id);
        break;
    }
  }
  return request;
}

const withWhere = <T>(content: unknown) => ({ ...(content as object), where: { file: "(graph)", line: 0 } }) as T;

/** The element changes written with the loader's statements and rows, in an order that keeps every reference whole. */
async function writeChanges(
  tx: ManagedTransaction,
  changes: readonly ElementChange[],
  sources: Map<string, SeedSource>,
) {
  const of = (kind: ElementChange["kind"], put: boolean) =>
    changes.filter((c) => c.kind === kind && (put ? c.after !== null : c.after === null));
  const run = async (query: string, params: Record<string, unknown>) => {
    const rows = (params.rows ?? params.ids) as unknown[];
    if (rows.length > 0) await tx.run(query, params);
  };
  for (const c of of("source", true)) sources.set(c.id, withWhere<SeedSource>(c.after));
  await run(putSources, { rows: of("source", true).map((c) => sourceRow(withWhere<SeedSource>(c.after))) });
  for (const label of nodeLabels) {
    const rows = of("node", true)
      .map((c) => withWhere<SeedNode>(c.after))
      .filter((n) => n.label === label)
      .map((n) => nodeRow(n));
    await run(putNodes(label as NodeLabel), { rows });
  }
  const removedRels = of("relationship", false).map((c) => c.before as SeedRelationship);
  for (const type of new Set(removedRels.map((r) => r.type)))
    await run(deleteRelationships(type), {
      rows: removedRels.filter((r) => r.type === type).map((r) => ({ id: r.id, from: r.from, to: r.to })),
    });
  await run(deleteFigures, { ids: of("figure", false).map((c) => c.id) });
  await run(deleteNodes, { ids: of("node", false).map((c) => c.id) });
  const putRels = of("relationship", true).map((c) => withWhere<SeedRelationship>(c.after));
  for (const type of new Set(putRels.map((r) => r.type)))
    await run(putRelationships(type), { rows: putRels.filter((r) => r.type === type).map((r) => relationshipRow(r)) });
  await run(putFigures, { rows: of("figure", true).map((c) => figureRow(withWhere<SeedFigure>(c.after), sources)) });
  await run(deleteSources, { ids: of("source", false).map((c) => c.id) });
}

/**
 * knownFrom (plan/known-from.ts) of everything the changes can move: the nodes they touch and
 * the ends of the relationships they touch, their neighbours, and all their relationships. The
 * same function as the loader's, over the part of the graph each of those days depends on.
 */
async function updateKnownFrom(
  tx: ManagedTransaction,
  changes: readonly ElementChange[],
  sources: readonly SeedSource[],
) {
  const ids = new Set<string>();
  for (const c of changes) {
    if (c.kind === "node") ids.add(c.id);
    if (c.kind === "relationship")
      for (const r of [c.before, c.after] as (SeedRelationship | null)[]) if (r) ids.add(r.from).add(r.to);
  }
  if (ids.size === 0) return;
  const found = await tx.run(knownFromNeighbourhood, { ids: [...ids] });
  const around = neighbourhoodOf(found.records);
  const known = knownFromDays({ nodes: around.nodes, relationships: around.relationships, sources: [...sources] });
  const stored = new Map<string, string | null>();
  const storedRows = await tx.run(
    `MATCH (n:Entity) WHERE n.id IN $inner RETURN n.id AS id, toString(n.knownFrom) AS day
     UNION ALL
     MATCH (n:Entity)-[r]-(:Entity) WHERE n.id IN $inner RETURN r.id AS id, toString(r.knownFrom) AS day`,
    { inner: [...around.inner] },
  );
  for (const r of storedRows.records) stored.set(r.get("id") as string, (r.get("day") as string | null) ?? null);
  const nodeRows = [...around.inner]
    .map((id) => ({ id, day: known.node(id) }))
    .filter((row) => stored.get(row.id) !== row.day);
  if (nodeRows.length > 0)
    await tx.run(setNodeKnownFrom, { rows: nodeRows.map((r) => ({ ...r, day: toDate(r.day) })) });
  const byType = new Map<RelationshipType, { id: string; from: string; to: string; day: unknown }[]>();
  for (const r of around.relationships) {
    const day = known.relationship(r.id);
    if (stored.get(r.id) === day) continue;
    byType.set(r.type, [...(byType.get(r.type) ?? []), { id: r.id, from: r.from, to: r.to, day: toDate(day) }]);
  }
  for (const [type, rows] of byType) await tx.run(setRelationshipKnownFrom(type), { rows });
}

/**
 * Records a revision in `tx`: the graph's counter moved on by one, and what each element was and
 * is. A load that replaced the whole graph (`replaced`) records no elements: later reconciling
 * counts live edits only after it.
 */
export async function recordRevision(
  tx: ManagedTransaction,
  changes: readonly ElementChange[],
  set: Omit<ChangeSet, "ops"> & { replaced?: boolean },
): Promise<{ number: number; at: string }> {
  const number = (await tx.run(nextRevision)).records[0]?.get("number") as number;
  const written = await tx.run(writeRevision, {
    id: revisionId(number),
    number,
    author: set.author,
    reason: set.reason,
    origin: set.origin ?? "edit",
    reverts: set.reverts ?? null,
    replaced: set.replaced ?? false,
    changes: changes.map((c) => ({
      id: c.id,
      kind: c.kind,
      action: c.action,
      before: c.before === null ? null : contentKey(c.before),
      after: c.after === null ? null : contentKey(c.after),
    })),
  });
  return { number, at: written.records[0]?.get("at") as string };
}

/** Writes planned element changes and their revision, in `tx`. */
export async function commitChanges(
  tx: ManagedTransaction,
  changes: readonly ElementChange[],
  set: Omit<ChangeSet, "ops">,
  sources: readonly SeedSource[],
): Promise<Revision> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  await writeChanges(tx, changes, byId);
  await updateKnownFrom(tx, changes, [...byId.values()]);
  const { number, at } = await recordRevision(tx, changes, set);
  return {
    number,
    id: revisionId(number),
    at,
    author: set.author,
    reason: set.reason,
    origin: set.origin ?? "edit",
    reverts: set.reverts ?? null,
    changes: [...changes],
  };
}

/** Checks a change set against the graph and plans it, in `tx`; throws ChangeError on any problem. */
export async function planIn(tx: ManagedTransaction, set: ChangeSet, describe?: (p: ChangeProblem) => string) {
  if (set.reason.trim() === "")
    throw new ChangeError(
      [
        {
          entry: 0,
          field: "reason",
          code: ErrorCode.BadUserInput,
          message: "say why (a reason is kept with the revision)",
        },
      ],
      () => "reason",
    );
  const fetched = await prefetch(tx, requestOf(set.ops));
  const lookup = new ChangeLookup(fetched);
  const plan = planChanges(set.ops, lookup);
  if (plan.problems.length > 0) throw new ChangeError(plan.problems, describe);
  return {
    changes: plan.changes,
    sources: fetched.sources.concat(
      plan.changes.filter((c) => c.kind === "source" && c.after).map((c) => withWhere<SeedSource>(c.after)),
    ),
  };
}

/**
 * EDIT_CONFLICT when a revision after `readAt` changed an element these changes change, or replaced
 * the whole graph: another editor's change is not overwritten unseen. The refusal names each such
 * revision (id, author, reason, the elements both touch) for the client to show.
 */
async function refuseLaterChanges(tx: ManagedTransaction, readAt: number, changes: readonly ElementChange[]) {
  const ids = [...new Set(changes.map((c) => c.id))];
  const later = await tx.run(laterRevisions, { readAt, ids });
  if (later.records.length === 0) return;
  const revisions = later.records.map((r) => ({
    id: revisionId(r.get("number") as number),
    author: String(r.get("author")),
    reason: String(r.get("reason")),
    elements: (r.get("touched") as string[]).join(", ") || "the whole graph",
  }));
  const named = revisions.map((r) => `${r.id} by ${r.author} (“${r.reason}”) changed ${r.elements}`).join("; ");
  throw new ThtError(
    ErrorCode.EditConflict,
    `the graph changed since you read it at ${revisionId(readAt)}: ${named}. Nothing was written; look at that change, then make yours again on the graph as it is now`,
    { details: { field: "readAt", revisions } },
  );
}

/** Applies a change set as one revision, or refuses it whole (ChangeError: every problem, each with its code). */
export async function applyChangeSet(driver: Driver, set: ChangeSet, options: ApplyOptions): Promise<Revision> {
  const session = driver.session({ database: options.database });
  try {
    return await session.executeWrite(
      async (tx) => {
        const { changes, sources } = await planIn(tx, set, options.describe);
        if (changes.length === 0)
          throw new ThtError(
            ErrorCode.NothingChanged,
            "the change set changes nothing: every value is already as given",
          );
        if (set.readAt !== undefined) await refuseLaterChanges(tx, set.readAt, changes);
        if (options.dryRun)
          return {
            number: 0,
            id: "",
            at: "",
            author: set.author,
            reason: set.reason,
            origin: set.origin ?? "edit",
            reverts: null,
            changes,
          };
        return commitChanges(tx, changes, set, sources);
      },
      options.timeoutMs ? { timeout: options.timeoutMs } : undefined,
    );
  } finally {
    await session.close();
  }
}
