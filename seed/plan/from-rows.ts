// The plan stage read backwards: what Neo4j stores for a node, relationship, figure or source, as
// the record it was written from (seed-rows.ts), so the live graph can be checked by the seed's
// rules, compared with the seed files, kept in history and written back to the files.
import { type DatePrecisionWord, enumWord, type NodeLabel, type RelationshipType } from "../../core/vocabulary.js";
import type {
  Citation,
  Dated,
  Derivation,
  OverridableRule,
  Override,
  SeedFigure,
  SeedNode,
  SeedRelationship,
  SeedSource,
  Where,
} from "../seed-graph.js";

/** A record that came from the graph, not from a file: it has no line. */
export const inGraph: Where = { file: "(graph)", line: 0 };

type Props = Readonly<Record<string, unknown>>;

/** A stored date (a Neo4j Date, or its string) as 'YYYY-MM-DD'; absent as null. */
export function dayOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return String(value).slice(0, 10);
}

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

function datedOf(props: Props, prefix: "validFrom" | "validTo"): Dated | null {
  const date = dayOf(props[prefix]);
  const latest = dayOf(props[`${prefix}Latest`]);
  const words = text(props[`${prefix}Text`]);
  const stored = text(props[`${prefix}Precision`]);
  const precision = (stored ? enumWord(stored) : date ? "day" : "unknown") as DatePrecisionWord;
  if (precision === "day") return date ? { date, latest: null, text: null, precision } : null;
  if (precision === "range") return { date, latest, text: words, precision };
  return words === null ? null : { date: null, latest: null, text: words, precision };
}

function citationsOf(props: Props): Citation[] {
  const quotes = texts(props.citationQuotes);
  const sources = texts(props.citationSources);
  return quotes.map((quote, i) => ({ quote, source: sources[i] ?? "" }));
}

function derivedOf(props: Props): Derivation[] {
  const facts = texts(props.derivedFacts);
  const rules = texts(props.derivedRules);
  return facts.map((fact, i) => ({ fact, rule: rules[i] ?? "" }));
}

/** Properties every node row has (seed-rows.ts nodeRow); any other is a type-specific `extra`. */
const nodeColumns = new Set([
  "id",
  "name",
  "kind",
  "shortNames",
  "aliases",
  "searchNames",
  "description",
  "validFrom",
  "validFromLatest",
  "validFromText",
  "validFromPrecision",
  "validTo",
  "validToLatest",
  "validToText",
  "validToPrecision",
  "knownFrom",
  "citationQuotes",
  "citationSources",
  "derived",
  "derivedFacts",
  "derivedRules",
]);

const relationshipColumns = new Set([
  ...[...nodeColumns].filter(
    (c) => !["name", "kind", "shortNames", "aliases", "searchNames", "description"].includes(c),
  ),
  "overrideRules",
  "overrideReasons",
]);

export function nodeFromProps(label: NodeLabel, props: Props, where: Where = inGraph): SeedNode {
  const extra: Record<string, string | string[]> = {};
  for (const key of Object.keys(props).sort()) {
    if (nodeColumns.has(key)) continue;
    const value = props[key];
    if (typeof value === "string") extra[key] = value;
    else if (Array.isArray(value)) extra[key] = value.map(String);
  }
  return {
    label,
    id: String(props.id),
    name: String(props.name ?? ""),
    kind: String(props.kind ?? ""),
    shortNames: texts(props.shortNames),
    aliases: texts(props.aliases),
    description: text(props.description),
    validFrom: datedOf(props, "validFrom"),
    validTo: datedOf(props, "validTo"),
    citations: citationsOf(props),
    derived: derivedOf(props),
    extra,
    where,
  };
}

export function relationshipFromProps(
  type: RelationshipType,
  from: string,
  to: string,
  props: Props,
  where: Where = inGraph,
): SeedRelationship {
  const properties: SeedRelationship["properties"] = {};
  for (const key of Object.keys(props).sort()) {
    if (relationshipColumns.has(key)) continue;
    const value = props[key];
    if (key === "role" && typeof value === "string") properties.role = enumWord(value);
    else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      properties[key] = value;
    else if (Array.isArray(value)) properties[key] = value.map(String);
  }
  const rules = texts(props.overrideRules);
  const reasons = texts(props.overrideReasons);
  const overrides: Override[] = rules.map((rule, i) => ({ rule: rule as OverridableRule, reason: reasons[i] ?? "" }));
  return {
    id: String(props.id),
    type,
    from,
    to,
    validFrom: datedOf(props, "validFrom"),
    validTo: datedOf(props, "validTo"),
    properties,
    citations: citationsOf(props),
    derived: derivedOf(props),
    overrides,
    where,
  };
}

export function figureFromProps(subject: string, props: Props, where: Where = inGraph): SeedFigure {
  const qualifier = text(props.qualifier);
  return {
    id: String(props.id),
    subject,
    measure: String(props.measure ?? ""),
    value: Number(props.value),
    unit: String(props.unit ?? ""),
    qualifier: qualifier === null ? null : enumWord(qualifier),
    display: String(props.display ?? ""),
    asOf: dayOf(props.asOf),
    asOfText: text(props.asOfText),
    citations: citationsOf(props),
    where,
  };
}

export function sourceFromProps(props: Props, where: Where = inGraph): SeedSource {
  return {
    id: String(props.id),
    title: String(props.title ?? ""),
    file: text(props.file),
    url: text(props.url),
    publisher: text(props.publisher),
    datedFrom: dayOf(props.datedFrom),
    datedText: text(props.datedText),
    text: text(props.text),
    where,
  };
}
