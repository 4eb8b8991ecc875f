// The plan stage: a checked seed graph as the parameter rows the loader's Cypher takes: every row's `props` is
// the exact property map to store, dates already as Neo4j dates (a `date()` call per property and
// row costs the load about a tenth of its time), citations and derivations as parallel lists
// (Neo4j properties cannot hold maps).
import neo4j from "neo4j-driver";
import { externalIdFields } from "../../core/records.js";
import { enumValue } from "../../core/vocabulary.js";
import type { Dated, SeedGraph } from "../seed-graph.js";
import { type KnownFromDays, knownFromDays } from "./known-from.js";

/** No day is sure: what a row built without the graph around it says. */
const nothingKnown: KnownFromDays = { node: () => null, relationship: () => null };

/** 'YYYY-MM-DD' (validated by the reader) as a Neo4j date; null stays null (no property). */
export function toDate(iso: string | null) {
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

/** What `search` finds a node by, beside its name: short names, aliases and external ids (ODS code, charity number). */
export function searchNamesOf(
  n: Pick<SeedGraph["nodes"][number], "name" | "shortNames" | "aliases" | "extra">,
): string {
  const ids = externalIdFields.flatMap((field) => {
    const value = n.extra[field];
    return typeof value === "string" && value !== "" ? [value] : [];
  });
  return [n.name, ...n.shortNames, ...n.aliases, ...ids].join(" | ");
}

/** A node as the loader writes it: its label, and its properties. */
export function nodeRow(n: SeedGraph["nodes"][number], known: KnownFromDays = nothingKnown) {
  return {
    id: n.id,
    label: n.label,
    props: {
      id: n.id,
      name: n.name,
      kind: n.kind,
      shortNames: n.shortNames,
      aliases: n.aliases,
      searchNames: searchNamesOf(n),
      description: n.description,
      ...dateColumns("validFrom", n.validFrom),
      ...dateColumns("validTo", n.validTo),
      knownFrom: toDate(known.node(n.id)),
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

export function relationshipRow(r: SeedGraph["relationships"][number], known: KnownFromDays = nothingKnown) {
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
      knownFrom: toDate(known.relationship(r.id)),
      ...provenance(r),
      ...overrides(r),
    },
  };
}

/**
 * A figure's row. `asOf` is the date the source gives for the figure itself, if any; `statedOn` is
 * the source's own date (what the figure is reported as of), which is not a measurement date.
 */
export function figureRow(f: SeedGraph["figures"][number], sourcesById: Map<string, SeedGraph["sources"][number]>) {
  const source = sourcesById.get(f.citations[0]?.source ?? "");
  return {
    subject: f.subject,
    props: {
      id: f.id,
      asOf: toDate(f.asOf),
      measure: f.measure,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier === null ? null : enumValue(f.qualifier),
      display: f.display,
      asOfText: f.asOfText,
      asOfPrecision: f.asOf !== null ? "DAY" : f.asOfText !== null ? "UNKNOWN" : null,
      statedOn: toDate(source?.datedFrom ?? null),
      statedOnText: source?.datedText ?? null,
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
      datedFrom: toDate(s.datedFrom),
      datedText: s.datedText,
      text: s.text,
    },
  };
}

/** Every row at once (the loader builds them a batch at a time instead). */
export function seedRows(graph: SeedGraph) {
  const sourcesById = new Map(graph.sources.map((s) => [s.id, s]));
  const known = knownFromDays(graph);
  return {
    nodes: graph.nodes.map((n) => nodeRow(n, known)),
    relationships: graph.relationships.map((r) => relationshipRow(r, known)),
    figures: graph.figures.map((f) => figureRow(f, sourcesById)),
    sources: graph.sources.map(sourceRow),
  };
}
