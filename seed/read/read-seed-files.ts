// The read stage: every file of a seed directory parsed, and every record checked for shape (zod
// schemas) on its own, so one bad record costs only itself. Records keep the file, line and field
// lines they come from. Ids of records that could not be read are returned too: the checks across
// records (check/check-seed.ts) then do not call references to them unknown.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ErrorCode } from "../../core/errors/error-code.js";
import {
  type FigureRecord,
  figureRecord,
  type NodeRecord,
  nodeRecordSchemas,
  placesFile,
  type RelationshipRecord,
  recordFile,
  relationshipRecord,
  type SourceRecord,
  sourceRecord,
  sourcesFile,
} from "../../core/records.js";
import { closest } from "../../core/text/edit-distance.js";
import type { NodeLabel } from "../../core/vocabulary.js";
import type { SeedDirs } from "../seed-dirs.js";
import type { SeedGraph, SeedNode, SeedSource, Unchecked } from "../seed-graph.js";
import { type TableName, tableFile, tables } from "./csv-tables.js";
import { harvestIds } from "./harvest-ids.js";
import { isIgnoredFile } from "./ignored-files.js";
import { emptyFile, readYaml, validateAt, type YamlFile } from "./parse-yaml.js";
import { csvRecords } from "./read-csv-records.js";
import { readText } from "./read-text.js";
import { recordsFrame, type Shape, yamlRecords } from "./read-yaml-records.js";
import type { SeedProblem } from "./seed-files.js";
import { toFigure, toNode, toRelationship, toSource } from "./to-records.js";

export interface SeedRead {
  graph: SeedGraph;
  problems: SeedProblem[];
  unchecked: Unchecked;
}

const nodeFiles: { file: string; label: NodeLabel }[] = [
  { file: "organisations.yaml", label: "Organisation" },
  { file: "groups.yaml", label: "Group" },
  { file: "arrangements.yaml", label: "Arrangement" },
  { file: "events.yaml", label: "Event" },
  { file: "services.yaml", label: "Service" },
];
const nodeSchemas = nodeRecordSchemas;
const knownFiles = ["sources.yaml", ...nodeFiles.map((f) => f.file), "places.yaml", "relationships.yaml"];
const nodeTables = ["organisations", "groups", "arrangements", "events", "services", "areas", "sites"] as const;

export function readSeedFiles(dirs: SeedDirs): SeedRead {
  const problems: SeedProblem[] = [];
  const uncheckedNodes = new Set<string>();
  const uncheckedSources = new Set<string>();
  let everyNode = false;
  let everySource = false;
  /** A file of nodes that cannot be read: its ids as far as they can be made out, else all unknown. */
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

  // Sources, with the text of every shipped document.
  const sources: SeedSource[] = [];
  const sourcesYaml = readYaml(at("sources.yaml"), problems);
  if (!sourcesYaml) everySource = !harvestIds(at("sources.yaml"), uncheckedSources);
  else if (sourcesYaml.value === null || sourcesYaml.value === undefined) {
    problems.push(emptyFile("sources.yaml"));
    everySource = true;
  } else if (validateAt(sourcesYaml, sourcesFile, sourcesYaml.value, [], problems)) {
    const schema = sourceRecord as unknown as Shape;
    yamlRecords<SourceRecord>(sourcesYaml, sourcesYaml.value, [], schema, problems, uncheckedSources, (s, where) => {
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
    });
  }

  /** Each list of records of a YAML file, as `each` reads it; false when the file cannot be read. */
  const readRecordsFile = (
    file: string,
    frame: Shape,
    lists: readonly string[],
    each: (list: string, records: unknown, defaultSource: string, yaml: YamlFile) => void,
  ) => {
    if (!existsSync(at(file))) return true;
    const yaml = readYaml(at(file), problems);
    const framed = yaml && recordsFrame(yaml, frame, lists, problems);
    if (!yaml || !framed) return false;
    if (framed.defaultSource === "") uncheckedSources.add("");
    for (const list of lists) each(list, framed.value[list], framed.defaultSource, yaml);
    return true;
  };

  const nodes: SeedNode[] = [];
  for (const { file, label } of nodeFiles) {
    const read = readRecordsFile(file, recordFile, ["records"], (list, value, defaultSource, yaml) =>
      yamlRecords<NodeRecord>(yaml, value, [list], nodeSchemas[label], problems, uncheckedNodes, (r, where) =>
        nodes.push(toNode(label, r, defaultSource, where)),
      ),
    );
    if (!read) unreadableNodes(at(file));
  }
  const places = readRecordsFile("places.yaml", placesFile, ["areas", "sites"], (list, value, defaultSource, yaml) => {
    const label = list === "areas" ? "Area" : "Site";
    yamlRecords<NodeRecord>(yaml, value, [list], nodeSchemas[label], problems, uncheckedNodes, (r, where) =>
      nodes.push(toNode(label, r, defaultSource, where)),
    );
  });
  if (!places) unreadableNodes(at("places.yaml"));

  const relationships: SeedGraph["relationships"] = [];
  readRecordsFile("relationships.yaml", recordFile, ["records"], (list, value, defaultSource, yaml) =>
    yamlRecords<RelationshipRecord>(yaml, value, [list], relationshipRecord, problems, new Set(), (r, where) =>
      relationships.push(toRelationship(r, defaultSource, where)),
    ),
  );

  // The spreadsheet tables, after the YAML files, each in its parts' name order.
  const tableFiles = (table: TableName) => names.filter((name) => tableFile.exec(name)?.[1] === table).sort();
  for (const table of nodeTables) {
    const label = tables[table].label as NodeLabel;
    for (const file of tableFiles(table)) {
      const read = csvRecords<NodeRecord>(at(file), table, nodeSchemas[label], problems, uncheckedNodes, (r, where) =>
        nodes.push(toNode(label, r, "", where)),
      );
      if (!read) unreadableNodes(at(file));
    }
  }
  for (const file of tableFiles("relationships")) {
    csvRecords<RelationshipRecord>(at(file), "relationships", relationshipRecord, problems, new Set(), (r, where) =>
      relationships.push(toRelationship(r, "", where)),
    );
  }
  const figures: SeedGraph["figures"] = [];
  for (const file of tableFiles("figures")) {
    csvRecords<FigureRecord>(at(file), "figures", figureRecord, problems, new Set(), (f, where) =>
      figures.push(toFigure(f, "", where)),
    );
  }

  return {
    graph: { sources, nodes, relationships, figures },
    problems,
    unchecked: { nodes: uncheckedNodes, sources: uncheckedSources, everyNode, everySource },
  };
}
