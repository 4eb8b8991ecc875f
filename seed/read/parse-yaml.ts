// Reading a YAML seed file: the text parsed with the core schema (2016-04-01 stays a string; dates
// are the schemas' business), syntax errors in plain words with a code frame, and the line of any
// field, so every later problem can point at the field's own line.
import { basename } from "node:path";
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument, visit } from "yaml";
import type { z } from "zod";
import { ErrorCode } from "../../core/errors/error-code.js";
import { fieldName } from "../../core/text/field-path.js";
import { fieldIssues } from "../../core/text/zod-problems.js";
import { codeFrame } from "./code-frame.js";
import { readText } from "./read-text.js";
import type { SeedProblem } from "./seed-files.js";
import { yamlSpot } from "./yaml-messages.js";

export interface YamlFile {
  file: string;
  value: unknown;
  /** The line of the field at `path` (its key's line), or of its nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number;
  /** The line of every field inside the node at `path`, by its path relative to that node. */
  fieldLines(path: readonly PropertyKey[], depth?: number): Record<string, number>;
}

/** Nested fields deeper than this share their parent's line (cite[0].source is as deep as it goes). */
const fieldDepth = 3;

export function readYaml(path: string, problems: SeedProblem[]): YamlFile | undefined {
  const file = basename(path);
  const text = readText(path, problems);
  if (text === undefined) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: "core" });
  if (doc.errors.length > 0) {
    // After a syntax error the parser's further complaints mostly follow from it: the first is the
    // one to fix. Repeated keys are the exception, each its own mistake in a readable file.
    const independent = doc.errors.every((e) => e.code === "DUPLICATE_KEY");
    for (const error of independent ? doc.errors : doc.errors.slice(0, 1)) {
      const spot = yamlSpot(text, error, lineCounter);
      problems.push({
        file,
        line: spot.line,
        field: "(yaml)",
        code: ErrorCode.YamlInvalid,
        message: spot.message,
        frame: codeFrame(text, spot.line, spot.column),
      });
    }
    return undefined;
  }
  const line = (node: unknown) => (isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined);
  const lineOf = (fieldPath: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let found = line(node) ?? 1;
    for (const key of fieldPath) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        if (!pair) break;
        found = line(pair.key) ?? found;
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number" && node.items[key] !== undefined) {
        node = node.items[key];
        found = line(node) ?? found;
      } else break;
    }
    return found;
  };
  const fieldLines = (at: readonly PropertyKey[], maxDepth = fieldDepth) => {
    const lines: Record<string, number> = {};
    const walk = (node: unknown, prefix: string, depth: number) => {
      if (depth > maxDepth) return;
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isScalar(pair.key)) continue;
          const name = prefix ? `${prefix}.${String(pair.key.value)}` : String(pair.key.value);
          const l = line(pair.key);
          if (l !== undefined) lines[name] = l;
          walk(pair.value, name, depth + 1);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, i) => {
          const name = `${prefix}[${i}]`;
          const l = line(item);
          if (l !== undefined) lines[name] = l;
          walk(item, name, depth + 1);
        });
      }
    };
    walk(doc.getIn(at as unknown[], true) as Node | undefined, "", 0);
    return lines;
  };
  try {
    // yaml refuses to expand more than 100 aliases ("billion laughs"); say where, as for any other problem.
    return { file, value: doc.toJS({ maxAliasCount: 100 }), lineOf, fieldLines };
  } catch (error) {
    let spot = { line: 1, col: 1 };
    visit(doc, {
      Alias(_, node) {
        if (node.range) spot = lineCounter.linePos(node.range[0]);
        return visit.BREAK;
      },
    });
    const tooMany = error instanceof Error && /alias/i.test(error.message);
    problems.push({
      file,
      line: spot.line,
      field: "(yaml)",
      code: ErrorCode.YamlInvalid,
      message: tooMany
        ? "the aliases (*name) here expand to more than 100 copies of their anchors; write the values out instead"
        : `this alias cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      frame: codeFrame(text, spot.line, spot.col),
    });
    return undefined;
  }
}

/** Validates `value` (the node at `base`) against `schema`; problems name fields relative to `base`. */
export function validateAt<T extends z.ZodType>(
  yaml: YamlFile,
  schema: T,
  value: unknown,
  base: readonly PropertyKey[],
  problems: SeedProblem[],
  fields: readonly string[] = [],
): z.output<T> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of fieldIssues(result.error, value, fields)) {
    problems.push({
      file: yaml.file,
      line: yaml.lineOf([...base, ...issue.path]),
      field: fieldName(issue.path) || (base.length === 0 ? "(file)" : "(record)"),
      code: ErrorCode.SchemaInvalid,
      message: issue.message,
    });
  }
  return undefined;
}

/** A whole YAML file validated against `schema` (a story): problems name fields from the top. */
export function parseYaml<T extends z.ZodType>(
  path: string,
  schema: T,
  problems: SeedProblem[],
): z.output<T> | undefined {
  const yaml = readYaml(path, problems);
  if (!yaml) return undefined;
  if (yaml.value === null || yaml.value === undefined) {
    problems.push(emptyFile(yaml.file));
    return undefined;
  }
  return validateAt(yaml, schema, yaml.value, [], problems);
}

export function emptyFile(file: string): SeedProblem {
  return { file, line: 1, field: "(file)", code: ErrorCode.SchemaInvalid, message: "is empty" };
}
