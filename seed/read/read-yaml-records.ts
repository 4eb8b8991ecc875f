// The records of a YAML seed file: its frame (defaultSource and the lists of records), then each
// record validated on its own, with the line of every field.
import type { z } from "zod";
import type { Where } from "../seed-graph.js";
import { emptyFile, validateAt, type YamlFile } from "./parse-yaml.js";
import type { SeedProblem } from "./seed-files.js";

export type Shape = z.ZodObject;
export const keysOf = (schema: Shape) => Object.keys(schema.shape);
const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * A records file's frame: its top-level fields, and its defaultSource ("" when it has none, whose
 * quotes then go unchecked). Undefined when none of its lists of records can be read.
 */
export function recordsFrame(yaml: YamlFile, frame: Shape, lists: readonly string[], problems: SeedProblem[]) {
  if (yaml.value === null || yaml.value === undefined) {
    problems.push(emptyFile(yaml.file));
    return undefined;
  }
  validateAt(yaml, frame, yaml.value, [], problems, keysOf(frame));
  const value = isObject(yaml.value) ? yaml.value : {};
  if (!lists.some((key) => Array.isArray(value[key]))) return undefined;
  return { value, defaultSource: typeof value.defaultSource === "string" ? value.defaultSource : "" };
}

/**
 * Each record of the list at `key` that fits `schema`, with where it is; the ids of those that do
 * not go to `refused`.
 */
export function yamlRecords<T>(
  yaml: YamlFile,
  list: unknown,
  key: (string | number)[],
  schema: Shape,
  problems: SeedProblem[],
  refused: Set<string>,
  each: (record: T, where: Where) => void,
): void {
  if (!Array.isArray(list)) return;
  list.forEach((item, i) => {
    const path = [...key, i];
    const record = validateAt(yaml, schema, item, path, problems, keysOf(schema));
    if (record === undefined) {
      if (isObject(item) && typeof item.id === "string") refused.add(item.id);
      return;
    }
    each(record as T, { file: yaml.file, line: yaml.lineOf(path), fieldLines: yaml.fieldLines(path) });
  });
}
