// A record as a row of its CSV table (read/csv-tables.ts read backwards): the cell of each column,
// by the column's name; empty cells are left out. A second quote's source is left empty when it is
// the first quote's (as the templates write it).
import type { Citation, Dated, SeedFigure, SeedNode, SeedRelationship } from "../seed-graph.js";
import type { RecordKind, SeedRecord } from "./seed-layout.js";

type Cells = Record<string, string>;

const suffix = (i: number) => (i === 0 ? "" : String(i + 1));
const list = (items: readonly string[]) => items.join("|");

function dateCells(cells: Cells, field: "validFrom" | "validTo", d: Dated | null) {
  if (d === null) return;
  if (d.date !== null) cells[field] = d.date;
  if (d.latest !== null) cells[`${field}Latest`] = d.latest;
  if (d.precision !== "day") cells[`${field}Text`] = d.text ?? "";
}

function citeCells(cells: Cells, citations: readonly Citation[]) {
  const first = citations[0]?.source;
  citations.forEach((c, i) => {
    cells[`quote${suffix(i)}`] = c.quote;
    cells[`source${suffix(i)}`] = i > 0 && c.source === first ? "" : c.source;
  });
}

function groupCells(cells: Cells, items: readonly object[], columns: [string, string][]) {
  items.forEach((item, i) => {
    for (const [column, field] of columns) cells[`${column}${suffix(i)}`] = String((item as Cells)[field] ?? "");
  });
}

/** A property's cell as the reader reads it back: a number, true/false, or a list (a|b, a one-item list a|). */
function propertyCell(value: string | number | boolean | string[]): string {
  if (!Array.isArray(value)) return String(value);
  return value.length === 1 ? `${value[0]}|` : value.length === 0 ? "|" : list(value);
}

function nodeCells(n: SeedNode): Cells {
  const cells: Cells = { id: n.id, name: n.name, kind: n.kind };
  if (n.shortNames.length > 0) cells.shortNames = list(n.shortNames);
  if (n.aliases.length > 0) cells.aliases = list(n.aliases);
  if (n.description !== null) cells.description = n.description;
  for (const [key, value] of Object.entries(n.extra)) cells[key] = Array.isArray(value) ? list(value) : value;
  dateCells(cells, "validFrom", n.validFrom);
  dateCells(cells, "validTo", n.validTo);
  citeCells(cells, n.citations);
  groupCells(cells, n.derived, [
    ["derivedFact", "fact"],
    ["derivedRule", "rule"],
  ]);
  return cells;
}

function relationshipCells(r: SeedRelationship, header: readonly string[]): Cells {
  const cells: Cells = { type: r.type, from: r.from, to: r.to };
  if (r.id !== `${r.type}:${r.from}->${r.to}`) cells.id = r.id;
  dateCells(cells, "validFrom", r.validFrom);
  dateCells(cells, "validTo", r.validTo);
  for (const [name, value] of Object.entries(r.properties)) {
    const column = name === "role" && !header.includes("properties.role") ? "role" : `properties.${name}`;
    cells[column] = propertyCell(value);
  }
  citeCells(cells, r.citations);
  groupCells(cells, r.derived, [
    ["derivedFact", "fact"],
    ["derivedRule", "rule"],
  ]);
  groupCells(cells, r.overrides, [
    ["overrideRule", "rule"],
    ["overrideReason", "reason"],
  ]);
  return cells;
}

function figureCells(f: SeedFigure): Cells {
  const cells: Cells = { id: f.id, subject: f.subject, measure: f.measure, value: String(f.value), unit: f.unit };
  if (f.qualifier !== null) cells.qualifier = f.qualifier;
  cells.display = f.display;
  if (f.asOf !== null) cells.asOf = f.asOf;
  if (f.asOfText !== null) cells.asOfText = f.asOfText;
  citeCells(cells, f.citations);
  return cells;
}

/** The cells of `record`'s row in a table with `header`. */
export function recordCells(kind: RecordKind, record: SeedRecord, header: readonly string[]): Cells {
  if (kind === "node") return nodeCells(record as SeedNode);
  if (kind === "relationship") return relationshipCells(record as SeedRelationship, header);
  if (kind === "figure") return figureCells(record as SeedFigure);
  throw new Error("sources are written to sources.yaml only");
}
