// A file's new text read back as the reader reads it (the read stage's own functions, on a copy in
// a scratch directory), so that what is written is known to give back the graph's records.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { type NodeRecord, placesFile, type RelationshipRecord, recordFile, sourcesFile } from "../../core/records.js";
import type { NodeLabel } from "../../core/vocabulary.js";
import type { TableName } from "../read/csv-tables.js";
import { readYaml, validateAt } from "../read/parse-yaml.js";
import { csvRecords } from "../read/read-csv-records.js";
import { recordsFrame, yamlRecords } from "../read/read-yaml-records.js";
import type { SeedProblem } from "../read/seed-files.js";
import { toFigure, toNode, toRelationship, toSource } from "../read/to-records.js";
import { type RecordKind, type SeedRecord, schemaOf, yamlLists } from "./seed-layout.js";

export interface ReadBack {
  records: SeedRecord[];
  problems: SeedProblem[];
}

export function readBackYaml(scratch: string, file: string, text: string): ReadBack {
  const path = join(scratch, file);
  writeFileSync(path, text);
  const back: ReadBack = { records: [], problems: [] };
  const yaml = readYaml(path, back.problems);
  if (!yaml) return back;
  const lists = yamlLists.filter((l) => l.file === file);
  if (file === "sources.yaml") {
    if (validateAt(yaml, sourcesFile, yaml.value, [], back.problems))
      yamlRecords(yaml, yaml.value, [], schemaOf("source"), back.problems, new Set(), (s, where) =>
        back.records.push(toSource(s as never, null, where)),
      );
    return back;
  }
  const names = lists.map((l) => l.list ?? "");
  const framed = recordsFrame(yaml, file === "places.yaml" ? placesFile : recordFile, names, back.problems);
  if (!framed) return back;
  for (const { list, kind, label } of lists) {
    yamlRecords(
      yaml,
      framed.value[list ?? ""],
      [list ?? ""],
      schemaOf(kind, label),
      back.problems,
      new Set(),
      (r, where) =>
        back.records.push(
          kind === "node"
            ? toNode(label as NodeLabel, r as NodeRecord, framed.defaultSource, where)
            : toRelationship(r as RelationshipRecord, framed.defaultSource, where),
        ),
    );
  }
  return back;
}

export function readBackCsv(
  scratch: string,
  file: string,
  text: string,
  table: TableName,
  kind: RecordKind,
  label?: NodeLabel,
): ReadBack {
  const path = join(scratch, file);
  writeFileSync(path, text);
  const back: ReadBack = { records: [], problems: [] };
  csvRecords(path, table, schemaOf(kind, label), back.problems, new Set(), (r, where) =>
    back.records.push(
      kind === "node"
        ? toNode(label as NodeLabel, r as NodeRecord, "", where)
        : kind === "relationship"
          ? toRelationship(r as RelationshipRecord, "", where)
          : toFigure(r as never, "", where),
    ),
  );
  return back;
}
