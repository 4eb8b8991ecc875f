// The records of a CSV seed table: the header checked once, then each row mapped to the YAML
// record shape and validated by the same schema, its problems named by the row's line and column.
import { basename } from "node:path";
import { ErrorCode } from "../../core/errors/error-code.js";
import { fieldName, nearest } from "../../core/text/field-path.js";
import { fieldIssues } from "../../core/text/zod-problems.js";
import type { Where } from "../seed-graph.js";
import { readHeader, type TableName } from "./csv-tables.js";
import { readCsv } from "./parse-csv.js";
import { keysOf, type Shape } from "./read-yaml-records.js";
import { rowToRecord } from "./row-to-record.js";
import type { SeedProblem } from "./seed-files.js";

/**
 * Each row of the table at `path` that fits `schema`, with where it is; the ids of rows that do
 * not go to `refused`. False when the file cannot be read as CSV at all.
 */
export function csvRecords<T>(
  path: string,
  table: TableName,
  schema: Shape,
  problems: SeedProblem[],
  refused: Set<string>,
  each: (record: T, where: Where) => void,
): boolean {
  const file = basename(path);
  const csv = readCsv(path, problems);
  if (!csv) return false;
  for (const id of csv.refusedIds) refused.add(id);
  const header = readHeader(table, csv.header);
  for (const p of header.problems) {
    problems.push({ file, line: csv.headerLine, field: p.column, code: ErrorCode.SchemaInvalid, message: p.message });
  }
  for (const row of csv.rows) {
    // A missing column is said once, at the header, not again for every row.
    if (!header.complete) {
      if (row.cells.id) refused.add(row.cells.id);
      continue;
    }
    // fieldNames is the header's, shared by every row but those with gaps in numbered columns.
    const { record, fieldNames } = rowToRecord(csv.header, header, row.cells);
    const result = schema.safeParse(record);
    if (result.success) {
      each(result.data as T, { file, line: row.line, fieldNames });
      continue;
    }
    for (const issue of fieldIssues(result.error, record, keysOf(schema))) {
      const field = fieldName(issue.path);
      problems.push({
        file,
        line: row.line,
        field: nearest(fieldNames, field) ?? (field || "(row)"),
        code: ErrorCode.SchemaInvalid,
        message: issue.message,
      });
    }
    if (row.cells.id) refused.add(row.cells.id);
  }
  return true;
}
