// A CSV seed table edited to hold the graph's records: kept rows keep their text, a changed row
// keeps the text of every cell that still says the same, a removed row goes, new rows are added at
// the end. A record needing a column the table lacks adds it to the header (and an empty cell to
// every row). Rows are found as read/parse-csv.ts reads them: # lines are comments, blank lines skipped.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "csv-stringify/sync";
import type { TableName } from "../read/csv-tables.js";
import { tables } from "../read/csv-tables.js";
import { seedRoot } from "../seed-dirs.js";
import { applyEdits, type TextEdit } from "./apply-edits.js";
import type { Entry } from "./match-records.js";
import { recordCells } from "./record-cells.js";
import { sameRecord } from "./same-content.js";
import type { RecordKind, SeedRecord } from "./seed-layout.js";

interface Row {
  line: number;
  start: number;
  end: number;
  /** Each cell's text as written (quotes and spaces included). */
  cells: string[];
}

/** The header and the rows of a table's text, each with where it is. */
export function scanCsv(text: string): { header: Row | undefined; rows: Row[] } {
  const rows: Row[] = [];
  let at = 0;
  let line = 1;
  while (at < text.length) {
    const next = text.indexOf("\n", at);
    const lineEnd = next === -1 ? text.length : next;
    const first = text.slice(at, lineEnd);
    if (first.trim() === "" || first.startsWith("#")) {
      at = lineEnd + 1;
      line++;
      continue;
    }
    const row: Row = { line, start: at, end: at, cells: [] };
    for (;;) {
      const cellStart = at;
      let quoted = false;
      while (at < text.length && !(!quoted && /[,\r\n]/.test(text[at] ?? ""))) {
        if (text[at] === '"') quoted = !quoted;
        else if (text[at] === "\n") line++;
        at++;
      }
      row.cells.push(text.slice(cellStart, at));
      if (text[at] !== ",") break;
      at++;
    }
    row.end = at;
    if (text[at] === "\r") at++;
    at++;
    line++;
    rows.push(row);
  }
  return { header: rows[0], rows: rows.slice(1) };
}

/** A cell's value as the reader has it: trimmed, unquoted. */
export function cellValue(raw: string): string {
  const cell = raw.trim();
  return cell.startsWith('"') && cell.endsWith('"') && cell.length > 1 ? cell.slice(1, -1).replace(/""/g, '"') : cell;
}

// A cell starting with # would make its row a comment; spaces at either end would be trimmed.
const cellText = (value: string) => stringify([[value]], { eof: false, quoted_match: [/^#/, /^\s/, /\s$/] });

export interface CsvEdit {
  text: string | undefined;
  table: TableName;
  kind: RecordKind;
  entries: readonly Entry[];
  added: readonly SeedRecord[];
  /** Rows to write whole, every cell anew. */
  whole: ReadonlySet<SeedRecord>;
}

/** A new table's columns: its template's (seed/templates), else the ones it must have. */
function defaultHeader(table: TableName): string[] {
  const template = join(seedRoot, "templates", `${table}-template.csv`);
  if (!existsSync(template)) return [...tables[table].required];
  return (scanCsv(readFileSync(template, "utf8")).header?.cells ?? []).map(cellValue);
}

export function editCsv({ text = "", table, kind, entries, added, whole }: CsvEdit): string {
  const { header: headerRow, rows } = scanCsv(text);
  if (rows.length !== entries.length)
    throw new Error(`${table}: ${rows.length} rows in the text, ${entries.length} read`);
  const header = headerRow ? headerRow.cells.map(cellValue) : defaultHeader(table);
  const columns = [...header];
  const cellsOf = (record: SeedRecord) => {
    const cells = recordCells(kind, record, header);
    for (const [column, value] of Object.entries(cells))
      if (value !== "" && !columns.includes(column)) columns.push(column);
    return cells;
  };
  const changed = entries.map((e) =>
    e.desired && !sameRecord(e.existing, e.desired) ? cellsOf(e.desired) : undefined,
  );
  const newRows = added.map(cellsOf);
  const widen = ",".repeat(columns.length - header.length);
  const rowText = (cells: Record<string, string>, written?: Row, anew?: boolean) =>
    columns
      .map((column, i) => {
        const value = cells[column] ?? "";
        const raw = written?.cells[i];
        return raw !== undefined && !anew && cellValue(raw) === value ? raw : cellText(value);
      })
      .join(",");
  if (!headerRow) return [columns.join(","), ...newRows.map((c) => rowText(c)), ""].join("\n");
  const edits: TextEdit[] = [];
  if (widen)
    edits.push({ start: headerRow.end, end: headerRow.end, text: `,${columns.slice(header.length).join(",")}` });
  rows.forEach((row, i) => {
    const entry = entries[i];
    const cells = changed[i];
    if (!entry?.desired) {
      const end = text.indexOf("\n", row.end);
      edits.push({ start: row.start, end: end === -1 ? text.length : end + 1, text: "" });
    } else if (cells)
      edits.push({ start: row.start, end: row.end, text: rowText(cells, row, whole.has(entry.desired)) });
    else if (widen) edits.push({ start: row.end, end: row.end, text: widen });
  });
  if (newRows.length > 0) {
    const lead = text === "" || text.endsWith("\n") ? "" : "\n";
    edits.push({ start: text.length, end: text.length, text: `${lead}${newRows.map((c) => rowText(c)).join("\n")}\n` });
  }
  return applyEdits(text, edits);
}
