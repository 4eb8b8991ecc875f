// The read stage: every file of a seed directory parsed and checked for shape (zod schemas), as
// records with the file and line they come from, and every problem found on the way. Checks across
// records come next, in check/check-seed.ts.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { z } from "zod";
import type { NodeLabel } from "../../core/vocabulary.js";
import type { SeedDirs } from "../seed-dirs.js";
import type { Citation, Dated, SeedGraph, SeedNode, SeedRelationship, SeedSource } from "../seed-graph.js";
import {
  arrangementRecord,
  type DatePoint,
  eventRecord,
  figureRow,
  groupRecord,
  organisationRecord,
  organisationRow,
  placesFile,
  recordFile,
  relationshipRecord,
  relationshipRow,
  serviceRecord,
  sourcesFile,
} from "./records.js";
import { type LineOf, parseCsvRows, parseYaml, readText, type SeedProblem } from "./seed-files.js";

const nodeFiles: { file: string; label: NodeLabel; schema: z.ZodType }[] = [
  { file: "organisations.yaml", label: "Organisation", schema: recordFile(organisationRecord) },
  { file: "groups.yaml", label: "Group", schema: recordFile(groupRecord) },
  { file: "arrangements.yaml", label: "Arrangement", schema: recordFile(arrangementRecord) },
  { file: "events.yaml", label: "Event", schema: recordFile(eventRecord) },
  { file: "services.yaml", label: "Service", schema: recordFile(serviceRecord) },
];
const knownFiles = new Set([
  "sources.yaml",
  "places.yaml",
  "relationships.yaml",
  "figures.csv",
  ...nodeFiles.map((f) => f.file),
]);
/** Tabular alternatives, which may be split into parts (organisations-2.csv) to stay under the size limit. */
const csvTables = /^(organisations|relationships)(-[a-z0-9]+)?\.csv$/;

type NodeInput = z.output<typeof organisationRecord> & { scope?: string[]; legalBasis?: string };

function normaliseDate(point: DatePoint | undefined): Dated | null {
  if (point === undefined) return null;
  if (typeof point === "string") return { date: point, latest: null, text: null, precision: "day" };
  const ranged = point.from !== undefined || point.to !== undefined;
  return {
    date: point.from ?? null,
    latest: point.to ?? null,
    text: point.text,
    precision: ranged ? "range" : "unknown",
  };
}

function citations(cite: (string | { source: string; quote: string })[], defaultSource: string): Citation[] {
  return cite.map((c) => (typeof c === "string" ? { quote: c, source: defaultSource } : c));
}

function toNode(label: NodeLabel, r: NodeInput, defaultSource: string, file: string, line: number): SeedNode {
  const extra: Record<string, string | string[]> = {};
  if (r.externalIds?.odsCode) extra.odsCode = r.externalIds.odsCode;
  if (r.externalIds?.charityNumber) extra.charityNumber = r.externalIds.charityNumber;
  if (r.scope && r.scope.length > 0) extra.scope = r.scope;
  if (r.legalBasis) extra.legalBasis = r.legalBasis;
  return {
    label,
    id: r.id,
    name: r.name,
    kind: r.kind,
    shortNames: r.shortNames,
    aliases: r.aliases,
    description: r.description ?? null,
    validFrom: normaliseDate(r.validFrom),
    validTo: normaliseDate(r.validTo),
    citations: citations(r.cite, defaultSource),
    derived: r.derived,
    extra,
    where: { file, line },
  };
}

/** The records of `dirs` and every problem of form; the records are only usable when there is none. */
type RelationshipInput = Omit<z.output<typeof relationshipRecord>, "id"> & { id?: string | undefined };

function toRelationship(
  r: RelationshipInput,
  defaultSource: string,
  where: SeedRelationship["where"],
): SeedRelationship {
  return {
    id: r.id ?? `${r.type}:${r.from}->${r.to}`,
    type: r.type,
    from: r.from,
    to: r.to,
    validFrom: normaliseDate(r.validFrom),
    validTo: normaliseDate(r.validTo),
    properties: r.properties,
    citations: citations(r.cite, defaultSource),
    derived: r.derived,
    where,
  };
}

export function readSeedFiles(dirs: SeedDirs): { graph: SeedGraph; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const at = (name: string) => join(dirs.data, name);

  for (const name of existsSync(dirs.data) ? readdirSync(dirs.data) : []) {
    if (!knownFiles.has(name) && !csvTables.test(name)) {
      problems.push({
        file: name,
        line: 0,
        field: "(file)",
        message: `is not a seed file; expected ${[...knownFiles].join(", ")}, organisations*.csv or relationships*.csv`,
      });
    }
  }

  const sources: SeedSource[] = [];
  const sourcesParsed = parseYaml(at("sources.yaml"), sourcesFile, problems);
  sourcesParsed?.data.forEach((s, i) => {
    const line = sourcesParsed.lineOf([i]);
    let text: string | null = null;
    if (s.file && !existsSync(join(dirs.sources, s.file))) {
      problems.push({ file: "sources.yaml", line, field: `[${i}].file`, message: `${s.file} is not in seed/sources/` });
    } else if (s.file) {
      text = readText(join(dirs.sources, s.file), problems) ?? null;
    }
    sources.push({
      id: s.id,
      title: s.title,
      file: s.file ?? null,
      url: s.url ?? null,
      publisher: s.publisher ?? null,
      datedFrom: s.dated?.from ?? null,
      datedText: s.dated?.text ?? null,
      text,
      where: { file: "sources.yaml", line },
    });
  });

  const nodes: SeedNode[] = [];
  const addNodes = (
    file: string,
    label: NodeLabel,
    records: NodeInput[],
    defaultSource: string,
    lineOf: LineOf,
    key: string,
  ) => {
    records.forEach((r, i) => {
      nodes.push(toNode(label, r, defaultSource, file, lineOf([key, i])));
    });
  };
  for (const { file, label, schema } of nodeFiles) {
    if (!existsSync(at(file))) continue;
    const parsed = parseYaml(at(file), schema, problems) as Parsed | undefined;
    if (parsed) addNodes(file, label, parsed.data.records, parsed.data.defaultSource, parsed.lineOf, "records");
  }
  const places = existsSync(at("places.yaml")) ? parseYaml(at("places.yaml"), placesFile, problems) : undefined;
  if (places) {
    addNodes("places.yaml", "Area", places.data.areas, places.data.defaultSource, places.lineOf, "areas");
    addNodes("places.yaml", "Site", places.data.sites, places.data.defaultSource, places.lineOf, "sites");
  }

  const relationships: SeedRelationship[] = [];
  const rels = existsSync(at("relationships.yaml"))
    ? parseYaml(at("relationships.yaml"), recordFile(relationshipRecord), problems)
    : undefined;
  rels?.data.records.forEach((r, i) => {
    relationships.push(
      toRelationship(r, rels.data.defaultSource, { file: "relationships.yaml", line: rels.lineOf(["records", i]) }),
    );
  });

  for (const file of tables(dirs.data, "organisations")) {
    const parsed = parseCsvRows(at(file), organisationRow, problems);
    parsed?.rows.forEach(({ odsCode, charityNumber, quote, source, ...r }, i) => {
      const record = { ...r, externalIds: { odsCode, charityNumber }, cite: [{ quote, source }], derived: [] };
      nodes.push(toNode("Organisation", record, source, file, parsed.lines[i] ?? 0));
    });
  }
  for (const file of tables(dirs.data, "relationships")) {
    const parsed = parseCsvRows(at(file), relationshipRow, problems);
    parsed?.rows.forEach(({ role, quote, source, ...r }, i) => {
      const properties: Record<string, string> = role ? { role } : {};
      const record = { ...r, properties, cite: [{ quote, source }], derived: [] };
      relationships.push(toRelationship(record, source, { file, line: parsed.lines[i] ?? 0 }));
    });
  }

  const figures = existsSync(at("figures.csv")) ? parseCsvRows(at("figures.csv"), figureRow, problems) : undefined;
  const graph: SeedGraph = {
    sources,
    nodes,
    relationships,
    figures: (figures?.rows ?? []).map((f, i) => ({
      id: f.id,
      subject: f.subject,
      measure: f.measure,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier,
      display: f.display,
      asOf: f.asOf ?? null,
      asOfText: f.asOfText ?? null,
      citation: { quote: f.quote, source: f.source },
      where: { file: "figures.csv", line: figures?.lines[i] ?? 0 },
    })),
  };

  return { graph, problems };
}

function tables(dir: string, table: "organisations" | "relationships"): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => csvTables.test(name) && name.startsWith(`${table}`))
        .sort()
    : [];
}

type Parsed = { data: { defaultSource: string; records: NodeInput[] }; lineOf: LineOf };
