// The seed as records: what the read stage produces, the check stage checks, the plan stage turns
// into rows and the write stage stores. Types, and the names of the rules a record may override.
import type { DatePrecisionWord, NodeLabel, OverridableRule, RelationshipType } from "../core/vocabulary.js";

export { type OverridableRule, overridableRules } from "../core/vocabulary.js";

/** Where a record sits in the seed files: its first line, and where each of its fields is. */
export interface Where {
  file: string;
  line: number;
  /** The line of each field, by its path in the record ("to", "cite[1]", "validFrom.text"); YAML only. */
  fieldLines?: Readonly<Record<string, number>>;
  /** What a field is called in the file when that is not its path: the CSV column ("cite[1]" is "quote2"). */
  fieldNames?: Readonly<Record<string, string>>;
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

/** A rule a record is exempt from, and why; stored with the record so the exemption stays visible. */
export interface Override {
  rule: OverridableRule;
  reason: string;
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
  overrides: Override[];
  where: Where;
}

export interface SeedFigure {
  id: string;
  subject: string;
  measure: string;
  value: number;
  unit: string;
  /** The source's word for how exact the value is ("about" for "around"); null when it gives none. */
  qualifier: string | null;
  display: string;
  /** The day the figure refers to; for undated figures, the start of the source's date range. */
  asOf: string | null;
  asOfText: string | null;
  citations: Citation[];
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

/**
 * Ids that exist in the files but whose records could not be read; references to them are not
 * reported. When a file could not be read at all and no id could be made out in it, every
 * reference of its kind goes unchecked (`everyNode`, `everySource`): nothing can be said of them.
 */
export interface Unchecked {
  nodes: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  everyNode?: boolean;
  everySource?: boolean;
}
