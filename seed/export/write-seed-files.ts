// The seed files writer for `npm run seed:export`: the live graph's records written back to the
// files they were read from, so that reading the files again gives the same records. Only what
// changed is touched: a file whose records all say the same is not written, a changed record is
// edited in place in its own file (YAML or CSV, as it was), a new record is added at the end of
// its kind's file, a removed one is taken out. Every new text is read back by the read stage's own
// functions before anything is written; then each file is replaced at once (a temporary file renamed).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { ErrorCode } from "../../core/errors/error-code.js";
import { type TableName, tableFile } from "../read/csv-tables.js";
import { readSeedFiles } from "../read/read-seed-files.js";
import { SeedError } from "../read/seed-files.js";
import type { SeedDirs } from "../seed-dirs.js";
import type { SeedGraph, SeedNode } from "../seed-graph.js";
import type { ListPlan } from "./edit-yaml-file.js";
import { type Entry, matchRecords } from "./match-records.js";
import { planCsvFile } from "./plan-csv-file.js";
import { planYamlFile } from "./plan-yaml-file.js";
import { sameRecord } from "./same-content.js";
import { nodeTables, type SeedRecord, type YamlList, yamlListOf, yamlLists } from "./seed-layout.js";

export interface SeedExport {
  /** The files written (paths), data files and new shipped documents. */
  written: string[];
  /** The data files left exactly as they were. */
  unchanged: string[];
  added: number;
  changed: number;
  removed: number;
}

/** Problems that leave a file's records unread: the files cannot be matched to the graph's records. */
const unreadable = new Set([
  ErrorCode.FileTooLarge,
  ErrorCode.EncodingInvalid,
  ErrorCode.YamlInvalid,
  ErrorCode.CsvInvalid,
  ErrorCode.SchemaInvalid,
]);

/** Writes `graph` (the live graph, as records) to the seed files in `dirs`, so that reading them back gives the same records. */
export function writeSeedFiles(graph: SeedGraph, dirs: SeedDirs): SeedExport {
  const read = readSeedFiles(dirs);
  const problems = read.problems.filter((p) => unreadable.has(p.code));
  if (problems.length > 0) throw new SeedError(problems);
  const matched = matchRecords(read.graph, graph);
  const names = existsSync(dirs.data) ? readdirSync(dirs.data) : [];
  const seedFiles = names.filter((n) => yamlLists.some((l) => l.file === n) || tableFile.test(n));
  const texts = new Map<string, { bom: boolean; text: string }>();
  for (const name of seedFiles) {
    const raw = readFileSync(join(dirs.data, name), "utf8");
    texts.set(name, { bom: raw.startsWith("\uFEFF"), text: raw.replace(/^\uFEFF/, "") });
  }

  const tableFiles = (table: TableName) => seedFiles.filter((n) => tableFile.exec(n)?.[1] === table).sort();
  const toCsv = new Map<string, SeedRecord[]>();
  const toYaml = new Map<YamlList, SeedRecord[]>();
  const add = <K>(into: Map<K, SeedRecord[]>, key: K, record: SeedRecord) =>
    into.set(key, [...(into.get(key) ?? []), record]);
  for (const { kind, record } of matched.additions) {
    if (kind === "figure") {
      add(toCsv, tableFiles("figures")[0] ?? "figures.csv", record);
      continue;
    }
    const list = yamlListOf(kind, record);
    if (!list) throw new Error(`no seed file holds ${kind} records`);
    // With no YAML file of its kind but a table, a new record goes to the table.
    const table = kind === "node" ? nodeTables[(record as SeedNode).label] : "relationships";
    const csv = kind !== "source" && !texts.has(list.file) ? tableFiles(table)[0] : undefined;
    if (csv) add(toCsv, csv, record);
    else add(toYaml, list, record);
  }

  const planned = new Map<string, string>();
  const untouched = (entries: readonly Entry[], added: readonly unknown[]) =>
    added.length === 0 && entries.every((e) => e.desired !== undefined && sameRecord(e.existing, e.desired));
  const scratch = mkdtempSync(join(tmpdir(), "tht-graph-export-"));
  try {
    // The tables first: a record a table cannot hold moves to its YAML file.
    const csvFiles = new Set([...matched.files.keys(), ...toCsv.keys()].filter((f) => f.endsWith(".csv")));
    for (const file of csvFiles) {
      const entries = matched.files.get(file) ?? [];
      const added = toCsv.get(file) ?? [];
      if (untouched(entries, added)) continue;
      const { text, moved, kind } = planCsvFile(file, texts.get(file)?.text, entries, added, scratch);
      planned.set(file, text);
      for (const record of moved) {
        const list = yamlListOf(kind, record);
        if (list) add(toYaml, list, record);
      }
    }
    for (const file of new Set(yamlLists.map((l) => l.file))) {
      const entries = matched.files.get(file) ?? [];
      const lists: ListPlan[] = yamlLists
        .filter((l) => l.file === file)
        .map((list) => ({
          list,
          entries: entries.filter((e) => list.label === undefined || (e.existing as SeedNode).label === list.label),
          added: toYaml.get(list) ?? [],
        }));
      if (lists.every((l) => untouched(l.entries, l.added))) continue;
      planned.set(file, planYamlFile(file, texts.get(file)?.text, lists, scratch));
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const written: string[] = [];
  if (planned.size > 0) mkdirSync(dirs.data, { recursive: true });
  for (const [file, text] of planned) {
    const before = texts.get(file);
    if (before?.text === text) continue;
    writeAtomically(join(dirs.data, file), `${before?.bom ? "\uFEFF" : ""}${text}`);
    written.push(join(dirs.data, file));
  }
  for (const source of graph.sources) {
    if (source.file === null || source.text === null || !/^[^/\\]+$/.test(source.file)) continue;
    const path = join(dirs.sources, source.file);
    if (existsSync(path)) continue;
    mkdirSync(dirs.sources, { recursive: true });
    writeAtomically(path, source.text);
    written.push(path);
  }
  const unchangedFiles = seedFiles.map((n) => join(dirs.data, n)).filter((p) => !written.includes(p));
  return {
    written,
    unchanged: unchangedFiles,
    added: matched.additions.length,
    changed: matched.changed,
    removed: matched.removed,
  };
}

function writeAtomically(path: string, text: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, path);
}
