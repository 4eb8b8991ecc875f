// A change set's operations as clients send them, in the seed files' own shape (records.ts: the
// same zod schemas, the same words for what is wrong), turned into the records the rules check
// (to-records.ts). Citations name their source: a change set has no default source.
import { z } from "zod";
import { ErrorCode } from "../../core/errors/error-code.js";
import type { NodeLabel } from "../../core/vocabulary.js";
import {
  datePoint,
  figureRecord,
  type NodeRecord,
  nodeRecordSchemas,
  relationshipRecord,
  sourceRecord,
} from "../read/records.js";
import { normaliseDate, toFigure, toNode, toRelationship, toSource } from "../read/to-records.js";
import { fieldIssues } from "../read/zod-problems.js";
import type { Citation } from "../seed-graph.js";
import { fieldName } from "../text/field-path.js";
import type { ChangeOp, ChangeProblem, NodeFields } from "./change-set.js";

export type OpInput =
  | { op: "addNode"; label: NodeLabel; record: unknown }
  | { op: "updateNode"; id: string; set: unknown; cite: unknown; label?: NodeLabel }
  | { op: "addRelationship"; record: unknown }
  | { op: "updateRelationship"; id: string; set: unknown; cite: unknown }
  | { op: "endRelationship"; id: string; on: unknown; cite: unknown }
  | { op: "retract"; id: string }
  | { op: "addSource"; record: unknown; text?: string | null }
  | { op: "removeSource"; id: string }
  | { op: "addFigure"; record: unknown };

const nodeSchemas = nodeRecordSchemas;

/** A change set's citations always say which source they quote. */
const cite = z.array(
  z.strictObject({
    source: z.string({ error: "must name the quote's source" }).min(1, "must name the quote's source"),
    quote: z.string({ error: "a quote is required" }).min(1, "a quote cannot be empty"),
  }),
  { error: "must be a list of { source, quote }" },
);

const names = z.array(z.string().min(1, "cannot be empty"));
const nodeUpdate = z.strictObject({
  name: z.string().min(1, "a name cannot be empty").optional(),
  kind: z.string().min(1, "a kind cannot be empty").optional(),
  shortNames: names.optional(),
  aliases: names.optional(),
  description: z.string().min(1).optional(),
  validFrom: datePoint.optional(),
  validTo: datePoint.optional(),
  externalIds: z
    .strictObject({ odsCode: z.string().min(1).optional(), charityNumber: z.string().min(1).optional() })
    .optional(),
  scope: names.optional(),
  legalBasis: z.string().min(1).optional(),
});
const relationshipUpdate = relationshipRecord
  .pick({ validFrom: true, validTo: true, properties: true, overrides: true })
  .partial();

/** The most a shipped source's text may be: a document, not a data dump. */
export const maxSourceTextBytes = 2 * 1024 * 1024;

export function parseOps(inputs: readonly OpInput[]): { ops: ChangeOp[]; problems: ChangeProblem[] } {
  const ops: ChangeOp[] = [];
  const problems: ChangeProblem[] = [];
  inputs.forEach((input, entry) => {
    const parse = <T extends z.ZodType>(schema: T, value: unknown, base: string): z.output<T> | undefined => {
      const result = schema.safeParse(value);
      if (result.success) return result.data;
      for (const issue of fieldIssues(result.error, value))
        problems.push({
          entry,
          field: [base, fieldName(issue.path)].filter(Boolean).join(".").replace(/\.\[/g, "["),
          code: ErrorCode.SchemaInvalid,
          message: issue.message,
        });
      return undefined;
    };
    const citations = (value: unknown) => parse(cite, value ?? [], "cite") as Citation[] | undefined;
    const where = { file: "(change)", line: 0 };
    switch (input.op) {
      case "addNode": {
        const record = parse(nodeSchemas[input.label], input.record, "") as NodeRecord | undefined;
        if (record) ops.push({ op: "addNode", node: toNode(input.label, record, "", where) });
        break;
      }
      case "updateNode": {
        const set = parse(nodeUpdate, input.set, "");
        const c = citations(input.cite);
        if (!set || !c) break;
        const fields: NodeFields = {};
        if (set.name !== undefined) fields.name = set.name;
        if (set.kind !== undefined) fields.kind = set.kind;
        if (set.shortNames !== undefined) fields.shortNames = set.shortNames;
        if (set.aliases !== undefined) fields.aliases = set.aliases;
        if (set.description !== undefined) fields.description = set.description;
        if (set.validFrom !== undefined) fields.validFrom = normaliseDate(set.validFrom);
        if (set.validTo !== undefined) fields.validTo = normaliseDate(set.validTo);
        const extra: Record<string, string | string[]> = {};
        if (set.externalIds?.odsCode) extra.odsCode = set.externalIds.odsCode;
        if (set.externalIds?.charityNumber) extra.charityNumber = set.externalIds.charityNumber;
        if (set.scope) extra.scope = set.scope;
        if (set.legalBasis) extra.legalBasis = set.legalBasis;
        if (Object.keys(extra).length > 0) fields.extra = extra;
        ops.push({
          op: "updateNode",
          id: input.id,
          set: fields,
          cite: c,
          ...(input.label ? { label: input.label } : {}),
        });
        break;
      }
      case "addRelationship": {
        const record = parse(relationshipRecord, input.record, "");
        if (record) ops.push({ op: "addRelationship", relationship: toRelationship(record, "", where) });
        break;
      }
      case "updateRelationship": {
        const set = parse(relationshipUpdate, input.set, "");
        const c = citations(input.cite);
        if (!set || !c) break;
        ops.push({
          op: "updateRelationship",
          id: input.id,
          set: {
            ...(set.validFrom !== undefined ? { validFrom: normaliseDate(set.validFrom) } : {}),
            ...(set.validTo !== undefined ? { validTo: normaliseDate(set.validTo) } : {}),
            ...(set.properties !== undefined ? { properties: set.properties } : {}),
            ...(set.overrides !== undefined ? { overrides: set.overrides } : {}),
          },
          cite: c,
        });
        break;
      }
      case "endRelationship": {
        const on = parse(datePoint, input.on, "on");
        const c = citations(input.cite);
        const dated = normaliseDate(on);
        if (dated && c) ops.push({ op: "endRelationship", id: input.id, on: dated, cite: c });
        break;
      }
      case "retract":
        ops.push({ op: "retract", id: input.id });
        break;
      case "addSource": {
        const text = input.text ?? null;
        const value =
          text !== null && typeof input.record === "object" && input.record !== null && !("file" in input.record)
            ? { ...input.record, file: `${(input.record as { id?: unknown }).id}.txt` }
            : input.record;
        const record = parse(sourceRecord, value, "");
        if (text !== null && Buffer.byteLength(text) > maxSourceTextBytes)
          problems.push({
            entry,
            field: "text",
            code: ErrorCode.FileTooLarge,
            message: `a source's text may be at most ${maxSourceTextBytes / 1024 / 1024} MB`,
          });
        else if (text !== null && text.trim() === "")
          problems.push({ entry, field: "text", code: ErrorCode.SchemaInvalid, message: "the text is empty" });
        else if (record && record.file !== undefined && text === null)
          problems.push({
            entry,
            field: "text",
            code: ErrorCode.SchemaInvalid,
            message: "a shipped source (file) comes with its text; a linked one gives a url instead",
          });
        else if (record) ops.push({ op: "addSource", source: toSource(record, text, where) });
        break;
      }
      case "removeSource":
        ops.push({ op: "removeSource", id: input.id });
        break;
      case "addFigure": {
        const record = parse(figureRecord, input.record, "");
        if (record) ops.push({ op: "addFigure", figure: toFigure(record, "", where) });
        break;
      }
    }
  });
  return { ops, problems };
}
