// The check stage for a change set: each operation checked, in order, by the seed's own rules
// (check/) against the graph as the operations before it leave it (change-lookup.ts), and turned
// into the element changes it makes. Pure: the caller prefetched the graph and writes the result.
import { ErrorCode } from "../../core/errors/error-code.js";
import { checkCitations } from "../check/check-citations.js";
import { checkDates } from "../check/check-dates.js";
import { checkDatesWithinEndpoints } from "../check/check-dates-within-endpoints.js";
import { checkFigure } from "../check/check-figure.js";
import { checkNode } from "../check/check-node.js";
import { checkRelationship, unknownId } from "../check/check-relationship.js";
import { checkSource, checkSourceRemoval } from "../check/check-source.js";
import type { RuleProblem } from "../check/rule-problem.js";
import { contentKey, contentOf, type RecordContent } from "../plan/record-content.js";
import type { Citation, SeedFigure, SeedNode, SeedRelationship, SeedSource } from "../seed-graph.js";
import type { ChangeLookup } from "./change-lookup.js";
import type { ChangeOp, ChangeProblem, ElementChange, ElementKind } from "./change-set.js";

const where = { file: "(change)", line: 0 };

/** Citations old and new, each once, in that order. */
function withCitations(old: readonly Citation[], added: readonly Citation[]): Citation[] {
  const seen = new Set(old.map((c) => `${c.source}\u0000${c.quote}`));
  return [...old, ...added.filter((c) => !seen.has(`${c.source}\u0000${c.quote}`))];
}

function needsCitation(cite: readonly Citation[]): RuleProblem[] {
  return cite.length > 0
    ? []
    : [
        {
          code: ErrorCode.SchemaInvalid,
          field: "cite",
          message: "cite at least one quote that says so ({ source, quote })",
        },
      ];
}

export interface Plan {
  changes: ElementChange[];
  problems: ChangeProblem[];
}

export function planChanges(ops: readonly ChangeOp[], lookup: ChangeLookup): Plan {
  const problems: ChangeProblem[] = [];
  const touched = new Map<string, { kind: ElementKind; before: RecordContent | null; after: RecordContent | null }>();
  const record = (kind: ElementKind, id: string, before: RecordContent | null, after: RecordContent | null) => {
    const key = `${kind}:${id}`;
    const entry = touched.get(key);
    if (entry) entry.after = after;
    else touched.set(key, { kind, before, after });
  };
  const content = <T extends { where: unknown }>(r: T | undefined) =>
    r ? (contentOf(r as never) as RecordContent) : null;

  ops.forEach((op, entry) => {
    const found: RuleProblem[] = [];
    const report = (list: RuleProblem[]) => found.push(...list);
    switch (op.op) {
      case "addNode": {
        const node = { ...op.node, where };
        report(checkNode(node, lookup));
        if (found.length === 0) {
          record("node", node.id, null, content(node));
          lookup.putNode(node);
        }
        break;
      }
      case "updateNode": {
        const old = lookup.node(op.id);
        if (!old) {
          report([unknownId(op.id, lookup, "id")]);
          break;
        }
        if (op.label && old.label !== op.label) {
          report([
            {
              code: ErrorCode.EndpointKind,
              field: "id",
              message: `"${op.id}" is ${old.label === "Area" ? "an" : "a"} ${old.label}, not ${op.label === "Organisation" ? "an" : "a"} ${op.label}; use updateNode`,
            },
          ]);
          break;
        }
        const next: SeedNode = {
          ...old,
          ...op.set,
          extra: op.set.extra ? { ...old.extra, ...op.set.extra } : old.extra,
          citations: withCitations(old.citations, op.cite),
          where,
        };
        report(needsCitation(op.cite));
        report(checkCitations(op.cite, lookup));
        report(checkDates(next.validFrom, next.validTo));
        if (found.length === 0) report(relationshipsStillWithin(next, lookup));
        if (found.length === 0) {
          record("node", next.id, content(old), content(next));
          lookup.putNode(next);
        }
        break;
      }
      case "addRelationship": {
        const rel = { ...op.relationship, where };
        report(checkRelationship(rel, lookup));
        if (found.length === 0) {
          record("relationship", rel.id, null, content(rel));
          lookup.putRelationship(rel);
        }
        break;
      }
      case "updateRelationship":
      case "endRelationship": {
        const old = lookup.relationship(op.id);
        if (!old) {
          report([unknownRelationship(op.id)]);
          break;
        }
        if (op.op === "endRelationship" && old.validTo !== null) {
          report([
            {
              code: ErrorCode.AlreadyEnded,
              field: "on",
              message: `relationship "${op.id}" has already ended (its validTo is ${old.validTo.date ?? old.validTo.text}); retract it if that was wrong, or update its validTo`,
            },
          ]);
          break;
        }
        const set = op.op === "endRelationship" ? { validTo: op.on } : op.set;
        const next: SeedRelationship = {
          ...old,
          ...set,
          citations: withCitations(old.citations, op.cite),
          where,
        };
        report(needsCitation(op.cite));
        report(checkCitations(op.cite, lookup));
        const dates = checkDates(next.validFrom, next.validTo);
        report(dates.map((p) => (op.op === "endRelationship" ? { ...p, field: "on" } : p)));
        if (dates.length === 0) {
          const within = checkDatesWithinEndpoints(next, [lookup.node(next.from), lookup.node(next.to)]);
          report(within.map((p) => (op.op === "endRelationship" ? { ...p, field: "on" } : p)));
        }
        if (found.length === 0) {
          record("relationship", next.id, content(old), content(next));
          lookup.putRelationship(next);
        }
        break;
      }
      case "retract": {
        const node = lookup.node(op.id);
        const rel = lookup.relationship(op.id);
        const figure = lookup.figure(op.id);
        if (node) {
          // A node found wrong takes its relationships and figures with it; each is kept in history.
          for (const r of lookup.attached(node.id)) {
            record("relationship", r.id, content(r), null);
            lookup.removeRelationship(r.id);
          }
          for (const f of lookup.figuresOf(node.id)) {
            record("figure", f.id, content(f), null);
            lookup.removeFigure(f.id);
          }
          record("node", node.id, content(node), null);
          lookup.removeNode(node.id);
        } else if (rel) {
          record("relationship", rel.id, content(rel), null);
          lookup.removeRelationship(rel.id);
        } else if (figure) {
          record("figure", figure.id, content(figure), null);
          lookup.removeFigure(figure.id);
        } else {
          report([
            {
              code: ErrorCode.UnknownReference,
              field: "id",
              message: `nothing has the id "${op.id}" (no node, relationship or figure)`,
            },
          ]);
        }
        break;
      }
      case "addSource": {
        const source = { ...op.source, where };
        report(checkSource(source, lookup));
        if (found.length === 0) {
          record("source", source.id, null, content(source));
          lookup.putSource(source);
        }
        break;
      }
      case "removeSource": {
        const source = lookup.source(op.id);
        if (!source) {
          report([{ code: ErrorCode.UnknownSource, field: "id", message: `no source has the id "${op.id}"` }]);
          break;
        }
        report(checkSourceRemoval(op.id, lookup));
        if (found.length === 0) {
          record("source", op.id, content(source), null);
          lookup.removeSource(op.id);
        }
        break;
      }
      case "addFigure": {
        const figure = { ...op.figure, where };
        report(checkFigure(figure, lookup));
        if (found.length === 0) {
          record("figure", figure.id, null, content(figure));
          lookup.putFigure(figure);
        }
        break;
      }
      case "restore":
        report(restore(op, lookup, record));
        break;
    }
    for (const p of found) problems.push({ entry, field: p.field, code: p.code, message: p.message });
  });

  const changes: ElementChange[] = [];
  for (const [key, { kind, before, after }] of touched) {
    if (before === null && after === null) continue;
    if (before !== null && after !== null && contentKey(before) === contentKey(after)) continue;
    const id = key.slice(kind.length + 1);
    changes.push({ kind, id, before, after, action: actionOf(kind, before, after) });
  }
  return { changes, problems };
}

/** What a change did, from what the element was and is. */
export function actionOf(kind: ElementKind, before: RecordContent | null, after: RecordContent | null) {
  if (before === null) return "added" as const;
  if (after === null) return kind === "source" ? ("removed" as const) : ("retracted" as const);
  const ended = (r: RecordContent) => ("validTo" in r ? r.validTo : null);
  return ended(before) === null && ended(after) !== null ? ("ended" as const) : ("updated" as const);
}

function unknownRelationship(id: string): RuleProblem {
  return { code: ErrorCode.UnknownReference, field: "id", message: `no relationship has the id "${id}"` };
}

/** Rule dates-within-endpoints, for a node whose dates change: its relationships must still fit them. */
function relationshipsStillWithin(node: SeedNode, lookup: ChangeLookup): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const rel of lookup.attached(node.id)) {
    const ends = [rel.from, rel.to].map((id) => (id === node.id ? node : lookup.node(id)));
    for (const p of checkDatesWithinEndpoints(rel, ends)) {
      const field = node.validFrom && p.message.includes("before") ? "validFrom" : "validTo";
      problems.push({ code: p.code, field, message: `relationship "${rel.id}" would no longer fit: it ${p.message}` });
    }
  }
  return problems;
}

/** A revert's operation: the element back to what it was, if what depends on it allows. */
function restore(
  op: Extract<ChangeOp, { op: "restore" }>,
  lookup: ChangeLookup,
  record: (kind: ElementKind, id: string, before: RecordContent | null, after: RecordContent | null) => void,
): RuleProblem[] {
  const conflict = (message: string): RuleProblem[] => [{ code: ErrorCode.RevertConflict, field: "revision", message }];
  const withWhere = <T>(r: RecordContent) => ({ ...r, where }) as T;
  // A story's revision is undone on its own (stories.ts), never with the graph's elements.
  if (op.kind === "story") return conflict(`story "${op.id}" is restored on its own`);
  const now =
    op.kind === "node"
      ? lookup.node(op.id)
      : op.kind === "relationship"
        ? lookup.relationship(op.id)
        : op.kind === "figure"
          ? lookup.figure(op.id)
          : lookup.source(op.id);
  const nowKey = now ? contentKey(now) : null;
  const expectedKey = op.expected ? contentKey(op.expected) : null;
  if (nowKey !== expectedKey)
    return conflict(
      `${op.kind} "${op.id}" is not as that revision left it${now ? "" : " (it is no longer in the graph)"}; it was changed since, so revert the later change first`,
    );
  switch (op.kind) {
    case "node": {
      if (op.record === null) {
        const left = lookup.attached(op.id);
        if (left.length > 0)
          return conflict(
            `"${op.id}" has relationships made after that revision (${left.map((r) => `"${r.id}"`).join(", ")})`,
          );
        if (now) record("node", op.id, contentOf(now), null);
        lookup.removeNode(op.id);
      } else {
        const node = withWhere<SeedNode>(op.record);
        record("node", op.id, now ? contentOf(now) : null, op.record);
        lookup.putNode(node);
      }
      return [];
    }
    case "relationship": {
      if (op.record === null) {
        if (now) record("relationship", op.id, contentOf(now), null);
        lookup.removeRelationship(op.id);
        return [];
      }
      const rel = withWhere<SeedRelationship>(op.record);
      const missing = [rel.from, rel.to].filter((id) => !lookup.node(id));
      if (missing.length > 0)
        return conflict(`"${op.id}" would join "${missing.join('", "')}", which no longer exists`);
      record("relationship", op.id, now ? contentOf(now) : null, op.record);
      lookup.putRelationship(rel);
      return [];
    }
    case "figure": {
      if (op.record === null) {
        if (now) record("figure", op.id, contentOf(now), null);
        lookup.removeFigure(op.id);
        return [];
      }
      const figure = withWhere<SeedFigure>(op.record);
      if (!lookup.node(figure.subject))
        return conflict(`figure "${op.id}" is about "${figure.subject}", which no longer exists`);
      record("figure", op.id, now ? contentOf(now) : null, op.record);
      lookup.putFigure(figure);
      return [];
    }
    case "source": {
      if (op.record === null) {
        const citing = checkSourceRemoval(op.id, lookup);
        if (citing.length > 0) return conflict(citing[0]?.message ?? "");
        if (now) record("source", op.id, contentOf(now), null);
        lookup.removeSource(op.id);
      } else {
        record("source", op.id, now ? contentOf(now) : null, op.record);
        lookup.putSource(withWhere<SeedSource>(op.record));
      }
      return [];
    }
  }
}
