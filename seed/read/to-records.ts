// Records of the YAML shape (validated) as the seed graph's records: citations with their sources,
// dates with their precision, type-specific fields gathered in `extra`.

import type { DatePoint, FigureRecord, NodeRecord, RelationshipRecord, SourceRecord } from "../../core/records.js";
import type { NodeLabel } from "../../core/vocabulary.js";
import type { Citation, Dated, SeedFigure, SeedNode, SeedRelationship, SeedSource, Where } from "../seed-graph.js";

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

function citations(cite: (string | { source: string; quote: string })[], defaultSource: string): Citation[] {
  return cite.map((c) => (typeof c === "string" ? { quote: c, source: defaultSource } : c));
}

export function toNode(label: NodeLabel, r: NodeRecord, defaultSource: string, where: Where): SeedNode {
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
    where,
  };
}

export function toRelationship(r: RelationshipRecord, defaultSource: string, where: Where): SeedRelationship {
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
    overrides: r.overrides,
    where,
  };
}

export function toFigure(f: FigureRecord, defaultSource: string, where: Where): SeedFigure {
  return {
    id: f.id,
    subject: f.subject,
    measure: f.measure,
    value: f.value,
    unit: f.unit,
    qualifier: f.qualifier ?? null,
    display: f.display,
    asOf: f.asOf ?? null,
    asOfText: f.asOfText ?? null,
    citations: citations(f.cite, defaultSource),
    where,
  };
}

export function toSource(s: SourceRecord, text: string | null, where: Where): SeedSource {
  return {
    id: s.id,
    title: s.title,
    file: s.file ?? null,
    url: s.url ?? null,
    publisher: s.publisher ?? null,
    datedFrom: s.dated?.from ?? null,
    datedText: s.dated?.text ?? null,
    text,
    where,
  };
}
