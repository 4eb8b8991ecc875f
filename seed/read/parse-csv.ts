// Reading a CSV seed table: a header row, then one record a row. Lines starting with # are comments
// (the templates' examples), a row's line is the line it starts on, and syntax errors are told in
// plain words with a code frame. A row with the wrong number of cells is refused on its own.
import { basename } from "node:path";
import { parse } from "csv-parse/sync";
import { ErrorCode } from "../../core/errors/error-code.js";
import { codeFrame } from "./code-frame.js";
import { readText } from "./read-text.js";
import type { SeedProblem } from "./seed-files.js";

export interface CsvRow {
  cells: Record<string, string>;
  /** The line the row starts on (a quoted cell may run over several). */
  line: number;
}

export interface CsvTable {
  file: string;
  header: string[];
  headerLine: number;
  rows: CsvRow[];
  /** Ids (first cells) of rows refused for their shape, so references to them are not also reported. */
  refusedIds: string[];
}

interface Info {
  /** Lines read so far, comment and blank lines counted apart. */
  lines: number;
  comment_lines: number;
  empty_lines: number;
  error?: { code: string; record?: string[] };
}

/**
 * Where the quoted cell open at the start of line `until` (or at the end of the text) opened, if
 * one is: the quote to close.
 */
function openQuote(text: string, until = Number.POSITIVE_INFINITY): { line: number; column: number } | undefined {
  let inside = false;
  let opened = { line: 1, column: 1 };
  let line = 1;
  let column = 0;
  for (const ch of text) {
    column++;
    if (ch === '"') {
      if (!inside) opened = { line, column };
      inside = !inside;
    } else if (ch === "\n") {
      line++;
      column = 0;
      if (line === until) break;
    }
  }
  return inside ? opened : undefined;
}

const notClosed = 'a quoted cell opened here is never closed; add the closing "';

function plainCsvError(text: string, error: { code?: string; lines?: number; message: string }) {
  const line = error.lines ?? 1;
  const lineText = text.split(/\r?\n/)[line - 1] ?? "";
  const afterQuote = /"[^",\s]/.exec(lineText);
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return { ...(openQuote(text) ?? { line, column: 1 }), message: notClosed };
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE": {
      // A cell running on from an earlier line usually means that line's quote was left open.
      const earlier = openQuote(text, line);
      if (earlier && earlier.line < line)
        return { ...earlier, message: `${notClosed} (it runs on to line ${line}, where the next quote closes it)` };
      return {
        line,
        column: afterQuote ? afterQuote.index + 1 : 1,
        message: 'a quoted cell goes on after its closing quote; to put " inside a quoted cell, write it twice ("")',
      };
    }
    case "CSV_INVALID_OPENING_QUOTE":
      return {
        line,
        column: Math.max(1, lineText.indexOf('"') + 1),
        message: 'a " appears inside a cell that is not quoted; quote the whole cell and write the " twice ("")',
      };
    default:
      return { line, column: 1, message: `this is not valid CSV: ${error.message.replace(/^[^:]*: /, "")}` };
  }
}

export function readCsv(path: string, problems: SeedProblem[]): CsvTable | undefined {
  const file = basename(path);
  const text = readText(path, problems);
  if (text === undefined) return undefined;
  let header: string[] = [];
  let records: { record: Record<string, string>; info: Info }[];
  try {
    records = parse(text, {
      columns: (names: string[]) => {
        header = names;
        return names;
      },
      info: true,
      skip_empty_lines: true,
      trim: true,
      comment: "#",
      // Only whole lines are comments: "Item #3" in a cell stays as it is.
      comment_no_infix: true,
      relax_column_count: true,
    });
  } catch (error) {
    const spot = plainCsvError(text, error as { code?: string; lines?: number; message: string });
    problems.push({
      file,
      line: spot.line,
      field: "(csv)",
      code: ErrorCode.CsvInvalid,
      message: spot.message,
      frame: codeFrame(text, spot.line, spot.column),
    });
    return undefined;
  }
  const headerLine = Math.max(1, text.split("\n").findIndex((l) => l.trim() !== "" && !l.startsWith("#")) + 1);
  const rows: CsvRow[] = [];
  const refusedIds: string[] = [];
  // A row starts after the last one ended and the comment and blank lines since (a one-line header
  // first); counting is cheaper than asking csv-parse for each row's raw text.
  let ended = { lines: 1, comment_lines: 0, empty_lines: 0 };
  for (const { record, info } of records) {
    const line = ended.lines + 1 + (info.comment_lines - ended.comment_lines) + (info.empty_lines - ended.empty_lines);
    ended = info;
    if (info.error) {
      const cells = info.error.record ?? [];
      problems.push({
        file,
        line,
        field: "(csv)",
        code: ErrorCode.CsvInvalid,
        message: `this row has ${cells.length} cells but the header has ${header.length} columns; a cell holding a comma must be quoted`,
        frame: codeFrame(text, line, 1),
      });
      if (record.id) refusedIds.push(record.id);
      continue;
    }
    rows.push({ cells: record, line });
  }
  return { file, header, headerLine, rows, refusedIds };
}
