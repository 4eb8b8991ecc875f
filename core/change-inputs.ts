// GraphQL's change inputs (schema/changes.graphql) in the seed files' own shape, for the change
// model to check with the seed's schemas (records.ts, by seed/change/parse-ops.ts): dates as the
// files write them, citations as { source, quote }, an organisation's ids under externalIds, a
// relationship's fields under properties. Each problem then names its field as the client sent it.
// In core so that the page's editing forms check a change exactly as the server will.
import type { z } from "zod";
import { ErrorCode } from "./errors/error-code.js";
import { ThtError } from "./errors/tht-error.js";
import {
  changeCitations,
  datePoint,
  figureRecord,
  nodeRecordSchemas,
  nodeUpdate,
  relationshipRecord,
  relationshipUpdate,
  sourceRecord,
} from "./records.js";
import { fieldName } from "./text/field-path.js";
import { fieldIssues } from "./text/zod-problems.js";
import { enumWord, type NodeLabel } from "./vocabulary.js";

/** A change set's operation in the seed files' shape, before the schemas have checked it. */
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

type Input = Record<string, unknown>;

const isSet = (value: unknown) => value !== undefined && value !== null;
const day = (value: unknown) => String(value).slice(0, 10);

/** Only the fields given: GraphQL's null and absent both mean "not given". */
function given(fields: Input): Input {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => isSet(v)));
}

/** { day } as the files' YYYY-MM-DD; { text, from, to } as the files' { text, from, to }. */
export function datePointOf(value: unknown): unknown {
  if (!isSet(value)) return undefined;
  const d = value as Input;
  if (isSet(d.day) && !isSet(d.from) && !isSet(d.to) && !isSet(d.text)) return day(d.day);
  if (isSet(d.day)) return { day: day(d.day), ...given({ from: d.from, to: d.to, text: d.text }) };
  return given({
    from: isSet(d.from) ? day(d.from) : undefined,
    to: isSet(d.to) ? day(d.to) : undefined,
    text: d.text,
  });
}

const citationsOf = (cite: unknown) => (Array.isArray(cite) ? cite.map((c) => given(c as Input)) : cite);

function nodeFields(input: Input): Input {
  const externalIds = given({ odsCode: input.odsCode, charityNumber: input.charityNumber });
  return given({
    name: input.name,
    kind: input.kind,
    shortNames: input.shortNames,
    aliases: input.aliases,
    description: input.description,
    validFrom: datePointOf(input.validFrom),
    validTo: datePointOf(input.validTo),
    externalIds: Object.keys(externalIds).length > 0 ? externalIds : undefined,
    scope: input.scope,
    legalBasis: input.legalBasis,
  });
}

const relationshipProperties = ["role", "memberCount", "staff", "purpose", "recipients", "siteType"];

function propertiesOf(input: Input): Input | undefined {
  const properties = given(Object.fromEntries(relationshipProperties.map((key) => [key, input[key]])));
  if (typeof properties.role === "string") properties.role = enumWord(properties.role);
  return Object.keys(properties).length > 0 ? properties : undefined;
}

const overridesOf = (overrides: unknown) =>
  Array.isArray(overrides)
    ? overrides.map((o) => ({
        rule: enumWord(String((o as Input).rule)).replaceAll(" ", "-"),
        reason: (o as Input).reason,
      }))
    : undefined;

export const ops = {
  addNode: (label: NodeLabel, input: Input): OpInput => ({
    op: "addNode",
    label,
    record: { id: input.id, ...nodeFields(input), cite: citationsOf(input.cite) },
  }),
  updateNode: (id: string, set: Input, cite: unknown): OpInput => ({
    op: "updateNode",
    id,
    set: nodeFields(set),
    cite: citationsOf(cite),
  }),
  addRelationship: (input: Input): OpInput => ({
    op: "addRelationship",
    record: given({
      id: input.id,
      type: input.type,
      from: input.from,
      to: input.to,
      validFrom: datePointOf(input.validFrom),
      validTo: datePointOf(input.validTo),
      properties: propertiesOf(input),
      cite: citationsOf(input.cite),
      overrides: overridesOf(input.overrides),
    }),
  }),
  updateRelationship: (id: string, set: Input, cite: unknown): OpInput => ({
    op: "updateRelationship",
    id,
    set: given({
      validFrom: datePointOf(set.validFrom),
      validTo: datePointOf(set.validTo),
      properties: propertiesOf(set),
      overrides: overridesOf(set.overrides),
    }),
    cite: citationsOf(cite),
  }),
  endRelationship: (id: string, on: unknown, cite: unknown): OpInput => ({
    op: "endRelationship",
    id,
    on: datePointOf(on),
    cite: citationsOf(cite),
  }),
  retract: (id: string): OpInput => ({ op: "retract", id }),
  addSource: (input: Input): OpInput => {
    const dated = datePointOf(input.dated);
    return {
      op: "addSource",
      record: given({
        id: input.id,
        title: input.title,
        url: input.url,
        publisher: input.publisher,
        dated: typeof dated === "string" ? { from: dated, text: dated } : dated,
      }),
      text: typeof input.text === "string" ? input.text : null,
    };
  },
  removeSource: (id: string): OpInput => ({ op: "removeSource", id }),
  addFigure: (input: Input): OpInput => ({
    op: "addFigure",
    record: given({
      id: input.id,
      subject: input.subject,
      measure: input.measure,
      value: input.value,
      unit: input.unit,
      qualifier: typeof input.qualifier === "string" ? enumWord(input.qualifier) : undefined,
      display: input.display,
      asOf: isSet(input.asOf) ? day(input.asOf) : undefined,
      asOfText: input.asOfText,
      cite: citationsOf(input.cite),
    }),
  }),
};

/** The field a problem is about, as the client named it: the record's `externalIds.odsCode` is `odsCode`. */
export function inputField(field: string): string {
  return field
    .replace(/^externalIds\.?/, "")
    .replace(/^properties\.?/, "")
    .replace(/^dated\.text$/, "dated");
}

/** One ChangeInput of applyChanges as an operation; exactly one of its fields is set. */
export function opOfChange(change: Input, index: number): { name: string; op: OpInput } {
  const set = Object.entries(change).filter(([, v]) => isSet(v));
  if (set.length !== 1)
    throw new ThtError(
      ErrorCode.BadUserInput,
      `changes[${index}] must set exactly one operation (addNode, updateNode, addRelationship, …), not ${set.length}`,
      { details: { field: `changes[${index}]` } },
    );
  const [name, value] = set[0] as [string, Input];
  switch (name) {
    case "addNode":
      return { name: `${name}.node`, op: ops.addNode(value.type as NodeLabel, value.node as Input) };
    case "updateNode":
      return { name, op: ops.updateNode(String(value.id), value.set as Input, value.cite) };
    case "addRelationship":
      return { name, op: ops.addRelationship(value) };
    case "updateRelationship":
      return { name, op: ops.updateRelationship(String(value.id), value.set as Input, value.cite) };
    case "endRelationship":
      return { name, op: ops.endRelationship(String(value.id), value.on, value.cite) };
    case "retract":
      return { name, op: ops.retract(String(value.id)) };
    case "addSource":
      return { name, op: ops.addSource(value) };
    case "removeSource":
      return { name, op: ops.removeSource(String(value.id)) };
    default:
      return { name, op: ops.addFigure(value) };
  }
}

/** A problem with an operation's shape, at the field the client named (`cite[0].quote`, `odsCode`). */
export interface ShapeProblem {
  field: string;
  message: string;
}

/** The schema each part of an operation is checked with, and the field it sits under. */
function partsOf(op: OpInput): { schema: z.ZodType; value: unknown; base: string }[] {
  switch (op.op) {
    case "addNode":
      return [{ schema: nodeRecordSchemas[op.label], value: op.record, base: "" }];
    case "updateNode":
      return [
        { schema: nodeUpdate, value: op.set, base: "" },
        { schema: changeCitations, value: op.cite ?? [], base: "cite" },
      ];
    case "addRelationship":
      return [{ schema: relationshipRecord, value: op.record, base: "" }];
    case "updateRelationship":
      return [
        { schema: relationshipUpdate, value: op.set, base: "" },
        { schema: changeCitations, value: op.cite ?? [], base: "cite" },
      ];
    case "endRelationship":
      return [
        { schema: datePoint, value: op.on, base: "on" },
        { schema: changeCitations, value: op.cite ?? [], base: "cite" },
      ];
    case "addFigure":
      return [{ schema: figureRecord, value: op.record, base: "" }];
    case "addSource": {
      // As the change model reads it: a source given with its text is a shipped one (its file is made).
      const record = op.record as Record<string, unknown>;
      const shipped =
        typeof op.text === "string" && typeof record === "object" && record !== null && !("file" in record);
      return [
        { schema: sourceRecord, value: shipped ? { ...record, file: `${String(record.id)}.txt` } : record, base: "" },
      ];
    }
    default:
      return [];
  }
}

/**
 * What the server's schemas say of an operation before any rule reads the graph: the same schemas
 * and words as a change set's (seed/change/parse-ops.ts), so a form refuses what the server would.
 */
export function shapeProblems(op: OpInput): ShapeProblem[] {
  return partsOf(op).flatMap(({ schema, value, base }) => {
    const result = schema.safeParse(value);
    if (result.success) return [];
    return fieldIssues(result.error, value).map((issue) => ({
      field: inputField([base, fieldName(issue.path)].filter(Boolean).join(".").replace(/\.\[/g, "[")),
      message: issue.message,
    }));
  });
}
