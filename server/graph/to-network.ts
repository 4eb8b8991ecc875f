// Neo4j records → the network contract: temporal values become YYYY-MM-DD strings, citations
// become objects, every other stored property is kept in `properties`.
import { isDate, isDateTime } from "neo4j-driver";
import { relationshipPhrase } from "../../core/vocabulary.js";
import type { Citation, NetworkEdge, NetworkFigure, NetworkNode } from "../../schema/contract.js";
import type { SourceIndex } from "./source-index.js";

export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isDate(value as object) || isDateTime(value as object)) return String(value).slice(0, 10);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

function citations(props: Record<string, unknown>, sources: SourceIndex): Citation[] {
  const quotes = (props.citationQuotes as string[] | undefined) ?? [];
  const ids = (props.citationSources as string[] | undefined) ?? [];
  return quotes.map((quote, i) => {
    const source = ids[i] ?? "";
    const known = sources.get(source);
    return { quote, source, sourceTitle: known?.title ?? null, sourceUrl: known?.url ?? null };
  });
}

export function toNetworkNode(
  raw: Record<string, unknown>,
  nodeType: string,
  figures: Record<string, unknown>[],
  sources: SourceIndex,
): NetworkNode {
  const props = plain(raw) as Record<string, unknown>;
  const stored = figures.map((f) => plain(f) as Record<string, unknown>);
  const figureList = stored.map((f) => toNetworkFigure(f, sources));
  return {
    id: String(props.id),
    label: String(props.name ?? props.id),
    kind: String(props.kind ?? nodeType),
    nodeType,
    validFrom: (props.validFrom as string | null) ?? null,
    validTo: (props.validTo as string | null) ?? null,
    // The figures stay in `properties` too, as the exports and older clients read them there.
    properties: { ...props, figures: stored.map((f, i) => ({ ...f, citations: figureList[i]?.citations ?? [] })) },
    citations: citations(props, sources),
    figures: figureList,
  };
}

function toNetworkFigure(f: Record<string, unknown>, sources: SourceIndex): NetworkFigure {
  const text = (key: string) => (typeof f[key] === "string" ? (f[key] as string) : null);
  return {
    id: String(f.id),
    measure: String(f.measure),
    value: Number(f.value),
    unit: String(f.unit),
    qualifier: String(f.qualifier),
    display: String(f.display),
    asOf: text("asOf"),
    asOfText: text("asOfText"),
    asOfPrecision: text("asOfPrecision"),
    citations: citations(f, sources),
  };
}

export function toNetworkEdge(
  raw: Record<string, unknown>,
  type: string,
  source: string,
  target: string,
  sources: SourceIndex,
): NetworkEdge {
  const props = plain(raw) as Record<string, unknown>;
  const { type: _type, source: _source, target: _target, ...stored } = props;
  const role = typeof stored.role === "string" ? stored.role : undefined;
  return {
    id: String(stored.id ?? `${type}:${source}->${target}`),
    source,
    target,
    type,
    label: role ?? relationshipPhrase(type),
    validFrom: (stored.validFrom as string | null) ?? null,
    validTo: (stored.validTo as string | null) ?? null,
    properties: stored,
    citations: citations(stored, sources),
  };
}
