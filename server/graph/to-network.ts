// Neo4j records → the network contract (schema/network.graphql): temporal values become
// YYYY-MM-DD strings, stored closed-list values become the API's enums, citations and derivations
// become objects. Every stored property is also kept in `properties`, which the exports write out
// and the API does not serve.
import { isDate, isDateTime } from "neo4j-driver";
import { enumValue, isRelationshipType, relationshipPhrase } from "../../core/vocabulary.js";
import type {
  Citation,
  DatePoint,
  DatePrecision,
  Derivation,
  EdgeRole,
  FigureQualifier,
  Network,
  NetworkEdge,
  NetworkFigure,
  NetworkNode,
  NodeType,
} from "../../schema/contract.js";
import type { SourceIndex } from "./source-index.js";
import { timeOf } from "./time-of.js";

/**
 * A node as the server holds it: the contract's fields but the links that their own resolvers answer
 * (server/identity/), and every stored property, for the exports.
 */
export type CitationRecord = Omit<Citation, "document">;
export type NetworkFigureRecord = Omit<NetworkFigure, "citations"> & { citations: CitationRecord[] };
export type NetworkNodeRecord = Omit<NetworkNode, "entity" | "citations" | "figures"> & {
  citations: CitationRecord[];
  figures: NetworkFigureRecord[];
  properties: Record<string, unknown>;
};
export type NetworkEdgeRecord = Omit<NetworkEdge, "sourceEntity" | "targetEntity" | "citations"> & {
  citations: CitationRecord[];
  properties: Record<string, unknown>;
};
/**
 * What a resolver returns for a contract type: the same shape with the server's records in place of
 * nodes, edges and citations (their links are resolved by server/identity/).
 */
export type Stored<T> = T extends NetworkNode
  ? NetworkNodeRecord
  : T extends NetworkEdge
    ? NetworkEdgeRecord
    : T extends Citation
      ? CitationRecord
      : T extends readonly (infer U)[]
        ? Stored<U>[]
        : T extends object
          ? { [K in keyof T]: Stored<T[K]> }
          : T;

export type NetworkRecords = Stored<Network>;

export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isDate(value as object) || isDateTime(value as object)) return String(value).slice(0, 10);
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
  return value;
}

const text = (props: Record<string, unknown>, key: string) =>
  typeof props[key] === "string" && props[key] !== "" ? (props[key] as string) : null;
const texts = (props: Record<string, unknown>, key: string) =>
  Array.isArray(props[key]) ? (props[key] as unknown[]).filter((v): v is string => typeof v === "string") : [];
const whole = (props: Record<string, unknown>, key: string) =>
  typeof props[key] === "number" ? Math.round(props[key] as number) : null;

/** Stored enum values are written as the enums are; data loaded before they were keeps the words. */
const asEnum = <T extends string>(value: unknown): T | null =>
  typeof value === "string" && value !== "" ? (enumValue(value) as T) : null;

function citations(props: Record<string, unknown>, sources: SourceIndex): CitationRecord[] {
  const quotes = texts(props, "citationQuotes");
  const ids = texts(props, "citationSources");
  return quotes.map((quote, i) => {
    const source = ids[i] ?? "";
    const known = sources.get(source);
    return { quote, source, sourceTitle: known?.title ?? null, sourceUrl: known?.url ?? null };
  });
}

function derivations(props: Record<string, unknown>): Derivation[] {
  const rules = texts(props, "derivedRules");
  return texts(props, "derivedFacts").map((fact, i) => ({ fact, rule: rules[i] ?? "" }));
}

/** `start` or `end` as the source gives it; null when the source says nothing of it. */
export function datePoint(props: Record<string, unknown>, end: "validFrom" | "validTo"): DatePoint | null {
  const date = text(props, end);
  const wording = text(props, `${end}Text`);
  if (date === null && wording === null) return null;
  return {
    date,
    latest: text(props, `${end}Latest`),
    text: wording,
    precision: asEnum<DatePrecision>(props[`${end}Precision`]) ?? (date ? "DAY" : "UNKNOWN"),
  };
}

function toNetworkFigure(f: Record<string, unknown>, sources: SourceIndex): NetworkFigureRecord {
  return {
    id: String(f.id),
    display: String(f.display),
    measure: String(f.measure),
    value: Number(f.value),
    unit: String(f.unit),
    qualifier: asEnum<FigureQualifier>(f.qualifier),
    citations: citations(f, sources),
    asOf: text(f, "asOf"),
    asOfText: text(f, "asOfText"),
    asOfPrecision: asEnum<DatePrecision>(f.asOfPrecision),
    statedOn: text(f, "statedOn"),
    statedOnText: text(f, "statedOnText"),
  };
}

/** `asOf`: the day the answer is for (null: all time), which certainty and status are judged on. */
export function toNetworkNode(
  raw: Record<string, unknown>,
  nodeType: string,
  figures: Record<string, unknown>[],
  sources: SourceIndex,
  asOf: string | null = null,
): NetworkNodeRecord {
  const props = plain(raw) as Record<string, unknown>;
  const stored = figures.map((f) => plain(f) as Record<string, unknown>);
  const figureList = stored.map((f) => toNetworkFigure(f, sources));
  return {
    key: String(props.id),
    label: String(props.name ?? props.id),
    kind: String(props.kind ?? nodeType),
    nodeType: nodeType as NodeType,
    validFrom: text(props, "validFrom"),
    validTo: text(props, "validTo"),
    start: datePoint(props, "validFrom"),
    end: datePoint(props, "validTo"),
    shortNames: texts(props, "shortNames"),
    aliases: texts(props, "aliases"),
    description: text(props, "description"),
    odsCode: text(props, "odsCode"),
    charityNumber: text(props, "charityNumber"),
    scope: texts(props, "scope"),
    legalBasis: text(props, "legalBasis"),
    derivations: derivations(props),
    citations: citations(props, sources),
    figures: figureList,
    ...timeOf(props, asOf),
    properties: { ...props, figures: stored.map((f, i) => ({ ...f, citations: figureList[i]?.citations ?? [] })) },
  };
}

/** The relationship's own certainty; GraphReader lowers it to its ends' (time-of.ts, withEnds). */
export function toNetworkEdge(
  raw: Record<string, unknown>,
  type: string,
  source: string,
  target: string,
  sources: SourceIndex,
  asOf: string | null = null,
): NetworkEdgeRecord {
  const props = plain(raw) as Record<string, unknown>;
  const { type: _type, source: _source, target: _target, ...stored } = props;
  const role = text(stored, "role");
  // Figures hang off nodes (HAS_FIGURE); every relationship between entities is of the vocabulary.
  if (!isRelationshipType(type))
    throw new Error(`relationship ${String(stored.id)} has type ${type}, not of the vocabulary`);
  return {
    key: String(stored.id ?? `${type}:${source}->${target}`),
    source,
    target,
    type,
    label: role?.toLowerCase().replaceAll("_", " ") ?? relationshipPhrase(type),
    role: asEnum<EdgeRole>(role),
    validFrom: text(stored, "validFrom"),
    validTo: text(stored, "validTo"),
    start: datePoint(stored, "validFrom"),
    end: datePoint(stored, "validTo"),
    staff: whole(stored, "staff"),
    memberCount: whole(stored, "memberCount"),
    purpose: text(stored, "purpose"),
    recipients: texts(stored, "recipients"),
    siteType: text(stored, "siteType"),
    derivations: derivations(stored),
    citations: citations(stored, sources),
    ...timeOf(stored, asOf),
    properties: stored,
  };
}
