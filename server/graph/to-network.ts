// Neo4j records → the network contract: temporal values become YYYY-MM-DD strings, citations
// become objects, every other stored property is kept in `properties`.
import { isDate, isDateTime } from "neo4j-driver";
import type { Citation, NetworkEdge, NetworkNode, SourceIndex } from "./network-types.js";

/** Relationship types as the short phrases a sentence needs: "ELFT is party to Alliance". */
export const relationshipPhrases: Record<string, string> = {
  PARTNER_IN: "is a partner in",
  MEMBER_OF: "is a member of",
  PARTY_TO: "is party to",
  LEAD_MANAGER_OF: "is lead manager of",
  PROVIDES: "provides",
  COMMISSIONS: "commissions",
  SERVES: "serves",
  OPERATES: "operates",
  PART_OF: "is part of",
  WORKS_WITH: "works with",
  ADVOCATES_TO: "advocates to",
  ESTABLISHED: "established",
  TRANSFERRED_FROM: "transferred from",
  TRANSFERRED_TO: "transferred to",
  CONCERNS: "concerns",
  PREDECESSOR: "has predecessor",
  SUCCESSOR: "has successor",
  SUCCEEDED: "replaced",
};

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
  return {
    id: String(props.id),
    label: String(props.name ?? props.id),
    kind: String(props.kind ?? nodeType),
    nodeType,
    validFrom: (props.validFrom as string | null) ?? null,
    validTo: (props.validTo as string | null) ?? null,
    properties: {
      ...props,
      figures: figures.map((f) => ({
        ...(plain(f) as object),
        citations: citations(plain(f) as Record<string, unknown>, sources),
      })),
    },
    citations: citations(props, sources),
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
    label: role ?? relationshipPhrases[type] ?? type.toLowerCase().replaceAll("_", " "),
    validFrom: (stored.validFrom as string | null) ?? null,
    validTo: (stored.validTo as string | null) ?? null,
    properties: stored,
    citations: citations(stored, sources),
  };
}
