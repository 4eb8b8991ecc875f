// The seed as records: what the read stage produces, the check stage checks, the plan stage turns
// into rows and the write stage stores. Types only.
import type { DatePrecisionWord, NodeLabel, RelationshipType } from "../core/vocabulary.js";

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
  precision: DatePrecisionWord;
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
