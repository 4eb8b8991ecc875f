// The fields of each kind of record as its YAML file writes them, in the order the files use: what
// each field says (to compare a file's record with the graph's, field by field) and how it is
// written (relative to the file's defaultSource). A field is left out when it is empty or default.
import type { NodeLabel } from "../../core/vocabulary.js";
import type { Citation, Dated, SeedNode, SeedRelationship, SeedSource } from "../seed-graph.js";
import type { FieldStyle } from "./render-field.js";
import type { RecordKind, SeedRecord } from "./seed-layout.js";
import { Quoted, type Value, type ValueMap } from "./yaml-text.js";

export interface FieldSpec {
  key: string;
  /** What the field says, for comparing; undefined when it is left out. */
  says(record: SeedRecord): unknown;
  /** The field's value as written in a file whose plain-string quotes cite `defaultSource`. */
  write(record: SeedRecord, defaultSource: string): Value | undefined;
  /** How a new field is written; a changed one keeps the style it had. */
  style: FieldStyle;
  blockItems?: boolean;
}

const listed = <T>(items: T[]) => (items.length > 0 ? items : undefined);

export function datePoint(d: Dated | null): Value | undefined {
  if (d === null) return undefined;
  if (d.precision === "day" && d.date !== null) return d.date;
  const point: ValueMap = {};
  if (d.date !== null) point.from = d.date;
  if (d.latest !== null) point.to = d.latest;
  point.text = d.text ?? "";
  return point;
}

export function citeValue(citations: readonly Citation[], defaultSource: string): Value {
  return citations.map((c) =>
    c.source === defaultSource ? new Quoted(c.quote) : { source: c.source, quote: new Quoted(c.quote) },
  );
}

/** A field that says and writes the same thing: text, a list of text. */
function plain(key: string, get: (r: never) => Value | null | undefined, style: FieldStyle = "scalar"): FieldSpec {
  const says = (r: SeedRecord) => {
    const value = get(r as never);
    return value === null || (Array.isArray(value) && value.length === 0) ? undefined : value;
  };
  return { key, says, write: (r) => says(r), style };
}

const dates = (key: "validFrom" | "validTo"): FieldSpec => ({
  key,
  says: (r) => (r as SeedNode)[key] ?? undefined,
  write: (r) => datePoint((r as SeedNode)[key]),
  style: "flow",
});
const cite: FieldSpec = {
  key: "cite",
  says: (r) => (r as SeedNode).citations,
  write: (r, defaultSource) => citeValue((r as SeedNode).citations, defaultSource),
  style: "block",
};
const derived: FieldSpec = {
  key: "derived",
  says: (r) => listed((r as SeedNode).derived),
  write: (r) => listed((r as SeedNode).derived.map((d) => ({ fact: d.fact, rule: d.rule }))),
  style: "block",
  blockItems: true,
};

const extra = (r: SeedNode, key: string) => r.extra[key];
const externalIds: FieldSpec = {
  key: "externalIds",
  says: (r) => {
    const ids: ValueMap = {};
    for (const key of ["odsCode", "charityNumber"]) {
      const value = extra(r as SeedNode, key);
      if (value !== undefined) ids[key] = value;
    }
    return Object.keys(ids).length > 0 ? ids : undefined;
  },
  write: (r) => externalIds.says(r) as ValueMap | undefined,
  style: "flow",
};

const nodeFields = (label: NodeLabel): FieldSpec[] => [
  plain("id", (r: SeedNode) => r.id),
  plain("name", (r: SeedNode) => r.name),
  plain("kind", (r: SeedNode) => r.kind),
  plain("shortNames", (r: SeedNode) => r.shortNames, "flow"),
  plain("aliases", (r: SeedNode) => r.aliases, "flow"),
  ...(label === "Organisation" ? [externalIds] : []),
  plain("description", (r: SeedNode) => r.description, "prose"),
  ...(label === "Arrangement" ? [plain("scope", (r: SeedNode) => extra(r, "scope"), "block")] : []),
  ...(label === "Event" ? [plain("legalBasis", (r: SeedNode) => extra(r, "legalBasis"))] : []),
  dates("validFrom"),
  dates("validTo"),
  cite,
  derived,
];

const defaultId = (r: SeedRelationship) => `${r.type}:${r.from}->${r.to}`;
const relationshipFields: FieldSpec[] = [
  {
    key: "id",
    says: (r) => r.id,
    write: (r) => (r.id === defaultId(r as SeedRelationship) ? undefined : r.id),
    style: "scalar",
  },
  plain("type", (r: SeedRelationship) => r.type),
  plain("from", (r: SeedRelationship) => r.from),
  plain("to", (r: SeedRelationship) => r.to),
  dates("validFrom"),
  dates("validTo"),
  plain(
    "properties",
    (r: SeedRelationship) => (Object.keys(r.properties).length > 0 ? (r.properties as ValueMap) : undefined),
    "flow",
  ),
  cite,
  derived,
  {
    key: "overrides",
    says: (r) => listed((r as SeedRelationship).overrides),
    write: (r) => listed((r as SeedRelationship).overrides.map((o) => ({ rule: o.rule, reason: o.reason }))),
    style: "block",
    blockItems: true,
  },
];

const sourceFields: FieldSpec[] = [
  plain("id", (r: SeedSource) => r.id),
  plain("title", (r: SeedSource) => r.title),
  plain("file", (r: SeedSource) => r.file),
  plain("url", (r: SeedSource) => r.url),
  plain("publisher", (r: SeedSource) => r.publisher),
  {
    key: "dated",
    says: (r) => {
      const { datedFrom, datedText } = r as SeedSource;
      return datedFrom === null && datedText === null ? undefined : { from: datedFrom, text: datedText };
    },
    write: (r) => {
      const { datedFrom, datedText } = r as SeedSource;
      if (datedFrom === null && datedText === null) return undefined;
      return datedFrom === null ? { text: datedText ?? "" } : { from: datedFrom, text: datedText ?? "" };
    },
    style: "flow",
  },
];

/** The fields of a record of `kind`, in the files' order. */
export function fieldsOf(kind: RecordKind, record: SeedRecord): FieldSpec[] {
  if (kind === "node") return nodeFields((record as SeedNode).label);
  if (kind === "relationship") return relationshipFields;
  if (kind === "source") return sourceFields;
  throw new Error("figures are written to CSV only");
}
