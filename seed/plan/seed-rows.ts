// The plan stage: a checked seed graph as the parameter rows the loader's Cypher takes: every row's `props` is
// the exact property map to store, dates already as Neo4j dates (a `date()` call per property and
// row costs the load about a tenth of its time), citations and derivations as parallel lists
// (Neo4j properties cannot hold maps).
import neo4j from "neo4j-driver";
import { enumValue } from "../../core/vocabulary.js";
import type { Dated, SeedGraph } from "../seed-graph.js";

/** 'YYYY-MM-DD' (validated by the reader) as a Neo4j date; null stays null (no property). */
function toDate(iso: string | null) {
  if (iso === null) return null;
  const [year, month, day] = iso.split("-").map(Number);
  return new neo4j.types.Date(year as number, month as number, day as number);
}

function dateColumns(prefix: "validFrom" | "validTo", d: Dated | null) {
  return {
    [prefix]: toDate(d?.date ?? null),
    [`${prefix}Latest`]: toDate(d?.latest ?? null),
    [`${prefix}Text`]: d?.text ?? null,
    // Stored as the API's enum values (DAY, RANGE, UNKNOWN): @neo4j/graphql serves stored values as they are.
    [`${prefix}Precision`]: enumValue(d?.precision ?? "unknown"),
  };
}

function provenance(item: {
  citations: { quote: string; source: string }[];
  derived: { fact: string; rule: string }[];
}) {
  return {
    citationQuotes: item.citations.map((c) => c.quote),
    citationSources: item.citations.map((c) => c.source),
    derived: item.derived.length > 0,
    derivedFacts: item.derived.map((d) => d.fact),
    derivedRules: item.derived.map((d) => d.rule),
  };
}

/** A node as the loader writes it: its label, and its properties. */
export function nodeRow(n: SeedGraph["nodes"][number]) {
  return {
    id: n.id,
    label: n.label,
    props: {
      id: n.id,
      name: n.name,
      kind: n.kind,
      shortNames: n.shortNames,
      aliases: n.aliases,
      searchNames: [n.name, ...n.shortNames, ...n.aliases].join(" | "),
      description: n.description,
      ...dateColumns("validFrom", n.validFrom),
      ...dateColumns("validTo", n.validTo),
      ...provenance(n),
      ...n.extra,
    },
  };
}

/** Overrides as parallel lists, like citations; absent when there are none. */
function overrides(r: SeedGraph["relationships"][number]) {
  if (r.overrides.length === 0) return {};
  return { overrideRules: r.overrides.map((o) => o.rule), overrideReasons: r.overrides.map((o) => o.reason) };
}

export function relationshipRow(r: SeedGraph["relationships"][number]) {
  return {
    type: r.type,
    from: r.from,
    to: r.to,
    props: {
      ...r.properties,
      ...(typeof r.properties.role === "string" ? { role: enumValue(r.properties.role) } : {}),
      id: r.id,
      ...dateColumns("validFrom", r.validFrom),
      ...dateColumns("validTo", r.validTo),
      ...provenance(r),
      ...overrides(r),
    },
  };
}

/** A figure's row; an undated figure refers to its source's date, and says so. */
export function figureRow(f: SeedGraph["figures"][number], sourcesById: Map<string, SeedGraph["sources"][number]>) {
  const source = sourcesById.get(f.citations[0]?.source ?? "");
  const undated = f.asOf === null && f.asOfText === null;
  return {
    subject: f.subject,
    props: {
      id: f.id,
      asOf: toDate(f.asOf ?? source?.datedFrom ?? null),
      measure: f.measure,
      value: f.value,
      unit: f.unit,
      qualifier: enumValue(f.qualifier),
      display: f.display,
      asOfText: f.asOfText ?? (undated ? (source?.datedText ?? null) : null),
      asOfPrecision: f.asOf !== null ? "day" : "source date",
      citationQuotes: f.citations.map((c) => c.quote),
      citationSources: f.citations.map((c) => c.source),
    },
  };
}

export function sourceRow(s: SeedGraph["sources"][number]) {
  return {
    id: s.id,
    props: {
      id: s.id,
      title: s.title,
      file: s.file,
      url: s.url,
      publisher: s.publisher,
      datedText: s.datedText,
      text: s.text,
    },
  };
}

/** Every row at once (the loader builds them a batch at a time instead). */
export function seedRows(graph: SeedGraph) {
  const sourcesById = new Map(graph.sources.map((s) => [s.id, s]));
  return {
    nodes: graph.nodes.map(nodeRow),
    relationships: graph.relationships.map(relationshipRow),
    figures: graph.figures.map((f) => figureRow(f, sourcesById)),
    sources: graph.sources.map(sourceRow),
  };
}
