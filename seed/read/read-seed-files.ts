// The read stage: every file of a seed directory parsed, and every record checked for shape (zod
// schemas) on its own, so one bad record costs only itself. Records keep the file, line and field
// lines they come from. Ids of records that could not be read are returned too: the checks across
// records (check/check-seed.ts) then do not call references to them unknown.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import { ErrorCode } from "../../core/errors/error-code.js";
import type { NodeLabel } from "../../core/vocabulary.js";
import type { SeedDirs } from "../seed-dirs.js";
import type { SeedGraph, SeedNode, SeedSource, Unchecked, Where } from "../seed-graph.js";
import { closest } from "../text/edit-distance.js";
import { fieldName, nearest } from "../text/field-path.js";
import { readHeader, rowToRecord, type TableName, tableFile, tables } from "./csv-tables.js";
import { isIgnoredFile } from "./ignored-files.js";
import { readCsv } from "./parse-csv.js";
import { emptyFile, readYaml, validateAt, type YamlFile } from "./parse-yaml.js";
import { readText } from "./read-text.js";
import {
  areaRecord,
  arrangementRecord,
  eventRecord,
  type FigureRecord,
  figureRecord,
  groupRecord,
  type NodeRecord,
  organisationRecord,
  placesFile,
  type RelationshipRecord,
  recordFile,
  relationshipRecord,
  serviceRecord,
  siteRecord,
  sourceRecord,
  sourcesFile,
} from "./records.js";
import { maxSeedFileBytes, type SeedProblem } from "./seed-files.js";
import { toFigure, toNode, toRelationship, toSource } from "./to-records.js";
import { fieldIssues } from "./zod-problems.js";

export interface SeedRead {
  graph: SeedGraph;
  problems: SeedProblem[];
  unchecked: Unchecked;
}

type Shape = z.ZodObject;
const nodeFiles: { file: string; label: NodeLabel; schema: Shape }[] = [
  { file: "organisations.yaml", label: "Organisation", schema: organisationRecord },
  { file: "groups.yaml", label: "Group", schema: groupRecord },
  { file: "arrangements.yaml", label: "Arrangement", schema: arrangementRecord },
  { file: "events.yaml", label: "Event", schema: eventRecord },
  { file: "services.yaml", label: "Service", schema: serviceRecord },
];
const nodeSchemas: Record<NodeLabel, Shape> = {
  Organisation: organisationRecord,
  Group: groupRecord,
  Arrangement: arrangementRecord,
  Event: eventRecord,
  Service: serviceRecord,
  Area: areaRecord,
  Site: siteRecord,
};
const knownFiles = ["sources.yaml", ...nodeFiles.map((f) => f.file), "places.yaml", "relationships.yaml"];

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);
const keysOf = (schema: Shape) => Object.keys(schema.shape);

/**
 * Ids written in a file that could not be parsed at all (`id: …` lines, or a CSV row's first
 * cell), so a syntax error does not make every reference to its records unknown. False when none
 * can be made out.
 */
function harvestIds(path: string, into: Set<string>): boolean {
  if (!existsSync(path) || statSync(path).size > maxSeedFileBytes) return false;
  const text = new TextDecoder("utf-8").decode(readFileSync(path));
  const pattern = path.endsWith(".csv")
    ? /^"?([a-z0-9][a-z0-9-]*)"?,/gm
    : /^[\s-]*\{?\s*id:\s*["']?([a-z0-9][a-z0-9-]*)/gm;
  const before = into.size;
  for (const m of text.matchAll(pattern)) if (m[1]) into.add(m[1]);
  return into.size > before;
}

export function readSeedFiles(dirs: SeedDirs): SeedRead {
  const problems: SeedProblem[] = [];
  const uncheckedNodes = new Set<string>();
  const uncheckedSources = new Set<string>();
  let everyNode = false;
  let everySource = false;
  const unreadableNodes = (path: string) => {
    if (!harvestIds(path, uncheckedNodes)) everyNode = true;
  };
  const at = (name: string) => join(dirs.data, name);
  const names = existsSync(dirs.data) ? readdirSync(dirs.data).filter((name) => !isIgnoredFile(name)) : [];

  for (const name of names) {
    if (knownFiles.includes(name) || tableFile.test(name)) continue;
    const near = closest(name, [...knownFiles, ...Object.keys(tables).map((t) => `${t}.csv`)]);
    problems.push({
      file: name,
      line: 0,
      field: "(file)",
      code: ErrorCode.UnknownFile,
      message: `is not a seed file${near ? `; did you mean ${near}?` : ""} (seed/data holds ${knownFiles.join(", ")}, and tables named after their records: ${Object.keys(tables).join(", ")}, as NAME.csv or NAME-PART.csv)`,
    });
  }

  /** The validated records of a YAML list at `key`, each with where it is. */
  const yamlRecords = <T>(
    yaml: YamlFile,
    list: unknown,
    key: (string | number)[],
    schema: Shape,
    unchecked: Set<string>,
    each: (record: T, where: Where) => void,
  ) => {
    if (!Array.isArray(list)) return;
    list.forEach((item, i) => {
      const path = [...key, i];
      const record = validateAt(yaml, schema, item, path, problems, keysOf(schema));
      if (record === undefined) {
        if (isObject(item) && typeof item.id === "string") unchecked.add(item.id);
        return;
      }
      each(record as T, { file: yaml.file, line: yaml.lineOf(path), fieldLines: yaml.fieldLines(path) });
    });
  };
  /**
   * A records file's frame: its defaultSource (or "" when it has none, so its quotes go unchecked).
   * Undefined when its lists of records cannot be read at all.
   */
  const framed = (yaml: YamlFile, frame: Shape, lists: string[]) => {
    if (yaml.value === null || yaml.value === undefined) {
      problems.push(emptyFile(yaml.file));
      return undefined;
    }
    validateAt(yaml, frame, yaml.value, [], problems, keysOf(frame));
    const value = isObject(yaml.value) ? yaml.value : {};
    if (!lists.some((key) => Array.isArray(value[key]))) return undefined;
    const defaultSource = typeof value.defaultSource === "string" ? value.defaultSource : "";
    if (defaultSource === "") uncheckedSources.add("");
    return { value, defaultSource };
  };

  // Sources, with the text of every shipped document.
  const sources: SeedSource[] = [];
  const sourcesYaml = readYaml(at("sources.yaml"), problems);
  if (!sourcesYaml) everySource = !harvestIds(at("sources.yaml"), uncheckedSources);
  else if (sourcesYaml.value === null || sourcesYaml.value === undefined) {
    problems.push(emptyFile("sources.yaml"));
    everySource = true;
  } else if (validateAt(sourcesYaml, sourcesFile, sourcesYaml.value, [], problems)) {
    const srcSchema = sourceRecord as unknown as Shape;
    yamlRecords<z.output<typeof sourceRecord>>(
      sourcesYaml,
      sourcesYaml.value,
      [],
      srcSchema,
      uncheckedSources,
      (s, where) => {
        let text: string | null = null;
        if (s.file && !existsSync(join(dirs.sources, s.file))) {
          problems.push({
            file: "sources.yaml",
            line: where.fieldLines?.file ?? where.line,
            field: "file",
            code: ErrorCode.FileMissing,
            message: `${s.file} is not in seed/sources/`,
          });
          uncheckedSources.add(s.id);
        } else if (s.file) {
          text = readText(join(dirs.sources, s.file), problems) ?? null;
          if (text === null) uncheckedSources.add(s.id);
        }
        sources.push(toSource(s, text, where));
      },
    );
  }

  const nodes: SeedNode[] = [];
  for (const { file, label, schema } of nodeFiles) {
    if (!existsSync(at(file))) continue;
    const yaml = readYaml(at(file), problems);
    const frame = yaml && framed(yaml, recordFile, ["records"]);
    if (!yaml || !frame) {
      unreadableNodes(at(file));
      continue;
    }
    yamlRecords<NodeRecord>(yaml, frame.value.records, ["records"], schema, uncheckedNodes, (r, where) =>
      nodes.push(toNode(label, r, frame.defaultSource, where)),
    );
  }
  if (existsSync(at("places.yaml"))) {
    const yaml = readYaml(at("places.yaml"), problems);
    const frame = yaml && framed(yaml, placesFile, ["areas", "sites"]);
    if (!yaml || !frame) unreadableNodes(at("places.yaml"));
    else {
      for (const [key, label] of [
        ["areas", "Area"],
        ["sites", "Site"],
      ] as const) {
        yamlRecords<NodeRecord>(yaml, frame.value[key], [key], nodeSchemas[label], uncheckedNodes, (r, where) =>
          nodes.push(toNode(label, r, frame.defaultSource, where)),
        );
      }
    }
  }

  const relationships: SeedGraph["relationships"] = [];
  if (existsSync(at("relationships.yaml"))) {
    const yaml = readYaml(at("relationships.yaml"), problems);
    const frame = yaml && framed(yaml, recordFile, ["records"]);
    if (yaml && frame) {
      yamlRecords<RelationshipRecord>(
        yaml,
        frame.value.records,
        ["records"],
        relationshipRecord,
        new Set(),
        (r, where) => relationships.push(toRelationship(r, frame.defaultSource, where)),
      );
    }
  }

  const figures: SeedGraph["figures"] = [];
  const tableFiles = (table: TableName) => names.filter((name) => tableFile.exec(name)?.[1] === table).sort();
  const readTable = <T>(table: TableName, schema: Shape, each: (record: T, where: Where) => void) => {
    for (const file of tableFiles(table)) {
      const csv = readCsv(at(file), problems);
      const refused = tables[table].label ? uncheckedNodes : new Set<string>();
      if (!csv) {
        if (tables[table].label) unreadableNodes(at(file));
        continue;
      }
      for (const id of csv.refusedIds) refused.add(id);
      const header = readHeader(table, csv.header);
      for (const p of header.problems) {
        problems.push({
          file,
          line: csv.headerLine,
          field: p.column,
          code: ErrorCode.SchemaInvalid,
          message: p.message,
        });
      }
      for (const row of csv.rows) {
        if (!header.complete) {
          if (row.cells.id) refused.add(row.cells.id);
          continue;
        }
        // fieldNames is the header's, shared by every row but those with gaps in numbered columns.
        const { record, fieldNames } = rowToRecord(csv.header, header, row.cells);
        const result = schema.safeParse(record);
        if (!result.success) {
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
          continue;
        }
        each(result.data as T, { file, line: row.line, fieldNames });
      }
    }
  };
  for (const table of ["organisations", "groups", "arrangements", "events", "services", "areas", "sites"] as const) {
    const label = tables[table].label as NodeLabel;
    readTable<NodeRecord>(table, nodeSchemas[label], (r, where) => nodes.push(toNode(label, r, "", where)));
  }
  readTable<RelationshipRecord>("relationships", relationshipRecord, (r, where) =>
    relationships.push(toRelationship(r, "", where)),
  );
  readTable<FigureRecord>("figures", figureRecord, (f, where) => figures.push(toFigure(f, "", where)));

  return {
    graph: { sources, nodes, relationships, figures },
    problems,
    unchecked: { nodes: uncheckedNodes, sources: uncheckedSources, everyNode, everySource },
  };
}
