// Reading seed files: size limit, strict UTF-8, YAML/CSV parsing, and zod validation, each
// problem located by file, line and field.
import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { isNode, LineCounter, parseDocument, visit } from "yaml";
import type { z } from "zod";
import { ErrorCode } from "../../core/errors/error-code.js";
import { ThtError } from "../../core/errors/tht-error.js";

export interface SeedProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

/** Every problem found in the seed, so one run reports them all (SEED_INVALID). Nothing is written. */
export class SeedError extends ThtError {
  constructor(readonly problems: SeedProblem[]) {
    super(
      ErrorCode.SeedInvalid,
      `the seed has ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was written:\n${problems
        .map((p) => `  ${p.file}:${p.line} ${p.field}: ${p.message}`)
        .join("\n")}`,
    );
    this.name = "SeedError";
  }
}

/** Seed files are hand-edited text; anything this large is a mistake, not data. */
export const maxSeedFileBytes = 20 * 1024 * 1024;

/** Where a record came from, for messages about it after parsing. */
export type LineOf = (path: readonly PropertyKey[]) => number;

export interface Parsed<T> {
  data: T;
  lineOf: LineOf;
}

/** Reads a file as strict UTF-8; a problem names the first line with a bad byte sequence. */
export function readText(path: string, problems: SeedProblem[]): string | undefined {
  const file = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    problems.push({ file, line: 0, field: "(file)", message: "is missing" });
    return undefined;
  }
  if (size > maxSeedFileBytes) {
    problems.push({
      file,
      line: 0,
      field: "(file)",
      message: `is ${(size / 1024 / 1024).toFixed(1)} MB; seed files are limited to ${maxSeedFileBytes / 1024 / 1024} MB`,
    });
    return undefined;
  }
  const bytes = readFileSync(path);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    problems.push({
      file,
      line: firstBadUtf8Line(bytes),
      field: "(encoding)",
      message: "is not valid UTF-8; save the file as UTF-8",
    });
    return undefined;
  }
}

function firstBadUtf8Line(bytes: Buffer): number {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        decoder.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return line;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === "number" ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    "",
  );
}

/** Parses YAML and validates it against `schema`; problems carry the line of the offending node. */
export function parseYaml<T extends z.ZodType>(
  path: string,
  schema: T,
  problems: SeedProblem[],
): Parsed<z.output<T>> | undefined {
  const file = basename(path);
  const text = readText(path, problems);
  if (text === undefined) return undefined;
  const lineCounter = new LineCounter();
  // The core schema keeps 2016-04-01 a string; dates are checked by the zod schema.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: "core" });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.push({
        file,
        line: lineCounter.linePos(error.pos[0]).line,
        field: "(yaml)",
        message: error.message.split("\n")[0] ?? "",
      });
    }
    return undefined;
  }
  const lineOf: LineOf = (fieldPath) => {
    for (let depth = fieldPath.length; depth >= 0; depth--) {
      const node = doc.getIn(fieldPath.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  let value: unknown;
  try {
    // yaml refuses to expand more than 100 aliases ("billion laughs"); say where, as for any other problem.
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    let line = 1;
    visit(doc, {
      Alias(_, node) {
        if (node.range) line = lineCounter.linePos(node.range[0]).line;
        return visit.BREAK;
      },
    });
    problems.push({ file, line, field: "(yaml)", message: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({
        file,
        line: lineOf(issue.path),
        field: fieldName(issue.path) || "(file)",
        message: issue.message,
      });
    }
    return undefined;
  }
  return { data: result.data, lineOf };
}

/** Parses a CSV file with a header row; each row is validated against `row`. */
export function parseCsvRows<T extends z.ZodType>(
  path: string,
  row: T,
  problems: SeedProblem[],
): { rows: z.output<T>[]; lines: number[] } | undefined {
  const file = basename(path);
  const text = readText(path, problems);
  if (text === undefined) return undefined;
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parseCsv(text, { columns: true, info: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    problems.push({ file, line, field: "(csv)", message: (error as Error).message });
    return undefined;
  }
  const rows: z.output<T>[] = [];
  const lines: number[] = [];
  const before = problems.length;
  for (const { record, info } of records) {
    const result = row.safeParse(record);
    if (result.success) {
      rows.push(result.data);
      lines.push(info.lines);
    } else {
      for (const issue of result.error.issues) {
        problems.push({ file, line: info.lines, field: fieldName(issue.path) || "(row)", message: issue.message });
      }
    }
  }
  return problems.length === before ? { rows, lines } : undefined;
}
