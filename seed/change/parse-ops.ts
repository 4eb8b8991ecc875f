// A change set's operations as clients send them, in the seed files' own shape (records.ts: the
// same zod schemas, the same words for what is wrong), turned into the records the rules check
// (to-records.ts). Citations name their source: a change set has no default source.
import type { z } from "zod";
import type { OpInput } from "../../core/change-inputs.js";
import { ErrorCode } from "../../core/errors/error-code.js";
import {
  changeCitations,
  datePoint,
  figureRecord,
  type NodeRecord,
  nodeRecordSchemas,
  nodeUpdate,
  relationshipRecord,
  relationshipUpdate,
  sourceRecord,
} from "../../core/records.js";
import { fieldName } from "../../core/text/field-path.js";
import { fieldIssues } from "../../core/text/zod-problems.js";
import { normaliseDate, toFigure, toNode, toRelationship, toSource } from "../read/to-records.js";
import type { Citation } from "../seed-graph.js";
import type { ChangeOp, ChangeProblem, NodeFields } from "./change-set.js";

export type { OpInput };

const nodeSchemas = nodeRecordSchemas;

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
    const citations = (value: unknown) => parse(changeCitations, value ?? [], "cite") as Citation[] | undefined;
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
