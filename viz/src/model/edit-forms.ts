// The editing forms, generated from the schemas the server checks a change with (core/records.ts,
// through schema/edit-contract.ts): a node form has a field for every field of that node type's
// record (so a field added to a record appears in its form), required where the schema requires
// it, with the vocabulary's words as choices. A filled form becomes the GraphQL ChangeInput the
// server takes, and is checked first by the server's own schemas; problems, the form's or the
// server's, are placed at the field they name. Pure: unit-tested in Node.
import type { z } from "zod";
import {
  edgeRoles,
  enumValue,
  type NodeLabel,
  nodeLabels,
  organisationKinds,
  type RelationshipType,
  relationshipPhrase,
  relationshipTypes,
} from "../../../schema/contract.js";
import { nodeRecordSchemas, type OpInput, ops, shapeProblems } from "../../../schema/edit-contract.js";
import type { ChangeInput } from "../types.js";

/** How a field is entered. */
export type FieldWidget =
  | "text"
  | "textarea"
  /** One per line. */
  | "list"
  /** A day, or the source's words with the range they stand for. */
  | "date"
  /** A day only. */
  | "day"
  | "number"
  | "select"
  /** Another node of the graph, by id: typed (with suggestions) or picked on the graph. */
  | "node"
  /** Quotes chosen in the citation picker. */
  | "cite"
  /** A document's text: pasted, or read from a text file. */
  | "textfile";

export interface FieldSpec {
  /** The ChangeInput field it fills (`name`, `validFrom`, `cite`, `to`). */
  name: string;
  label: string;
  widget: FieldWidget;
  required: boolean;
  hint?: string;
  /** For select (values) and text (suggestions). */
  options?: readonly { value: string; label: string }[];
  /** Shown but not changed (an update's id). */
  readOnly?: boolean;
}

export type EditKind = "addNode" | "updateNode" | "addRelationship" | "endRelationship" | "retract" | "addSource";

export interface FormSpec {
  kind: EditKind;
  title: string;
  fields: FieldSpec[];
  submitLabel: string;
}

/** A date as the form holds it: a day, or words with an optional range. */
export interface DateValue {
  day?: string;
  text?: string;
  from?: string;
  to?: string;
}

export interface Citation {
  source: string;
  quote: string;
}

export type FieldValue = string | string[] | DateValue | Citation[] | undefined;
export type FormValues = Record<string, FieldValue>;

/** What each record field is called in a form; a record field without one is labelled by its name. */
const labels: Record<string, { label: string; hint?: string }> = {
  id: { label: "Id", hint: "Lower-case letters, digits and hyphens (royal-london-hospital), unique in the graph." },
  name: { label: "Name" },
  kind: { label: "Kind", hint: "What it is, as the source says: NHS trust, charity, GP practice …" },
  shortNames: { label: "Short names", hint: "One per line (ELFT)." },
  aliases: { label: "Other names", hint: "One per line: former names and spellings that Find should match." },
  description: { label: "Description" },
  validFrom: { label: "Began", hint: "The day, or the source's words (late 2013) with the range they stand for." },
  validTo: { label: "Ended", hint: "The first day it no longer held; leave empty while it still holds." },
  odsCode: { label: "ODS code" },
  charityNumber: { label: "Charity number" },
  scope: { label: "Scope", hint: "What it covers, one item per line." },
  legalBasis: { label: "Legal basis" },
  cite: { label: "Evidence", hint: "The sentence or passage of a source that says so, chosen in the source." },
};

/** The record fields a form leaves out: derivations are the loader's, not an editor's. */
const notEdited = new Set(["derived"]);

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema inside optional() and default(), and whether either wrapped it. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (let def = defOf(inner); (def.type === "optional" || def.type === "default") && def.innerType; ) {
    optional = true;
    inner = def.innerType;
    def = defOf(inner);
  }
  return { inner, optional };
}

function widgetOf(name: string, schema: z.ZodType): FieldWidget {
  if (name === "cite") return "cite";
  if (name === "description") return "textarea";
  const { type } = defOf(schema);
  if (type === "array") return "list";
  if (type === "union") return "date";
  return "text";
}

function spec(name: string, schema: z.ZodType, optional: boolean): FieldSpec {
  const words = labels[name] ?? { label: name };
  return {
    name,
    label: words.label,
    widget: widgetOf(name, schema),
    required: !optional,
    ...(words.hint ? { hint: words.hint } : {}),
  };
}

/** A field named as the records name it, for a form not drawn from one record (a relationship's). */
function named(name: string, widget: FieldWidget, required: boolean): FieldSpec {
  const words = labels[name] ?? { label: name };
  return { name, label: words.label, widget, required, ...(words.hint ? { hint: words.hint } : {}) };
}

/** Every field of `label`'s record, in the record's order; nested objects (externalIds) as their own fields. */
export function nodeFields(label: NodeLabel): FieldSpec[] {
  const shape = (defOf(nodeRecordSchemas[label]).shape ?? {}) as Record<string, z.ZodType>;
  return Object.entries(shape).flatMap(([name, field]): FieldSpec[] => {
    if (notEdited.has(name)) return [];
    const { inner, optional } = unwrap(field);
    const def = defOf(inner);
    if (def.type === "object" && def.shape)
      return Object.entries(def.shape).map(([sub, s]) => spec(sub, unwrap(s).inner, true));
    const made = spec(name, inner, optional);
    if (name === "kind" && label === "Organisation")
      made.options = organisationKinds.map((kind) => ({ value: kind, label: kind }));
    return [made];
  });
}

/** Words for a node type: "organisation", "area (place)". */
export const nodeTypeWords: Record<NodeLabel, string> = {
  Organisation: "organisation",
  Group: "group",
  Arrangement: "arrangement",
  Event: "event",
  Service: "service",
  Area: "area (place)",
  Site: "site (place)",
};

export const addableNodeTypes: readonly NodeLabel[] = nodeLabels;

export function addNodeForm(label: NodeLabel): FormSpec {
  return {
    kind: "addNode",
    title: `Add ${/^[aeiou]/.test(nodeTypeWords[label]) ? "an" : "a"} ${nodeTypeWords[label]}`,
    fields: nodeFields(label),
    submitLabel: "Add to my changes",
  };
}

/** The same fields as adding, none required but the evidence: only what changes is sent. */
export function updateNodeForm(label: NodeLabel, name: string): FormSpec {
  const fields = nodeFields(label).map((f): FieldSpec => {
    if (f.name === "id") return { ...f, readOnly: true, required: false };
    if (f.name === "cite")
      return {
        ...f,
        required: true,
        label: "Evidence for the new values",
        hint: "What says the new values are right.",
      };
    return { ...f, required: false };
  });
  return { kind: "updateNode", title: `Change ${name}`, fields, submitLabel: "Add to my changes" };
}

/** A relationship from a node: its type (in the vocabulary's words), the other end, dates, role, evidence. */
export function addRelationshipForm(fromName: string): FormSpec {
  const typeOptions = relationshipTypes.map((type) => ({
    value: type,
    label: `${fromName} ${relationshipPhrase(type)} …`,
  }));
  return {
    kind: "addRelationship",
    title: `Add a relationship from ${fromName}`,
    fields: [
      { name: "type", label: "Relationship", widget: "select", required: true, options: typeOptions },
      {
        name: "to",
        label: "To",
        widget: "node",
        required: true,
        hint: "Type a name and choose, or pick the other end on the graph.",
      },
      named("validFrom", "date", false),
      named("validTo", "date", false),
      {
        name: "role",
        label: "Role",
        widget: "select",
        required: false,
        options: [{ value: "", label: "(none)" }, ...edgeRoles.map((r) => ({ value: enumValue(r), label: r }))],
      },
      { name: "staff", label: "Staff", widget: "number", required: false, hint: "For a transfer: how many staff." },
      named("cite", "cite", true),
    ],
    submitLabel: "Add to my changes",
  };
}

/** A new document to cite: its text (kept as a shipped source, its quotes checked) or its address. */
export function addSourceForm(): FormSpec {
  return {
    kind: "addSource",
    title: "Add a source",
    fields: [
      { name: "title", label: "Title", widget: "text", required: true },
      { ...named("id", "text", true), hint: "Lower-case letters, digits and hyphens; made from the title." },
      { name: "publisher", label: "Publisher", widget: "text", required: false },
      {
        name: "dated",
        label: "Dated",
        widget: "date",
        required: false,
        hint: "The document's own date, or its words.",
      },
      {
        name: "url",
        label: "Address (URL)",
        widget: "text",
        required: false,
        hint: "Where the document lives; give this or its text.",
      },
      {
        name: "text",
        label: "Text",
        widget: "textfile",
        required: false,
        hint: "Paste the document's text or choose a plain-text file: it is kept with the graph, and quotes of it are checked.",
      },
    ],
    submitLabel: "Add to my changes",
  };
}

export function endRelationshipForm(words: string): FormSpec {
  return {
    kind: "endRelationship",
    title: `End: ${words}`,
    fields: [
      { name: "on", label: "Ended on", widget: "date", required: true, hint: "The first day it no longer held." },
      { ...named("cite", "cite", true), hint: "What says it ended." },
    ],
    submitLabel: "Add to my changes",
  };
}

export function retractForm(words: string): FormSpec {
  return {
    kind: "retract",
    title: `Retract: ${words}`,
    fields: [
      {
        name: "why",
        label: "Why is it wrong?",
        widget: "textarea",
        required: true,
        hint: "History keeps the reason; a revert can bring it back.",
      },
    ],
    submitLabel: "Add to my changes",
  };
}

const isEmpty = (value: FieldValue) =>
  value === undefined ||
  value === "" ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === "object" && !Array.isArray(value) && !value.day && !value.text && !value.from && !value.to);

/** A form's date as the API's DateInput. */
function dateInput(value: DateValue): Record<string, string> {
  const out: Record<string, string> = {};
  if (value.day) out.day = value.day;
  if (value.text) out.text = value.text.trim();
  if (value.from) out.from = value.from;
  if (value.to) out.to = value.to;
  return out;
}

/** The non-empty values of a form, as the API's input fields. */
function inputOf(fields: readonly FieldSpec[], values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.readOnly || isEmpty(value)) continue;
    if (field.widget === "date") input[field.name] = dateInput(value as DateValue);
    else if (field.widget === "number") input[field.name] = Number(value);
    else if (field.widget === "list")
      input[field.name] = (value as string[]).map((v) => v.trim()).filter((v) => v !== "");
    else if (typeof value === "string") input[field.name] = value.trim();
    else input[field.name] = value;
  }
  return input;
}

export interface EditTarget {
  /** The node or relationship the edit is about (none when adding a node). */
  id?: string;
  label?: NodeLabel;
  /** An update's current values: only the fields that differ are sent. */
  current?: FormValues;
}

/** One entry of the change set: the ChangeInput sent, in words, and what the form said (to edit it again). */
export interface PendingChange {
  change: ChangeInput;
  /** "Add organisation “Bromley by Bow Centre”". */
  words: string;
  /** For a retraction: why, offered as the set's reason. */
  why?: string;
}

/** Whether a field's value is as it was: compared as sent (a date's empty parts, a list's blank lines left out). */
function same(field: FieldSpec, a: FieldValue, b: FieldValue): boolean {
  const sent = (value: FieldValue) => (isEmpty(value) ? null : inputOf([field], { [field.name]: value })[field.name]);
  return JSON.stringify(sent(a)) === JSON.stringify(sent(b));
}

/** The ChangeInput a filled form stands for (and its OpInput, for the schemas' check). */
export function changeOf(
  form: FormSpec,
  values: FormValues,
  target: EditTarget,
): { change: ChangeInput; op: OpInput | null; why?: string } {
  switch (form.kind) {
    case "addNode": {
      const node = inputOf(form.fields, values);
      const label = target.label ?? "Organisation";
      return {
        change: { addNode: { type: label, node } } as unknown as ChangeInput,
        op: ops.addNode(label, node),
      };
    }
    case "updateNode": {
      const changed = form.fields.filter(
        (f) => f.name !== "cite" && !f.readOnly && !same(f, values[f.name], target.current?.[f.name]),
      );
      // A field emptied is not sent: the API keeps it. Clearing a value is a retraction's business.
      const set = inputOf(changed, values);
      const cite = (values.cite as Citation[] | undefined) ?? [];
      const id = target.id ?? "";
      return {
        change: { updateNode: { id, set, cite } } as unknown as ChangeInput,
        op: ops.updateNode(id, set, cite),
      };
    }
    case "addRelationship": {
      const input = { ...inputOf(form.fields, values), from: target.id ?? "" };
      return { change: { addRelationship: input } as unknown as ChangeInput, op: ops.addRelationship(input) };
    }
    case "endRelationship": {
      const id = target.id ?? "";
      const on = isEmpty(values.on) ? undefined : dateInput(values.on as DateValue);
      const cite = (values.cite as Citation[] | undefined) ?? [];
      return {
        change: { endRelationship: { id, on, cite } } as unknown as ChangeInput,
        op: ops.endRelationship(id, on, cite),
      };
    }
    case "retract": {
      const why = typeof values.why === "string" ? values.why.trim() : "";
      return { change: { retract: { id: target.id ?? "" } } as ChangeInput, op: null, why };
    }
    case "addSource": {
      const input = inputOf(form.fields, values);
      // The text as given: quotes are checked against it character for character.
      if (typeof values.text === "string" && values.text.trim() !== "") input.text = values.text;
      return { change: { addSource: input } as unknown as ChangeInput, op: ops.addSource(input) };
    }
  }
}

/** A problem at one of a form's fields: `field` is the form's field name, or "" for the form as a whole. */
export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** The form field a problem's field path is about: `cite[0].quote` → `cite`, `set.name` → `name`. */
export function formField(form: FormSpec, path: string): string {
  const bare = path.replace(/^(input|set|node)\./, "");
  const top = bare.split(/[.[]/)[0] ?? "";
  return form.fields.some((f) => f.name === top) ? top : "";
}

/** What the form and the server's schemas say before anything is sent: required fields, then the schemas' words. */
export function checkForm(form: FormSpec, values: FormValues, target: EditTarget): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of form.fields)
    if (field.required && !field.readOnly && isEmpty(values[field.name]))
      problems.push({
        field: field.name,
        code: "BAD_USER_INPUT",
        message: field.widget === "cite" ? "choose at least one quote that says so" : `${field.label} is required`,
      });
  if (form.kind === "addSource" && isEmpty(values.url) && isEmpty(values.text))
    problems.push({ field: "text", code: "BAD_USER_INPUT", message: "give the document's text or its address (URL)" });
  const { op } = changeOf(form, values, target);
  if (op)
    for (const p of shapeProblems(op)) {
      const field = formField(form, p.field);
      // Said already, at a field: the schema's words for the whole record add nothing.
      if (field === "" && problems.length > 0) continue;
      if (!problems.some((q) => q.field === field && field !== ""))
        problems.push({ field, code: "SCHEMA_INVALID", message: p.message });
    }
  if (form.kind === "updateNode" && op?.op === "updateNode" && Object.keys(op.set as object).length === 0)
    problems.push({ field: "", code: "NOTHING_CHANGED", message: "nothing is changed: every value is as it was" });
  return problems;
}

/** The server's problems with change `entry` of a set, at the form's fields (`changes[2].addNode.node.cite[0]`). */
export function serverProblems(
  form: FormSpec,
  entry: number,
  problems: readonly { field?: string; code?: string; message?: string }[],
): FieldProblem[] {
  const prefix = new RegExp(`^changes\\[${entry}\\]\\.\\w+\\.`);
  return problems
    .filter((p) => prefix.test(p.field ?? ""))
    .map((p) => ({
      field: formField(form, (p.field ?? "").replace(prefix, "")),
      code: p.code ?? "BAD_USER_INPUT",
      message: p.message ?? "",
    }));
}

/** A slug for an id from a name: "Bromley by Bow Centre" → "bromley-by-bow-centre". */
export function slugOf(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** The change in words, for the change set's list. */
export function wordsOf(form: FormSpec, values: FormValues, ends?: { from: string; to?: string }): string {
  switch (form.kind) {
    case "addNode":
      return `${form.title} “${String(values.name ?? "")}”`;
    case "addSource":
      return `Add the source “${String(values.title ?? "")}”`;
    case "addRelationship": {
      const type = String(values.type ?? "") as RelationshipType;
      const phrase = relationshipTypes.includes(type) ? relationshipPhrase(type) : type;
      return `Add: ${ends?.from ?? ""} ${phrase} ${ends?.to ?? String(values.to ?? "")}`;
    }
    default:
      return form.title;
  }
}
