// The spreadsheet form of every record type (Kumu-style tables): which columns each table has, and
// the one mapping of a row to the record shape of the YAML files, so a CSV row is checked by the
// same schemas and rules and its problems are named by column.
//
//   validFrom, validFromLatest, validFromText    a date, or a range's start and end with the source's words
//   quote, source, quote2, source2 …             citations; an empty sourceN is the row's `source`
//   derivedFact, derivedRule (2 …)               facts the source implies, each with its rule
//   overrideRule, overrideReason (2 …)           relationships only: a rule it is exempt from, and why
//   role, properties.NAME                        relationships only: properties (a number stays a number,
//                                                true/false a boolean, a|b a list)
//   shortNames, aliases, scope                   lists, separated by |

import { closest } from "../../core/text/edit-distance.js";
import type { NodeLabel } from "../../core/vocabulary.js";

export const tableNames = [
  "organisations",
  "groups",
  "arrangements",
  "events",
  "services",
  "areas",
  "sites",
  "relationships",
  "figures",
] as const;
export type TableName = (typeof tableNames)[number];

interface TableSpec {
  /** The node label of a node table. */
  label?: NodeLabel;
  /** Columns copied to the field of the same name. */
  text: readonly string[];
  lists?: readonly string[];
  numbers?: readonly string[];
  /** Columns that go into `externalIds`. */
  externalIds?: readonly string[];
  dates?: boolean;
  derived?: boolean;
  overrides?: boolean;
  properties?: boolean;
  /** Columns the header must have. */
  required: readonly string[];
}

const node = (label: NodeLabel, extra: Partial<TableSpec> = {}): TableSpec => ({
  label,
  text: ["id", "name", "kind", "description", ...(extra.text ?? [])],
  lists: ["shortNames", "aliases", ...(extra.lists ?? [])],
  externalIds: extra.externalIds ?? [],
  dates: true,
  derived: true,
  required: ["id", "name", "kind", "quote", "source"],
});

export const tables: Record<TableName, TableSpec> = {
  organisations: node("Organisation", { externalIds: ["odsCode", "charityNumber"] }),
  groups: node("Group"),
  arrangements: node("Arrangement", { lists: ["scope"] }),
  events: node("Event", { text: ["legalBasis"] }),
  services: node("Service"),
  areas: node("Area"),
  sites: node("Site"),
  relationships: {
    text: ["id", "type", "from", "to"],
    dates: true,
    derived: true,
    overrides: true,
    properties: true,
    required: ["type", "from", "to", "quote", "source"],
  },
  figures: {
    text: ["id", "subject", "measure", "unit", "qualifier", "display", "asOf", "asOfText"],
    numbers: ["value"],
    required: ["id", "subject", "measure", "value", "unit", "display", "quote", "source"],
  },
};

/** A table's file: organisations.csv, or a part such as organisations-2.csv (to stay under the size limit). */
export const tableFile = new RegExp(`^(${tableNames.join("|")})(-[a-z0-9]+)?\\.csv$`);

export type Group = "cite" | "derived" | "overrides";
export type Role =
  | { kind: "text" | "list" | "number" | "external"; field: string }
  | { kind: "date"; field: "validFrom" | "validTo"; part: "from" | "to" | "text" }
  | { kind: "group"; group: Group; index: number; part: string }
  | { kind: "property"; name: string };

const groups: [RegExp, Group, (m: string) => string][] = [
  [/^(quote|source)(\d*)$/, "cite", (m) => m],
  [/^derived(Fact|Rule)(\d*)$/, "derived", (m) => m.toLowerCase()],
  [/^override(Rule|Reason)(\d*)$/, "overrides", (m) => m.toLowerCase()],
];

function roleOf(column: string, spec: TableSpec): Role | undefined {
  for (const kind of ["text", "list", "number", "external"] as const) {
    const names = { text: spec.text, list: spec.lists, number: spec.numbers, external: spec.externalIds }[kind];
    if (names?.includes(column)) return { kind, field: column };
  }
  const date = /^(validFrom|validTo)(Latest|Text)?$/.exec(column);
  if (date && spec.dates) {
    const part = date[2] === "Latest" ? "to" : date[2] === "Text" ? "text" : "from";
    return { kind: "date", field: date[1] as "validFrom" | "validTo", part };
  }
  for (const [pattern, group, part] of groups) {
    const m = pattern.exec(column);
    const allowed = group === "cite" || (group === "derived" ? spec.derived : spec.overrides);
    if (m && allowed)
      return { kind: "group", group, index: Math.max(1, Number(m[2] || 1)) - 1, part: part(m[1] ?? "") };
  }
  if (spec.properties && column === "role") return { kind: "property", name: "role" };
  const property = /^properties\.(.+)$/.exec(column);
  if (spec.properties && property) return { kind: "property", name: property[1] ?? "" };
  return undefined;
}

/** Every column a table knows, for messages about unknown ones. */
function knownColumns(spec: TableSpec): string[] {
  return [
    ...spec.text,
    ...(spec.lists ?? []),
    ...(spec.numbers ?? []),
    ...(spec.externalIds ?? []),
    ...(spec.dates ? ["validFrom", "validFromLatest", "validFromText", "validTo", "validToLatest", "validToText"] : []),
    "quote",
    "source",
    "quote2",
    "source2",
    ...(spec.derived ? ["derivedFact", "derivedRule"] : []),
    ...(spec.overrides ? ["overrideRule", "overrideReason"] : []),
    ...(spec.properties ? ["role", "properties.NAME"] : []),
  ];
}

const suffix = (index: number) => (index === 0 ? "" : String(index + 1));
/** The columns of item `index` of a group, by the item's field ("" for the item itself). */
const groupColumns: Record<Group, (index: number) => Record<string, string>> = {
  cite: (n) => ({ "": `quote${suffix(n)}`, quote: `quote${suffix(n)}`, source: `source${suffix(n)}` }),
  derived: (n) => ({ "": `derivedFact${suffix(n)}`, fact: `derivedFact${suffix(n)}`, rule: `derivedRule${suffix(n)}` }),
  overrides: (n) => ({
    "": `overrideRule${suffix(n)}`,
    rule: `overrideRule${suffix(n)}`,
    reason: `overrideReason${suffix(n)}`,
  }),
};
export const groupNames = ["cite", "derived", "overrides"] as const;

/** What each field of a record is called in the table, when item i of each group is the i-th numbered column. */
export function namesOf(
  header: readonly string[],
  roles: readonly (Role | undefined)[],
  indexes: Record<Group, number[]>,
) {
  const names: Record<string, string> = {};
  header.forEach((column, i) => {
    const role = roles[i];
    if (role?.kind === "external") names[`externalIds.${role.field}`] = column;
    else if (role?.kind === "property") names[`properties.${role.name}`] = column;
    else if (role?.kind === "date") {
      if (role.part === "from") names[role.field] = column;
      names[`${role.field}.${role.part}`] = column;
    }
  });
  for (const group of groupNames) {
    names[group] = groupColumns[group](indexes[group][0] ?? 0)[""] ?? group;
    indexes[group].forEach((index, i) => {
      for (const [part, column] of Object.entries(groupColumns[group](index)))
        names[part ? `${group}[${i}].${part}` : `${group}[${i}]`] = column;
    });
  }
  return names;
}

export interface Header {
  roles: (Role | undefined)[];
  problems: { column: string; message: string }[];
  /** Whether every column the table needs is there. */
  complete: boolean;
  /** Field names for a row whose numbered columns are filled from the first on (most rows). */
  fieldNames: Record<string, string>;
}

/** A table's header: its columns' roles, and what is wrong with it (unknown, repeated or missing columns). */
export function readHeader(table: TableName, header: readonly string[]): Header {
  const spec = tables[table];
  const roles: (Role | undefined)[] = [];
  const problems: Header["problems"] = [];
  const seen = new Set<string>();
  const indexes: Record<Group, Set<number>> = { cite: new Set(), derived: new Set(), overrides: new Set() };
  for (const column of header) {
    const role = roleOf(column, spec);
    roles.push(role);
    if (role?.kind === "group") indexes[role.group].add(role.index);
    if (column === "") problems.push({ column: "(header)", message: "a column has no name" });
    else if (seen.has(column)) problems.push({ column, message: `the column "${column}" appears twice` });
    else if (!role) {
      const near = closest(column, knownColumns(spec));
      problems.push({
        column,
        message: `unknown column "${column}"${near ? `; did you mean "${near}"?` : ""} (${table}*.csv has ${knownColumns(spec).join(", ")})`,
      });
    }
    seen.add(column);
  }
  const missing = spec.required.filter((column) => !seen.has(column));
  for (const column of missing) problems.push({ column, message: `the column "${column}" is missing` });
  const dense = (g: Group) => [...indexes[g]].sort((a, b) => a - b);
  const fieldNames = namesOf(header, roles, {
    cite: dense("cite"),
    derived: dense("derived"),
    overrides: dense("overrides"),
  });
  return { roles, problems, complete: missing.length === 0, fieldNames };
}
