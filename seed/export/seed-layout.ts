// Which seed file holds which records: the YAML files and their lists, the CSV tables, and the
// schema each record of them is read with (as read/read-seed-files.ts reads them).

import { figureRecord, nodeRecordSchemas, relationshipRecord, sourceRecord } from "../../core/records.js";
import type { NodeLabel } from "../../core/vocabulary.js";
import type { TableName } from "../read/csv-tables.js";
import type { Shape } from "../read/read-yaml-records.js";
import type { SeedFigure, SeedGraph, SeedNode, SeedRelationship, SeedSource } from "../seed-graph.js";

export type SeedRecord = SeedNode | SeedRelationship | SeedFigure | SeedSource;
export type RecordKind = "node" | "relationship" | "figure" | "source";

/** One list of records in a YAML file; `list` null for sources.yaml, which is a list itself. */
export interface YamlList {
  file: string;
  list: string | null;
  kind: Exclude<RecordKind, "figure">;
  label?: NodeLabel;
}

export const yamlLists: readonly YamlList[] = [
  { file: "sources.yaml", list: null, kind: "source" },
  { file: "organisations.yaml", list: "records", kind: "node", label: "Organisation" },
  { file: "groups.yaml", list: "records", kind: "node", label: "Group" },
  { file: "arrangements.yaml", list: "records", kind: "node", label: "Arrangement" },
  { file: "events.yaml", list: "records", kind: "node", label: "Event" },
  { file: "services.yaml", list: "records", kind: "node", label: "Service" },
  { file: "places.yaml", list: "areas", kind: "node", label: "Area" },
  { file: "places.yaml", list: "sites", kind: "node", label: "Site" },
  { file: "relationships.yaml", list: "records", kind: "relationship" },
];

export const nodeTables: Record<NodeLabel, TableName> = {
  Organisation: "organisations",
  Group: "groups",
  Arrangement: "arrangements",
  Event: "events",
  Service: "services",
  Area: "areas",
  Site: "sites",
};

const nodeSchemas = nodeRecordSchemas;

/** The schema a record of `kind` (and node `label`) is read with. */
export function schemaOf(kind: RecordKind, label?: NodeLabel): Shape {
  if (kind === "node") return nodeSchemas[label ?? "Organisation"];
  if (kind === "relationship") return relationshipRecord;
  if (kind === "figure") return figureRecord;
  return sourceRecord as unknown as Shape;
}

/** The YAML list a record belongs in. */
export function yamlListOf(kind: RecordKind, record: SeedRecord): YamlList | undefined {
  const label = kind === "node" ? (record as SeedNode).label : undefined;
  return yamlLists.find((l) => l.kind === kind && l.label === label);
}

/** Every record of a graph with its kind, in the graph's order. */
export function recordsOf(graph: SeedGraph): { kind: RecordKind; record: SeedRecord }[] {
  return [
    ...graph.sources.map((record) => ({ kind: "source" as const, record })),
    ...graph.nodes.map((record) => ({ kind: "node" as const, record })),
    ...graph.relationships.map((record) => ({ kind: "relationship" as const, record })),
    ...graph.figures.map((record) => ({ kind: "figure" as const, record })),
  ];
}
