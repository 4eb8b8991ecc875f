// The validated seed, ready to write: what read-seed.ts produces and write-seed.ts consumes.
import type { DatePoint, RelationshipType } from "./records.js";

export const nodeLabels = ["Organisation", "Group", "Arrangement", "Event", "Service", "Area", "Site"] as const;
export type NodeLabel = (typeof nodeLabels)[number];

export interface Where {
  file: string;
  line: number;
}

export interface Citation {
  quote: string;
  /** A source id from sources.yaml. */
  source: string;
}

export interface Derivation {
  fact: string;
  rule: string;
}

/**
 * A date as the source gives it. `date` is the start of the normalised range (or the exact day),
 * `latest` its end; `text` keeps imprecise wording; `precision` says which of these applies.
 */
export interface Dated {
  date: string | null;
  latest: string | null;
  text: string | null;
  precision: "day" | "range" | "unknown";
}

export interface SeedNode {
  label: NodeLabel;
  id: string;
  name: string;
  kind: string;
  shortNames: string[];
  aliases: string[];
  description: string | null;
  validFrom: Dated | null;
  validTo: Dated | null;
  citations: Citation[];
  derived: Derivation[];
  /** Type-specific properties: odsCode, scope, legalBasis … */
  extra: Record<string, string | string[]>;
  where: Where;
}

export interface SeedRelationship {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  validFrom: Dated | null;
  validTo: Dated | null;
  properties: Record<string, string | number | boolean | string[]>;
  citations: Citation[];
  derived: Derivation[];
  where: Where;
}

export interface SeedFigure {
  id: string;
  subject: string;
  measure: string;
  value: number;
  unit: string;
  qualifier: string;
  display: string;
  /** The day the figure refers to; for undated figures, the start of the source's date range. */
  asOf: string | null;
  asOfText: string | null;
  citation: Citation;
  where: Where;
}

export interface SeedSource {
  id: string;
  title: string;
  file: string | null;
  url: string | null;
  publisher: string | null;
  datedFrom: string | null;
  datedText: string | null;
  /** The shipped document's text, for checking quotes; absent for linked sources. */
  text: string | null;
  where: Where;
}

export interface SeedGraph {
  sources: SeedSource[];
  nodes: SeedNode[];
  relationships: SeedRelationship[];
  figures: SeedFigure[];
}

export function normaliseDate(point: DatePoint | undefined): Dated | null {
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
