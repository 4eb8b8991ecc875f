// The one change model (README, "Editing"): every write to the graph, from GraphQL, the page or a
// revert, is a change set of operations on records, checked by the seed's rules against the graph
// and applied in one transaction as one revision. Types, and the error that refuses a change set.
import type { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";
import type { NodeLabel } from "../../core/vocabulary.js";
import type { RecordContent, SeedRecord } from "../plan/record-content.js";
import type { Citation, Dated, Override, SeedFigure, SeedNode, SeedRelationship, SeedSource } from "../seed-graph.js";

/** The fields of a node an update may set; `extra` holds odsCode, charityNumber, scope, legalBasis. */
export type NodeFields = Partial<
  Pick<SeedNode, "name" | "kind" | "shortNames" | "aliases" | "description" | "validFrom" | "validTo" | "extra">
>;

export type ChangeOp =
  | { op: "addNode"; node: SeedNode }
  /** `label`: only a node of this label may be updated (updateOrganisation). */
  | { op: "updateNode"; id: string; set: NodeFields; cite: Citation[]; label?: NodeLabel }
  | { op: "addRelationship"; relationship: SeedRelationship }
  | {
      op: "updateRelationship";
      id: string;
      set: Partial<Pick<SeedRelationship, "validFrom" | "validTo" | "properties">> & { overrides?: Override[] };
      cite: Citation[];
    }
  | { op: "endRelationship"; id: string; on: Dated; cite: Citation[] }
  | { op: "retract"; id: string }
  | { op: "addSource"; source: SeedSource }
  | { op: "removeSource"; id: string }
  | { op: "addFigure"; figure: SeedFigure }
  /** Sets an element to exactly this content, or removes it (null): what a revert applies. */
  | { op: "restore"; kind: ElementKind; id: string; record: RecordContent | null; expected: RecordContent | null };

export type ElementKind = "node" | "relationship" | "figure" | "source" | "story";
export type ChangeAction = "added" | "updated" | "ended" | "retracted" | "removed";

/** What one element was before a revision and is after it (null: absent). */
export interface ElementChange {
  kind: ElementKind;
  id: string;
  action: ChangeAction;
  before: RecordContent | null;
  after: RecordContent | null;
}

export type Origin = "edit" | "seed" | "revert";

export interface ChangeSet {
  ops: ChangeOp[];
  /** Why: required, kept with the revision. */
  reason: string;
  /** Who: the editor token's `sub`, or "seed" for a load of the files. */
  author: string;
  origin?: Origin;
  /** For a revert: the revision it undoes. */
  reverts?: number;
  /**
   * The graph revision the editor read the elements at: a later revision that changed any element
   * this set changes (or reloaded the whole graph) refuses it with EDIT_CONFLICT, naming that revision.
   */
  readAt?: number;
}

/** One problem of a change set: which operation, which of its fields, what is wrong. */
export interface ChangeProblem {
  /** The operation's index in the change set. */
  entry: number;
  /** The field's path within the operation's input: "to", "cite[0].quote", "validFrom". */
  field: string;
  code: ErrorCode;
  message: string;
}

export interface Revision {
  number: number;
  id: string;
  at: string;
  author: string;
  reason: string;
  origin: Origin;
  reverts: number | null;
  changes: ElementChange[];
}

export const revisionId = (number: number) => `rev-${number}`;

/** A refused change set: the first problem's code, every problem in `details.problems`. Nothing was written. */
export class ChangeError extends ThtError {
  readonly problems: readonly ChangeProblem[];

  constructor(problems: readonly ChangeProblem[], describe: (p: ChangeProblem) => string = (p) => p.field) {
    const first = problems[0] as ChangeProblem;
    const lines = problems.map((p) => `${describe(p)}: [${p.code}] ${p.message}`);
    super(first.code, `the change was refused; nothing was written: ${lines.join("; ")}`, {
      // Each problem at its field, for a form to place it there (the page does).
      details: { problems: problems.map((p) => ({ field: describe(p), code: p.code, message: p.message })) },
    });
    this.problems = problems;
    this.name = "ChangeError";
  }
}

export type { SeedRecord };
